import { describe, expect, it } from 'vitest';
import { improvedTarget } from './targets';

const m = (unit: 'count' | 'money' | 'rate' | 'days', value: number | null, benchmark: number | null, higherIsBetter = true) => ({
  unit,
  basis: 'level' as const,
  higherIsBetter,
  value,
  benchmark,
});

describe('an action item’s target', () => {
  it('is the benchmark as people write it, rounded towards the better side', () => {
    expect(improvedTarget(m('money', 954.58, 2535.55))).toBe(2536);
    expect(improvedTarget(m('rate', 0.12, 0.6283))).toBe(0.63);
    expect(improvedTarget(m('days', 71, 57.44, false))).toBe(57);
  });

  it('is never the baseline again nor worse than it: none instead', () => {
    // "From 7 days to 7 days": a benchmark that rounds onto the baseline is no target.
    expect(improvedTarget(m('days', 7, 7.2, false))).toBeNull();
    expect(improvedTarget(m('days', 57, 71, false))).toBeNull();
    expect(improvedTarget(m('count', 50, 40))).toBeNull();
    expect(improvedTarget(m('count', 50, null))).toBeNull();
  });

  it('without a baseline, still the benchmark', () => {
    expect(improvedTarget(m('count', null, 40))).toBe(40);
  });
});
