import { resolve } from 'node:path';
import { expect, test } from './fixtures';

const FILES = resolve(import.meta.dirname, '../fixtures/import/files');

test('an Excel workbook with two sheets: the user chooses the sheet, and each is read on its own terms', async ({ appPage: page }) => {
  await page.goto('/#/import');
  await page.getByLabel('File to import').setInputFiles(resolve(FILES, 'two-sheets.xlsx'));
  const sheet = page.getByLabel('Sheet', { exact: true });
  await expect(sheet).toBeVisible();
  await expect(sheet.locator('option')).toHaveText(['Summary', 'Deals']);
  await expect(page.getByLabel('What this file holds')).toHaveValue('period-sheet');

  await sheet.selectOption('Deals');
  await expect(page.getByLabel('Sheet', { exact: true })).toHaveValue('Deals');
  await expect(page.getByLabel('What this file holds')).toHaveValue('deals');

  await page.getByLabel('Sheet', { exact: true }).selectOption('Summary');
  await expect(page.getByLabel('What this file holds')).toHaveValue('period-sheet');
  await page.getByRole('button', { name: 'Check the rows' }).click();
  const periods = page.getByRole('table', { name: 'Rep-periods to import' });
  await expect(periods).toContainText('Ana Silva');
  await expect(periods).toContainText('2026-01');
});

test('formula and script payloads in a CSV are stored and shown as plain text, never run', async ({ appPage: page }) => {
  await page.goto('/#/import');
  await page.getByLabel('File to import').setInputFiles(resolve(FILES, 'injection.csv'));
  await page.getByRole('button', { name: 'Check the rows' }).click();
  await page.getByRole('button', { name: /^Import (the )?[\d,]+ (valid )?rows$/ }).click();
  await expect(page.getByRole('heading', { name: 'Imported injection.csv' })).toBeVisible();
  await page.goto('/#/team');
  await page.getByText('Manage reps').click();
  const reps = page.getByRole('table', { name: 'Reps' });
  await expect(reps.getByRole('link', { name: '<script>alert(1)</script>' })).toBeVisible();
  await expect(reps.getByRole('link', { name: /^=HYPERLINK/ })).toBeVisible();
  await expect(page.locator('script:not([src])')).toHaveCount(0);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => document.title)).toBe('Candor');
});

test('an encrypted workbook and a truncated one get a plain reason, and nothing already stored is touched', async ({ appPage: page }) => {
  await page.goto('/#/team');
  await page.getByRole('button', { name: 'Skip for now' }).click();
  await page.getByRole('button', { name: 'Add your first rep' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a rep' });
  await dialog.getByLabel('Name').fill('Kept Safe');
  await dialog.getByLabel('Start date').fill('2025-01-06');
  await dialog.getByRole('button', { name: 'Add rep' }).click();

  for (const [file, reason] of [
    ['encrypted.xlsx', /password|encrypted/i],
    ['truncated.xlsx', /incomplete|truncated|damaged|cut off/i],
  ] as const) {
    await page.goto('/#/import');
    await page.getByLabel('File to import').setInputFiles(resolve(FILES, file));
    await expect(page.getByRole('alert')).toContainText(reason);
  }
  await page.goto('/#/team');
  await expect(page.getByRole('link', { name: 'Kept Safe' })).toBeVisible();
});
