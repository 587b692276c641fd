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
  await expect(periods).toContainText('Jan 2026');
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

const ACCOUNTS_CSV = resolve(import.meta.dirname, '../fixtures/crm-sales-opportunities/accounts.csv');
const csvFile = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

test('the accounts list of the public export cannot be imported as a team by accident', async ({ appPage: page }) => {
  await page.goto('/#/import');
  await page.getByLabel('File to import').setInputFiles(ACCOUNTS_CSV);
  await expect(page.getByRole('heading', { name: 'accounts.csv' })).toBeVisible();
  // “employees” is a head count: it is not proposed as the rep, and shows as a column not used.
  const unused = page.getByRole('region', { name: 'Columns not used' });
  await expect(unused.getByLabel('employees')).toHaveValue('');
  // A hurried user makes it a metric sheet anyway, with the head count as the rep and the founding year as the period.
  await page.getByLabel('What this file holds').selectOption('period-sheet');
  await unused.getByLabel('employees').selectOption('rep');
  await page.getByRole('region', { name: 'Columns not used' }).getByLabel('year_established').selectOption('period');
  await page.getByRole('button', { name: 'Check the rows' }).click();

  const checks = page.getByRole('list', { name: 'Why this file looks wrong' });
  await expect(page.getByRole('heading', { name: /does not look like your team/ })).toBeVisible({ timeout: 60_000 });
  await expect(checks).toContainText('rep names are numbers');
  await expect(checks).toContainText('“year_established”) holds plain numbers');
  await expect(checks).toContainText('list of accounts');
  const importButton = page.getByRole('button', { name: /^Import (the )?[\d,]+ (valid )?rows$/ });
  await expect(importButton).toBeDisabled();
  await page.screenshot({ path: 'artifacts/import-wrong-file.png', fullPage: true });
  await page.getByRole('button', { name: 'Import nothing' }).click();
  await page.goto('/#/team');
  await expect(page.getByRole('link', { name: '2822' })).toHaveCount(0);
});

test('hostile cells each get a row error, and the counts add up to the rows read', async ({ appPage: page }) => {
  // A NUL byte in the first 64 KiB marks a file as binary; past it, NULs reach the cells.
  const filler = Array.from({ length: 1800 }, (_, i) => `Gus Lee,Won,${100 + i},2026-01-09,2026-01-27`);
  const text = [
    'Owner,Stage,Amount,Created,Closed',
    ...filler,
    'Ana Lima,Won,1200,2026-01-02,2026-01-20',
    `Ana Lima,Won,${'9'.repeat(400)},2026-01-03,2026-01-21`,
    'Bo\u0000 Park,Won,800,2026-01-04,2026-01-22',
    '\u202eCy Diaz,Lost,300,2026-01-05,2026-01-23',
    'Di Ng,"Won,500,2026-01-06,2026-01-24',
    'Ed Ray,Won,700,2026-01-07,2026-01-25',
    'Fay Orr,Won,900,2026-01-08,2026-01-26',
  ].join('\n');
  await page.goto('/#/import');
  await page.getByLabel('File to import').setInputFiles(csvFile('hostile.csv', text));
  await page.getByRole('button', { name: 'Check the rows' }).click();
  const errors = page.getByRole('table', { name: 'Rows with problems' });
  await expect(errors).toBeVisible({ timeout: 60_000 });
  await expect(errors.getByRole('row', { name: /^1803 Amount 9+.* Imported without this value .*too many digits to be read exactly/ })).toBeVisible();
  await expect(
    errors.getByRole('row', { name: /^1804 Owner Bo Park Imported .*rep name cleaned: control characters replaced by a space/ }),
  ).toBeVisible();
  await expect(errors.getByRole('row', { name: /^1805 Owner Cy Diaz Imported .*rep name cleaned: text-direction characters removed/ })).toBeVisible();
  await expect(errors.getByRole('row', { name: /^1806 .*Row left out .*quote opened on this row is never closed.*next 2 lines/ })).toBeVisible();
  await expect(
    page.getByText('1 row is left out; 1 row is imported without a value that could not be read; 2 rows are imported as read or cleaned.'),
  ).toBeVisible();
  const stat = (label: string) => page.locator('.stat', { hasText: label }).locator('.stat-value');
  await expect(stat('rows read')).toHaveText('1,805');
  await expect(stat('rows accepted')).toHaveText('1,804');
  await expect(stat('rows rejected')).toHaveText('1');
  await expect(page.getByRole('table', { name: 'Rep-periods to import' })).not.toContainText('\u202e');
  await page.screenshot({ path: 'artifacts/import-hostile.png', fullPage: true });
});

test('a column mixing US and European numbers is asked about, and values written the other way are row errors', async ({ appPage: page }) => {
  const text = [
    'Owner,Stage,Amount,Created,Closed',
    'Ana Lima,Won,"1,234.50",2026-01-02,2026-01-20',
    'Ana Lima,Won,"2,000.75",2026-01-03,2026-01-21',
    'Bo Park,Won,"1.234,56",2026-01-04,2026-01-22',
    'Bo Park,Won,"1,5",2026-01-05,2026-01-23',
  ].join('\n');
  await page.goto('/#/import');
  await page.getByLabel('File to import').setInputFiles(csvFile('mixed.csv', text));
  const question = page.getByLabel(/“Amount” mixes two number formats/);
  await expect(question).toBeVisible();
  await expect(page.getByRole('button', { name: 'Check the rows' })).toBeDisabled();
  await page.screenshot({ path: 'artifacts/import-mixed-question.png', fullPage: true });
  await question.selectOption('us');
  await page.getByRole('button', { name: 'Check the rows' }).click();
  const errors = page.getByRole('table', { name: 'Rows with problems' });
  await expect(errors).toBeVisible({ timeout: 60_000 });
  await expect(errors.getByRole('row', { name: /^4 Amount 1\.234,56 .*does not fit/ })).toBeVisible();
  await expect(errors.getByRole('row', { name: /^5 Amount 1,5 .*does not fit/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Rep-periods to import' }).getByRole('row', { name: /^Ana Lima Jan 2026 2 0 \$3,235/ })).toBeVisible();
});
