import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { startRealExportImport } from './crm';

test.describe.configure({ timeout: 120_000 });

type BackupFile = { content: { tables: Record<string, unknown[]> }; sha256: string };

async function downloadBackup(page: Page, path: string): Promise<BackupFile> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download backup' }).click();
  await (await download).saveAs(path);
  return JSON.parse(readFileSync(path, 'utf8')) as BackupFile;
}

test('backup → wipe → restore in the browser gives back every table equal', async ({ appPage: page }, info) => {
  await page.goto('/#/team');
  await page.getByRole('button', { name: 'Try with sample data' }).click();
  await expect(page.getByRole('table', { name: 'Team' })).toBeVisible({ timeout: 60_000 });

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Backup' });
  await expect(section).toBeVisible();
  await expect(section.getByText(/Persistent|Not persistent|Unknown/)).toBeVisible();
  mkdirSync('artifacts', { recursive: true });
  await section.screenshot({ path: 'artifacts/settings-backup.png' });
  const before = await downloadBackup(page, info.outputPath('before.json'));
  expect(before.content.tables.reps?.length).toBeGreaterThan(0);

  // Wipe: the browser's data for Candor goes (as after a profile reset).
  await page.evaluate(() => new Promise((r) => (indexedDB.deleteDatabase('candor').onsuccess = r)));
  await page.goto('/#/team');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Welcome to Candor' })).toBeVisible();

  await page.goto('/#/settings');
  await page.getByLabel('Backup file to restore').setInputFiles(info.outputPath('before.json'));
  const compare = page.getByRole('table', { name: 'What the backup holds beside what is here now' });
  await expect(compare.getByRole('row', { name: /^Reps/ })).toContainText('none');
  // The copy of what is here now is a download: the page cannot tell a saved one from a
  // cancelled one, so nothing is replaced until the manager says the copy is there.
  const cancelled = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Replace my data with this backup' }).click();
  await (await cancelled).cancel();
  const check = page.getByRole('group', { name: 'Check the copy of your current data' });
  await check.getByRole('button', { name: 'Stop, keep my data' }).click();
  await expect(page.getByText('Restore stopped. Nothing was replaced.')).toBeVisible();
  await expect(compare.getByRole('row', { name: /^Reps/ })).toContainText('none');
  expect(await storedCounts(page)).toMatchObject({ reps: 0 });

  const safety = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Replace my data with this backup' }).click();
  expect((await safety).suggestedFilename()).toMatch(/^candor-backup-before-restore-/);
  await check.getByRole('button', { name: 'The copy is in my downloads: replace my data' }).click();
  await expect(page.getByText(/Backup restored/)).toBeVisible();

  const after = await downloadBackup(page, info.outputPath('after.json'));
  expect(after.content.tables).toEqual(before.content.tables);
  expect(after.sha256).toBe(before.sha256);
});

/** What IndexedDB holds, read directly (not through the app). */
async function storedCounts(page: Page) {
  return page.evaluate(async () => {
    const open = indexedDB.open('candor');
    const db: IDBDatabase = await new Promise((res, rej) => {
      open.onsuccess = () => res(open.result);
      open.onerror = () => rej(open.error);
    });
    const all = (store: string) =>
      new Promise<unknown[]>((res) => {
        const r = db.transaction(store).objectStore(store).getAll();
        r.onsuccess = () => res(r.result);
      });
    const imports = (await all('imports')) as { periodsWritten: number; repsCreated: number }[];
    const reps = (await all('reps')) as { name: string }[];
    const result = {
      imports,
      periods: (await all('metricPeriods')).length,
      reps: reps.length,
      batches: (await all('dealBatches')).length,
      names: reps.map((r) => r.name),
    };
    db.close();
    return result;
  });
}

test('closing the page in the middle of an import leaves all of it or none of it', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL: baseURL ?? '' });
  const page = await context.newPage();
  await startRealExportImport(page);
  // Close without waiting for the commit (no unload handlers may delay it).
  await page.close({ runBeforeUnload: false });

  const again = await context.newPage();
  await again.goto('/#/team');
  const stored = await storedCounts(again);
  if (stored.imports.length === 0) expect(stored).toEqual({ imports: [], periods: 0, reps: 0, batches: 0, names: [] });
  else {
    expect(stored.imports).toHaveLength(1);
    expect(stored.periods).toBe(stored.imports[0]?.periodsWritten);
    expect(stored.reps).toBe(stored.imports[0]?.repsCreated);
    expect(stored.batches).toBeGreaterThan(0);
  }
  await context.close();
});

test('a page closed while the import transaction is open keeps nothing of that import and everything from before', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL: baseURL ?? '' });
  const page = await context.newPage();
  // Test-only instrumentation: at the import's first write of a rep-period, keep that very
  // transaction busy with reads so it can never commit, and say so. The page is then closed
  // while the transaction is certainly open.
  await page.addInitScript(() => {
    const w = window as unknown as { __inImportTransaction?: boolean };
    let armed = true;
    for (const method of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
        const request = original.apply(this, args);
        if (armed && this.name === 'metricPeriods') {
          armed = false;
          const spin = (store: IDBObjectStore) => {
            store.count().onsuccess = () => spin(store);
          };
          spin(this);
          w.__inImportTransaction = true;
        }
        return request;
      };
    }
  });
  await page.goto('/#/team');
  await page.getByRole('button', { name: 'Add your first rep' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a rep' });
  await dialog.getByLabel('Name').fill('Dana Whitfield');
  await dialog.getByLabel('Start date').fill('2026-03-02');
  await dialog.getByRole('button', { name: 'Add rep' }).click();
  await expect(page.getByRole('table', { name: 'Reps' })).toContainText('Dana Whitfield');

  await startRealExportImport(page);
  await page.waitForFunction(() => (window as unknown as { __inImportTransaction?: boolean }).__inImportTransaction === true);
  await page.close({ runBeforeUnload: false });

  const again = await context.newPage();
  await again.goto('/#/team');
  expect(await storedCounts(again)).toEqual({ imports: [], periods: 0, reps: 1, batches: 0, names: ['Dana Whitfield'] });
  await expect(again.getByRole('table', { name: 'Reps' })).toContainText('Dana Whitfield');
  await context.close();
});
