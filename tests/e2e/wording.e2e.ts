// The number-format setting reaches the sentences: after the manager picks euros in Settings,
// the Rep page's evidence writes amounts in euros and periods as people say them.
import { expect, test } from './fixtures';

test.describe.configure({ timeout: 120_000 });

const RAW_KEY = /\b\d{4}-(0[1-9]|1[0-2]|Q[1-4]|W\d{2})\b/u;

test('evidence sentences follow Settings → Number format, with no period keys', async ({ appPage: page }) => {
  await page.goto('/#/team');
  await page.getByRole('button', { name: 'Try with sample data' }).click();
  await expect(page.getByRole('table', { name: 'Team' })).toBeVisible({ timeout: 30_000 });

  await page.goto('/#/settings');
  await page.getByLabel('Currency', { exact: true }).selectOption('EUR');
  await expect(page.getByText(/^Example: €48,250 won/u)).toBeVisible();

  await page.goto('/#/team');
  await page.getByRole('table', { name: 'Team' }).getByRole('link', { name: 'Dev Patel', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Dev Patel', level: 1 })).toBeVisible({ timeout: 30_000 });
  await page.getByText('How this was decided').click();
  const evidence = page.getByRole('list', { name: 'Evidence' });
  await expect(evidence).toContainText('Over Aug to Oct 2026 (3 of 3 months with data');
  await expect(evidence).toContainText(/Won revenue: €\d{1,3}(,\d{3})* vs €\d{1,3}(,\d{3})* quota/u);
  const texts = await evidence.getByRole('listitem').allInnerTexts();
  expect(texts.length).toBeGreaterThan(3);
  expect(texts.filter((t) => RAW_KEY.test(t))).toEqual([]);
});
