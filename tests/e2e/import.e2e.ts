import { mkdirSync } from 'node:fs';
import { expect, test } from './fixtures';
import { answerLateStage, expectedRepMonth, PIPELINE_CSV } from './crm';
import { storedRows } from './helpers/idb';

test.describe.configure({ timeout: 120_000 });

test('a manager imports the real CRM export and sees per-rep, per-month numbers a spreadsheet confirms', async ({ appPage: page }) => {
  await page.goto('/#/import');
  await page.getByLabel('File to import').setInputFiles(PIPELINE_CSV);

  await expect(page.getByRole('heading', { name: 'sales_pipeline.csv' })).toBeVisible();
  await expect(page.getByLabel('What this file holds')).toHaveValue('deals');
  await expect(page.getByLabel(/^Rep \(owner\)/)).toHaveValue('sales_agent');
  await expect(page.getByLabel(/^Stage/)).toHaveValue('deal_stage');
  await expect(page.getByLabel(/^Amount/)).toHaveValue('close_value');
  await expect(page.getByLabel(/^Close date/)).toHaveValue('close_date');
  await expect(page.getByLabel('Won', { exact: true })).toHaveValue('won');
  await expect(page.getByLabel('Lost', { exact: true })).toHaveValue('lost');
  mkdirSync('artifacts', { recursive: true });
  await page.screenshot({ path: 'artifacts/import-mapping.png', fullPage: true });
  // The user changes one proposal: the deal id is not wanted.
  await expect(page.getByLabel(/^Deal ID/)).toHaveValue('opportunity_id');
  await page.getByLabel(/^Deal ID/).selectOption('');

  await page.getByRole('button', { name: 'Check the rows' }).click();
  const periods = page.getByRole('table', { name: 'Rep-periods to import' });
  await expect(periods).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('rows read')).toBeVisible();
  // Every stage value of the whole file is listed, with its rows; the 500 “Prospecting” rows
  // appear only after the first 2,000 and are asked about before anything can be imported.
  const stages = page.getByRole('table', { name: 'Stage values' });
  await expect(stages.getByRole('row')).toHaveCount(5);
  await expect(stages.getByRole('row', { name: /Prospecting.*not in the first rows.*500/ })).toBeVisible();
  await expect(stages.getByRole('row', { name: /^Won.*4,238/ })).toBeVisible();
  const importButton = page.getByRole('button', { name: /^Import (the )?[\d,]+ (valid )?rows$/ });
  await expect(importButton).toBeDisabled();
  await page.screenshot({ path: 'artifacts/import-review.png', fullPage: true });
  await answerLateStage(page);

  await importButton.click();
  await expect(page.getByRole('heading', { name: 'Imported sales_pipeline.csv' })).toBeVisible({ timeout: 60_000 });

  // Reps were created from the file.
  await page.goto('/#/team');
  await page.getByLabel('Search').fill('Darcel');
  await expect(page.getByRole('table', { name: 'Team' }).getByRole('link', { name: 'Darcel Schlecht' })).toBeVisible();
  await page.screenshot({ path: 'artifacts/team-crm.png' });

  // The stored numbers match an independent count from the CSV.
  for (const [rep, month] of [
    ['Darcel Schlecht', '2017-03'],
    ['Moses Frase', '2017-06'],
    ['Versie Hillebrand', '2017-09'],
  ] as const) {
    const expected = expectedRepMonth(rep, month);
    const t = await storedRows<{
      reps: { id: string; name: string }[];
      metricPeriods: { repId: string; period: string; values: Record<string, number | null> }[];
    }>(page, ['reps', 'metricPeriods']);
    const repId = t.reps.find((r) => r.name === rep)?.id;
    const stored = t.metricPeriods.find((r) => r.repId === repId && r.period === month)?.values ?? null;
    expect(stored, `${rep} ${month}`).not.toBeNull();
    expect(stored?.dealsWon).toBe(expected.won);
    expect(stored?.dealsLost).toBe(expected.lost);
    expect(stored?.revenueWon).toBeCloseTo(expected.revenue, 6);
    expect(stored?.winRate).toBeCloseTo(expected.winRate ?? NaN, 9);
    expect(stored?.cycleDaysMedian).toBeCloseTo(expected.cycleMedian ?? NaN, 9);
    expect(stored?.calls).toBeNull();
  }

  // Importing the same file again is detected before anything is stored, and the mapping
  // confirmed last time is remembered for files with the same headers.
  await page.goto('/#/import');
  await page.getByLabel('File to import').setInputFiles(PIPELINE_CSV);
  await expect(page.getByText('Using the column mapping you confirmed last time')).toBeVisible();
  await expect(page.getByLabel(/^Deal ID/)).toHaveValue('');
  await page.getByRole('button', { name: 'Check the rows' }).click();
  await expect(page.getByText(/This exact file was already imported/)).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Import nothing' }).click();

  // Undo removes exactly what the import added.
  const history = page.getByRole('table', { name: 'Import history' });
  await expect(history.getByText('sales_pipeline.csv')).toBeVisible();
  await history.getByRole('button', { name: 'Undo import of sales_pipeline.csv' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Undo import' }).click();
  await expect(page.getByText(/Import undone/)).toBeVisible();
  await expect(history).toBeHidden();
  await page.goto('/#/team');
  await expect(page.getByRole('link', { name: 'Darcel Schlecht' })).toBeHidden();
});

test('an unusable file gets one clear sentence and nothing is stored', async ({ appPage: page }) => {
  await page.goto('/#/import');
  await page
    .getByLabel('File to import')
    .setInputFiles({ name: 'export.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from([0, 1, 2, 3, 0, 255, 254, 0, 7, 8, 0, 0, 9]) });
  await expect(page.getByRole('alert')).toContainText(/not|cannot|could not/i);
  await expect(page.getByText('Drop a CSV or Excel file here')).toBeVisible();
});
