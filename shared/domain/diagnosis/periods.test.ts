import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { comparePeriods, monthsPerPeriod, parsePeriod, periodFromOrdinal, periodMonths, shiftPeriod, trailingPeriods } from './periods';

describe('period keys', () => {
  it('parses months, quarters and ISO weeks', () => {
    expect(parsePeriod('2026-10')).toEqual({ key: '2026-10', kind: 'month', ordinal: 2026 * 12 + 9 });
    expect(parsePeriod('2026-Q3')?.kind).toBe('quarter');
    expect(parsePeriod('2026-W07')?.kind).toBe('week');
    expect(parsePeriod('2026-13')).toBeNull();
    expect(parsePeriod('Oct 2026')).toBeNull();
  });
  it('knows which years have an ISO week 53', () => {
    expect(parsePeriod('2026-W53')).not.toBeNull(); // 2026 starts on a Thursday
    expect(parsePeriod('2025-W53')).toBeNull();
    expect(parsePeriod('2020-W53')).not.toBeNull();
  });
  it('steps across year boundaries', () => {
    expect(trailingPeriods('2026-02', 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(trailingPeriods('2026-Q1', 3)).toEqual(['2025-Q3', '2025-Q4', '2026-Q1']);
    expect(trailingPeriods('2026-W02', 3)).toEqual(['2025-W52', '2026-W01', '2026-W02']);
    expect(shiftPeriod('2026-W53', 1)).toBe('2027-W01');
  });
  it('round-trips every key through its ordinal', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('month' as const, 'quarter' as const, 'week' as const),
        fc.integer({ min: 2000 * 12, max: 2100 * 12 }),
        (kind, n) => {
          const ord = kind === 'month' ? n : kind === 'quarter' ? Math.floor(n / 3) : Math.floor(n * 4.3);
          const key = periodFromOrdinal(kind, ord);
          const p = parsePeriod(key);
          expect(p?.kind).toBe(kind);
          expect(p?.ordinal).toBe(ord);
          expect(comparePeriods(key, periodFromOrdinal(kind, ord + 1))).toBeLessThan(0);
        },
      ),
    );
  });
  it('maps periods to months for the ramp', () => {
    expect(periodMonths('2026-Q3').map((m) => m.month)).toEqual([2026 * 12 + 6, 2026 * 12 + 7, 2026 * 12 + 8]);
    // 2026-W05 runs Mon 26 Jan – Sun 1 Feb; its Thursday is 29 Jan.
    expect(periodMonths('2026-W05')).toEqual([{ month: 2026 * 12, share: 1 }]);
    expect(monthsPerPeriod('quarter')).toBe(3);
    expect(monthsPerPeriod('week')).toBeCloseTo(12 / 52);
  });
});
