import { describe, expect, it } from 'vitest';
import type { MetricPeriod } from '@shared/schemas/metrics';
import { emptyMetricValues, METRIC_KEYS } from '@shared/schemas/metrics';
import { mergeMetricPeriods, mergeMetricValues } from './merge';

const row = (id: string, createdAt: string, values: Partial<MetricPeriod['values']>, period = '2026-10'): MetricPeriod => ({
  id,
  repId: 'r1',
  period,
  periodKind: 'month',
  importId: id,
  values: { ...emptyMetricValues(), ...values },
  createdAt,
});

describe('merging stored rows', () => {
  it('later non-null values win; a null never erases a known value', () => {
    const merged = mergeMetricValues([
      row('b', '2026-11-02T00:00:00Z', { calls: 300, revenueWon: null }),
      row('a', '2026-11-01T00:00:00Z', { calls: 200, revenueWon: 40_000, emails: 10 }),
    ]);
    expect(merged.calls).toBe(300);
    expect(merged.revenueWon).toBe(40_000);
    expect(merged.emails).toBe(10);
    expect(merged.dealsWon).toBeNull();
  });
  it('a single row gives every metric, unknown ones as null, in catalogue order, in an object of its own', () => {
    const stored = { values: { calls: 5, emails: null } as unknown as MetricPeriod['values'] };
    const merged = mergeMetricValues([stored]);
    expect(Object.keys(merged)).toEqual(METRIC_KEYS);
    expect(merged).toEqual({ ...emptyMetricValues(), calls: 5 });
    merged.calls = 6;
    expect(stored.values.calls).toBe(5);
  });
  it('groups by rep and period', () => {
    const out = mergeMetricPeriods([row('a', '1', { calls: 1 }), row('b', '2', { calls: 2 }), row('c', '1', { calls: 3 }, '2026-09')]);
    expect(out.map((r) => [r.period, r.values.calls])).toEqual([
      ['2026-09', 3],
      ['2026-10', 2],
    ]);
  });
});
