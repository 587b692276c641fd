import { test as base } from '@playwright/test';
import { expect, recordForeignRequests, test } from './fixtures';

base('the request recorder catches a request to another address (so its silence means something)', async ({ browser, baseURL }) => {
  // The app's CSP would stop this fetch before it leaves the page; bypass it here so the
  // recorder itself is what is being tested.
  const context = await browser.newContext({ bypassCSP: true, baseURL: baseURL ?? '' });
  const page = await context.newPage();
  const seen: string[] = [];
  await recordForeignRequests(page, new URL(baseURL ?? '').origin, seen);
  await page.goto('/#/team');
  await page.evaluate(() => fetch('http://example.invalid/beacon').catch(() => undefined));
  await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
  expect(seen).toContain('http://example.invalid/beacon');
  await context.close();
});

test('visiting every page makes no request but to the local app', async ({ appPage: page, foreignRequests }) => {
  await page.goto('/#/team');
  await page.getByRole('button', { name: 'Skip for now' }).click();
  for (const name of ['Import', 'Plans', 'Role-play', 'Settings', 'Team']) {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  }
  await page.waitForLoadState('networkidle');
  expect(foreignRequests).toEqual([]);
});
