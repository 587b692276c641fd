// Period keys: `2026-10` (month), `2026-Q3` (quarter), `2026-W07` (ISO week).
// Every key maps to an ordinal so that periods sort, step back and form trailing windows
// without calendar arithmetic at the call site. Dates are handled in UTC only.
import type { PeriodKey, PeriodKind } from '@shared/schemas/common';

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER_RE = /^(\d{4})-Q([1-4])$/;
const WEEK_RE = /^(\d{4})-W(0[1-9]|[1-4]\d|5[0-3])$/;
const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
/** Monday 5 January 1970: week ordinals count whole weeks from it. */
const MONDAY_EPOCH = 4 * DAY_MS;

export type ParsedPeriod = { key: PeriodKey; kind: PeriodKind; ordinal: number };

/** Monday (UTC ms) of ISO week 1 of an ISO year: the week that holds 4 January. */
function isoWeekOneMonday(year: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  const dow = (new Date(jan4).getUTCDay() + 6) % 7; // Monday = 0
  return jan4 - dow * DAY_MS;
}

function isoWeeksInYear(year: number): number {
  return Math.round((isoWeekOneMonday(year + 1) - isoWeekOneMonday(year)) / (7 * DAY_MS));
}

const parseCache = new Map<string, ParsedPeriod | null>();

/** Parses a period key; null when it is not one (or names a week 53 the year does not have). */
export function parsePeriod(key: string): ParsedPeriod | null {
  const hit = parseCache.get(key);
  if (hit !== undefined) return hit;
  const parsed = parseUncached(key);
  if (parseCache.size < 100_000) parseCache.set(key, parsed);
  return parsed;
}

function parseUncached(key: string): ParsedPeriod | null {
  let m = MONTH_RE.exec(key);
  if (m) return { key, kind: 'month', ordinal: Number(m[1]) * 12 + Number(m[2]) - 1 };
  m = QUARTER_RE.exec(key);
  if (m) return { key, kind: 'quarter', ordinal: Number(m[1]) * 4 + Number(m[2]) - 1 };
  m = WEEK_RE.exec(key);
  if (m) {
    const year = Number(m[1]);
    const week = Number(m[2]);
    if (week > isoWeeksInYear(year)) return null;
    const monday = isoWeekOneMonday(year) + (week - 1) * 7 * DAY_MS;
    return { key, kind: 'week', ordinal: Math.round((monday - MONDAY_EPOCH) / WEEK_MS) };
  }
  return null;
}

export function periodKind(key: PeriodKey): PeriodKind | null {
  return parsePeriod(key)?.kind ?? null;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The key for an ordinal of a kind (inverse of parsePeriod). */
export function periodFromOrdinal(kind: PeriodKind, ordinal: number): PeriodKey {
  if (kind === 'month') return `${Math.floor(ordinal / 12)}-${pad((ordinal % 12) + 1)}`;
  if (kind === 'quarter') return `${Math.floor(ordinal / 4)}-Q${(ordinal % 4) + 1}`;
  const monday = MONDAY_EPOCH + ordinal * WEEK_MS;
  const thursday = new Date(monday + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((monday - isoWeekOneMonday(year)) / (7 * DAY_MS)) + 1;
  return `${year}-W${pad(week)}`;
}

/** Orders period keys (same kind assumed; unknown keys sort last, by text). */
export function comparePeriods(a: PeriodKey, b: PeriodKey): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (pa && pb && pa.kind === pb.kind) return pa.ordinal - pb.ordinal;
  if (pa && !pb) return -1;
  if (!pa && pb) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** By end, then count (no key string per call: this runs several times per rep). */
const trailingCache = new Map<PeriodKey, Map<number, readonly PeriodKey[]>>();
let trailingCached = 0;

/** The `count` consecutive periods ending at `end` (inclusive), oldest first. Returns a fresh array. */
export function trailingPeriods(end: PeriodKey, count: number): PeriodKey[] {
  const hit = trailingCache.get(end)?.get(count);
  if (hit) return hit.slice();
  const p = parsePeriod(end);
  if (!p) return [end];
  const out: PeriodKey[] = [];
  for (let i = count - 1; i >= 0; i--) out.push(periodFromOrdinal(p.kind, p.ordinal - i));
  if (trailingCached < 10_000) {
    let byCount = trailingCache.get(end);
    if (!byCount) trailingCache.set(end, (byCount = new Map()));
    byCount.set(count, out);
    trailingCached++;
  }
  return out.slice();
}

export function shiftPeriod(key: PeriodKey, by: number): PeriodKey {
  const p = parsePeriod(key);
  return p ? periodFromOrdinal(p.kind, p.ordinal + by) : key;
}

/**
 * Calendar months (as absolute month ordinals year*12+month-1) a period spans, with the share
 * of the period each month carries. A week belongs to the month of its Thursday.
 */
export function periodMonths(key: PeriodKey): Array<{ month: number; share: number }> {
  const p = parsePeriod(key);
  if (!p) return [];
  if (p.kind === 'month') return [{ month: p.ordinal, share: 1 }];
  if (p.kind === 'quarter') {
    const first = Math.floor(p.ordinal / 4) * 12 + (p.ordinal % 4) * 3;
    return [0, 1, 2].map((i) => ({ month: first + i, share: 1 / 3 }));
  }
  const thursday = new Date(MONDAY_EPOCH + p.ordinal * WEEK_MS + 3 * DAY_MS);
  return [{ month: thursday.getUTCFullYear() * 12 + thursday.getUTCMonth(), share: 1 }];
}

/** How many months of monthly targets one period of this kind represents. */
export function monthsPerPeriod(kind: PeriodKind): number {
  return kind === 'month' ? 1 : kind === 'quarter' ? 3 : 12 / 52;
}

/** Month ordinal (year*12+month-1) of an ISO date `YYYY-MM-DD`; null when malformed. */
export function monthOrdinalOfDate(isoDate: string): number | null {
  const m = /^(\d{4})-(\d{2})-\d{2}$/.exec(isoDate);
  if (!m) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  return Number(m[1]) * 12 + month - 1;
}

/** The last day (YYYY-MM-DD, UTC) of a period: where a rep sat then decides their peer group. */
export function periodEndDate(key: PeriodKey): string | null {
  const p = parsePeriod(key);
  if (!p) return null;
  let end: number;
  if (p.kind === 'week') end = MONDAY_EPOCH + p.ordinal * WEEK_MS + 6 * DAY_MS;
  else {
    const lastMonth = p.kind === 'month' ? p.ordinal : Math.floor(p.ordinal / 4) * 12 + (p.ordinal % 4) * 3 + 2;
    end = Date.UTC(Math.floor(lastMonth / 12), (lastMonth % 12) + 1, 1) - DAY_MS;
  }
  return new Date(end).toISOString().slice(0, 10);
}
