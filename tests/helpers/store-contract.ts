// The storage port's contract: the same tests run against every adapter (the memory store in
// shared/app/memory-store.test.ts, Dexie in renderer/src/db/store.test.ts), so a use case behaves
// the same in the app, the CLI and tests.
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '@shared/app/settings';
import type { Store } from '@shared/app/store';
import { emptyMetricValues, type MetricPeriod, type Rep } from '@shared/schemas';
import { plainRep } from './seed';

const row = (id: string, repId: string, importId: string | null = 'imp-1'): MetricPeriod => ({
  id,
  repId,
  period: '2026-01',
  periodKind: 'month',
  importId,
  values: { ...emptyMetricValues(), dealsWon: 3 },
  createdAt: '2026-02-01T00:00:00.000Z',
});

const rep = (id: string, name: string): Rep => plainRep(id, name, '2026-01-05T09:00:00.000Z');

const pause = () => new Promise((resolve) => setTimeout(resolve, 5));

/** A store whose Settings name the manager, and the time just after (every stamp written later is at or after it). */
async function named(make: () => Promise<Store> | Store): Promise<{ store: Store; since: string }> {
  const store = await make();
  await store.table('settings').put([{ ...defaultSettings(new Date('2026-01-01T00:00:00.000Z')), managerName: 'Jo Ng' }]);
  await pause();
  return { store, since: new Date().toISOString() };
}

/** `deviceId` names the install the adapter writes as. */
export function storeContract(name: string, make: () => Promise<Store> | Store, deviceId: () => string): void {
  describe(`changes since a point: ${name}`, () => {
    it('stamps every write to a replicated table with when and who, and leaves other tables as written', async () => {
      const { store, since } = await named(make);
      await store.table('reps').add([rep('r1', 'Ana Ruiz')]);
      await store.table('metricPeriods').put([row('m1', 'r1')]);
      await store
        .table('savedMappings')
        .put([{ id: 'owner|stage', kind: 'deals', mapping: { Owner: 'rep' }, stageMap: {}, updatedAt: '2026-01-01T00:00:00.000Z' }]);
      const stored = await store.table('reps').get('r1');
      expect(stored).toMatchObject({ ...rep('r1', 'Ana Ruiz'), changedBy: deviceId(), changedByName: 'Jo Ng' });
      expect(String(stored?.changedAt) >= since && String(stored?.changedAt) <= new Date().toISOString()).toBe(true);
      expect(await store.table('savedMappings').get('owner|stage')).not.toHaveProperty('changedAt');
      const changes = await store.changesSince(since);
      expect(changes.rows.map((r) => `${r.table}/${r.key}`).sort()).toEqual(['metricPeriods/m1', 'reps/r1']);
      expect(changes.tombstones).toEqual([]);
    });

    it('gives only what changed at or after the point, deletes as tombstones, and the point to ask from next', async () => {
      const { store } = await named(make);
      await store.table('reps').add([rep('r1', 'Ana Ruiz'), rep('r2', 'Ben Cho')]);
      await store.table('metricPeriods').add([row('m1', 'r1'), row('m2', 'r2')]);
      await pause();
      const point = new Date().toISOString();
      await pause();
      await store.table('reps').put([{ ...rep('r2', 'Ben Cho'), email: 'ben@example.com' }]);
      expect(await store.table('metricPeriods').deleteWhere('repId', 'r1')).toBe(1);
      await store.table('reps').delete(['r1', 'never-there']);

      const changes = await store.changesSince(point);
      expect(changes.rows.map((r) => [r.table, r.key, r.row['email']])).toEqual([['reps', 'r2', 'ben@example.com']]);
      expect(changes.tombstones.map((t) => [t.id, t.table, t.key, t.deletedBy, t.deletedByName])).toEqual([
        ['metricPeriods/m1', 'metricPeriods', 'm1', deviceId(), 'Jo Ng'],
        ['reps/r1', 'reps', 'r1', deviceId(), 'Jo Ng'],
      ]);
      expect(changes.until).toBe(changes.tombstones[1]?.deletedAt);
      expect((await store.changesSince(null)).rows.map((r) => r.key).sort()).toEqual(['m2', 'r2']);
      await pause();
      const later = await store.changesSince(new Date().toISOString());
      expect([later.rows, later.tombstones]).toEqual([[], []]);
    });

    it('applies rows and deletions from another copy as they came: their stamps kept, nothing re-stamped', async () => {
      const { store } = await named(make);
      await store.table('reps').add([rep('r1', 'Ana Ruiz')]);
      const fromB = { changedAt: '2026-12-01T08:00:00.000Z', changedBy: 'laptop-b', changedByName: 'Kim Lee' };
      const ben = { ...rep('r2', 'Ben Cho'), ...fromB };
      const gone = { id: 'reps/r1', table: 'reps', key: 'r1', deletedAt: '2026-12-01T08:05:00.000Z', deletedBy: 'laptop-b' };
      await store.applyChanges({ rows: [{ table: 'reps', key: 'r2', changedAt: fromB.changedAt, row: ben }], tombstones: [gone] });
      expect(await store.table('reps').all()).toEqual([ben]);
      const changes = await store.changesSince(null);
      expect(changes.tombstones).toEqual([gone]);
      expect(changes.rows.map((r) => r.row)).toEqual([ben]);
    });

    it('refuses a batch from another copy with a row it cannot take, in one sentence, and stores none of it', async () => {
      const { store } = await named(make);
      await store.table('reps').add([rep('r1', 'Ana Ruiz')]);
      const stamp = { changedAt: '2026-12-01T08:00:00.000Z', changedBy: 'laptop-b' };
      const good = { table: 'reps', key: 'r3', changedAt: stamp.changedAt, row: { ...rep('r3', 'Cy Dunn'), ...stamp } };
      const nameless = { table: 'reps', key: 'r4', changedAt: stamp.changedAt, row: { ...rep('r4', 'Di Evans'), name: '', ...stamp } };
      const gone = { id: 'reps/r1', table: 'reps', key: 'r1', deletedAt: stamp.changedAt, deletedBy: 'laptop-b' };
      await expect(store.applyChanges({ rows: [good, nameless], tombstones: [gone] })).rejects.toThrow(
        'Change 2 (reps/r4): the row is not one Candor can read, so nothing was applied.',
      );
      const mapping = { table: 'savedMappings', key: 'x', changedAt: stamp.changedAt, row: { id: 'x' } };
      await expect(store.applyChanges({ rows: [mapping], tombstones: [] })).rejects.toThrow(/not shared between copies/);
      expect((await store.table('reps').all()).map((r) => r.id)).toEqual(['r1']);
      expect((await store.changesSince(null)).tombstones).toEqual([]);
    });

    it('a row written again under a deleted key is alive again: its tombstone goes', async () => {
      const { store } = await named(make);
      await store.table('reps').add([rep('r1', 'Ana Ruiz')]);
      await store.table('reps').delete(['r1']);
      expect((await store.changesSince(null)).tombstones.map((t) => t.id)).toEqual(['reps/r1']);
      await store.table('reps').put([rep('r1', 'Ana Ruiz')]);
      const changes = await store.changesSince(null);
      expect([changes.rows.map((r) => r.key), changes.tombstones]).toEqual([['r1'], []]);
    });
  });

  describe(`the storage port: ${name}`, () => {
    it('finds rows by key and by field, counts and deletes by field', async () => {
      const store = await make();
      await store.table('metricPeriods').add([row('m1', 'ana'), row('m2', 'ben'), row('m3', 'ana', 'imp-2')]);
      expect((await store.table('metricPeriods').get('m2'))?.repId).toBe('ben');
      expect((await store.table('metricPeriods').where('repId', 'ana')).map((r) => r.id)).toEqual(['m1', 'm3']);
      expect(await store.table('metricPeriods').countWhere('importId', 'imp-1')).toBe(2);
      expect(await store.table('metricPeriods').deleteWhere('importId', 'imp-1')).toBe(2);
      expect((await store.table('metricPeriods').all()).map((r) => r.id)).toEqual(['m3']);
    });

    it('refuses to add a row whose key is taken, writing none of the batch', async () => {
      const store = await make();
      await store.table('metricPeriods').add([row('m1', 'ana')]);
      await expect(store.table('metricPeriods').add([row('m2', 'ben'), row('m1', 'cy')])).rejects.toThrow(/already stored/);
      await expect(store.table('metricPeriods').add([row('m4', 'ben'), row('m4', 'cy')])).rejects.toThrow(/already stored/);
      expect((await store.table('metricPeriods').all()).map((r) => r.repId)).toEqual(['ana']);
    });

    it('hands out copies: changing a row read or written does not change the stored one', async () => {
      const written = row('m1', 'ana');
      const store = await make();
      await store.table('metricPeriods').put([written]);
      written.values.dealsWon = 99;
      const read = await store.table('metricPeriods').get('m1');
      if (read) read.values.dealsWon = 42;
      expect((await store.table('metricPeriods').get('m1'))?.values.dealsWon).toBe(3);
    });

    it('puts every table back when a transaction throws, and keeps what a finished one wrote', async () => {
      const store = await make();
      await store.table('metricPeriods').add([row('m0', 'zoe')]);
      await store.transaction(['metricPeriods'], () => store.table('metricPeriods').add([row('m1', 'ana')]));
      const failed = store.transaction(['metricPeriods', 'imports'], async () => {
        await store.table('metricPeriods').add([row('m2', 'ben')]);
        await store.table('metricPeriods').delete(['m0']);
        throw new Error('disk full');
      });
      await expect(failed).rejects.toThrow('disk full');
      expect((await store.table('metricPeriods').all()).map((r) => r.id).sort()).toEqual(['m0', 'm1']);
    });

    it('keys plan positions by plan, as the registry says', async () => {
      const store = await make();
      await store.table('planProgress').put([{ planId: 'p1', step: 'facts', visited: ['facts'], updatedAt: '2026-01-01T00:00:00.000Z' }]);
      expect(await store.table('planProgress').get('p1')).toMatchObject({ planId: 'p1' });
      expect(await store.table('planProgress').count()).toBe(1);
    });
  });
}
