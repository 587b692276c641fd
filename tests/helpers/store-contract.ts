// The storage port's contract: the same tests run against every adapter (the memory store in
// shared/app/memory-store.test.ts, Dexie in renderer/src/db/store.test.ts), so a use case behaves
// the same in the app, the CLI and tests.
import { describe, expect, it } from 'vitest';
import type { Store } from '../../shared/app/store';
import { emptyMetricValues, type MetricPeriod } from '../../shared/schemas';

const row = (id: string, repId: string, importId: string | null = 'imp-1'): MetricPeriod => ({
  id,
  repId,
  period: '2026-01',
  periodKind: 'month',
  importId,
  values: { ...emptyMetricValues(), dealsWon: 3 },
  createdAt: '2026-02-01T00:00:00.000Z',
});

export function storeContract(name: string, make: () => Promise<Store> | Store): void {
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
