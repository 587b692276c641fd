// The calendar days a period key covers, for the pace rule's dates (UTC, YYYY-MM-DD).
import { parsePeriod } from '../diagnosis/periods';
import { addDays } from '../plan/dates';

const pad = (n: number) => String(n).padStart(2, '0');
const monthStart = (ordinal: number) => `${Math.floor(ordinal / 12)}-${pad((ordinal % 12) + 1)}-01`;

/** The first and last day of a period (month, quarter or ISO week); null for a key that is not one. */
export function periodDays(key: string): { first: string; last: string } | null {
  const p = parsePeriod(key);
  if (!p) return null;
  if (p.kind === 'month') return { first: monthStart(p.ordinal), last: addDays(monthStart(p.ordinal + 1), -1) };
  if (p.kind === 'quarter') {
    const m = Math.floor(p.ordinal / 4) * 12 + (p.ordinal % 4) * 3;
    return { first: monthStart(m), last: addDays(monthStart(m + 3), -1) };
  }
  // Week ordinals count whole weeks from Monday 5 January 1970.
  const first = addDays('1970-01-05', p.ordinal * 7);
  return { first, last: addDays(first, 6) };
}
