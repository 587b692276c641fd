// The Rep page's follow-up in Chromium, as a manager works: a win noted with a recognition note
// on the clipboard, the self-assessment sent as a Word form, filled with python-docx the way a
// rep fills it in Word, imported back and set beside the real numbers, a damaged file refused,
// and the timeline opening what it lists. Screenshots of each part at 1280×800 and 1024×700.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.describe.configure({ timeout: 180_000 });

const PYTHON = process.env.DOCX_PYTHON ?? '/usr/bin/python3';
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
] as const;

/** Farid Haddad's row for Oct 2026 in the sample file, as the sample import reads it. */
function faridOctober(): Record<string, number> {
  const [head, ...lines] = readFileSync('resources/sample/team-metrics.csv', 'utf8').trim().split('\n');
  const cols = head!.split(',');
  const row = lines.map((l) => l.split(',')).find((c) => c[0] === 'Farid Haddad' && c[3] === '2026-10')!;
  return Object.fromEntries(cols.map((c, i) => [c, Number(row[i])]));
}

async function shoot(page: Page, part: Locator, name: string): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await part.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `artifacts/rep-${name}-${size.width}x${size.height}.png` });
  }
  await page.setViewportSize(SIZES[0]);
}

test('a win with its recognition note, a self-assessment round-tripped through Word beside the real numbers, and the timeline', async ({
  appPage: page,
}) => {
  test.skip(spawnSync(PYTHON, ['-c', 'import docx'], { stdio: 'ignore' }).status !== 0, `python-docx is not installed for ${PYTHON}`);
  mkdirSync('artifacts', { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'candor-e2e-sa-'));
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/#/team');
  await page.getByRole('button', { name: 'Try with sample data' }).click();
  await expect(page.getByRole('table', { name: 'Team' })).toBeVisible({ timeout: 30_000 });
  await page.getByLabel('Search').fill('Farid Haddad');
  await page.getByRole('table', { name: 'Team' }).getByRole('link', { name: 'Farid Haddad', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Farid Haddad', level: 1 })).toBeVisible();

  // A win the manager notes, and its recognition note on the clipboard.
  const wins = page.getByRole('region', { name: 'Wins' });
  await wins.getByRole('button', { name: 'Note a win' }).click();
  const form = page.getByRole('form', { name: 'Note a win for Farid Haddad' });
  await form.getByLabel('What the rep achieved').fill('Closed Northwind for $14,200 in October 2026, his largest deal this year');
  await form.getByLabel('What they did that led to it').fill('Mapped every stakeholder before the proposal and booked the CFO call himself');
  await form.getByRole('button', { name: 'Add the win' }).click();
  const log = page.getByRole('list', { name: 'Wins of Farid Haddad' });
  await expect(log).toContainText('Closed Northwind for $14,200 in October 2026');
  await log.getByRole('button', { name: /^Copy a recognition note/ }).click();
  await expect(log.getByRole('status')).toContainText('Copied to the clipboard');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    'A shout-out for Farid Haddad, who mapped every stakeholder before the proposal and booked the CFO call himself. The result: Closed Northwind for $14,200 in October 2026, his largest deal this year. Thank you, Farid.',
  );
  await expect(log).toContainText('Wording coach: nothing to change.');
  await shoot(page, wins, 'wins');

  // The self-assessment as a Word form: sent, filled by the rep, imported back.
  const own = page.getByRole('region', { name: 'Farid Haddad’s own view' });
  await expect(own.getByLabel('Period to assess')).toHaveValue('2026-10');
  const download = page.waitForEvent('download');
  await own.getByRole('button', { name: 'Send as Word form' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('2026-10 Farid Haddad - Self-assessment form.docx');
  const sent = join(dir, 'sent.docx');
  await file.saveAs(sent);
  const fill = (answers: Record<string, string>, deleteRow: string | null, out: string) => {
    writeFileSync(join(dir, 'answers.json'), JSON.stringify({ answers, deleteRow }));
    const run = spawnSync(PYTHON, ['tests/helpers/fill-form.py', sent, join(dir, out), join(dir, 'answers.json')], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    return join(dir, out);
  };
  const answers = {
    calls: '500',
    dealsWon: '4',
    revenueWon: '30,000',
    'stage:opportunity-to-win': '4',
    obstacles: 'Two deals stalled in legal.',
    support: 'Join my next negotiation.',
  };

  // A form with a row deleted is refused in one sentence; nothing is added.
  await own.getByLabel('Filled self-assessment form').setInputFiles(fill(answers, 'emails', 'reshaped.docx'));
  await expect(
    page.getByText(/The form was changed out of shape \(the row for “Emails \(number\)” is missing\): nothing was imported\./),
  ).toBeVisible();
  await expect(own.getByRole('article')).toHaveCount(0);

  await own.getByLabel('Filled self-assessment form').setInputFiles(fill(answers, null, 'filled.docx'));
  const table = own.getByRole('table', { name: "Farid Haddad's estimates beside the data for Oct 2026" });
  await expect(table).toBeVisible();
  const real = faridOctober();
  const row = (name: string) => table.getByRole('row', { name: new RegExp(`^${name}`) });
  const pct = (over: number, actual: number) => `${Math.round((over / actual) * 100)}%`;
  await expect(row('Calls')).toContainText(`500${real.calls}Over: ${500 - real.calls!} more (${pct(500 - real.calls!, real.calls!)} over)`);
  await expect(row('Deals won')).toContainText(
    `4${real.deals_won}Over: ${4 - real.deals_won!} more (${pct(4 - real.deals_won!, real.deals_won!)} over)`,
  );
  await expect(row('Won revenue')).toContainText(`$30,000`);
  await expect(row('Won revenue')).toContainText(`$${real.revenue!.toLocaleString('en-US')}`);
  await expect(own).toContainText('What got in the way: Two deals stalled in legal.');
  await expect(own.getByRole('list', { name: 'Facts and questions from the self-assessment of Oct 2026' })).toContainText(
    `Farid Haddad estimated deals won in Oct 2026 at 4; the data shows ${real.deals_won}`,
  );
  await shoot(page, own, 'self-assessment');
  // Farid has no plan being prepared and no open check-in: offering the questions says so and changes nothing.
  await own.getByRole('button', { name: 'Add to the next plan or check-in' }).click();
  await expect(
    page.getByText(
      'No plan is being prepared and no check-in is open for this rep: start a plan with Prepare a conversation, then add these questions.',
    ),
  ).toBeVisible();

  // The timeline: newest first, each entry opening what it refers to.
  const timeline = page.getByRole('list', { name: 'Timeline of Farid Haddad' });
  await expect(timeline.getByRole('listitem').first()).toContainText(/Self-assessment of Oct 2026|Win: noted by the manager/);
  await expect(timeline).toContainText('Imported candor-sample-team.csv');
  await expect(timeline).toContainText('returned as a Word form');
  await shoot(page, page.getByRole('region', { name: 'Timeline' }), 'timeline');
  await timeline.getByRole('button', { name: 'Win: noted by the manager' }).click();
  await expect(log.getByRole('listitem').first()).toBeFocused();
  await timeline.getByRole('link', { name: 'Imported candor-sample-team.csv' }).click();
  await expect(page).toHaveURL(/#\/import$/);
  rmSync(dir, { recursive: true, force: true });
});
