// Opportunity → win by creation cohort in the diagnosis: a real rate, shown beside the win rate
// of closed deals, marked immature while many deals are still open, and never driving a verdict.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MetricValues } from '@shared/schemas/metrics';
import { emptyMetricValues } from '@shared/schemas/metrics';
import { DEFAULT_DIAGNOSIS_SETTINGS } from '@shared/schemas/settings';
import { IMMATURE_OPEN_SHARE, isImmature } from './cohort';
import { diagnoseTeam } from './diagnose';
import { rep, series } from './testing';
import type { CreationCohort, DiagnosisPeriodRow } from './types';

const n = fc.integer({ min: 0, max: 300 });
const monthArb = fc.record({ won: n, lost: n, open: n, closedWon: n, closedLost: n });
type Month = { won: number; lost: number; open: number; closedWon: number; closedLost: number };

/** A deal-record month: deals closed in it (dealsWon/Lost) and the cohort created in it. */
function month(m: Month, withCohort = true): MetricValues {
  return {
    ...emptyMetricValues(),
    dealsWon: m.closedWon,
    dealsLost: m.closedLost,
    revenueWon: m.closedWon * 1000,
    opportunitiesCreated: m.won + m.lost + m.open,
    cohortWon: withCohort ? m.won : null,
    cohortLost: withCohort ? m.lost : null,
    cohortOpen: withCohort ? m.open : null,
  };
}

function team(months: Month[][], withCohort = true, window = 3) {
  const periods: DiagnosisPeriodRow[] = months.flatMap((ms, i) => series(`r${i}`, '2026-10', ms.length, (k) => month(ms[k] as Month, withCohort)));
  // The last month asked for outright: the default skips an incomplete tail, which random data can show.
  return diagnoseTeam({
    reps: months.map((_, i) => rep(`r${i}`)),
    periods,
    expectations: [],
    settings: DEFAULT_DIAGNOSIS_SETTINGS,
    window,
    period: '2026-10',
  });
}

const inUnit = (x: number | null) => x === null || (x >= 0 && x <= 1);

function checkCohort(c: CreationCohort) {
  expect(c.won + c.lost + c.open).toBe(c.created);
  for (const x of [c.winRate, c.closedWinRate, c.openShare, c.winRateIfOpenWon, c.teamMedian, c.teamOpenShare, c.benchmark])
    expect(inUnit(x)).toBe(true);
  if (c.winRate !== null && c.winRateIfOpenWon !== null) expect(c.winRate).toBeLessThanOrEqual(c.winRateIfOpenWon);
  expect(c.immature).toBe(isImmature(c.open, c.created));
  if (c.immature) {
    expect(c.benchmark).toBeNull();
    expect(c.inGap).toBeNull();
  }
}

describe('creation cohort', () => {
  it('property: won + lost + open = created over the window, every cohort rate in [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(monthArb, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 4 }),
        (months, w) => {
          const t = team(months, true, w);
          for (const r of t.reps)
            for (const a of [r.window, r.current]) {
              if (a.periods.length === 0) continue;
              const c = a.cohort;
              expect(c).not.toBeNull();
              checkCohort(c as CreationCohort);
              // The window's cohort is the sum of its periods' cohorts.
              const ms = months[Number(r.repId.slice(1))] ?? [];
              const inWindow = ms.slice(Math.max(0, ms.length - a.periods.length));
              expect(c?.won).toBe(inWindow.reduce((s, m) => s + m.won, 0));
              expect(c?.open).toBe(inWindow.reduce((s, m) => s + m.open, 0));
            }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('property: the cohort never changes a verdict, a term or the evidence (the win-rate term stays won ÷ closed)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(monthArb, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (months) => {
        const withC = team(months, true);
        const without = team(months, false);
        withC.reps.forEach((r, i) => {
          const o = without.reps[i]!;
          expect([r.verdict, r.weakStage, r.confidence]).toEqual([o.verdict, o.weakStage, o.confidence]);
          expect(r.window.decomposition).toEqual(o.window.decomposition);
          expect(r.window.evidence).toEqual(o.window.evidence);
          expect(o.window.cohort).toBeNull();
        });
      }),
      { numRuns: 100 },
    );
  });

  it('a cohort with more than a quarter still open is immature: shown, not compared', () => {
    const m = (won: number, lost: number, open: number): Month => ({ won, lost, open, closedWon: 5, closedLost: 5 });
    const t = team([[m(5, 5, 0)], [m(6, 4, 0)], [m(4, 3, 3)], [m(2, 1, 7)]], true, 1);
    const [a, b, c, d] = t.reps.map((r) => r.window.cohort!);
    expect(a).toMatchObject({ created: 10, won: 5, winRate: 0.5, immature: false, benchmarkSource: 'team-median' });
    expect(b?.winRate).toBe(0.6);
    // 3 of 10 open (30% > 25%): immature.
    expect(c).toMatchObject({ created: 10, open: 3, openShare: 0.3, immature: true, benchmark: null, inGap: null, winRateIfOpenWon: 0.7 });
    expect(d).toMatchObject({ immature: true, winRate: 0.2, closedWinRate: 2 / 3 });
    // The team median is over every rep's cohort (0.2, 0.4, 0.5, 0.6).
    expect(a?.teamMedian).toBeCloseTo(0.45, 12);
    expect(a?.benchmark).toBeCloseTo(0.45, 12);
    expect(a?.inGap).toBe(false);
    expect(IMMATURE_OPEN_SHARE).toBe(0.25);
    // Exactly a quarter open is still mature.
    expect(isImmature(25, 100)).toBe(false);
    expect(isImmature(26, 100)).toBe(true);
    expect(isImmature(0, 0)).toBe(true);
  });

  it('is not compared while the team’s own cohorts are mostly open', () => {
    const m = (won: number, lost: number, open: number): Month => ({ won, lost, open, closedWon: 5, closedLost: 5 });
    const t = team([[m(9, 1, 0)], [m(1, 1, 8)], [m(1, 1, 8)]], true, 1);
    const a = t.reps[0]!.window.cohort!;
    expect(a.immature).toBe(false);
    expect(a.teamOpenShare).toBeCloseTo(0.8, 12);
    expect(a.benchmark).toBeNull();
  });

  it('is unknown for a window with a period that has no cohort counts (unknown is never zero)', () => {
    const withCohort = month({ won: 3, lost: 1, open: 0, closedWon: 2, closedLost: 2 });
    const sheetMonth = { ...withCohort, cohortWon: null, cohortLost: null, cohortOpen: null };
    const t = diagnoseTeam({
      reps: [rep('a')],
      periods: [
        { repId: 'a', period: '2026-09', periodKind: 'month', values: withCohort },
        { repId: 'a', period: '2026-10', periodKind: 'month', values: sheetMonth },
      ],
      expectations: [],
      settings: DEFAULT_DIAGNOSIS_SETTINGS,
      window: 2,
    });
    expect(t.reps[0]?.window.cohort).toBeNull();
  });
});
