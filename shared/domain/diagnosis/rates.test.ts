// Every rate the engine reports is a real rate: in [0, 1], whatever the counts — including
// record-level exports where wins closed in a month exceed the opportunities created in it.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { MetricValues } from '@shared/schemas/metrics';
import { emptyMetricValues } from '@shared/schemas/metrics';
import { DEFAULT_DIAGNOSIS_SETTINGS } from '@shared/schemas/settings';
import { DEFAULT_ROLE_EXPECTATIONS } from './expectations';
import { diagnoseRepHistory, diagnoseTeam } from './diagnose';
import { rep, series } from './testing';
import type { Assessment, StatKey } from './types';

const RATE_KEYS = new Set<StatKey>(['winRate', 'closedWinRate', 'winPerOpportunity', 'conversionHeld', 'conversionBooked', 'conversionActivities']);
const count = fc.option(fc.integer({ min: 0, max: 400 }), { nil: null, freq: 4 });
const monthArb = fc.record({
  meetingsHeld: count,
  calls: count,
  opportunitiesCreated: count,
  dealsWon: count,
  dealsLost: count,
  deal: fc.integer({ min: 1, max: 50_000 }),
  quota: fc.option(fc.integer({ min: 1, max: 500_000 }), { nil: null }),
});
const teamArb = fc.record({
  reps: fc.array(fc.array(monthArb, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
  roles: fc.boolean(),
});

function values(m: Partial<Record<string, number | null>>): MetricValues {
  const v = emptyMetricValues();
  v.meetingsHeld = m.meetingsHeld ?? null;
  v.calls = m.calls ?? null;
  v.opportunitiesCreated = m.opportunitiesCreated ?? null;
  v.dealsWon = m.dealsWon ?? null;
  v.dealsLost = m.dealsLost ?? null;
  v.revenueWon = v.dealsWon === null ? null : v.dealsWon * (m.deal ?? 1);
  v.quota = m.quota ?? null;
  return v;
}

const inUnit = (x: number | null) => x === null || (x >= 0 && x <= 1);

function checkAssessment(a: Assessment) {
  for (const t of a.decomposition.terms)
    if (t.key === 'meetingToOpportunity' || t.key === 'opportunityToWin') {
      expect(inUnit(t.value), `${t.label} ${t.value}`).toBe(true);
      expect(inUnit(t.teamMedian)).toBe(true);
      expect(inUnit(t.benchmark)).toBe(true);
    }
  for (const m of a.metrics)
    if (RATE_KEYS.has(m.key)) {
      expect(inUnit(m.value), `${m.key} ${m.value}`).toBe(true);
      expect(inUnit(m.teamMedian)).toBe(true);
      expect(inUnit(m.teamQ3)).toBe(true);
    }
  const d = a.decomposition;
  if (d.identityHolds) {
    const sum = d.terms.reduce((s, t) => s + (t.logRatio ?? 0), 0) + (d.pace?.logRatio ?? 0);
    expect(Math.abs(sum - (d.totalLogRatio ?? NaN))).toBeLessThan(1e-9);
  }
  // One label per factor: "Opportunities created" (or any other) never twice.
  const labels = [
    ...d.terms.filter((t) => t.status !== 'out-of-scope' && t.status !== 'not-computable').map((t) => t.label),
    ...(d.pace ? [d.pace.label] : []),
  ];
  expect(new Set(labels).size).toBe(labels.length);
}

describe('every rate is a real rate', () => {
  it('property: no rate outside [0, 1] in a team diagnosis or a rep history, for any counts', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(teamArb, (spec) => {
        const reps = spec.reps.map((_, i) => rep(`r${i}`));
        const periods = spec.reps.flatMap((months, i) => series(`r${i}`, '2026-10', months.length, (k) => values(months[k] ?? {})));
        const input = {
          reps,
          periods,
          expectations: spec.roles ? DEFAULT_ROLE_EXPECTATIONS.map((e) => ({ ...e, targets: { ...e.targets } })) : [],
          settings: DEFAULT_DIAGNOSIS_SETTINGS,
        };
        const team = diagnoseTeam(input);
        for (const r of team.reps) {
          checkAssessment(r.window);
          checkAssessment(r.current);
        }
        const h = diagnoseRepHistory({ ...input, repId: 'r0' });
        for (const p of h.points)
          for (const k of RATE_KEYS) {
            const b = p.metrics[k];
            if (b) expect(inUnit(b.value) && inUnit(b.teamMedian) && inUnit(b.benchmark)).toBe(true);
          }
      }),
      { numRuns: 120 },
    );
  });

  it('a deals export with more wins closed than opportunities created: win rate is won ÷ closed, and the pace factor keeps the identity exact', () => {
    const month = (won: number, lost: number, created: number): MetricValues => ({
      ...emptyMetricValues(),
      opportunitiesCreated: created,
      dealsWon: won,
      dealsLost: lost,
      revenueWon: won * 1000,
    });
    const t = diagnoseTeam({
      reps: ['a', 'b', 'c'].map((id) => rep(id)),
      periods: [
        ...series('a', '2026-10', 1, () => month(57, 20, 97)),
        ...series('b', '2026-10', 1, () => month(60, 30, 50)),
        ...series('c', '2026-10', 1, () => month(40, 40, 80)),
      ],
      expectations: [],
      settings: DEFAULT_DIAGNOSIS_SETTINGS,
      window: 1,
    });
    const b = t.reps.find((r) => r.repId === 'b')!;
    const win = b.window.decomposition.terms.find((x) => x.key === 'opportunityToWin')!;
    expect(win.value).toBeCloseTo(60 / 90, 12);
    expect(win.label).toBe('Win rate (won ÷ closed)');
    expect(b.window.decomposition.winRateBasis).toBe('closed');
    expect(b.window.decomposition.pace?.value).toBeCloseTo(90 / 50, 12);
    expect(b.window.decomposition.identityHolds).toBe(true);
    expect(b.window.metrics.find((m) => m.key === 'winPerOpportunity')).toBeUndefined();
    expect(t.effortSignal).toBe('opportunitiesCreated');
    expect(t.notes.join(' ')).toMatch(/opportunities created for the whole team/);
  });

  it('without losses, wins above opportunities created are not a rate: not computable, never above 100%', () => {
    const t = diagnoseTeam({
      reps: [rep('a'), rep('b')],
      periods: [
        ...series('a', '2026-10', 1, () => ({ ...emptyMetricValues(), opportunitiesCreated: 97, dealsWon: 117, revenueWon: 117_000 })),
        ...series('b', '2026-10', 1, () => ({ ...emptyMetricValues(), opportunitiesCreated: 100, dealsWon: 30, revenueWon: 30_000 })),
      ],
      expectations: [],
      settings: DEFAULT_DIAGNOSIS_SETTINGS,
      window: 1,
    });
    const win = t.reps.find((r) => r.repId === 'a')!.window.decomposition.terms.find((x) => x.key === 'opportunityToWin')!;
    expect(win.status).toBe('not-computable');
    expect(win.value).toBeNull();
    expect(win.note).toMatch(/not a rate/);
  });
});
