// Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so results never depend on the machine's time zone.

const DAY_MS = 86_400_000;

function toUtc(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return toIso(new Date(toUtc(iso).getTime() + days * DAY_MS));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  return toUtc(iso).getUTCDay();
}

export function isWeekend(iso: string): boolean {
  const d = weekday(iso);
  return d === 0 || d === 6;
}

/** The date itself on a weekday; the following Monday on a Saturday or Sunday. */
export function onWorkingDay(iso: string): string {
  const d = weekday(iso);
  return d === 6 ? addDays(iso, 2) : d === 0 ? addDays(iso, 1) : iso;
}

/** Whole days from a to b (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / DAY_MS);
}

/** Today's date in UTC as YYYY-MM-DD. */
export function isoDay(now: Date): string {
  return toIso(now);
}

/**
 * Check-in dates: `count` dates every `everyDays` days after `start`, each moved off a weekend to
 * the next Monday. Dates stay strictly increasing even when a move lands on the next slot.
 */
export function checkInDates(start: string, everyDays: number, count: number): string[] {
  if (!Number.isInteger(everyDays) || everyDays < 1) throw new RangeError('everyDays must be a positive whole number');
  const out: string[] = [];
  for (let i = 1; i <= count; i += 1) {
    let date = onWorkingDay(addDays(start, i * everyDays));
    const prev = out[out.length - 1];
    if (prev && date <= prev) date = onWorkingDay(addDays(prev, 1));
    out.push(date);
  }
  return out;
}

/** Milestone dates a number of days after the start (30/60/90 by default), on working days. */
export function milestoneDates(start: string, offsets: readonly number[] = [30, 60, 90]): string[] {
  return offsets.map((o) => onWorkingDay(addDays(start, o)));
}
