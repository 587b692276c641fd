import { describe, expect, it } from 'vitest';
import { findWins, type MetricNowAndThen } from './wins';

const WINDOW = ['2026-10', '2026-11', '2026-12'];
const metric = (over: Partial<MetricNowAndThen>): MetricNowAndThen => ({
  key: 'closedWinRate',
  label: 'Win rate (won ÷ closed)',
  unit: 'rate',
  higherIsBetter: true,
  before: 0.12,
  benchmark: 0.27,
  now: 0.29,
  ...over,
});

describe('wins found in newer numbers', () => {
  it('names a met target once, and a metric that crossed its benchmark', () => {
    const wins = findWins({
      items: [{ itemId: 'i1', metric: 'calls', label: 'Calls', unit: 'count', baseline: 779, target: 1052, current: 1060, status: 'met' }],
      metrics: [metric({}), metric({ key: 'calls', label: 'Calls', unit: 'count', before: 779, benchmark: 1052, now: 1060 })],
      window: WINDOW,
    });
    expect(wins.map((w) => [w.kind, w.metric, w.itemId])).toEqual([
      ['target-met', 'calls', 'i1'],
      ['benchmark-reached', 'closedWinRate', null],
    ]);
    expect(wins[0]!.text).toBe('Target met: Calls reached 1,060 over Oct to Dec 2026 against a target of 1,052 (from 779).');
    expect(wins[1]!.text).toBe('Win rate (won ÷ closed) moved from 12% to 29% over Oct to Dec 2026, at or above its benchmark of 27%.');
  });

  it('counts a lower-is-better metric crossing downwards, and ignores noise, misses and unknowns', () => {
    const cycle = { key: 'cycleDaysMedian', label: 'Cycle days (median)', unit: 'days' as const, higherIsBetter: false };
    const wins = findWins({
      items: [{ itemId: 'i1', metric: 'calls', label: 'Calls', unit: 'count', baseline: 779, target: 1052, current: 900, status: 'on-track' }],
      metrics: [
        metric({ ...cycle, before: 60, benchmark: 45, now: 44 }),
        // 1% short of the benchmark before: within WIN_MIN_SHORTFALL, not a win.
        metric({ before: 0.2673, now: 0.3 }),
        metric({ key: 'dealsWon', label: 'Deals won', unit: 'count', before: 5, benchmark: 10, now: 9 }),
        metric({ key: 'meetingsHeld', label: 'Meetings held', unit: 'count', before: 5, benchmark: 10, now: null }),
        // A target, not a behaviour of the rep's: never a win.
        metric({ key: 'effectiveQuota', label: 'Quota', unit: 'money', before: 1, benchmark: 2, now: 3 }),
      ],
      window: WINDOW,
    });
    expect(wins.map((w) => w.metric)).toEqual(['cycleDaysMedian']);
  });
});
