// Issue 17's walk as a new user makes it, timed: the public CRM export imported, the Rep page of a
// skill-gap rep, a conversation prepared through every step, both documents exported, the
// conversation held and the plan signed. Every number the plan states for a focus area is the
// one the Rep page showed for the same period. Each step is photographed at 1280×800 and 1024×700.
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { readDocxParts, xmlText } from '../../shared/export/docx';
import { importRealExport } from './crm';
import { expect, test } from './fixtures';
import { drawSignature, saved, slug, STEPS } from './helpers/planner';

test.describe.configure({ timeout: 300_000 });

const REP = 'Lajuana Vencill';
/** Her focus areas on the public export: a skill gap at deal size, over Aug to Oct 2017. */
const FOCUS = ['Average deal size', 'Win rate (won ÷ closed)', 'Cycle days (median)'];

/** The manager's actions, counted: a click, a choice or a field filled is one. */
function counter(page: Page) {
  let n = 0;
  return {
    count: () => n,
    click: async (l: Locator) => {
      n += 1;
      await l.click();
    },
    fill: async (l: Locator, text: string) => {
      n += 1;
      await l.fill(text);
    },
    check: async (l: Locator) => {
      n += 1;
      await l.check();
    },
    confirm: async (action: string) => {
      n += 2;
      await page.getByRole('button', { name: action }).click();
      await page.getByRole('dialog', { name: action }).getByRole('button', { name: 'Confirm' }).click();
      await expect(page.getByRole('dialog')).toHaveCount(0);
    },
  };
}

async function bothSizes(page: Page, name: string) {
  await page.screenshot({ path: `artifacts/walk-${name}-1280x800.png`, fullPage: true });
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.screenshot({ path: `artifacts/walk-${name}-1024x700.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** A figure as written, reduced to its digits and sign ("$1,423" → "1423", "49%" → "49"). */
const digits = (s: string) => s.replace(/[^\d.−-]/g, '');

/** The cells of the row whose metric is `label`, as shown. */
async function rowCells(table: Locator, label: string): Promise<string[]> {
  const row = table.getByRole('row').filter({ has: table.page().getByText(label, { exact: true }) });
  return (await row.first().getByRole('cell').allInnerTexts()).map((t) => t.trim());
}

test('public export → a skill-gap rep → a signed plan whose numbers are the Rep page’s, timed', async ({ appPage: page }) => {
  mkdirSync('artifacts', { recursive: true });
  await importRealExport(page);
  const started = Date.now();
  const act = counter(page);

  // Team → the rep's page: the verdict, and the numbers behind it.
  await act.click(page.getByRole('link', { name: 'Team', exact: true }));
  await act.fill(page.getByLabel('Search'), REP);
  await act.click(page.getByRole('table', { name: 'Team' }).getByRole('link', { name: REP, exact: true }));
  await expect(page.getByRole('heading', { name: REP, level: 1 })).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.verdict').first()).toContainText('Skill gap');
  await act.click(page.getByText('How this was decided'));
  const repTable = page.getByRole('table', { name: 'Metrics against benchmarks' });
  const onRepPage = new Map<string, { rep: string; median: string }>();
  for (const label of FOCUS) {
    const [, rep, , median] = await rowCells(repTable, label);
    onRepPage.set(label, { rep: rep ?? '', median: median ?? '' });
  }
  // The Rep page names the peer group whose median it uses (Settings → Teams; by role unless set).
  await expect(repTable).toContainText('Judged against the median of the role AE.', { useInnerText: false });
  await bothSizes(page, '00-rep-page');

  // Prepare a conversation: the period the page shows, the plan started.
  await act.click(page.getByRole('link', { name: 'Prepare a conversation' }));
  await expect(page.getByRole('heading', { name: `Prepare a conversation with ${REP}` })).toBeVisible();
  await expect(page.getByLabel('Period')).toHaveValue('2017-10');
  await act.click(page.getByRole('button', { name: 'Start the plan' }));
  await expect(page.getByRole('heading', { name: `Conversation with ${REP}` })).toBeVisible();

  // Facts: the Rep page's figures for the same window, and what each gap is against.
  const facts = page.getByRole('form', { name: 'Facts' }).getByRole('table');
  await expect(page.getByRole('columnheader', { name: 'Team median over Aug to Oct 2017' })).toBeVisible();
  for (const label of FOCUS) {
    await expect(page.getByRole('checkbox', { name: `Focus on ${label}` })).toBeChecked();
    const [, , rep, , median, gap] = await rowCells(facts, label);
    expect(rep, label).toBe(onRepPage.get(label)?.rep);
    expect(median, label).toBe(onRepPage.get(label)?.median);
    expect(gap, label).toMatch(/against the team median$/);
  }
  await act.fill(page.getByLabel('Recent wins and customer feedback to acknowledge'), 'Opportunities are at the team’s level: the effort is there.');
  await saved(page);
  await bothSizes(page, '01-facts');

  for (const [i, label] of STEPS.entries()) {
    if (i === 0) continue;
    await act.click(page.getByRole('button', { name: new RegExp(`^Next: ${label.replace('&', '\\&')}`) }));
    await expect(page.getByRole('heading', { name: `Step ${i + 1} of 10: ${label}` })).toBeVisible();
    if (label === 'Diagnosis') await act.check(page.getByLabel('Confirm this reading'));
    if (label === 'Talking points') {
      const points = (
        await page.getByRole('textbox', { name: /^Point \d+$/ }).evaluateAll((xs) => xs.map((x) => (x as HTMLTextAreaElement).value))
      ).join('\n');
      expect(points).toMatch(/Average deal size in Aug to Oct 2017: \$?1,423, against the team median of \$?2,536/);
      expect(points).not.toMatch(/the expectation|quota|meetings/i);
    }
    if (label === 'Action plan') {
      const item = page.getByRole('listitem', { name: 'Action item 1' });
      await expect(item.getByRole('textbox', { name: /^Baseline/ })).toHaveValue('1423');
      await expect(item.getByRole('textbox', { name: /^Target/ })).toHaveValue('2536');
      await expect(item.getByText('SMART', { exact: true })).toBeVisible();
    }
    if (label === 'Review') {
      await act.fill(page.getByLabel('Date', { exact: true }), new Date().toISOString().slice(0, 10));
      await act.fill(page.getByLabel('Your name (on the plan)'), 'Sam Lee');
      await saved(page);
      // The rep's part states the facts as the document will: source, rounding, and a gap that adds up ($1,423 − $2,536).
      const repPart = page.getByRole('region', { name: `For ${REP}: the plan you will both sign` });
      await expect(repPart).toContainText('Figures over Aug to Oct 2017');
      await expect(repPart.getByRole('row').filter({ hasText: 'Average deal size, against the team median' })).toContainText(/[-−]\$?1,113$/);
    }
    await bothSizes(page, `${String(i + 1).padStart(2, '0')}-${slug(label)}`);
  }

  // Both documents; the plan's facts are the Rep page's.
  const exported: Record<string, string> = {};
  for (const [kind, button] of [
    ['plan', 'Export plan (.docx)'],
    ['guide', 'Export your guide (.docx)'],
  ] as const) {
    const download = page.waitForEvent('download');
    await act.click(page.getByRole('button', { name: button }));
    const file = await download;
    exported[kind] = xmlText(readDocxParts(new Uint8Array(await readFile((await file.path()) ?? '')))['word/document.xml'] ?? '');
  }
  for (const label of FOCUS) {
    const shown = onRepPage.get(label)!;
    expect(exported.plan, label).toContain(`${label}, against the team median`);
    expect(digits(exported.plan ?? ''), label).toContain(digits(shown.rep));
    expect(digits(exported.guide ?? ''), label).toContain(digits(shown.median));
  }
  expect(exported.plan).toContain('Figures over Aug to Oct 2017');
  expect(exported.plan).toMatch(/[-−]\$?1,113/);
  expect(exported.guide).toContain('Opportunities are at the team’s level');

  // Held today, then signed by both.
  await act.confirm('Mark ready to hold');
  await act.confirm('Mark the conversation held');
  await expect(page.getByText(`Rep’s signature: ${REP}`)).toBeVisible();
  await drawSignature(page, 0);
  await drawSignature(page, 1);
  await act.confirm('Record it as signed');
  await expect(page.getByText(/is signed and read-only/)).toBeVisible();
  await bothSizes(page, '11-signed');

  const seconds = Math.round((Date.now() - started) / 1000);
  // The figures the report quotes: the manager's actions (signature strokes count one each) and the machine's time.
  console.log(`plan walk: ${act.count() + 2} actions, ${seconds} s in the browser`);
  expect(act.count() + 2).toBeLessThan(40);
});
