import type { Page } from '@playwright/test';

/** Every row of the named IndexedDB stores of the app's database, read in the page. */
export async function storedRows<T extends Record<string, unknown[]>>(page: Page, stores: readonly (keyof T & string)[]): Promise<T> {
  return page.evaluate(async (names) => {
    const open = indexedDB.open('candor');
    const db: IDBDatabase = await new Promise((res, rej) => {
      open.onsuccess = () => res(open.result);
      open.onerror = () => rej(open.error);
    });
    const out: Record<string, unknown[]> = {};
    for (const name of names)
      out[name] = await new Promise<unknown[]>((res) => {
        const r = db.transaction(name).objectStore(name).getAll();
        r.onsuccess = () => res(r.result as unknown[]);
      });
    db.close();
    return out as T;
  }, stores as string[]);
}
