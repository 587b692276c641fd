import { describe, expect, it } from 'vitest';
import { DEFAULT_ROLE_EXPECTATIONS } from '../domain/diagnosis/index';
import { emptyMetricValues, type MetricPeriod, type PeriodKind, type Rep } from '../schemas';
import { choosePeriods, loadDiagnosisData, withPeriodKind } from './diagnosis';
import { plainRep } from '@tests/helpers/seed';
import { memoryStore } from './memory-store';
import { defaultSettings } from './settings';

const at = '2026-01-01T00:00:00.000Z';
const rep = (id: string, name: string): Rep => plainRep(id, name, at);
let n = 0;
const row = (repId: string, period: string, dealsWon: number, periodKind: PeriodKind = 'month', importId: string | null = null): MetricPeriod => ({
  id: `m${++n}`,
  repId,
  period,
  periodKind,
  importId,
  values: { ...emptyMetricValues(), dealsWon, revenueWon: dealsWon * 1000 },
  createdAt: at,
});

const months = [row('a', '2026-01', 2), row('a', '2026-02', 3), row('a', '2026-03', 4), row('a', '2026-04', 7), row('b', '2026-02', 5)];

describe('the period rule', () => {
  it('rolls months up into quarters when quarters are wanted, summing the counts', () => {
    const got = choosePeriods(months, 'quarter', true);
    if (got === null || typeof got === 'string') throw new Error(String(got));
    expect(got.periodKind).toBe('quarter');
    const byKey = Object.fromEntries(got.rows.map((r) => [`${r.repId} ${r.period}`, r.values.dealsWon]));
    // April alone does not make a quarter: Q2 is left out until May and June are in.
    expect(byKey).toEqual({ 'a 2026-Q1': 2 + 3 + 4, 'b 2026-Q1': 5 });
    const later = choosePeriods([...months, row('b', '2026-05', 1), row('b', '2026-06', 1)], 'quarter', true);
    expect(
      later !== null && typeof later === 'object' && later.rows.filter((r) => r.period === '2026-Q2').map((r) => [r.repId, r.values.dealsWon]),
    ).toEqual([
      ['a', 7],
      ['b', 2],
    ]);
    expect(choosePeriods([row('a', '2026-04', 1)], 'quarter', true)).toBe('the data holds no quarter with all three of its months');
  });

  it('refuses a kind the data cannot give when it was asked for, and otherwise takes the most common kind', () => {
    const mixed = [...months, row('a', '2026-W02', 1, 'week')];
    expect(choosePeriods(mixed, 'week', true)).toMatchObject({ periodKind: 'week' });
    expect(choosePeriods(months, 'week', true)).toBe('the data holds monthly periods; it cannot be diagnosed by week');
    expect(choosePeriods([row('a', '2026-W02', 1, 'week')], 'month', false)).toMatchObject({ periodKind: 'week' });
    expect(choosePeriods([], 'month', false)).toBeNull();
  });
});

describe('loadDiagnosisData over the storage port', () => {
  const filled = (extra: { settings?: ReturnType<typeof defaultSettings> } = {}) =>
    memoryStore({
      reps: [rep('a', 'Ana'), rep('b', 'Bo')],
      metricPeriods: months,
      expectations: [{ ...DEFAULT_ROLE_EXPECTATIONS[1]!, id: 'e1', isDefault: false }],
      imports: [],
      ...(extra.settings ? { settings: [extra.settings] } : {}),
    });

  it('reads by the manager’s default kind of period: quarters of monthly data when it is quarter', async () => {
    const data = await loadDiagnosisData(filled({ settings: { ...defaultSettings(new Date(at)), defaultPeriodKind: 'quarter' } }));
    expect(data.periodKind).toBe('quarter');
    expect(data.periods).toEqual(['2026-Q1']);
    expect(data.periodKinds).toEqual(['month', 'quarter']);
    const back = withPeriodKind(data, 'month');
    expect(typeof back === 'object' && back?.periods).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
  });

  it('counts only the expectations stored, unless a list is given, and reads the reps as stored', async () => {
    const store = filled();
    const own = await loadDiagnosisData(store);
    expect(own.periodKind).toBe('month');
    expect(own.input.expectations.map((e) => e.id)).toEqual(['e1']);
    expect(own.input.reps.map((r) => r.name)).toEqual(['Ana', 'Bo']);
    const none = await loadDiagnosisData(store, { expectations: { list: [] } });
    expect(none.input.expectations).toEqual([]);
  });
});
