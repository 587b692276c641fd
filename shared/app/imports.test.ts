import { describe, expect, it } from 'vitest';
import type { RepPeriodRow } from '../domain/import/contract';
import { fixedClock, sequentialIds } from '../lib/ids';
import { emptyMetricValues, RECORD_BATCH_SIZE, type Rep } from '../schemas';
import { commitImport, listImports, MAX_REP_NAME, undoImport, type CommitRequest, type RawDeal } from './imports';
import { memoryStore } from './memory-store';

const clock = fixedClock('2026-11-02T10:00:00.000Z');
const deps = () => ({ ids: sequentialIds('n'), clock });

const period = (rep: string, p: string, revenueWon: number): RepPeriodRow => ({
  rep,
  role: null,
  startDate: null,
  period: p,
  periodKind: 'month',
  values: { ...emptyMetricValues(), revenueWon },
});

const deal = (rep: string, n: number): RawDeal => ({
  rep,
  externalId: `D${n}`,
  outcome: 'won',
  stage: 'Won',
  amount: 100 + n,
  createdDate: '2026-01-02',
  closeDate: '2026-01-20',
});

function request(periods: RepPeriodRow[], deals: RawDeal[] = [], sha = 'a'.repeat(64)): CommitRequest {
  return {
    file: { name: 'deals.csv', sha256: sha, size: 10, sheetName: null },
    kind: 'deals',
    periodKind: 'month',
    mapping: { rep: 'owner' },
    stageMap: { Won: 'won' },
    headerSignature: 'owner|stage',
    report: { rowsRead: periods.length, rowsAccepted: periods.length, rowsRejected: 0 },
    periods,
    deals,
    newRepRole: 'AE',
  };
}

const stored: Rep = {
  id: 'rep-ana',
  name: 'Ana Ruiz',
  nameKey: 'ana ruiz',
  role: 'AM',
  startDate: null,
  email: null,
  targetOverrides: null,
  createdByImportId: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('commitImport over the storage port', () => {
  it('matches a stored rep by name key and creates the others with the ids given', async () => {
    const store = memoryStore({ reps: [stored] });
    const record = await commitImport(store, request([period('  ANA   ruiz', '2026-01', 500), period('Bo Lind', '2026-01', 700)]), deps());
    expect(record).toMatchObject({ id: 'n-1', repsCreated: 1, periodsWritten: 2, importedAt: '2026-11-02T10:00:00.000Z' });
    const reps = await store.table('reps').all();
    expect(reps.map((r) => [r.id, r.name, r.role])).toEqual([
      ['rep-ana', 'Ana Ruiz', 'AM'],
      ['n-4', 'Bo Lind', 'AE'],
    ]);
    const byRep = (await store.table('metricPeriods').all()).map((p) => [p.repId, p.values.revenueWon]);
    expect(byRep).toEqual([
      ['rep-ana', 500],
      ['n-4', 700],
    ]);
  });

  it('clips a very long rep name and its key, and matches the clipped name next time', async () => {
    const long = `${'Alexandra '.repeat(20)}Smith`;
    const store = memoryStore();
    await commitImport(store, request([period(long, '2026-01', 1)]), deps());
    const [rep] = await store.table('reps').all();
    expect(rep?.name).toBe(long.slice(0, MAX_REP_NAME).trim());
    expect(rep?.nameKey).toHaveLength(MAX_REP_NAME);
    await commitImport(store, request([period(long, '2026-02', 2)], [], 'b'.repeat(64)), { ids: sequentialIds('m'), clock });
    expect(await store.table('reps').count()).toBe(1);
  });

  it('keeps raw deals in batches per rep of at most the batch size', async () => {
    const store = memoryStore();
    const deals = [...Array.from({ length: RECORD_BATCH_SIZE + 3 }, (_, i) => deal('Ana Ruiz', i)), deal('Bo Lind', 9999)];
    await commitImport(store, request([period('Ana Ruiz', '2026-01', 1)], deals), deps());
    const batches = await store.table('dealBatches').all();
    expect(batches.map((b) => b.records.length).sort((a, b) => a - b)).toEqual([1, 3, RECORD_BATCH_SIZE]);
    expect(batches.flatMap((b) => b.records).length).toBe(deals.length);
  });

  it('stores nothing when one row is invalid, and keeps what was there', async () => {
    const store = memoryStore({ reps: [stored] });
    const bad = { ...period('Cy Moss', 'not-a-period', 1) };
    await expect(commitImport(store, request([period('Dee Fox', '2026-01', 1), bad]), deps())).rejects.toThrow();
    expect((await store.table('reps').all()).map((r) => r.name)).toEqual(['Ana Ruiz']);
    expect(await store.table('metricPeriods').count()).toBe(0);
    expect(await store.table('imports').count()).toBe(0);
  });
});

describe('undoImport over the storage port', () => {
  it('removes exactly what the import added and keeps a rep another import still uses', async () => {
    const store = memoryStore();
    const first = await commitImport(
      store,
      request([period('Ana Ruiz', '2026-01', 1), period('Bo Lind', '2026-01', 2)], [deal('Bo Lind', 1)]),
      deps(),
    );
    const second = await commitImport(store, request([period('Ana Ruiz', '2026-02', 3)], [], 'b'.repeat(64)), { ids: sequentialIds('s'), clock });
    expect((await listImports(store)).map((i) => i.id).sort()).toEqual([first.id, second.id].sort());

    expect(await undoImport(store, first.id)).toEqual({ periodsRemoved: 2, repsRemoved: 1 });
    expect((await store.table('reps').all()).map((r) => r.name)).toEqual(['Ana Ruiz']);
    expect((await store.table('metricPeriods').all()).map((p) => p.period)).toEqual(['2026-02']);
    expect(await store.table('dealBatches').count()).toBe(0);
    await expect(undoImport(store, first.id)).rejects.toThrow(/no longer in the history/);
  });
});
