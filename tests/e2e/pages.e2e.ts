import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seriousA11yViolations, type AxeFinding } from './helpers/axe';
import { layoutProblems, type LayoutProblem } from './helpers/layout';

test.describe.configure({ timeout: 240_000 });

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
] as const;

type Finding = { view: string; size: string; axe: AxeFinding[]; layout: LayoutProblem[] };

/** Checks the current view at both laptop sizes: screenshot, axe-core, and nothing cut off. */
async function checkView(page: Page, name: string, findings: Finding[]): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    // Let ResizeObserver-driven layout (charts, the virtual table) settle after the resize.
    await page.waitForTimeout(250);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.screenshot({ path: `artifacts/pages-${name}-${size.width}x${size.height}.png`, fullPage: true });
    findings.push({
      view: name,
      size: `${size.width}x${size.height}`,
      axe: await seriousA11yViolations(page),
      layout: await layoutProblems(page),
    });
  }
  await page.setViewportSize(SIZES[0]);
}

test('every page and dialog reads at 1280×800 and 1024×700: no serious accessibility failure, nothing cut off', async ({ appPage: page }) => {
  mkdirSync('artifacts', { recursive: true });
  const findings: Finding[] = [];

  await page.goto('/#/team');
  await expect(page.getByRole('button', { name: 'Try with sample data' })).toBeVisible();
  await checkView(page, 'first-run', findings);

  await page.getByRole('button', { name: 'Try with sample data' }).click();
  await expect(page.getByRole('table', { name: 'Team' })).toBeVisible({ timeout: 30_000 });
  await checkView(page, 'team', findings);
  if (process.env.UPDATE_DOCS_SCREENSHOT) {
    // The README's picture: the real app at 1280×800, without a passing message.
    for (const b of await page.getByRole('button', { name: 'Dismiss message' }).all()) await b.click();
    await page.screenshot({ path: 'docs/screenshot-team.png' });
  }

  await page.getByRole('button', { name: 'Add rep' }).first().click();
  await expect(page.getByRole('dialog', { name: 'Add a rep' })).toBeVisible();
  await checkView(page, 'add-rep-dialog', findings);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // The Team page's period travels to the rep page in the URL; focus lands on the new heading.
  await page.getByLabel('Period', { exact: true }).selectOption('2026-09');
  await expect(page).toHaveURL(/#\/team\?period=2026-09$/);
  await page.getByLabel('Search').fill('Dev Patel');
  await page.getByRole('table', { name: 'Team' }).getByRole('link', { name: 'Dev Patel' }).click();
  await expect(page.getByRole('heading', { name: 'Dev Patel', level: 1 })).toBeFocused();
  await expect(page).toHaveURL(/period=2026-09/);
  await expect(page.getByLabel('Period', { exact: true })).toHaveValue('2026-09');
  await page.getByLabel('Period', { exact: true }).focus();
  await page.getByLabel('Period', { exact: true }).selectOption('2026-10');
  await expect(page).toHaveURL(/#\/team\/[^?]+\?period=2026-10$/);
  await expect(page.getByLabel('Period', { exact: true })).toBeFocused();
  await expect(page.getByText(/: an effort gap\.$/)).toBeVisible();
  await expect(page.getByRole('list', { name: 'Top reasons' }).getByRole('listitem')).toHaveCount(3);
  await expect(page.getByRole('figure', { name: 'Won revenue' }).locator('svg').first()).toBeVisible();
  await checkView(page, 'rep', findings);
  // The evidence behind the verdict, opened: charts, the numbers table and definitions are checked too.
  await page.getByText('How this was decided').click();
  await expect(page.getByRole('table', { name: 'Metrics against benchmarks' })).toBeVisible();
  await page.getByRole('figure', { name: 'Won revenue' }).getByRole('button', { name: 'Show numbers' }).click();
  await checkView(page, 'rep-decided', findings);

  await page.goto('/#/import');
  await expect(page.getByLabel('File to import')).toBeAttached();
  await checkView(page, 'import-choose', findings);
  await page.getByLabel('File to import').setInputFiles('resources/sample/team-metrics.csv');
  await expect(page.getByRole('button', { name: 'Check the rows' })).toBeVisible({ timeout: 30_000 });
  await checkView(page, 'import-map', findings);
  await page.getByRole('button', { name: 'Check the rows' }).click();
  await expect(page.getByRole('table', { name: 'Rep-periods to import' })).toBeVisible({ timeout: 60_000 });
  await checkView(page, 'import-review', findings);

  for (const [name, hash, heading] of [
    ['settings', '#/settings', 'Settings'],
    ['plans', '#/plans', 'Plans'],
    ['roleplay', '#/roleplay', 'Role-play'],
  ] as const) {
    await page.goto(`/${hash}`);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await checkView(page, name, findings);
  }

  const failures = findings.filter((f) => f.axe.length || f.layout.length);
  expect(failures, JSON.stringify(failures, null, 2)).toEqual([]);
});
