import { describe, expect, it } from 'vitest';
import { storeContract } from '@tests/helpers/store-contract';
import { emptyMetricValues } from '../schemas';
import { memoryStore } from './memory-store';

storeContract(
  'memory',
  () => memoryStore({}, { deviceId: 'laptop-test' }),
  () => 'laptop-test',
);

describe('the memory store', () => {
  it('starts from tables as a backup holds them and dumps them back', async () => {
    const rep = { id: 'p1', planId: 'p1', step: 'facts' as const, visited: ['facts' as const], updatedAt: '2026-01-01T00:00:00.000Z' };
    const store = memoryStore({ planProgress: [rep] });
    expect(await store.table('planProgress').get('p1')).toMatchObject({ step: 'facts' });
    await store.table('metricPeriods').put([
      {
        id: 'm1',
        repId: 'a',
        period: '2026-01',
        periodKind: 'month',
        importId: null,
        values: emptyMetricValues(),
        createdAt: '2026-01-01T00:00:00.000Z',
      },
    ]);
    const dump = store.dump();
    expect(dump.planProgress.map((r) => r.planId)).toEqual(['p1']);
    expect(dump.metricPeriods.map((r) => r.id)).toEqual(['m1']);
    expect(dump.reps).toEqual([]);
  });
});
