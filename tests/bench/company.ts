// A generated company for the teams benchmark: 2,000 reps in 150 teams (one manager each) in 10
// offices, 36 months of monthly figures per rep, a few reps who left and a few who moved. Rows are
// shaped as the app stores them (reps, metricPeriods), deterministic from a seed.
import { funnelMonth } from '@shared/domain/diagnosis/testing';
import { trailingPeriods } from '@shared/domain/diagnosis/periods';
import { DEFAULT_DIAGNOSIS_SETTINGS } from '@shared/schemas/settings';

export type Company = { reps: Record<string, unknown>[]; metricPeriods: Record<string, unknown>[]; managers: string[] };

export function company({ reps = 2000, teams = 150, months = 36, end = '2026-10' } = {}): Company {
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const at = '2026-11-01T09:00:00.000Z';
  const managers = Array.from({ length: teams }, (_, t) => `Manager ${String(t + 1).padStart(3, '0')}`);
  const periods = trailingPeriods(end, months);
  const repRows: Record<string, unknown>[] = [];
  const metricPeriods: Record<string, unknown>[] = [];
  for (let i = 0; i < reps; i++) {
    const team = i % teams;
    const id = `rep-${i}`;
    // Every 40th rep moved team a year before the end (given a year of data); every 97th left
    // three months before it.
    const placements = [{ from: `${periods[0]}-01`, team: null, manager: managers[team], office: `Office ${(team % 10) + 1}` }];
    if (i % 40 === 0 && months > 12)
      placements.push({
        from: `${periods[months - 12]}-01`,
        team: null,
        manager: managers[(team + 1) % teams],
        office: `Office ${((team + 1) % 10) + 1}`,
      });
    const leftDate = i % 97 === 0 ? `${periods[months - 3]}-01` : null;
    repRows.push({
      id,
      name: `Rep ${String(i + 1).padStart(4, '0')}`,
      nameKey: `rep ${String(i + 1).padStart(4, '0')}`,
      role: 'AE',
      startDate: '2020-01-06',
      email: null,
      targetOverrides: null,
      createdByImportId: null,
      createdAt: at,
      updatedAt: at,
      placements,
      leftDate,
    });
    const a = 0.5 + rnd();
    const w = 0.6 + rnd() * 0.8;
    periods.forEach((period, k) => {
      if (leftDate && `${period}-01` >= leftDate) return;
      metricPeriods.push({
        id: `m-${i}-${k}`,
        repId: id,
        period,
        periodKind: 'month',
        importId: null,
        values: funnelMonth(a * (0.85 + rnd() * 0.3), 1, w, 1, { quota: 50_000 }),
        createdAt: at,
      });
    });
  }
  return { reps: repRows, metricPeriods, managers };
}

/** Something that runs a function in a page (Playwright's Page, from the test runner or the library). */
type InPage = { evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> };

/**
 * Writes rows into the app's IndexedDB (open in the page, at its current version) in one
 * transaction, with settings that skip the first run and say who the user is (`myTeam`).
 */
export async function writeCompany(page: InPage, tables: Record<string, unknown[]>, myTeam: string): Promise<void> {
  await page.evaluate(
    async ({ tables, myTeam, diagnosis }) => {
      const open = indexedDB.open('candor');
      const db: IDBDatabase = await new Promise((res, rej) => {
        open.onsuccess = () => res(open.result);
        open.onerror = () => rej(open.error);
      });
      const tx = db.transaction([...Object.keys(tables), 'settings'], 'readwrite');
      for (const [name, rows] of Object.entries(tables)) for (const r of rows) tx.objectStore(name).put(r);
      const at = '2026-11-01T09:00:00.000Z';
      tx.objectStore('settings').put({
        id: 'app',
        diagnosis,
        defaultPeriodKind: 'month',
        currency: 'USD',
        managerName: '',
        myTeam,
        onboardedAt: at,
        updatedAt: at,
      });
      await new Promise((res, rej) => {
        tx.oncomplete = res;
        tx.onerror = () => rej(tx.error);
      });
      db.close();
    },
    { tables, myTeam, diagnosis: { ...DEFAULT_DIAGNOSIS_SETTINGS, peerGroup: 'team' } },
  );
}
