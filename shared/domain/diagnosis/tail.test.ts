// Deal-only exports end in months whose deals are not all in yet: the team's opportunities
// created fall off at once. The default period is the last month before that tail.
import { describe, expect, it } from 'vitest';
import { emptyMetricValues } from '../../schemas/metrics';
import { DEFAULT_DIAGNOSIS_SETTINGS } from '../../schemas/settings';
import { diagnoseTeam } from './diagnose';
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
