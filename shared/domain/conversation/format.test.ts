import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConversationMetric } from '@shared/schemas/conversation';
import { describeMetric, formatGap, formatValue, metricGap, shortfall } from './format';

describe('formatValue', () => {
  it.each([
    [9, 'count', '9'],
    [12_345, 'count', '12,345'],
    [2.5, 'count', '2.5'],
    [0.38, 'rate', '38%'],
    [0.0625, 'rate', '6.3%'],
    [0, 'rate', '0%'],
    [1, 'rate', '100%'],
    [42_000, 'money', '42,000'],
    [42_000.4, 'money', '42,000'],
    [41, 'days', '41 days'],
    [1, 'days', '1 day'],
    [4.5, 'days', '4.5 days'],
    [2.54, 'ratio', '2.5×'],
    [-3, 'count', '-3'],
  ] as const)('%s as %s → %s', (n, unit, out) => {
    expect(formatValue(n, unit)).toBe(out);
  });
  it('unknown is "unknown", never zero', () => {
    expect(formatValue(null, 'count')).toBe('unknown');
    expect(formatValue(Number.NaN, 'rate')).toBe('unknown');
    expect(formatValue(Number.POSITIVE_INFINITY, 'money')).toBe('unknown');
  });
  it('takes a locale and a currency', () => {
    expect(formatValue(42_000, 'money', { currency: 'USD' })).toBe('$42,000');
    expect(formatValue(42_000, 'money', { locale: 'de-DE', currency: 'EUR' })).toBe('42.000\u00a0€');
    expect(formatValue(0.385, 'rate', { locale: 'fr-FR' })).toBe('39\u00a0%');
    expect(formatValue(12_345, 'count', { locale: 'de-DE' })).toBe('12.345');
    expect(formatValue(12_345, 'money')).toBe('12,345');
  });
  it('is deterministic and total over finite numbers', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom('count' as const, 'rate' as const, 'money' as const, 'days' as const, 'ratio' as const),
        (n, u) => {
          const s = formatValue(n, u);
          expect(s).toBe(formatValue(n, u));
          expect(s).not.toBe('unknown');
          expect(s).not.toMatch(/NaN|e\+/);
        },
      ),
    );
  });
});

const m = (key: string, value: number | null, benchmark: number | null, unit: ConversationMetric['unit'] = 'count'): ConversationMetric => ({
  key,
  label: key === 'meetingsHeld' ? 'Meetings held' : key,
  value,
  benchmark,
  benchmarkSource: benchmark === null ? null : 'expectation',
  unit,
});

describe('gaps and descriptions', () => {
  it('metricGap: value ÷ benchmark − 1; null when unknown or the benchmark is 0', () => {
    expect(metricGap(m('x', 9, 16))).toBeCloseTo(-0.4375);
    expect(metricGap(m('x', null, 16))).toBeNull();
    expect(metricGap(m('x', 9, null))).toBeNull();
    expect(metricGap(m('x', 9, 0))).toBeNull();
  });
  it('shortfall is positive when worse, for higher- and lower-is-better metrics', () => {
    expect(shortfall(m('meetingsHeld', 9, 16))).toBeCloseTo(0.4375);
    expect(shortfall(m('cycleDaysMedian', 60, 40, 'days'))).toBeCloseTo(0.5);
    expect(shortfall(m('cycleDaysMedian', 30, 40, 'days'))).toBeCloseTo(-0.25);
    expect(shortfall(m('complaints', 3, null))).toBeNull();
  });
  it('formatGap', () => {
    expect(formatGap(-0.4375)).toBe('44% below');
    expect(formatGap(0.12)).toBe('12% above');
    expect(formatGap(0.001)).toBe('level with it');
    expect(formatGap(null)).toBe('');
    expect(formatGap(12.5)).toBe('1,250% above');
  });
  it('describeMetric names the benchmark and its source; null for an unknown value', () => {
    expect(describeMetric(m('meetingsHeld', 9, 16))).toBe('Meetings held: 9 against the expectation of 16 (44% below)');
    expect(describeMetric({ ...m('meetingsHeld', 9, 16), benchmarkSource: 'team-median' })).toBe(
      'Meetings held: 9 against the team median of 16 (44% below)',
    );
    expect(describeMetric(m('meetingsHeld', 9, null))).toBe('Meetings held: 9');
    expect(describeMetric(m('meetingsHeld', null, 16))).toBeNull();
    expect(describeMetric(m('meetingsHeld', 16, 16))).toBe('Meetings held: 16 against the expectation of 16 (level with it)');
  });
  it('describeMetric names where the benchmark comes from, and the period it covers, in the words of the plan', () => {
    const held = m('meetingsHeld', 9, 16);
    const period = { periodLabel: 'Aug to Oct 2017' };
    expect(describeMetric({ ...held, benchmarkOrigin: 'role' }, { ...period, roleLabel: 'AE' })).toBe(
      'Meetings held in Aug to Oct 2017: 9 against the AE target of 16 (44% below)',
    );
    expect(describeMetric({ ...held, benchmarkOrigin: 'role', rampAdjusted: true }, { roleLabel: 'SDR' })).toBe(
      'Meetings held: 9 against the SDR target (ramp-adjusted) of 16 (44% below)',
    );
    expect(describeMetric({ ...held, benchmarkOrigin: 'rep' }, period)).toBe(
      "Meetings held in Aug to Oct 2017: 9 against the rep's own target of 16 (44% below)",
    );
    expect(describeMetric({ ...held, benchmarkOrigin: 'rep' }, { voice: 'rep' })).toBe('Meetings held: 9 against your own target of 16 (44% below)');
    expect(describeMetric({ ...held, benchmarkSource: 'team-median', benchmarkOrigin: 'team-median' }, period)).toBe(
      'Meetings held in Aug to Oct 2017: 9 against the team median of 16 (44% below)',
    );
  });
});
