// Guard for the team statistics' fast path: the quartiles each peer group gets from the one-pass
// typed-array columns (and from the single-stat path) are exactly those of the members' values as
// statRaw reads them, for every stat, on windows of one and of several periods.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MetricValues } from '@shared/schemas/metrics';
import { METRIC_KEYS, emptyMetricValues } from '@shared/schemas/metrics';
import { DEFAULT_DIAGNOSIS_SETTINGS } from '@shared/schemas/settings';
import { DEFAULT_ROLE_EXPECTATIONS } from './expectations';
import { createEngine } from './indexing';
import { hasSignal } from './aggregate';
import { FLOW_STATS, STAT_KEYS, statRaw, teamSignal, windowStats } from './statistics';
import { quartiles } from './stats';
import { rep } from './testing';
import type { DiagnosisPeriodRow } from './types';

const PERIODS = ['2026-03', '2026-04', '2026-05', '2026-06'];
const ROLES = ['AE', 'SDR', 'AM'];

/** A metric value: unknown, absent (older rows), zero, a small count or any finite amount. */
const cell = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.constant(0),
  fc.integer({ min: 0, max: 40 }),
  fc.double({ min: 0, max: 1e7, noNaN: true, noDefaultInfinity: true }),
);
const values = fc.array(cell, { minLength: METRIC_KEYS.length, maxLength: METRIC_KEYS.length }).map((cells) => {
  const v: Record<string, number | null | undefined> = emptyMetricValues();
  METRIC_KEYS.forEach((k, i) => {
    const x = cells[i];
    if (x === undefined) delete v[k];
    else v[k] = k === 'winRate' && x !== null ? Math.min(1, x) : x;
  });
  return v as MetricValues;
});
const team = fc.array(
  fc.record({
    role: fc.constantFrom(...ROLES),
    quota: fc.option(fc.integer({ min: 1, max: 90_000 }), { nil: null }),
    rows: fc.array(fc.option(values, { nil: null }), { minLength: PERIODS.length, maxLength: PERIODS.length }),
  }),
  { minLength: 1, maxLength: 14 },
);

describe('team quartiles from typed-array columns', () => {
  it('equal the quartiles of statRaw over the group members, for every stat, window and group (both paths)', () => {
    fc.assert(
      fc.property(team, fc.constantFrom(1, 3), fc.constantFrom(...STAT_KEYS), (members, length, oneKey) => {
        const reps = members.map((m, i) => rep(`r${i}`, { role: m.role, targetOverrides: m.quota === null ? null : { quota: m.quota } }));
        const periods: DiagnosisPeriodRow[] = members.flatMap((m, i) =>
          m.rows.flatMap((v, j) => (v === null ? [] : [{ repId: `r${i}`, period: PERIODS[j] ?? '', periodKind: 'month' as const, values: v }])),
        );
        const make = () => createEngine({ reps, periods, expectations: DEFAULT_ROLE_EXPECTATIONS, settings: DEFAULT_DIAGNOSIS_SETTINGS });
        const end = PERIODS[PERIODS.length - 1] ?? '';
        const ws = windowStats(make(), end, length);
        // A fresh engine answers one stat alone first (the path a past period's result takes).
        const lone = windowStats(make(), end, length);
        for (const [group, stats] of ws.groups) {
          const ids = reps.filter((r) => group === '*' || r.role.toLowerCase() === group).map((r) => r.id);
          const windows = ids.flatMap((id) => {
            const rw = ws.reps.get(id);
            return rw ? [rw] : [];
          });
          const expected = (k: (typeof STAT_KEYS)[number]) =>
            quartiles(
              windows.flatMap((rw) => {
                const raw = statRaw(rw, k);
                return typeof raw === 'number' ? [FLOW_STATS.has(k) ? raw / rw.periods.length : raw] : [];
              }),
            ) ?? undefined;
          expect(lone.groups.get(group)?.one(oneKey)).toEqual(expected(oneKey));
          for (const k of STAT_KEYS) expect(stats.get(k)).toEqual(expected(k));
          expect(lone.groups.get(group)?.get(oneKey)).toEqual(expected(oneKey));
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('the team effort signal', () => {
  it('is the first of meetings held, meetings booked, calls and emails that at least half the reps carry, else opportunities created', () => {
    const order = ['meetingsHeld', 'meetingsBooked', 'activities'] as const;
    fc.assert(
      fc.property(fc.array(values, { maxLength: 12 }), (list) => {
        const carried = order.find((s) => {
          const count = list.filter((v) => hasSignal(v, s)).length;
          return count > 0 && count * 2 >= list.length;
        });
        expect(teamSignal(list)).toBe(carried ?? 'opportunitiesCreated');
      }),
      { numRuns: 300 },
    );
  });
});
