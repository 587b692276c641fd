import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { importRealExport } from './crm';
import { storedRows } from './helpers/idb';

test.describe.configure({ timeout: 240_000 });

const TEAMS_CSV = resolve(import.meta.dirname, '../fixtures/crm-sales-opportunities/sales_teams.csv');

type StoredRep = { id: string; name: string; leftDate?: string | null; placements?: { from: string; manager: string | null }[] };

/** The reps as stored in IndexedDB, and how many metric periods each has. */
async function storedReps(page: Page): Promise<(StoredRep & { periods: number })[]> {
  const t = await storedRows<{ reps: StoredRep[]; metricPeriods: { repId: string }[] }>(page, ['reps', 'metricPeriods']);
  return t.reps.map((r) => ({ ...r, periods: t.metricPeriods.filter((p) => p.repId === r.id).length }));
}

/** The Import page at its first step (leaving a finished import). */
async function freshImport(page: Page) {
  await page.goto('/#/team');
  await page.goto('/#/import');
}

async function dropRoster(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }, asOf: string) {
  await freshImport(page);
  await page.getByLabel('File to import').setInputFiles(file);
  await expect(page.getByRole('heading', { name: /: a roster$/ })).toBeVisible({ timeout: 30_000 });
  await page.getByLabel('Where people sit as of').fill(asOf);
}

async function openManageReps(page: Page) {
  await page.goto('/#/team');
  const manage = page.locator('details.manage');
  if (!(await manage.getAttribute('open'))) await page.getByText(/^Manage reps \(/).click();
  return page.getByRole('table', { name: 'Reps' });
}

const undo = (page: Page, what: RegExp) => page.getByRole('table', { name: 'Rosters and rep changes' }).getByRole('button', { name: what }).click();

test('a manager imports the export and sales_teams.csv, moves a rep mid-year, marks one as left, merges two spellings, and undoes each', async ({
  appPage: page,
}) => {
  mkdirSync('artifacts', { recursive: true });
  await importRealExport(page);

  // The public roster: 35 agents, 30 of them already in the data.
  await dropRoster(page, TEAMS_CSV, '2017-01-01');
  await expect(page.getByText('5 new reps')).toBeVisible();
  await expect(page.getByText('30 reps with a new manager, team, office or role')).toBeVisible();
  for (const size of [
    { width: 1280, height: 800 },
    { width: 1024, height: 700 },
  ]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `artifacts/roster-preview-${size.width}x${size.height}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('button', { name: 'Apply roster' }).click();
  await expect(page.getByRole('table', { name: 'Rosters and rep changes' })).toBeVisible();

  let reps = await openManageReps(page);
  await expect(reps.getByRole('row', { name: /Moses Frase AE — Dustin Brinkmann Central/ })).toBeVisible();
  await expect(reps.getByRole('row', { name: /Rosalina Dieter AE — Celia Rouche West/ })).toBeVisible();
  for (const size of [
    { width: 1280, height: 800 },
    { width: 1024, height: 700 },
  ]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `artifacts/manage-reps-${size.width}x${size.height}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 800 });

  // A later roster moves Moses Frase to Melvin Marxen from 1 June 2017: before it, he stays Dustin's.
  const moved = 'sales_agent,manager,regional_office\nMoses Frase,Melvin Marxen,Central\n';
  await dropRoster(page, { name: 'june.csv', mimeType: 'text/csv', buffer: Buffer.from(moved) }, '2017-06-01');
  await expect(
    page.getByRole('table', { name: 'Roster changes' }).getByRole('row', { name: 'Moses Frase Manager: Dustin Brinkmann → Melvin Marxen' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Apply roster' }).click();
  await expect(page.getByRole('table', { name: 'Rosters and rep changes' }).getByText(/Roster june\.csv/)).toBeVisible();
  const moses = (await storedReps(page)).find((r) => r.name === 'Moses Frase');
  expect(moses?.placements?.map((p) => [p.from, p.manager])).toEqual([
    ['1900-01-01', 'Dustin Brinkmann'],
    ['2017-06-01', 'Melvin Marxen'],
  ]);

  // A rep who left: hidden by default, back with the switch, history kept.
  reps = await openManageReps(page);
  await reps.getByLabel('Choose Violet Mclelland').check();
  await page.getByRole('button', { name: 'Mark as left…' }).click();
  await page.getByLabel('Not counted from').fill('2017-09-01');
  await page.getByRole('dialog').getByRole('button', { name: 'Mark as left' }).click();
  await expect(reps.getByText('Violet Mclelland')).toHaveCount(0);
  await page.getByLabel(/Show reps who left/).check();
  await expect(reps.getByRole('row', { name: /Violet Mclelland/ })).toBeVisible();
  const violet = (await storedReps(page)).find((r) => r.name === 'Violet Mclelland');
  expect(violet?.leftDate).toBe('2017-09-01');
  expect(violet?.periods).toBeGreaterThan(0);

  // A second spelling of Moses Frase from a metric sheet, merged into the first.
  await page.goto('/#/import');
  await page
    .getByLabel('File to import')
    .setInputFiles({ name: 'calls.csv', mimeType: 'text/csv', buffer: Buffer.from('Rep,Month,Calls\nMoses F.,2017-05,40\n') });
  await page.getByRole('button', { name: 'Check the rows' }).click();
  await page.getByRole('button', { name: /^Import (the )?[\d,]+ (valid )?rows?$/ }).click();
  await expect(page.getByRole('heading', { name: 'Imported calls.csv' })).toBeVisible({ timeout: 30_000 });
  const before = await storedReps(page);
  const mosesPeriods = before.find((r) => r.name === 'Moses Frase')?.periods ?? 0;
  reps = await openManageReps(page);
  await reps.getByLabel('Choose Moses Frase').check();
  await reps.getByLabel('Choose Moses F.').check();
  await page.getByRole('button', { name: 'Merge two spellings…' }).click();
  await page.getByRole('radio', { name: 'Moses Frase' }).check();
  await page.getByRole('dialog').getByRole('button', { name: 'Merge' }).click();
  await expect(reps.getByText('Moses F.', { exact: true })).toHaveCount(0);
  let after = await storedReps(page);
  expect(after.find((r) => r.name === 'Moses Frase')?.periods).toBe(mosesPeriods + 1);
  expect(after.length).toBe(before.length - 1);

  // Undo each, newest first: the two spellings split, Violet is back, Moses stays Dustin's.
  await undo(page, /^Undo: Merged/);
  await expect(reps.getByText('Moses F.', { exact: true })).toBeVisible();
  await undo(page, /^Undo: Marked Violet Mclelland as left/);
  await undo(page, /^Undo: Roster june\.csv/);
  await expect(page.getByRole('table', { name: 'Rosters and rep changes' }).getByText(/Roster june\.csv/)).toHaveCount(0);
  after = await storedReps(page);
  expect(after.find((r) => r.name === 'Moses Frase')?.placements?.map((p) => p.manager)).toEqual(['Dustin Brinkmann']);
  expect(after.find((r) => r.name === 'Violet Mclelland')?.leftDate ?? null).toBeNull();
  expect(after.find((r) => r.name === 'Moses F.')?.periods).toBe(1);
});
