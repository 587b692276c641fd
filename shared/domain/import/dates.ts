// Date and period cells: ISO, numeric in either day order, named months, Excel serials and
// compact YYYYMMDD; the day order of a column decided from its values (or by the user); a date's
// month, ISO week or quarter, a period label read as written, and the last day of a period.
import type { PeriodKey, PeriodKind } from '@shared/schemas/common';
import type { Cell, DateOrder, FormatDecision, Parsed } from './cells';
import { NULL_WORDS, cleanText, isExcelError } from './cells';

/** A calendar date with no time zone. */
export type DateParts = { y: number; m: number; d: number };

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function makeDate(y: number, m: number, d: number): DateParts | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

function fullYear(y: string): number {
  const n = Number(y);
  return y.length <= 2 ? (n < 70 ? 2000 + n : 1900 + n) : n;
}

/** Excel 1900-system serial → date (serial 60 is Excel's fictitious 1900-02-29). */
export function excelSerialToDate(serial: number): DateParts | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466 || serial === 60) return null;
  const whole = Math.floor(serial);
  const base = whole > 60 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  const t = new Date(base + whole * 86_400_000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function formatIsoDate(p: DateParts): string {
  return `${String(p.y).padStart(4, '0')}-${String(p.m).padStart(2, '0')}-${String(p.d).padStart(2, '0')}`;
}

const ISO_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const SLASH_YMD_RE = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const NUMERIC_RE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?:[ T]+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?)?$/;
const NAMED_DMY_RE = /^(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?[\s,-]+(\d{4}|\d{2})$/;
const NAMED_MDY_RE = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/;
const SERIAL_RE = /^\d{1,6}(\.\d+)?$/;
const COMPACT_RE = /^(\d{4})(\d{2})(\d{2})$/;

/** Evidence one value gives about day/month order in its column. */
export function dateOrderVote(raw: string): DateOrder | 'ambiguous' | null {
  const m = NUMERIC_RE.exec(cleanText(raw));
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[3]);
  if (m[2] === '.') return 'dmy';
  if (a > 12 && b <= 12) return 'dmy';
  if (b > 12 && a <= 12) return 'mdy';
  if (a <= 12 && b <= 12) return a === b ? null : 'ambiguous';
  return null;
}

/**
 * Decides day/month order for a column. Values with a part > 12 decide it; dotted dates
 * (04.03.2024) are day-first by convention. Only ≤ 12/≤ 12 values → ambiguous: ask.
 */
export function detectDateOrder(values: Iterable<string>, fallback: DateOrder = 'mdy'): FormatDecision<DateOrder> {
  let mdy = 0;
  let dmy = 0;
  let amb = 0;
  for (const v of values) {
    const vote = dateOrderVote(v);
    if (vote === 'mdy') mdy++;
    else if (vote === 'dmy') dmy++;
    else if (vote === 'ambiguous') amb++;
  }
  if (mdy === 0 && dmy === 0) return { format: fallback, ambiguous: amb > 0, conflicting: false };
  return { format: dmy > mdy ? 'dmy' : 'mdy', ambiguous: false, conflicting: mdy > 0 && dmy > 0 };
}

/**
 * Parses a date cell into a naive calendar date. Accepts ISO (with or without time), YYYY/MM/DD,
 * MM/DD/YYYY or DD/MM/YYYY (per `order`), DD.MM.YYYY, 4-Mar-2024, Mar 4, 2024, Excel serials
 * and Date objects (read in UTC, as read-excel-file produces them).
 */
export function parseDateCell(cell: Cell, order: DateOrder): Parsed<DateParts> {
  if (cell === null) return { ok: true, value: null };
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return { ok: false, reason: 'not a valid date' };
    // Round to the nearest day: spreadsheet times can land a few ms before midnight.
    const t = new Date(Math.round(cell.getTime() / 60_000) * 60_000);
    const p = makeDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
    return p ? { ok: true, value: p } : { ok: false, reason: 'date out of range (1900–2200)' };
  }
  if (typeof cell === 'boolean') return { ok: false, reason: 'a TRUE/FALSE value, not a date' };
  if (typeof cell === 'number') {
    const p = excelSerialToDate(cell);
    return p ? { ok: true, value: p } : { ok: false, reason: 'not a date (number out of the Excel date range)' };
  }
  const s = cleanText(cell);
  if (NULL_WORDS.has(s.toLowerCase())) return { ok: true, value: null };
  if (isExcelError(s)) return { ok: true, value: null, warning: `Excel error value ${s.toUpperCase()}; treated as missing` };
  let m = ISO_RE.exec(s) ?? SLASH_YMD_RE.exec(s);
  if (m) {
    const p = makeDate(Number(m[1]), Number(m[2]), Number(m[3]));
    return p ? { ok: true, value: p } : { ok: false, reason: 'not a real calendar date' };
  }
  m = NUMERIC_RE.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const y = fullYear(m[4] ?? '');
    const dayFirst = m[2] === '.' || order === 'dmy';
    const p = dayFirst ? makeDate(y, b, a) : makeDate(y, a, b);
    if (p) return { ok: true, value: p };
    const other = dayFirst ? makeDate(y, a, b) : makeDate(y, b, a);
    return { ok: false, reason: other ? `does not fit the column's ${dayFirst ? 'day/month' : 'month/day'} order` : 'not a real calendar date' };
  }
  m = NAMED_DMY_RE.exec(s);
  if (m) {
    const mon = MONTHS[(m[2] ?? '').toLowerCase()];
    const p = mon ? makeDate(fullYear(m[3] ?? ''), mon, Number(m[1])) : null;
    return p ? { ok: true, value: p } : { ok: false, reason: 'not a date' };
  }
  m = NAMED_MDY_RE.exec(s);
  if (m) {
    const mon = MONTHS[(m[1] ?? '').toLowerCase()];
    const p = mon ? makeDate(Number(m[3]), mon, Number(m[2])) : null;
    return p ? { ok: true, value: p } : { ok: false, reason: 'not a date' };
  }
  m = COMPACT_RE.exec(s);
  if (m) {
    const p = makeDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (p) return { ok: true, value: p };
  }
  if (SERIAL_RE.test(s)) {
    const n = Number(s);
    if (n >= 367 && n < 110_000) {
      const p = excelSerialToDate(n);
      if (p) return { ok: true, value: p };
    }
  }
  return { ok: false, reason: 'not a date' };
}

/** Days from a to b (b − a). */
export function daysBetween(a: DateParts, b: DateParts): number {
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000);
}

// Periods

export function isoWeek(p: DateParts): { year: number; week: number } {
  const t = new Date(Date.UTC(p.y, p.m - 1, p.d));
  const dow = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - dow);
  const year = t.getUTCFullYear();
  const week = Math.ceil(((t.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7);
  return { year, week };
}

export function periodOf(p: DateParts, kind: PeriodKind): PeriodKey {
  if (kind === 'month') return `${p.y}-${String(p.m).padStart(2, '0')}`;
  if (kind === 'quarter') return `${p.y}-Q${Math.ceil(p.m / 3)}`;
  const w = isoWeek(p);
  return `${w.year}-W${String(w.week).padStart(2, '0')}`;
}

/** Last calendar day of a period key, for "created in or before the period" comparisons. */
export function periodEnd(key: PeriodKey): DateParts | null {
  let m = /^(\d{4})-(\d{2})$/.exec(key);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    return { y, m: mo, d: daysInMonth(y, mo) };
  }
  m = /^(\d{4})-Q([1-4])$/.exec(key);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]) * 3;
    return { y, m: mo, d: daysInMonth(y, mo) };
  }
  m = /^(\d{4})-W(\d{2})$/.exec(key);
  if (m) {
    // Sunday of ISO week: Monday of week 1 is the Monday on or before Jan 4th.
    const y = Number(m[1]);
    const jan4 = new Date(Date.UTC(y, 0, 4));
    const monday = Date.UTC(y, 0, 4) - ((jan4.getUTCDay() || 7) - 1) * 86_400_000;
    const sunday = new Date(monday + ((Number(m[2]) - 1) * 7 + 6) * 86_400_000);
    return { y: sunday.getUTCFullYear(), m: sunday.getUTCMonth() + 1, d: sunday.getUTCDate() };
  }
  return null;
}

export type ParsedPeriod = { key: PeriodKey; kind: PeriodKind };

function weeksInIsoYear(y: number): number {
  return isoWeek({ y, m: 12, d: 28 }).week;
}

/**
 * Parses a period label: `2026-10`, `2026/10`, `10/2026`, `Oct 2026`, `October-2026`, `Q3-2025`,
 * `2025-Q3`, `Q3 2025`, `2026-W07`, `W7 2026`; or a date (→ the period of `dateKind` holding it).
 */
export function parsePeriodCell(cell: Cell, dateKind: PeriodKind, order: DateOrder): Parsed<ParsedPeriod> {
  if (cell === null) return { ok: true, value: null };
  if (typeof cell === 'string') {
    const s = cleanText(cell);
    if (NULL_WORDS.has(s.toLowerCase())) return { ok: true, value: null };
    let m = /^(\d{4})\s*[-/.]\s*(\d{1,2})$/.exec(s);
    if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return { ok: true, value: { key: `${m[1]}-${m[2]?.padStart(2, '0')}`, kind: 'month' } };
    m = /^(\d{1,2})\s*[-/.]\s*(\d{4})$/.exec(s);
    if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return { ok: true, value: { key: `${m[2]}-${m[1]?.padStart(2, '0')}`, kind: 'month' } };
    m = /^([A-Za-z]{3,9})\.?[\s,'-]*(\d{4}|\d{2})$/.exec(s);
    if (m) {
      const mon = MONTHS[(m[1] ?? '').toLowerCase()];
      if (mon) return { ok: true, value: { key: `${fullYear(m[2] ?? '')}-${String(mon).padStart(2, '0')}`, kind: 'month' } };
    }
    m = /^(\d{4})[\s-]*[-/]?\s*Q([1-4])$/i.exec(s) ?? null;
    if (m) return { ok: true, value: { key: `${m[1]}-Q${m[2]}`, kind: 'quarter' } };
    m = /^Q([1-4])[\s/-]*(?:FY)?(\d{4})$/i.exec(s);
    if (m) return { ok: true, value: { key: `${m[2]}-Q${m[1]}`, kind: 'quarter' } };
    m = /^(\d{4})[\s-]*W(\d{1,2})$/i.exec(s) ?? null;
    const wm = m
      ? { y: Number(m[1]), w: Number(m[2]) }
      : (() => {
          const k = /^W(?:eek)?\s*(\d{1,2})[\s,/-]+(\d{4})$/i.exec(s);
          return k ? { y: Number(k[2]), w: Number(k[1]) } : null;
        })();
    if (wm) {
      if (wm.w < 1 || wm.w > weeksInIsoYear(wm.y)) return { ok: false, reason: `week ${wm.w} does not exist in ${wm.y}` };
      return { ok: true, value: { key: `${wm.y}-W${String(wm.w).padStart(2, '0')}`, kind: 'week' } };
    }
  }
  const d = parseDateCell(cell, order);
  if (!d.ok) return { ok: false, reason: 'not a period (use e.g. 2026-10, Oct 2026, 2026-Q3 or 2026-W07)' };
  if (d.value === null) return d.warning ? { ok: true, value: null, warning: d.warning } : { ok: true, value: null };
  return { ok: true, value: { key: periodOf(d.value, dateKind), kind: dateKind } };
}

/**
 * Day/month order for several date columns of one file. A column whose own values are all
 * ≤ 12/≤ 12 takes the order the other date columns of the same file prove (one file, one
 * locale); only when no column decides is it ambiguous (ask the user).
 */
export function detectDateOrders(columns: { header: string; values: string[] }[]): Map<string, FormatDecision<DateOrder> & { fromFile: boolean }> {
  const own = columns.map((c) => ({ header: c.header, d: detectDateOrder(c.values) }));
  const decided = own.filter(
    (o) =>
      !o.d.ambiguous &&
      (o.d.conflicting ||
        columns.find((c) => c.header === o.header)?.values.some((v) => dateOrderVote(v) !== null && dateOrderVote(v) !== 'ambiguous')),
  );
  const orders = new Set(decided.map((o) => o.d.format));
  const fileOrder = orders.size === 1 ? [...orders][0] : undefined;
  const out = new Map<string, FormatDecision<DateOrder> & { fromFile: boolean }>();
  for (const o of own) {
    if (o.d.ambiguous && fileOrder) out.set(o.header, { format: fileOrder, ambiguous: false, conflicting: false, fromFile: true });
    else out.set(o.header, { ...o.d, fromFile: false });
  }
  return out;
}
