import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium';
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
page.on('console', (m) => console.log('console:', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto('http://127.0.0.1:5199/#/team');
await page.getByRole('button', { name: 'Try with sample data' }).click();
await page.getByRole('table', { name: 'Team' }).waitFor({ timeout: 20000 });
await page.waitForTimeout(500);
await page.screenshot({ path: 'artifacts/team-sample.png' });
const first = process.argv[2];
if (first) {
  await page.getByRole('link', { name: first }).click();
  await page.waitForTimeout(800);
  await page.screenshot({ path: 'artifacts/rep.png', fullPage: true });
}
await browser.close();
