// B5: start-up of the built renderer in real Chromium, and the size of the initial JS.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium';

const ROOT = resolve(import.meta.dirname, '../..');

function initialJsGzipBytes(): { raw: number; gz: number } {
  const html = readFileSync(join(ROOT, 'out/renderer/index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="\.\/([^"]+)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\.\/([^"]+)"/g)].map(
    (m) => m[1] ?? '',
  );
  let raw = 0;
  let gz = 0;
  for (const s of scripts) {
    const buf = readFileSync(join(ROOT, 'out/renderer', s));
    raw += buf.length;
    gz += gzipSync(buf, { level: 9 }).length;
  }
  return { raw, gz };
}

export async function benchStartup(baseUrl: string): Promise<void> {
  const { raw, gz } = initialJsGzipBytes();
  const assets = readdirSync(join(ROOT, 'out/renderer/assets')).reduce((n, f) => n + statSync(join(ROOT, 'out/renderer/assets', f)).size, 0);
  console.log(`startup.initial_js_raw: ${(raw / 1024).toFixed(1)} KB`);
  console.log(`startup.initial_js_gzip: ${(gz / 1024).toFixed(1)} KB (target ≤ 350 KB, ratio ${(gz / 1024 / 350).toFixed(2)})`);
  console.log(`startup.all_assets_raw: ${(assets / 1024).toFixed(1)} KB`);

  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const fcp: number[] = [];
  const interactive: number[] = [];
  try {
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const t0 = Date.now();
      await page.goto(`${baseUrl}#/team`);
      await page.getByRole('navigation', { name: 'Main' }).waitFor();
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      interactive.push(Date.now() - t0);
      const paint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
      fcp.push(paint);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  console.log(`startup.first_contentful_paint: ${median(fcp).toFixed(0)} ms (median of ${fcp.length})`);
  console.log(
    `startup.interactive: ${median(interactive).toFixed(0)} ms (median of ${interactive.length}; target < 1000 ms, ratio ${(median(interactive) / 1000).toFixed(2)})`,
  );
}
