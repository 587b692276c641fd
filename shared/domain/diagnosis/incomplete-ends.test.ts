// Deal-only exports end in months whose deals are not all in yet, and start with months whose
// deals are mostly not in the export (they closed before it begins): the team's opportunities
// created are a fraction of a usual month. The default period is the last month before the tail,
// and no window reaches back into the head.
import { describe, expect, it } from 'vitest';
import { emptyMetricValues } from '@shared/schemas/metrics';
import { DEFAULT_DIAGNOSIS_SETTINGS } from '@shared/schemas/settings';
import { diagnoseTeam } from './diagnose';
import { incompleteEnds } from './incomplete-ends';
import { engineFor } from './indexing';
import { rep, series } from './testing';

function dealsOnly(opps: (k: number) => number, months = 12) {
  const reps = ['a', 'b', 'c'].map((id) => rep(id));
  const periods = reps.flatMap((r) =>
    series(r.id, '2026-10', months, (k) => {
      const v = emptyMetricValues();
      v.opportunitiesCreated = opps(k);
      v.dealsWon = Math.round(opps(k) / 4);
      v.dealsLost = Math.round(opps(k) / 4);
      v.revenueWon = v.dealsWon * 1000;
      return v;
    }),
  );
  return { reps, periods, expectations: [], settings: DEFAULT_DIAGNOSIS_SETTINGS };
}

describe('the incomplete tail of a deals export', () => {
  it('without a period asked for, shows the last month before the tail and says so', () => {
    // Months 0..9 hold 20 opportunities each; the last two (Sep, Oct 2026) only 3 and 1.
    const t = diagnoseTeam(dealsOnly((k) => (k < 10 ? 20 : k === 10 ? 3 : 1)));
    expect(t.incompletePeriods).toEqual(['2026-09', '2026-10']);
    expect(t.period).toBe('2026-08');
    expect(t.windowPeriods).toEqual(['2026-06', '2026-07', '2026-08']);
    expect(t.notes).toContain('Showing Aug 2026, the last month before the incomplete ones; choose a later month to see those.');
  });

  it('a period asked for is kept, tail or not', () => {
    const t = diagnoseTeam({ ...dealsOnly((k) => (k < 10 ? 20 : 1)), period: '2026-10' });
    expect(t.period).toBe('2026-10');
    expect(t.notes.some((n) => n.startsWith('Showing '))).toBe(false);
  });

  it('no tail: the latest month, with no note about it', () => {
    const t = diagnoseTeam(dealsOnly(() => 20));
    expect(t.incompletePeriods).toEqual([]);
    expect(t.period).toBe('2026-10');
    expect(t.notes.some((n) => n.startsWith('Showing '))).toBe(false);
  });
});

/** Twelve months Nov 2025 … Oct 2026; `opps(k)` opportunities per rep in month k. */
const ends = (opps: (k: number) => number, months = 12) => incompleteEnds(engineFor(dealsOnly(opps, months)));

describe('the incomplete first months of a deals export', () => {
  it('marks the leading months under half of a usual month, and only those', () => {
    // Nov 2025 holds 1 opportunity per rep, Dec 2025 6, then 20 a month (half of the median is 10).
    expect(ends((k) => (k === 0 ? 1 : k === 1 ? 6 : 20))).toEqual({ head: ['2025-11', '2025-12'], tail: [] });
  });

  it('marks both ends, each with its own months, and a low month in the middle is neither', () => {
    const e = ends((k) => [2, 20, 20, 20, 3, 20, 20, 20, 20, 20, 20, 4][k] ?? 0);
    expect(e).toEqual({ head: ['2025-11'], tail: ['2026-10'] });
  });

  it('marks nothing when every month is usual', () => {
    expect(ends(() => 20)).toEqual({ head: [], tail: [] });
  });

  it('marks nothing in a single month, nor where the low months are half the data', () => {
    expect(ends(() => 1, 1)).toEqual({ head: [], tail: [] });
    // Three low months at the start and three at the end of twelve: no "usual" month to judge by.
    expect(ends((k) => (k < 3 || k > 8 ? 1 : 20))).toEqual({ head: [], tail: [] });
  });

  it('reports the head with the tail, oldest first, and says so', () => {
    const t = diagnoseTeam(dealsOnly((k) => (k === 0 ? 1 : k === 11 ? 2 : 20)));
    expect(t.incompletePeriods).toEqual(['2025-11', '2026-10']);
    expect(t.incompleteHead).toEqual(['2025-11']);
    expect(t.period).toBe('2026-09');
    expect(t.notes.some((n) => n.startsWith('Nov 2025 looks incomplete:'))).toBe(true);
  });

  it('never lets a window reach back into the head: it is shortened, and the page says why', () => {
    const t = diagnoseTeam({ ...dealsOnly((k) => (k < 2 ? 1 : 20)), period: '2026-01' });
    expect(t.windowPeriods).toEqual(['2026-01']);
    expect(t.window).toBe(1);
    expect(t.notes).toContain('The window is 1 month instead of 3: it starts after the incomplete first months.');
    const later = diagnoseTeam({ ...dealsOnly((k) => (k < 2 ? 1 : 20)), period: '2026-03' });
    expect(later.windowPeriods).toEqual(['2026-01', '2026-02', '2026-03']);
  });

  it('a head month asked for is shown as asked', () => {
    const t = diagnoseTeam({ ...dealsOnly((k) => (k < 2 ? 1 : 20)), period: '2025-12' });
    expect(t.period).toBe('2025-12');
    expect(t.windowPeriods).toEqual(['2025-10', '2025-11', '2025-12']);
  });
});
