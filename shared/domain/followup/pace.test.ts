import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overallPace, PACE_RANK, PACE_RULE_TEXT, paceOf, type PaceInput } from './pace';
import { paceRule } from './text';
import { periodDays } from './periods';

// A 90-day plan: 2 Jan 2027 to 2 Apr 2027 (90 days); 45 days in = half the time.
const START = '2027-01-02';
const DUE = '2027-04-02';
const HALF = '2027-02-16';
const base: PaceInput = { higherIsBetter: true, baseline: 0.12, target: 0.21, current: null, start: START, due: DUE, at: HALF };

describe('the pace rule', () => {
  it('reads the statuses from the time gone and the progress made', () => {
    // Half the time gone: expected 12% + (21% − 12%) × 0.5 = 16.5%.
    const onPace = paceOf({ ...base, current: 0.18 });
    expect(onPace.status).toBe('on-track');
    expect(onPace.elapsedShare).toBeCloseTo(0.5, 9);
    expect(onPace.expected).toBeCloseTo(0.165, 9);
    // 5% of the way (0.45 points) below pace is still on track: 16.5% − 0.45% = 16.05%.
    expect(paceOf({ ...base, current: 0.161 }).status).toBe('on-track');
    expect(paceOf({ ...base, current: 0.16 }).status).toBe('at-risk');
    // At risk down to half the expected progress: 12% + 4.5% × 0.5 = 14.25%.
    expect(paceOf({ ...base, current: 0.143 }).status).toBe('at-risk');
    expect(paceOf({ ...base, current: 0.142 }).status).toBe('off-track');
    expect(paceOf({ ...base, current: 0.12 }).status).toBe('off-track');
    // Met, with the pace line still given beside it.
    expect(paceOf({ ...base, current: 0.21 })).toMatchObject({ status: 'met', progressShare: 1 });
    expect(paceOf({ ...base, current: 0.21 }).expected).toBeCloseTo(0.165, 9);
    expect(paceOf({ ...base, current: 0.3, at: START }).status).toBe('met');
  });

  it('states the thresholds it applies', () => {
    expect(PACE_RULE_TEXT).toContain('less 5% of the whole way');
    expect(PACE_RULE_TEXT).toContain('by at least half of the expected progress');
  });

  it('mirrors a lower-is-better metric (cycle days from 60 to 45)', () => {
    const cycle: PaceInput = { ...base, higherIsBetter: false, baseline: 60, target: 45 };
    // Expected at half-time: 52.5 days.
    expect(paceOf({ ...cycle, current: 52 }).status).toBe('on-track');
    expect(paceOf({ ...cycle, current: 52 }).expected).toBeCloseTo(52.5, 9);
    expect(paceOf({ ...cycle, current: 55 }).status).toBe('at-risk');
    expect(paceOf({ ...cycle, current: 61 }).status).toBe('off-track');
    expect(paceOf({ ...cycle, current: 44 }).status).toBe('met');
  });

  it('says "not measurable" instead of reading a gap as zero', () => {
    expect(paceOf({ ...base, current: null, missing: 'metric-absent' })).toMatchObject({ status: 'not-measurable', reason: 'metric-absent' });
    expect(paceOf({ ...base, current: null, missing: 'no-complete-period' }).reason).toBe('no-complete-period');
    expect(paceOf({ ...base, current: 0.15, target: null }).reason).toBe('no-target');
    expect(paceOf({ ...base, current: 0.15, baseline: null }).reason).toBe('no-baseline');
    expect(paceOf({ ...base, current: 0.15, due: null }).reason).toBe('no-due-date');
  });

  it('writes the rule with its numbers and dates as people write them', () => {
    const pace = paceOf({ ...base, current: 0.18 });
    const line = paceRule(pace, {
      label: 'Win rate',
      unit: 'rate',
      baseline: 0.12,
      target: 0.21,
      current: 0.18,
      start: START,
      due: DUE,
      at: HALF,
      window: ['2026-12', '2027-01', '2027-02'],
      since: '2026-11',
      periodKind: 'month',
    });
    expect(line).toBe(
      'Expected by Feb 16, 2027: 16.5% (50% of the way from 12% to 21%, with 50% of the time to Apr 2, 2027 gone); now 18% over Dec 2026 to Feb 2027: on track.',
    );
  });

  it('gives a plan the status of its worst measured item', () => {
    expect(overallPace(['met', 'at-risk', 'on-track'])).toBe('at-risk');
    expect(overallPace(['not-measurable', 'off-track', 'met'])).toBe('off-track');
    expect(overallPace(['not-measurable', 'met'])).toBe('met');
    expect(overallPace(['not-measurable'])).toBe('not-measurable');
    expect(overallPace([])).toBe('not-measurable');
  });

  it('knows the days of months, quarters and ISO weeks', () => {
    expect(periodDays('2027-02')).toEqual({ first: '2027-02-01', last: '2027-02-28' });
    expect(periodDays('2026-Q4')).toEqual({ first: '2026-10-01', last: '2026-12-31' });
    expect(periodDays('2026-W53')).toEqual({ first: '2026-12-28', last: '2027-01-03' });
    expect(periodDays('2026-13')).toBeNull();
  });
});

const finite = fc.double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true });
const day = fc.integer({ min: 0, max: 200 }).map((n) => new Date(Date.UTC(2027, 0, 2) + n * 86_400_000).toISOString().slice(0, 10));
const rank = (input: PaceInput) => {
  const s = paceOf(input).status;
  return s === 'not-measurable' ? -1 : PACE_RANK[s];
};

describe('the pace rule, for any numbers', () => {
  const arbitrary = fc.record({ baseline: finite, target: finite, current: finite, at: day, higherIsBetter: fc.boolean() });

  it('treats lower-is-better as the mirror of higher-is-better', () => {
    fc.assert(
      fc.property(arbitrary, ({ baseline, target, current, at, higherIsBetter }) => {
        const up = paceOf({ ...base, higherIsBetter, baseline, target, current, at });
        const down = paceOf({ ...base, higherIsBetter: !higherIsBetter, baseline: -baseline, target: -target, current: -current, at });
        expect(down.status).toBe(up.status);
      }),
    );
  });

  it('never gives a worse status for a better value', () => {
    fc.assert(
      fc.property(arbitrary, fc.double({ min: 0, max: 500, noNaN: true }), ({ baseline, target, current, at, higherIsBetter }, more) => {
        const better = higherIsBetter ? current + more : current - more;
        const a = rank({ ...base, higherIsBetter, baseline, target, current, at });
        const b = rank({ ...base, higherIsBetter, baseline, target, current: better, at });
        expect(b).toBeGreaterThanOrEqual(a);
      }),
    );
  });

  it('keeps a met target met (on track or better) at any time', () => {
    fc.assert(
      fc.property(arbitrary, fc.double({ min: 0, max: 500, noNaN: true }), ({ baseline, target, at, higherIsBetter }, beyond) => {
        const current = higherIsBetter ? target + beyond : target - beyond;
        expect(rank({ ...base, higherIsBetter, baseline, target, current, at })).toBeGreaterThanOrEqual(PACE_RANK['on-track']);
        expect(paceOf({ ...base, higherIsBetter, baseline, target, current, at }).status).toBe('met');
      }),
    );
  });

  it('is never met without a current value', () => {
    fc.assert(
      fc.property(arbitrary, ({ baseline, target, at, higherIsBetter }) => {
        expect(paceOf({ ...base, higherIsBetter, baseline, target, current: null, at }).status).toBe('not-measurable');
      }),
    );
  });
});
