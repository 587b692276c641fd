// Guards for the allocation-lean internals: the aggregate keeps the stored shape, and team
// quartiles shared between role groups equal the ones each group computes alone.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { METRIC_KEYS, emptyMetricValues } from '@shared/schemas/metrics';
import { DEFAULT_DIAGNOSIS_SETTINGS } from '@shared/schemas/settings';
import { DERIVED_KEYS, aggregateValues, derive, deriveInto } from './aggregate';
import { DEFAULT_ROLE_EXPECTATIONS } from './expectations';
import { createEngine } from './indexing';
import { windowStats } from './statistics';
import { quartiles } from './stats';
import { funnelMonth, rep, series } from './testing';

describe('derive', () => {
  const value = fc.oneof(fc.constant(null), fc.constant(0), fc.integer({ min: 0, max: 60 }), fc.double({ min: 0, max: 1e308, noNaN: true }));
  const values = fc.record(Object.fromEntries(METRIC_KEYS.map((k) => [k, value])) as Record<(typeof METRIC_KEYS)[number], typeof value>);

  it('gives a number or null for every derived quantity (never NaN, even where huge values overflow), rates in [0, 1]', () => {
    fc.assert(
      fc.property(values, (v) => {
        const d = derive(v);
        expect(Object.keys(d)).toEqual([...DERIVED_KEYS]);
        for (const k of DERIVED_KEYS) expect(Number.isNaN(d[k])).toBe(false);
        for (const k of [
          'conversionHeld',
          'conversionBooked',
          'conversionActivities',
          'winPerOpportunity',
          'closedWinRate',
          'cohortWinRate',
          'cohortOpenShare',
        ] as const) {
          const x = d[k];
          if (x !== null) expect(x >= 0 && x <= 1).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('writes the same figures as numbers (NaN for unknown) for team statistics', () => {
    fc.assert(
      fc.property(values, (v) => {
        const out = new Float64Array(DERIVED_KEYS.length + 2).fill(7);
        deriveInto(v, out, 1);
        const d = derive(v);
        DERIVED_KEYS.forEach((k, i) => expect(out[i + 1]).toBe(d[k] ?? NaN));
        expect([out[0], out[DERIVED_KEYS.length + 1]]).toEqual([7, 7]);
      }),
    );
  });

  it('reads a metric missing from a row stored before it existed as unknown', () => {
    const legacy = { ...funnelMonth(1, 1, 1, 1), winRate: 0.3 } as Partial<ReturnType<typeof funnelMonth>>;
    delete legacy.dealsLost;
    delete legacy.calls;
    const d = derive(legacy as ReturnType<typeof funnelMonth>);
    // Losses unknown: won ÷ closed cannot be taken; the stated win rate stands, and won ÷ created is shown instead.
    expect(d.closedWinRate).toBe(0.3);
    expect(d.closingPace).toBeNull();
    expect(d.winPerOpportunity).toBeCloseTo(0.25, 12);
    // Emails alone count as activity when calls are unknown.
    expect(d.activities).toBe(legacy.emails);
  });
});

describe('aggregateValues', () => {
  it('returns every metric, in the stored order, for a window of several periods and for none', () => {
    const a = funnelMonth(1, 1, 1, 1, { csat: 4 });
    const b = funnelMonth(2, 1, 1, 1, { csat: null });
    expect(Object.keys(aggregateValues([a, b]))).toEqual([...METRIC_KEYS]);
    expect(aggregateValues([])).toEqual(emptyMetricValues());
    expect(Object.keys(aggregateValues([]))).toEqual([...METRIC_KEYS]);
  });

  it('sums counts, keeps the last pipeline and means the known CSAT', () => {
    const a = funnelMonth(1, 1, 1, 1, { csat: 4, pipeline: 10 });
    const b = funnelMonth(1, 1, 1, 1, { csat: null, pipeline: 7 });
    const out = aggregateValues([a, b]);
    expect(out.calls).toBe((a.calls ?? NaN) + (b.calls ?? NaN));
    expect(out.pipeline).toBe(7);
    expect(out.csat).toBe(4);
  });
});

describe('team quartiles per role group', () => {
  it('equal the quartiles of each role group computed alone, whichever group asks first', () => {
    const roles = ['AE', 'AE', 'SDR', 'AE', 'SDR', 'SDR', 'AM'];
    const reps = roles.map((role, i) => rep(`r${i}`, { role }));
    const periods = reps.flatMap((r, i) => series(r.id, '2026-06', 3, (m) => funnelMonth(0.5 + i / 5, 1 + m / 10, 1, 1 + i / 20)));
    const engine = createEngine({ reps, periods, expectations: DEFAULT_ROLE_EXPECTATIONS, settings: DEFAULT_DIAGNOSIS_SETTINGS });
    const ws = windowStats(engine, '2026-06', 1);
    // SDR first: the AE group's figures are then filled in by the same pass.
    const sdr = ws.groups.get('sdr')?.get('opportunitiesCreated');
    const ae = ws.groups.get('ae')?.get('opportunitiesCreated');
    const own = (role: string) =>
      quartiles(
        reps
          .filter((r) => r.role === role)
          .map((r) => ws.reps.get(r.id)?.values.opportunitiesCreated ?? NaN)
          .filter((x) => Number.isFinite(x)),
      );
    expect(sdr).toEqual(own('SDR'));
    expect(ae).toEqual(own('AE'));
    expect(ae).not.toEqual(sdr);
    // One AM: a group of one, which the peer rule passes over (minimum size).
    expect(ws.groupSize.get('am')).toBe(1);
    expect(ws.groups.get('*')?.get('opportunitiesCreated')?.n).toBe(reps.length);
  });
});
