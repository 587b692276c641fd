// B2: import to store in real Chromium, through the app's own UI and Web Worker:
// a generated deals CSV is checked (worker) and committed to IndexedDB (Dexie, bulk chunks).
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium';

function dealsCsv(rows: number): string {
  const reps = Array.from({ length: 40 }, (_, i) => `Rep ${String(i + 1).padStart(2, '0')}`);
  const stages = ['Won', 'Lost', 'Engaging', 'Won', 'Lost'];
  const out = ['opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value'];
  let seed = 42;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < rows; i++) {
    const stage = stages[Math.floor(rnd() * stages.length)]!;
    const start = new Date(Date.UTC(2024, 0, 1) + Math.floor(rnd() * 700) * 86_400_000);
    const end = new Date(start.getTime() + Math.floor(5 + rnd() * 120) * 86_400_000);
    const open = stage === 'Engaging';
    out.push(
      [
        `D${i}`,
        reps[i % reps.length],
        'GTX Pro',
        `Acct ${i % 300}`,
        stage,
        start.toISOString().slice(0, 10),
        open ? '' : end.toISOString().slice(0, 10),
        open ? '' : String(Math.floor(rnd() * 5000)),
      ].join(','),
    );
  }
  return out.join('\n') + '\n';
}

export async function benchStore(baseUrl: string, rows = 200_000): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'candor-bench-'));
  const file = join(dir, 'deals-bench.csv');
  writeFileSync(file, dealsCsv(rows));
  const size = statSync(file).size;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    // tsx (esbuild) wraps named functions in a __name helper that does not exist in the page.
    await page.addInitScript('window.__name = (f) => f');
    await page.goto(`${baseUrl}#/import`);
    await page.getByLabel('File to import').setInputFiles(file);
    await page.getByRole('button', { name: 'Check the rows' }).waitFor({ timeout: 60_000 });

    // Count progress updates the user sees while the worker checks the rows.
    await page.evaluate(() => {
      const w = window as unknown as { __progress: number[] };
      w.__progress = [];
      new MutationObserver(() => {
        const bar = document.querySelector('[role=progressbar]');
        if (bar) w.__progress.push(performance.now());
      }).observe(document.body, { subtree: true, attributes: true, childList: true, characterData: true });
    });
    const t0 = Date.now();
    await page.getByRole('button', { name: 'Check the rows' }).click();
    await page.getByRole('table', { name: 'Rep-periods to import' }).waitFor({ timeout: 300_000 });
    const checkMs = Date.now() - t0;
    const updates = await page.evaluate(() => (window as unknown as { __progress: number[] }).__progress);
    const span = updates.length > 1 ? (updates[updates.length - 1]! - updates[0]!) / 1000 : 0;

    const t1 = Date.now();
    await page.getByRole('button', { name: /^Import (the )?[\d,]+ (valid )?rows$/ }).click();
    await page.getByRole('heading', { name: /^Imported deals-bench\.csv/ }).waitFor({ timeout: 300_000 });
    const commitMs = Date.now() - t1;
    const written = await page.evaluate(async () => {
      const open = indexedDB.open('candor');
      const db: IDBDatabase = await new Promise((res) => (open.onsuccess = () => res(open.result)));
      const count = (s: string) =>
        new Promise<number>((res) => (db.transaction(s).objectStore(s).count().onsuccess = (e) => res((e.target as IDBRequest<number>).result)));
      const batches = await new Promise<{ records: unknown[] }[]>(
        (res) =>
          (db.transaction('dealBatches').objectStore('dealBatches').getAll().onsuccess = (e) =>
            res((e.target as IDBRequest<{ records: unknown[] }[]>).result)),
      );
      const n = batches.reduce((s, b) => s + b.records.length, 0) + (await count('metricPeriods'));
      db.close();
      return n;
    });
    console.log(`store.file: ${(size / 1048576).toFixed(1)} MiB, ${rows.toLocaleString('en')} deal rows`);
    console.log(`store.check_rows_in_worker: ${checkMs} ms (${Math.round(rows / (checkMs / 1000)).toLocaleString('en')} rows/s)`);
    console.log(`store.progress_updates: ${span > 0 ? (updates.length / span).toFixed(1) : 'n/a'} per s (target ≥ 4)`);
    console.log(
      `store.commit_to_indexeddb: ${commitMs} ms for ${written.toLocaleString('en')} records (${Math.round(written / (commitMs / 1000)).toLocaleString('en')} rows/s; target ≥ 20,000, ratio ${(written / (commitMs / 1000) / 20000).toFixed(2)})`,
    );
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
