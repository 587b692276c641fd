// Issue 19's "Done means", walked as a new user: plans signed on 16 Nov 2026 for a skill-gap rep
// (Farid Haddad, win rate), an effort-gap rep (Dev Patel, calls and meetings held) and a third
// (Grace Kim, meetings to opportunities); on 8 Jan 2027 the manager imports November and December
// (tests/helpers/next-months.ts) where Farid reaches his target, Dev moves half-way at about
// half-time and Grace does not move. Each check-in says Met / On track / Off track with the numbers and the rule; one is
// recorded; the Team page says who is on track and whose check-in is overdue.
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { nextMonths, NOW_WINDOW, SAMPLE_ROWS, START_WINDOW, sum, toCsv, type PlanItem } from '../helpers/next-months';
import { expect, test } from './fixtures';
import { importFile, shoot } from './helpers/checkins';
import { drawSignature, goToStep, holdConversation, saved, startPlanFor } from './helpers/planner';

test.describe.configure({ timeout: 300_000 });

const SIGNED_ON = new Date('2026-11-16T10:00:00Z');
const CHECKED_ON = new Date('2027-01-08T10:00:00Z');

type Plan = PlanItem[];

const pct = (x: number) => `${Math.round(100 * x)}%`;
const count = (x: number) => Math.round(x).toLocaleString('en-US');
const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;
/** A share as the rule writes it: a percentage with at most one decimal ("27.9%", "51%"). */
const pct1 = (x: number) => `${Math.round(1000 * x) / 10}%`;
const dateText = (day: string) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });

/** The pace rule's line for an item, from its start, target and deadline and the value measured over October–December. */
function ruleLine(item: Plan[number], now: number, value: (x: number) => string, status: string): string {
  const share = days('2026-11-16', '2026-12-31') / days('2026-11-16', item.deadline);
  return `of the way from ${value(item.baseline)} to ${value(item.target)}, with ${Math.round(100 * share)}% of the time to ${dateText(item.deadline)} gone); now ${value(now)} over Oct to Dec 2026: ${status}.`;
}

/**
 * Prepares, holds and signs a plan for `rep`, the conversation on 16 Nov 2026 (progress is paced
 * from that day) and check-ins every `everyDays` from `from`; returns its action items as the
 * Action plan step shows them.
 */
async function signPlan(page: Page, rep: string, from: string, everyDays: '14' | '28'): Promise<Plan> {
  await page.goto('/#/team');
  await startPlanFor(page, rep);
  await goToStep(page, 'Action plan');
  const before = [await page.getByLabel('Starting from').inputValue(), await page.getByLabel('How often').inputValue()];
  if (before.join() !== [from, everyDays].join()) {
    await page.getByLabel('Starting from').fill(from);
    await page.getByLabel('How often').selectOption(everyDays);
    await saved(page);
  }
  const items: Plan = [];
  for (const li of await page.getByRole('listitem', { name: /^Action item \d+$/ }).all()) {
    items.push({
      metric: await li.getByLabel('Metric').inputValue(),
      baseline: Number((await li.getByLabel(/^Baseline/).inputValue()).replace(/[,%]/g, '')),
      target: Number((await li.getByLabel(/^Target/).inputValue()).replace(/[,%]/g, '')),
      deadline: await li.getByLabel('Deadline').inputValue(),
    });
  }
  await goToStep(page, 'Review');
  await page.getByLabel('Date', { exact: true }).fill('2026-11-16');
  await page.getByLabel('Your name (on the plan)').fill('Sam Lee');
  await saved(page);
  await holdConversation(page);
  await drawSignature(page, 0);
  await page.getByRole('button', { name: 'Record it as signed' }).click();
  await page.getByRole('dialog', { name: 'Record it as signed' }).getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByText(/is signed and read-only/)).toBeVisible();
  return items;
}

/** From the Plans page, the rep's next check-in; returns its action items' list. */
async function openCheckIn(page: Page, rep: string, due: string): Promise<Locator> {
  await page.goto('/#/plans');
  await page
    .getByRole('row', { name: new RegExp(rep) })
    .getByRole('link', { name: due })
    .click();
  await expect(page.getByRole('heading', { name: `Check-in with ${rep}` })).toBeVisible();
  return page.locator('.checkin-items > li');
}

/** Screenshots at both sizes with the passing messages dismissed, so they hide nothing. */
async function shootClear(page: Page, name: string) {
  for (const b of await page.getByRole('button', { name: 'Dismiss message' }).all()) await b.click();
  await shoot(page, name);
}

/** The Plan cell of a Team row, line by line: the plan's status, its follow-up, the day; then the import. */
async function expectPlan(row: Locator, lines: string[]) {
  await expect(row.locator('td.plan-cell .plan-line')).toHaveText(lines);
}

async function expectRule(item: Locator, text: string) {
  await item.getByText('How this status was worked out').click();
  await expect(item.locator('.checkin-rule')).toContainText(text);
}

test('three signed plans, the next months imported: each check-in says met, on track or off track with its numbers and rule; Team shows who is on track and who is overdue', async ({
  appPage: page,
}) => {
  mkdirSync('artifacts', { recursive: true });
  await page.clock.setFixedTime(SIGNED_ON);
  await page.goto('/#/team');
  await page.getByRole('button', { name: 'Try with sample data' }).click();
  await expect(page.getByRole('table', { name: 'Team' })).toBeVisible({ timeout: 30_000 });
  const verdictOf = (rep: string) => page.getByRole('table', { name: 'Team' }).getByRole('row', { name: new RegExp(rep) });
  await expect(verdictOf('Dev Patel')).toContainText('Effort gap');
  await expect(verdictOf('Farid Haddad')).toContainText('Skill gap');

  // Dev and Grace: check-ins from the conversation on. Farid: from 14 Dec, every four weeks, so his
  // first check-in (11 Jan) is still to come when the new months arrive.
  const dev = await signPlan(page, 'Dev Patel', '2026-11-16', '28');
  const farid = await signPlan(page, 'Farid Haddad', '2026-12-14', '28');
  const grace = await signPlan(page, 'Grace Kim', '2026-11-16', '14');
  expect(dev.map((i) => i.metric)).toEqual(['calls', 'meetingsHeld']);
  expect(farid.map((i) => i.metric)).toEqual(['closedWinRate']);
  expect(grace.map((i) => i.metric)).toEqual(['conversionHeld']);

  await page.clock.setFixedTime(CHECKED_ON);
  const next = nextMonths(dev);
  await importFile(page, 'nov-dec-2026.csv', toCsv(next));
  const all = [...SAMPLE_ROWS, ...next];

  // Before any check-in is recorded, the Team page says where each plan stands now.
  await page.goto('/#/team');
  await expectPlan(verdictOf('Farid Haddad'), ['Signed', 'Targets met', 'check-in Jan 11, 2027']);
  await expectPlan(verdictOf('Dev Patel'), ['Signed', 'Overdue check-in', 'since Dec 14, 2026']);
  await expectPlan(verdictOf('Grace Kim'), ['Signed', 'Overdue check-in', 'since Nov 30, 2026']);

  // Farid, skill gap: won ÷ closed over October–December, at or beyond his target.
  let items = await openCheckIn(page, 'Farid Haddad', 'Jan 11, 2027');
  const won = (periods: string[]) => sum(all, 'Farid Haddad', periods, 'deals_won');
  const closed = (periods: string[]) => won(periods) + sum(all, 'Farid Haddad', periods, 'deals_lost');
  const winNow = won(NOW_WINDOW) / closed(NOW_WINDOW);
  expect(100 * winNow).toBeGreaterThanOrEqual(farid[0]!.target);
  const winRate = items.filter({ hasText: 'Win rate' }).first();
  await expect(winRate.locator('.progress-status')).toHaveText('Met');
  await expect(winRate).toContainText(`start ${pct(won(START_WINDOW) / closed(START_WINDOW))} → now ${pct(winNow)} → target ${farid[0]!.target}%`);
  await expectRule(winRate, `over Oct to Dec 2026, at or beyond the target of ${farid[0]!.target}%`);
  await shootClear(page, 'followup-checkin-met');

  // Grace: October–December holds the very figures of her baseline: no move, off track.
  items = await openCheckIn(page, 'Grace Kim', 'Nov 30, 2026');
  const conv = (periods: string[]) => sum(all, 'Grace Kim', periods, 'opportunities_created') / sum(all, 'Grace Kim', periods, 'meetings_held');
  expect(conv(NOW_WINDOW)).toBe(conv(START_WINDOW));
  const held = items.first();
  await expect(held.locator('.progress-status')).toHaveText('Off track');
  await expect(held).toContainText(`start ${pct(conv(START_WINDOW))} → now ${pct(conv(NOW_WINDOW))} → target ${grace[0]!.target}%`);
  await expectRule(
    held,
    ruleLine({ ...grace[0]!, baseline: conv(START_WINDOW), target: grace[0]!.target / 100 }, conv(NOW_WINDOW), pct1, 'off track'),
  );
  await shootClear(page, 'followup-checkin-off-track');

  // Dev, effort gap: half-way at about half-time (45 of the days from 16 Nov to the deadline gone at 31 Dec).
  items = await openCheckIn(page, 'Dev Patel', 'Dec 14, 2026');
  for (const [label, col, item] of [
    ['Calls', 'calls', dev[0]!],
    ['Meetings held', 'meetings_held', dev[1]!],
  ] as const) {
    const row = items.filter({ hasText: label }).first();
    const now = sum(all, 'Dev Patel', NOW_WINDOW, col);
    const expected = item.baseline + ((item.target - item.baseline) * days('2026-11-16', '2026-12-31')) / days('2026-11-16', item.deadline);
    expect(Math.abs(now - (item.baseline + item.target) / 2)).toBeLessThanOrEqual(0.5);
    await expect(row.locator('.progress-status')).toHaveText('On track');
    await expect(row).toContainText(
      `start ${count(item.baseline)} → now ${count(now)} → target ${count(item.target)} · expected by now ${count(expected)}`,
    );
    await expectRule(row, ruleLine(item, now, count, 'on track'));
  }
  await shootClear(page, 'followup-checkin-on-track');

  // Dev's overdue check-in held and recorded today: he is on track until the next one.
  await page.getByRole('button', { name: 'Record the check-in' }).click();
  await expect(page.getByRole('heading', { name: /^Recorded Jan 8, 2027/ })).toBeVisible();
  await page.goto('/#/team');
  await expectPlan(verdictOf('Dev Patel'), ['Signed', 'On track', 'check-in Jan 11, 2027']);
  await expectPlan(verdictOf('Farid Haddad'), ['Signed', 'Targets met', 'check-in Jan 11, 2027']);
  await expectPlan(verdictOf('Grace Kim'), ['Signed', 'Overdue check-in', 'since Nov 30, 2026']);
  // By name, Dev, Elena, Farid and Grace stand together: the three plans in one view.
  await page.getByRole('button', { name: 'Rep', exact: true }).click();
  await verdictOf('Dev Patel').evaluate((row) => row.scrollIntoView({ block: 'start' }));
  await shootClear(page, 'followup-team');
});
