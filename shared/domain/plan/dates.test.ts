import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, checkInDates, daysBetween, isWeekend, milestoneDates, onWorkingDay, weekday } from './dates';

describe('working-day dates', () => {
  it('moves Saturday and Sunday to the next Monday and leaves weekdays alone', () => {
    expect(onWorkingDay('2026-11-21')).toBe('2026-11-23'); // Saturday
    expect(onWorkingDay('2026-11-22')).toBe('2026-11-23'); // Sunday
    expect(onWorkingDay('2026-11-20')).toBe('2026-11-20'); // Friday
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(daysBetween('2026-11-23', '2027-02-21')).toBe(90);
  });

  it('weekly check-ins from a Monday land on Mondays', () => {
    expect(checkInDates('2026-11-23', 7, 4)).toEqual(['2026-11-30', '2026-12-07', '2026-12-14', '2026-12-21']);
  });

  it('check-ins that fall on a weekend move to Monday', () => {
    // From Wednesday 2026-11-25 every 3 days: Sat 28 → Mon 30, Tue 1 Dec, Fri 4, Mon 7 (was Mon 7)…
    const dates = checkInDates('2026-11-25', 3, 5);
    expect(dates).toEqual(['2026-11-30', '2026-12-01', '2026-12-04', '2026-12-07', '2026-12-10']);
    expect(dates.some(isWeekend)).toBe(false);
  });

  it('30/60/90-day milestones are working days', () => {
    expect(milestoneDates('2026-11-23')).toEqual(['2026-12-23', '2027-01-22', '2027-02-22']);
  });

  it('property: check-in dates are never on a weekend, strictly increase, and never come early', () => {
    const day = fc.integer({ min: 0, max: 3650 }).map((n) => addDays('2025-01-01', n));
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 45 }), fc.integer({ min: 0, max: 30 }), (start, every, count) => {
        const dates = checkInDates(start, every, count);
        expect(dates).toHaveLength(count);
        dates.forEach((d, i) => {
          expect([0, 6]).not.toContain(weekday(d));
          expect(daysBetween(start, d)).toBeGreaterThanOrEqual((i + 1) * every);
          if (i > 0) expect(d > (dates[i - 1] ?? '')).toBe(true);
        });
      }),
    );
  });

  it('refuses a cadence that is not a positive whole number of days', () => {
    expect(() => checkInDates('2026-11-23', 0, 3)).toThrow(RangeError);
    expect(() => checkInDates('2026-11-23', 1.5, 3)).toThrow(RangeError);
  });
});
