// Issue 17's walk as a new user makes it, for any imported data: Team → a rep's page → "Prepare a
// conversation" → every planner step → both documents → held → signed, counting the manager's
// actions and photographing each step at 1280×800 and 1024×700. What the walk must find on the
// way (the rep, the period, the focus areas, the figures) comes from the test that calls it.
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { readDocxParts, xmlText } from '@shared/export/docx';
import { expect } from '../fixtures';
import { drawSignature, saved, slug, STEPS } from './planner';

export type Walk = {
  rep: string;
  /** Screenshot names start with `${shots}-`. */
  shots: string;
  /** The period the Rep page opens on, as the start dialog holds it ("2017-10"). */
  period: string;
  /** The window as the plan writes it ("Aug to Oct 2017"). */
  window: string;
  /** The focus areas the plan must tick, by their labels. */
  focus: string[];
  wins: string;
  /** Checks on the Rep page's metric table, before the plan starts. */
  onRepPage?: (table: Locator) => Promise<void>;
  /** The included talking points, one per line. */
  talkingPoints: (points: string) => void;
  /** The first action item of the Action plan step. */
  actionItem: (item: Locator) => Promise<void>;
  /** The rep's part of the Review step. */
  review: (repPart: Locator) => Promise<void>;
};

export type Walked = { actions: number; seconds: number; plan: string; guide: string; shown: Map<string, { rep: string; median: string }> };

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
  await page.screenshot({ path: `artifacts/${name}-1280x800.png`, fullPage: true });
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.screenshot({ path: `artifacts/${name}-1024x700.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** A figure as written, reduced to its digits and sign ("$1,423" → "1423", "49%" → "49"). */
export const digits = (s: string) => s.replace(/[^\d.−-]/g, '');

/** The cells of the row whose metric is `label`, as shown. */
export async function rowCells(table: Locator, label: string): Promise<string[]> {
  const row = table.getByRole('row').filter({ has: table.page().getByText(label, { exact: true }) });
  return (await row.first().getByRole('cell').allInnerTexts()).map((t) => t.trim());
}

/** Team → the rep's page; the focus figures as the page shows them. */
async function repPage(page: Page, w: Walk, act: ReturnType<typeof counter>) {
  await act.click(page.getByRole('link', { name: 'Team', exact: true }));
  await act.fill(page.getByLabel('Search'), w.rep);
  await act.click(page.getByRole('table', { name: 'Team' }).getByRole('link', { name: w.rep, exact: true }));
  await expect(page.getByRole('heading', { name: w.rep, level: 1 })).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.verdict').first()).toContainText('Skill gap');
  await act.click(page.getByText('How this was decided'));
  const repTable = page.getByRole('table', { name: 'Metrics against benchmarks' });
  const shown = new Map<string, { rep: string; median: string }>();
  for (const label of w.focus) {
    const [, rep, , median] = await rowCells(repTable, label);
    shown.set(label, { rep: rep ?? '', median: median ?? '' });
  }
  await w.onRepPage?.(repTable);
  await bothSizes(page, `${w.shots}-00-rep-page`);
  return shown;
}

/** Every step after Facts, in order, with the walk's checks where they belong. */
async function steps(page: Page, w: Walk, act: ReturnType<typeof counter>) {
  for (const [i, label] of STEPS.entries()) {
    if (i === 0) continue;
    await act.click(page.getByRole('button', { name: new RegExp(`^Next: ${label.replace('&', '\\&')}`) }));
    await expect(page.getByRole('heading', { name: `Step ${i + 1} of 10: ${label}` })).toBeVisible();
    if (label === 'Diagnosis') await act.check(page.getByLabel('Confirm this reading'));
    if (label === 'Talking points') {
      const boxes = page.getByRole('textbox', { name: /^Point \d+$/ });
      w.talkingPoints((await boxes.evaluateAll((xs) => xs.map((x) => (x as HTMLTextAreaElement).value))).join('\n'));
    }
    if (label === 'Action plan') await w.actionItem(page.getByRole('listitem', { name: 'Action item 1' }));
    if (label === 'Review') {
      await act.fill(page.getByLabel('Date', { exact: true }), new Date().toISOString().slice(0, 10));
      await act.fill(page.getByLabel('Your name (on the plan)'), 'Sam Lee');
      await saved(page);
      const repPart = page.getByRole('region', { name: `For ${w.rep}: the plan you will both sign` });
      await expect(repPart).toContainText(`Figures over ${w.window}`);
      await w.review(repPart);
    }
    await bothSizes(page, `${w.shots}-${String(i + 1).padStart(2, '0')}-${slug(label)}`);
  }
}

/**
 * The walk from wherever the import left the app to a signed plan. The plan's facts are checked
 * against the Rep page's as it goes; the documents' text is returned for the caller's checks.
 */
export async function walkToSignedPlan(page: Page, w: Walk): Promise<Walked> {
  mkdirSync('artifacts', { recursive: true });
  const started = Date.now();
  const act = counter(page);
  const shown = await repPage(page, w, act);

  // Prepare a conversation: the period the page shows, the plan started.
  await act.click(page.getByRole('link', { name: 'Prepare a conversation' }));
  await expect(page.getByRole('heading', { name: `Prepare a conversation with ${w.rep}` })).toBeVisible();
  await expect(page.getByLabel('Period')).toHaveValue(w.period);
  await act.click(page.getByRole('button', { name: 'Start the plan' }));
  await expect(page.getByRole('heading', { name: `Conversation with ${w.rep}` })).toBeVisible();

  // Facts: the Rep page's figures for the same window, and what each gap is against.
  const facts = page.getByRole('form', { name: 'Facts' }).getByRole('table');
  await expect(page.getByRole('columnheader', { name: `Median of the role AE over ${w.window}` })).toBeVisible();
  for (const label of w.focus) {
    await expect(page.getByRole('checkbox', { name: `Focus on ${label}` })).toBeChecked();
    const [, , rep, , median, gap] = await rowCells(facts, label);
    expect(rep, label).toBe(shown.get(label)?.rep);
    expect(median, label).toBe(shown.get(label)?.median);
    expect(gap, label).toMatch(/against the median of the role AE$/);
  }
  await act.fill(page.getByLabel('Recent wins and customer feedback to acknowledge'), w.wins);
  await saved(page);
  await bothSizes(page, `${w.shots}-01-facts`);

  await steps(page, w, act);

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
  const plan = exported.plan ?? '';
  const guide = exported.guide ?? '';
  for (const label of w.focus) {
    expect(plan, label).toContain(`${label}, against the median of the role AE`);
    expect(digits(plan), label).toContain(digits(shown.get(label)?.rep ?? '?'));
    expect(digits(guide), label).toContain(digits(shown.get(label)?.median ?? '?'));
  }
  expect(plan).toContain(`Figures over ${w.window}`);
  expect(guide).toContain(w.wins);

  // Held today, then signed by both.
  await act.confirm('Mark ready to hold');
  await act.confirm('Mark the conversation held');
  await expect(page.getByText(`Rep’s signature: ${w.rep}`)).toBeVisible();
  await drawSignature(page, 0);
  await drawSignature(page, 1);
  await act.confirm('Record it as signed');
  await expect(page.getByText(/is signed and read-only/)).toBeVisible();
  await bothSizes(page, `${w.shots}-11-signed`);

  // The manager's actions (signature strokes count one each) and the machine's time.
  return { actions: act.count() + 2, seconds: Math.round((Date.now() - started) / 1000), plan, guide, shown };
}
