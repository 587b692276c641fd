import Dexie from 'dexie';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixedClock, sequentialIds } from '@shared/lib/ids';
import { emptyMetricValues } from '@shared/schemas';
import { freshDb, seedAtVersion } from '@tests/helpers/db';
import { createDb, openDb } from './db';
import { addRep, DuplicateRepError, listReps, removeRep, updateRep } from './repositories/reps';
import { getSettings, saveSettings } from './repositories/settings';
import { LATEST_VERSION, VERSIONS } from './versions';

const deps = { ids: sequentialIds('rep'), clock: fixedClock('2026-11-01T09:00:00.000Z') };

describe('reps repository', () => {
  it('adds, lists (sorted by name), edits and removes reps', async () => {
    const db = freshDb();
    await addRep(db, { name: 'Zoe Park', role: 'AE', startDate: '2025-02-01', email: '' }, deps);
    const ana = await addRep(db, { name: '  Ana Ruiz ', role: 'SDR', startDate: '2026-06-15', email: 'ana@example.com' }, deps);
    expect(ana.name).toBe('Ana Ruiz');
    expect(ana.email).toBe('ana@example.com');
    expect((await listReps(db)).map((r) => r.name)).toEqual(['Ana Ruiz', 'Zoe Park']);

    const edited = await updateRep(db, ana.id, { name: 'Ana Ruiz-Lopez', role: 'AE', startDate: '2026-06-15', email: '' }, deps);
    expect(edited.role).toBe('AE');
    expect(edited.email).toBeNull();
    expect((await db.reps.get(ana.id))?.nameKey).toBe('ana ruiz-lopez');

    await removeRep(db, ana.id);
    expect((await listReps(db)).map((r) => r.name)).toEqual(['Zoe Park']);
  });

  it('refuses a second rep with the same name, ignoring case and spaces, and keeps the first', async () => {
    const db = freshDb();
    await addRep(db, { name: 'Moses Frase', role: 'AE', startDate: '2025-01-01' }, deps);
    await expect(addRep(db, { name: 'moses   FRASE', role: 'AE', startDate: '2025-01-01' }, deps)).rejects.toBeInstanceOf(DuplicateRepError);
    expect(await db.reps.count()).toBe(1);
  });

  it('rejects invalid input before writing anything', async () => {
    const db = freshDb();
    await expect(addRep(db, { name: '', role: 'AE', startDate: '2025-01-01' }, deps)).rejects.toThrow();
    await expect(addRep(db, { name: 'X', role: 'AE', startDate: '01/02/2025' }, deps)).rejects.toThrow();
    expect(await db.reps.count()).toBe(0);
  });

  it('removes everything recorded about a rep in one go', async () => {
    const db = freshDb();
    const rep = await addRep(db, { name: 'Kim', role: 'AE', startDate: '2025-01-01' }, deps);
    const other = await addRep(db, { name: 'Lee', role: 'AE', startDate: '2025-01-01' }, deps);
    const values = { ...emptyMetricValues(), quota: 1, revenueWon: 1, calls: 1 };
    await db.metricPeriods.bulkAdd([
      { id: 'm1', repId: rep.id, period: '2026-01', periodKind: 'month', importId: null, values, createdAt: '2026-01-01T00:00:00.000Z' },
      { id: 'm2', repId: other.id, period: '2026-01', periodKind: 'month', importId: null, values, createdAt: '2026-01-01T00:00:00.000Z' },
    ]);
    await removeRep(db, rep.id);
    expect(await db.metricPeriods.toArray()).toMatchObject([{ id: 'm2' }]);
  });

  it('any sequence of adds and removes leaves exactly the reps not removed (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(
          fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim().length > 0),
          { maxLength: 6, selector: (s) => s.trim().toLowerCase().replace(/\s+/g, ' ') },
        ),
        fc.array(fc.boolean(), { maxLength: 6 }),
        async (names, removals) => {
          const db = freshDb();
          const kept: string[] = [];
          for (const [i, name] of names.entries()) {
            const rep = await addRep(db, { name, role: 'AE', startDate: '2025-01-01' }, { ids: sequentialIds(`p${i}`), clock: deps.clock });
            if (removals[i]) await removeRep(db, rep.id);
            else kept.push(rep.id);
          }
          expect((await db.reps.toArray()).map((r) => r.id).sort()).toEqual(kept.sort());
          db.close();
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('settings repository', () => {
  it('returns defaults until saved, then the saved values', async () => {
    const db = freshDb();
    expect((await getSettings(db)).onboardedAt).toBeNull();
    await saveSettings(db, { onboardedAt: '2026-11-01T09:00:00.000Z' });
    expect((await getSettings(db)).onboardedAt).toBe('2026-11-01T09:00:00.000Z');
    expect((await getSettings(db)).diagnosis.gapThreshold).toBe(0.2);
  });
});

describe('schema versions', () => {
  it('are append-only and strictly increasing', () => {
    const numbers = VERSIONS.map((v) => v.version);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(LATEST_VERSION).toBe(numbers[numbers.length - 1]);
  });

  it.each(VERSIONS.map((v) => v.version))('data written at version %i is intact after opening with the current app', async (version) => {
    const name = `candor-migrate-${version}-${Math.random()}`;
    await seedAtVersion(name, version, async (db) => {
      await db.table('reps').add({
        id: 'r1',
        name: 'Old Rep',
        nameKey: 'old rep',
        role: 'AE',
        startDate: '2024-01-01',
        email: null,
        targetOverrides: null,
        createdByImportId: null,
        createdAt: '2024-01-01T00:00:00.000Z',
        updatedAt: '2024-01-01T00:00:00.000Z',
      });
      await db.table('settings').put({ id: 'app', onboardedAt: '2024-01-02T00:00:00.000Z' });
    });
    const db = createDb(name);
    expect(await openDb(db)).toBeNull();
    expect(db.verno).toBe(LATEST_VERSION);
    expect((await db.reps.get('r1'))?.name).toBe('Old Rep');
    expect((await db.settings.get('app'))?.onboardedAt).toBe('2024-01-02T00:00:00.000Z');
    db.close();
  });

  it('v1 → v2 moves raw deal and activity records into batches, losing nothing', async () => {
    const name = `candor-v1v2-${Math.random()}`;
    const deal = (id: string, repId: string, amount: number) => ({
      id,
      importId: 'imp-1',
      repId,
      externalId: id.toUpperCase(),
      outcome: 'won',
      stage: 'Closed Won',
      amount,
      createdDate: '2026-01-05',
      closeDate: '2026-02-10',
    });
    await seedAtVersion(name, 1, async (db) => {
      await db.table('dealRecords').bulkAdd([deal('d1', 'r1', 100), deal('d2', 'r2', 200), deal('d3', 'r1', 300)]);
      await db.table('activityRecords').add({ id: 'a1', importId: 'imp-1', repId: 'r2', type: 'call', date: '2026-01-06' });
    });
    const db = createDb(name);
    expect(await openDb(db)).toBeNull();
    const batches = await db.dealBatches.toArray();
    const byRep = Object.fromEntries(batches.map((b) => [b.repId, b.records.map((r) => r.amount)]));
    expect(byRep).toEqual({ r1: [100, 300], r2: [200] });
    expect(batches.every((b) => b.importId === 'imp-1')).toBe(true);
    expect(batches.find((b) => b.repId === 'r1')?.records[0]).toEqual({
      externalId: 'D1',
      outcome: 'won',
      stage: 'Closed Won',
      amount: 100,
      createdDate: '2026-01-05',
      closeDate: '2026-02-10',
    });
    expect((await db.activityBatches.toArray()).map((b) => b.records)).toEqual([[{ type: 'call', date: '2026-01-06' }]]);
    expect(db.tables.map((t) => t.name)).not.toContain('dealRecords');
    db.close();
  });

  it('refuses a database written by a newer Candor, with a clear message, and leaves it untouched', async () => {
    const name = `candor-newer-${Math.random()}`;
    const future = new Dexie(name);
    future.version(LATEST_VERSION + 5).stores({ reps: 'id', futureTable: 'id' });
    await future.open();
    await future.table('reps').add({ id: 'keep-me', name: 'Future' });
    future.close();

    const db = createDb(name);
    const failure = await openDb(db);
    expect(failure?.code).toBe('newer-database');
    expect(failure?.message).toMatch(/newer version of Candor/);

    const again = new Dexie(name);
    await again.open();
    expect(again.verno).toBe(LATEST_VERSION + 5);
    expect(await again.table('reps').get('keep-me')).toMatchObject({ name: 'Future' });
    again.close();
  });
});
