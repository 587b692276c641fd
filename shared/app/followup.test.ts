import { describe, expect, it } from 'vitest';
import { measurePlan } from './followup';
import { memoryStore } from './memory-store';

describe('measurePlan', () => {
  it('says in one sentence that a plan is gone, and changes nothing', async () => {
    const store = memoryStore();
    expect(await measurePlan(store, 'no-such-plan', { asOf: '2027-01-08' })).toEqual({
      ok: false,
      message: 'This plan is not in Candor any more, so its progress cannot be measured.',
    });
    expect(await store.table('plans').count()).toBe(0);
  });
});
