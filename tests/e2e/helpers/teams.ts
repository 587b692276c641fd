// Until the roster import lands, the public sales_teams.csv (agent → manager, office) is put on
// the reps the export created as placements, straight into IndexedDB, then the page reloads.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';

export const TEAMS_CSV = resolve(import.meta.dirname, '../../fixtures/crm-sales-opportunities/sales_teams.csv');

export type Seat = { agent: string; manager: string; office: string };

/** The roster as the file gives it. */
export function salesTeams(): Seat[] {
  return readFileSync(TEAMS_CSV, 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((l) => {
      const [agent = '', manager = '', office = ''] = l.split(',');
      return { agent, manager, office };
    });
}

/** Puts each rep under their manager and office from `from` on; returns how many reps got a placement. */
export async function applySalesTeams(page: Page, from = '2016-01-01'): Promise<number> {
  return placeReps(page, salesTeams(), from);
}

/** Puts each rep named in `seats` under that manager and office from `from` on, then reloads; returns how many reps were placed. */
export async function placeReps(page: Page, seats: readonly Seat[], from: string): Promise<number> {
  const changed = await page.evaluate(
    async ({ seats, from }) => {
      const open = indexedDB.open('candor');
      const db: IDBDatabase = await new Promise((res, rej) => {
        open.onsuccess = () => res(open.result);
        open.onerror = () => rej(open.error);
      });
      const tx = db.transaction('reps', 'readwrite');
      const store = tx.objectStore('reps');
      const reps: Array<{ name: string; placements?: unknown }> = await new Promise((res) => {
        const r = store.getAll();
        r.onsuccess = () => res(r.result);
      });
      let n = 0;
      for (const rep of reps) {
        const seat = seats.find((s) => s.agent === rep.name);
        if (!seat) continue;
        rep.placements = [{ from, team: null, manager: seat.manager, office: seat.office }];
        store.put(rep);
        n++;
      }
      await new Promise((res) => (tx.oncomplete = res));
      db.close();
      return n;
    },
    { seats, from },
  );
  await page.reload();
  return changed;
}
