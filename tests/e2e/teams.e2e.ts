// Teams on the public export plus sales_teams.csv, as a new user would: "I am Dustin Brinkmann",
// his reps with the peer group named, the Central office, everyone, and the director's view whose
// numbers open the reps behind them.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { importRealExport } from './crm';
import { expect, test } from './fixtures';
import { applySalesTeams, salesTeams } from './helpers/teams';

const ARTIFACTS = resolve(import.meta.dirname, '../../artifacts');

/** Rep names in the Team table (it is virtualised: the views here are short enough to show whole). */
async function shownReps(page: Page): Promise<string[]> {
  const links = page.getByRole('table', { name: 'Team' }).getByRole('link');
  return (await links.allInnerTexts()).map((t) => t.trim()).sort();
}

test('I am Dustin Brinkmann: my reps by default, the peer group named, the Central office, everyone, and the director’s numbers open their reps', async ({
  appPage: page,
}) => {
  test.setTimeout(300_000);
  mkdirSync(ARTIFACTS, { recursive: true });
  await importRealExport(page);
  expect(await applySalesTeams(page)).toBe(30);

  const seats = salesTeams();
  const withData = new Set(
    seats.map((s) => s.agent).filter((a) => !['Mei-Mei Johns', 'Elizabeth Anderson', 'Natalya Ivanova', 'Carol Thompson', 'Carl Lin'].includes(a)),
  );
  const dustin = seats
    .filter((s) => s.manager === 'Dustin Brinkmann' && withData.has(s.agent))
    .map((s) => s.agent)
    .sort();
  const central = seats
    .filter((s) => s.office === 'Central' && withData.has(s.agent))
    .map((s) => s.agent)
    .sort();

  // Once asked on the Team page; the answer sticks.
  await page.goto('/#/team');
  const who = page.getByRole('region', { name: 'Who are you' });
  await who.getByLabel('Who are you?').selectOption({ label: 'I am Dustin Brinkmann' });
  await who.getByRole('button', { name: 'Save' }).click();
  await expect(who).toBeHidden();
  await expect(page.getByRole('table', { name: 'Team' })).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => shownReps(page)).toEqual(dustin);
  await expect(page.getByLabel('Peer group')).toHaveText(/^Medians: Compared with all 30 reps in the role /);

  // Settings: compare with the rep's team; his five reps are a group of five.
  await page.goto('/#/settings');
  await page.getByLabel(/Their team/).check();
  await page.getByRole('button', { name: 'Save peer group' }).click();
  await page.goto('/#/team');
  await expect(page.getByLabel('Peer group')).toHaveText('Medians: Compared with Dustin Brinkmann’s team (5 reps with data).');
  await expect.poll(() => shownReps(page)).toEqual(dustin);
  for (const b of await page.getByRole('button', { name: 'Dismiss message' }).all()) await b.click();
  for (const size of [
    { width: 1280, height: 800 },
    { width: 1024, height: 700 },
  ]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: resolve(ARTIFACTS, `team-my-team-${size.width}x${size.height}.png`) });
  }
  // At a laptop's height, with both notices of this export (no quotas, incomplete months), the
  // table still shows rows on the first screen: the second rep's row ends above the fold.
  const second = await page.getByRole('table', { name: 'Team' }).locator('tbody tr:has(a)').nth(1).boundingBox();
  expect(second && second.y + second.height).toBeLessThanOrEqual(700);
  await page.setViewportSize({ width: 1280, height: 800 });

  // The switch: the Central office, then everyone; each in the address, so a reload keeps it.
  await page.getByLabel('Show', { exact: true }).selectOption({ label: 'Central office' });
  await expect(page).toHaveURL(/show=office%3ACentral/);
  await expect.poll(() => shownReps(page)).toEqual(central);
  await page.reload();
  await expect.poll(() => shownReps(page)).toEqual(central);
  await page.getByLabel('Show', { exact: true }).selectOption({ label: 'Everyone' });
  await expect(page.getByText(/^30 reps · diagnosis over/)).toBeVisible();
  // Each of the six teams has five reps with data: every group is used, and the page lists them.
  await expect(page.getByText('Medians from 6 peer groups (each rep against their own): show which')).toBeVisible();

  // The director's view: six managers; a number opens exactly the reps behind it.
  await page.getByRole('link', { name: 'Managers' }).click();
  const table = page.getByRole('table');
  await expect(table.getByRole('rowheader')).toHaveCount(6);
  for (const size of [
    { width: 1280, height: 800 },
    { width: 1024, height: 700 },
  ]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: resolve(ARTIFACTS, `managers-${size.width}x${size.height}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Dustin Brinkmann/ }) });
  const link = row.getByRole('link', { name: /^[1-9]\d* (effort gap|skill gap|effort \+ skill|on track)$/ }).first();
  const label = (await link.innerText()).trim();
  const n = Number(label.split(' ')[0]);
  await link.click();
  await expect(page).toHaveURL(/#\/team\?.*show=manager%3ADustin%20Brinkmann.*verdict=/);
  await expect.poll(async () => (await shownReps(page)).length).toBe(n);
  for (const name of await shownReps(page)) expect(dustin).toContain(name);
});
