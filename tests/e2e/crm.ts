import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { expect, type Page } from '@playwright/test';
import type { CrmPair } from '../fixtures/crm-pair';

/** The real public CRM export, shipped with the tests (tests/fixtures/crm-sales-opportunities). */
export const PIPELINE_CSV = resolve(import.meta.dirname, '../fixtures/crm-sales-opportunities/sales_pipeline.csv');

export type RepMonth = { won: number; lost: number; revenue: number; winRate: number | null; cycleMedian: number | null };

/**
 * An independent, deliberately plain recomputation of per-rep, per-month figures straight from
 * the CSV (this file has no quoted fields), to check what the app shows against.
 */
export function expectedRepMonth(rep: string, month: string): RepMonth {
  const lines = readFileSync(PIPELINE_CSV, 'utf8').trim().split(/\r?\n/).slice(1);
  let won = 0;
  let lost = 0;
  let revenue = 0;
  const cycles: number[] = [];
  for (const line of lines) {
    const [, agent, , , stage, engage, close, value] = line.split(',');
    if (agent !== rep || !close || close.slice(0, 7) !== month) continue;
    if (stage === 'Won') {
      won += 1;
      revenue += Number(value);
      if (engage) cycles.push((Date.parse(close) - Date.parse(engage)) / 86_400_000);
    } else if (stage === 'Lost') lost += 1;
  }
  cycles.sort((a, b) => a - b);
  const mid = Math.floor(cycles.length / 2);
  const cycleMedian = cycles.length === 0 ? null : cycles.length % 2 ? cycles[mid]! : (cycles[mid - 1]! + cycles[mid]!) / 2;
  return { won, lost, revenue, winRate: won + lost ? won / (won + lost) : null, cycleMedian };
}

/**
 * "Prospecting" first appears after the opening rows of the export: the import asks what it means
 * before Import is possible. Answer it as a manager would (open, as the CLI assumes) and re-check.
 */
export async function answerLateStage(page: Page): Promise<void> {
  await page.getByLabel('Stage “Prospecting” counts as').selectOption('open');
  await page.getByRole('button', { name: 'Use these stages and check again' }).click();
  await expect(page.getByRole('table', { name: 'Stage values' }).getByText('not in the first rows')).toHaveCount(0, { timeout: 60_000 });
}

/** The real export through the Import page, as a new user would, up to the click on Import. */
export async function startRealExportImport(page: Page): Promise<void> {
  await page.goto('/#/import');
  await page.getByLabel('File to import').setInputFiles(PIPELINE_CSV);
  await expect(page.getByRole('heading', { name: 'sales_pipeline.csv' })).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Check the rows' }).click();
  await expect(page.getByRole('table', { name: 'Rep-periods to import' })).toBeVisible({ timeout: 90_000 });
  await answerLateStage(page);
  await page.getByRole('button', { name: /^Import (the )?[\d,]+ (valid )?rows$/ }).click();
}

/** The real export through the Import page, as a new user would, until the import is stored. */
export async function importRealExport(page: Page): Promise<void> {
  await startRealExportImport(page);
  await expect(page.getByRole('heading', { name: 'Imported sales_pipeline.csv' })).toBeVisible({ timeout: 90_000 });
}

/**
 * One file through the Import page as a new user would, accepting what the page proposes, until
 * the import is stored. After an earlier import the page offers "Import another file".
 */
export async function importFile(page: Page, file: string, another = false): Promise<void> {
  const name = basename(file);
  if (another) await page.getByRole('button', { name: 'Import another file' }).click();
  else await page.goto('/#/import');
  await page.getByLabel('File to import').setInputFiles(file);
  await expect(page.getByRole('heading', { name })).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Check the rows' }).click();
  await page.getByRole('button', { name: /^Import (the )?[\d,]+ (valid )?rows$/ }).click({ timeout: 90_000 });
  await expect(page.getByRole('heading', { name: `Imported ${name}` })).toBeVisible({ timeout: 90_000 });
}

/** The generated deals + activities pair (tests/fixtures/crm-pair.ts), written to a private folder and imported one after the other. */
export async function importCrmPair(page: Page, pair: CrmPair): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'candor-pair-'));
  writeFileSync(join(dir, 'deals.csv'), pair.deals);
  writeFileSync(join(dir, 'activities.csv'), pair.activities);
  await importFile(page, join(dir, 'deals.csv'));
  await importFile(page, join(dir, 'activities.csv'), true);
}
