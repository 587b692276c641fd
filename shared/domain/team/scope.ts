// The command line's scope (--team, --manager, --office with a roster): which reps it takes in for a period: the rep's placement on the
// period's last day (placementAt), so a rep who moved teams in June is in the old team's May.
import { nameKey } from '@shared/schemas/common';
import type { Rep } from '@shared/schemas/rep';
import { formatIsoDate, periodEnd } from '../import/values';
import { placementAt, type Placement } from './placement';

export type ScopeFilter = { team?: string | undefined; manager?: string | undefined; office?: string | undefined };

const FILTER_FIELDS = ['team', 'manager', 'office'] as const;

export function isFiltered(f: ScopeFilter): boolean {
  return FILTER_FIELDS.some((k) => f[k] !== undefined);
}

/** Whether a placement fits every part of the filter (case and spacing ignored). */
export function placementFits(p: Placement, f: ScopeFilter): boolean {
  return FILTER_FIELDS.every((k) => {
    const want = f[k];
    const has = p[k];
    return want === undefined || (has !== null && nameKey(has) === nameKey(want));
  });
}

/** The last day of a period key (2017-03, 2017-Q1, 2017-W05) as YYYY-MM-DD; null for a key that is not a period. */
export function lastDayOf(period: string): string | null {
  const end = periodEnd(period);
  return end ? formatIsoDate(end) : null;
}

/** Whether the rep sat inside the filter at the end of the period. */
export function inScope(rep: Pick<Rep, 'placements'>, period: string, f: ScopeFilter): boolean {
  if (!isFiltered(f)) return true;
  const day = lastDayOf(period);
  return day !== null && placementFits(placementAt(rep, day), f);
}

/** The distinct values of one placement field over every rep and placement (for "teams known: …"). */
export function knownValues(reps: readonly Pick<Rep, 'placements'>[], field: (typeof FILTER_FIELDS)[number]): string[] {
  const out = new Set<string>();
  for (const r of reps) for (const p of r.placements ?? []) if (p[field]) out.add(p[field]);
  return [...out].sort((a, b) => a.localeCompare(b));
}

/** The first day of a period key as YYYY-MM-DD (a week: its Monday); null for a key that is not a period. */
export function firstDayOf(period: string): string | null {
  const end = periodEnd(period);
  if (!end) return null;
  if (/-W\d\d$/.test(period)) return new Date(Date.UTC(end.y, end.m - 1, end.d - 6)).toISOString().slice(0, 10);
  const m = /^(\d{4})-(?:Q([1-4])|(\d{2}))$/.exec(period);
  if (!m) return null;
  const month = m[2] !== undefined ? (Number(m[2]) - 1) * 3 + 1 : Number(m[3]);
  return `${m[1]}-${String(month).padStart(2, '0')}-01`;
}

/**
 * The metric rows that count: a rep who left is not counted in periods that begin on or after
 * the leaving date (their own history before it stays, and so do the rows of the period they left in).
 */
export function rowsWhileWith<R extends { repId: string; period: string }>(rows: readonly R[], reps: readonly Pick<Rep, 'id' | 'leftDate'>[]): R[] {
  const leftOn = new Map(reps.filter((r) => r.leftDate != null).map((r) => [r.id, r.leftDate as string]));
  if (leftOn.size === 0) return [...rows];
  return rows.filter((row) => {
    const left = leftOn.get(row.repId);
    const first = left === undefined ? null : firstDayOf(row.period);
    return left === undefined || first === null || first < left;
  });
}
