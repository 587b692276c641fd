// The director's trend of plans and check-ins, on a small company written into the app's storage:
// three managers, six months. Plans and check-ins with known dates give known counts at each
// month's end, and a number opens exactly the reps behind it on the Team page.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { company, writeCompany } from '../bench/company';
import { planWithHistory } from '../helpers/plan-history';
import { seriousA11yViolations } from './helpers/axe';
import { expect, test } from './fixtures';

const ARTIFACTS = resolve(import.meta.dirname, '../../artifacts');
// A whole stored plan (the seed every backup test uses), given other ids, dates and history below.
const TEMPLATE = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/seed/plan-v3.json'), 'utf8')) as Record<string, unknown>;

const plan = (
  id: string,
  repId: string,
  created: string,
  steps: Array<[day: string, detail: string]>,
  now: { status: string; outcome: string | null },
) =>
  planWithHistory(
    TEMPLATE,
    id,
    repId,
    created,
    steps.map(([day, detail]) => [day, 'status', detail]),
    now,
  );
const checkIn = (id: string, planId: string, repId: string, dueDate: string, heldDate: string | null) => ({
  id,
  planId,
  repId,
  dueDate,
  heldDate,
  notes: '',
  itemStatuses: [],
  wins: [],
});

// Manager 001 has rep-3 (Rep 0004), rep-6 (Rep 0007), rep-9; Manager 002 has rep-4 (Rep 0005).
// rep-3: a draft in July, signed 5 Aug; a check-in held 21 Aug, the next (due 20 Sep) never held.
// rep-6: a draft in August, held 2 Sep, escalated 5 Oct. rep-4: signed 10 Sep.
const PLANS = [
  plan('plan-a', 'rep-3', '2026-07-10', [['2026-08-05', 'signed']], { status: 'signed', outcome: null }),
  plan(
    'plan-b',
    'rep-6',
    '2026-08-15',
    [
      ['2026-09-02', 'held'],
      ['2026-10-05', 'closed: escalated'],
    ],
    { status: 'closed', outcome: 'escalated' },
  ),
  plan('plan-c', 'rep-4', '2026-09-01', [['2026-09-10', 'signed']], { status: 'signed', outcome: null }),
];
const CHECK_INS = [checkIn('ci-a1', 'plan-a', 'rep-3', '2026-08-20', '2026-08-21'), checkIn('ci-a2', 'plan-a', 'rep-3', '2026-09-20', null)];

/** The trend cells of a manager's row, oldest first. */
async function trendOf(page: Page, manager: string): Promise<string[]> {
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(manager) }) });
  return (await row.locator('.trend-cells li').allInnerTexts()).map((t) => t.trim());
}

test('the trend of signed and escalated plans and of check-ins, per manager and month end, opens the reps behind each number', async ({
  appPage: page,
}) => {
  test.setTimeout(120_000);
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.clock.setFixedTime(new Date('2026-11-06T10:00:00Z'));
  const data = company({ reps: 12, teams: 3, months: 6, end: '2026-10' });
  await page.goto('/#/team');
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  await writeCompany(page, { reps: data.reps, metricPeriods: data.metricPeriods, plans: PLANS, checkIns: CHECK_INS }, 'everyone');
  await page.goto('/#/managers');
  await page.reload();
  await expect(page.getByRole('rowheader')).toHaveCount(3);
  const trend = page.getByLabel('Trend of');
  // The earlier months come from the worker; the heading names the months.
  await expect(page.getByText('Working out the earlier months…')).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByRole('columnheader', { name: /Reps in gap of reps with a verdict, Jul.*Oct 2026/ })).toBeVisible();

  await trend.selectOption({ label: 'Signed plans' });
  await expect.poll(() => trendOf(page, 'Manager 001')).toEqual(['0', '1', '2', '1']);
  expect(await trendOf(page, 'Manager 002')).toEqual(['0', '0', '1', '1']);
  await trend.selectOption({ label: 'Escalated plans' });
  await expect.poll(() => trendOf(page, 'Manager 001')).toEqual(['0', '0', '0', '1']);
  await trend.selectOption({ label: 'Check-ins held' });
  await expect.poll(() => trendOf(page, 'Manager 001')).toEqual(['0', '1', '0', '0']);
  await trend.selectOption({ label: 'Check-ins overdue' });
  await expect.poll(() => trendOf(page, 'Manager 001')).toEqual(['0', '0', '1', '1']);
  await trend.selectOption({ label: 'Plans with a check-in overdue' });
  await expect.poll(() => trendOf(page, 'Manager 001')).toEqual(['0', '0', '1', '1']);

  await trend.selectOption({ label: 'Signed plans' });
  expect(await seriousA11yViolations(page)).toEqual([]);
  for (const size of [
    { width: 1280, height: 800 },
    { width: 1024, height: 700 },
  ]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: resolve(ARTIFACTS, `managers-trend-${size.width}x${size.height}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 800 });

  // September's 2 for Manager 001 opens the two reps whose plans were signed or held by 30 Sep.
  await page.getByRole('link', { name: /^Sep 2026: 2 reps with a held or signed plan/ }).click();
  await expect(page).toHaveURL(/#\/team\?.*period=2026-09.*only=plan-signed%402026-09/);
  await expect(page.getByText('Only reps with a signed plan at the end of Sep 2026.')).toBeVisible();
  const shown = page.getByRole('table', { name: 'Team' }).getByRole('link');
  await expect.poll(async () => (await shown.allInnerTexts()).map((t) => t.trim()).sort()).toEqual(['Rep 0004', 'Rep 0007']);
});

test('a company of 60 managers: the table draws the rows in view, and scrolling brings the last manager', async ({ appPage: page }) => {
  test.setTimeout(120_000);
  const data = company({ reps: 300, teams: 60, months: 6, end: '2026-10' });
  await page.goto('/#/team');
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  await writeCompany(page, { reps: data.reps, metricPeriods: data.metricPeriods }, 'everyone');
  await page.goto('/#/managers');
  await page.reload();
  const table = page.getByRole('table', { name: 'Managers' });
  await expect(table.getByRole('rowheader', { name: /Manager 001/ })).toBeVisible({ timeout: 30_000 });
  await expect(table).toHaveAttribute('aria-rowcount', '61');
  const drawn = await table.getByRole('rowheader').count();
  expect(drawn).toBeGreaterThan(3);
  expect(drawn).toBeLessThan(30);
  await expect(table.getByRole('rowheader', { name: /Manager 060/ })).toHaveCount(0);
  await page.locator('.director-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(table.getByRole('rowheader', { name: /Manager 060/ })).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
  for (const size of [
    { width: 1280, height: 800 },
    { width: 1024, height: 700 },
  ]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: resolve(ARTIFACTS, `managers-60-${size.width}x${size.height}.png`) });
  }
});
