// Monthly data looked at by quarter, in the browser: the period switcher lists the whole quarters
// the months make under their own heading, and choosing one diagnoses the quarter.
import { mkdirSync } from 'node:fs';
import { expect, test } from './fixtures';

test.describe.configure({ timeout: 120_000 });

for (const size of [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
]) {
  test(`a manager switches the sample team from a month to a quarter (${size.width}×${size.height})`, async ({ appPage: page }) => {
    await page.setViewportSize(size);
    await page.goto('/#/team');
    await page.getByRole('button', { name: 'Try with sample data' }).click();
    const table = page.getByRole('table', { name: 'Team' });
    await expect(table).toBeVisible({ timeout: 30_000 });
    await expect(table.getByRole('button', { name: /Attainment Oct 2026/ })).toBeVisible();

    const period = page.getByLabel('Period', { exact: true });
    // Nov 2025 – Oct 2026: the whole quarters are Q1 to Q3 2026 (Q4 2025 and Q4 2026 are partial).
    await expect(period.locator('optgroup[label="Quarters"] option')).toHaveText(['Q3 2026', 'Q2 2026', 'Q1 2026']);
    await period.selectOption('2026-Q3');
    await expect(page).toHaveURL(/period=2026-Q3/);
    await expect(table.getByRole('button', { name: /Attainment Q3 2026/ })).toBeVisible();
    mkdirSync('artifacts', { recursive: true });
    await page.screenshot({ path: `artifacts/team-quarter-${size.width}x${size.height}.png` });

    await table.getByRole('link', { name: 'Dev Patel', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Dev Patel', level: 1 })).toBeVisible();
    await expect(page.getByLabel('Period', { exact: true })).toHaveValue('2026-Q3');
    await page.screenshot({ path: `artifacts/rep-quarter-${size.width}x${size.height}.png` });
  });
}
