// Cell normalisation: locale numbers, currencies, percentages, Excel error values, dates and
// period labels. Every parser returns a value or a reason; none throws, none guesses silently:
// per-column ambiguity is decided by detectNumberFormat / detectDateOrder (or by the user).
import type { PeriodKey, PeriodKind } from '../../schemas/common';
import { INVISIBLE_RE } from './names';

/** A cell as it comes out of CSV (string) or XLSX (typed). */
export type Cell = string | number | boolean | Date | null;

export type NumberFormat = 'us' | 'eu';
export type DateOrder = 'mdy' | 'dmy';

export type Parsed<T> = { ok: true; value: T | null; warning?: string; currency?: string } | { ok: false; reason: string };

const EXCEL_ERRORS = new Set([
  '#N/A',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
  '#FIELD!',
  '#BLOCKED!',
  '#UNKNOWN!',
  '#CONNECT!',
  '#BUSY!',
  '#N/A!',
]);
/** Spellings of "no value" that are not errors. */
const NULL_WORDS = new Set(['', '-', '–', '—', 'n/a', 'na', 'null', 'none', 'nil', '(blank)', '(none)', '--']);

const ZERO_WIDTH_RE = /\u200b|\u200c|\u200d|\u2060|\ufeff/g;

/** Trimmed text with odd spaces made plain and zero-width characters removed. */
export function cleanText(s: string): string {
  return s.replace(ZERO_WIDTH_RE, '').replace(INVISIBLE_RE, ' ').trim();
}

export { cleanName, MAX_NAME_LENGTH, type CleanedName } from './names';

export function cellToString(c: Cell): string {
  if (c === null) return '';
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? '' : c.toISOString().slice(0, 10);
  return String(c);
}

export function isExcelError(s: string): boolean {
  return EXCEL_ERRORS.has(s.trim().toUpperCase());
}

const CURRENCY_SYMBOLS: Record<string, string> = {
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  '₩': 'KRW',
  '₽': 'RUB',
  '₺': 'TRY',
  '₪': 'ILS',
  '₫': 'VND',
  '₱': 'PHP',
  '฿': 'THB',
  zł: 'PLN',
  kr: 'SEK',
  R$: 'BRL',
  A$: 'AUD',
  C$: 'CAD',
  US$: 'USD',
  HK$: 'HKD',
  S$: 'SGD',
  Fr: 'CHF',
};
const CURRENCY_RE =
  /^(US\$|HK\$|R\$|A\$|C\$|S\$|[$€£¥₹₩₽₺₪₫₱฿]|zł|kr|Fr\.?|[A-Z]{3}(?![A-Za-z]))\s*|\s*(US\$|[$€£¥₹₩₽₺₪₫₱฿]|zł|kr|Fr\.?|(?<![A-Za-z])[A-Z]{3})$/;

/** Number text after sign/currency/percent stripping, still with its separators. */
type NumberShape = { body: string; negative: boolean; percent: boolean; currency: string | null };

function shapeNumber(raw: string): NumberShape | { error: string } {
  let s = cleanText(raw).replace(/\u2212/g, '-');
  let negative = false;
  let percent = false;
  let currency: string | null = null;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  for (let pass = 0; pass < 3; pass++) {
    const before = s;
    if (s.startsWith('-')) {
      if (negative) return { error: 'two minus signs' };
      negative = true;
      s = s.slice(1).trim();
    } else if (s.startsWith('+')) {
      s = s.slice(1).trim();
    }
    if (s.endsWith('-')) {
      if (negative) return { error: 'two minus signs' };
      negative = true;
      s = s.slice(0, -1).trim();
    }
    if (s.endsWith('%')) {
      percent = true;
      s = s.slice(0, -1).trim();
    }
    const m = CURRENCY_RE.exec(s);
    if (m) {
      const sym = (m[1] ?? m[2] ?? '').replace(/\.$/, '');
      const code = CURRENCY_SYMBOLS[sym] ?? sym;
      if (currency !== null && currency !== code) return { error: 'two currencies' };
      currency = code;
      s = (m.index === 0 ? s.slice(m[0].length) : s.slice(0, m.index)).trim();
    }
    if (s === before) break;
  }
  return { body: s, negative, percent, currency };
}

const PLAIN_NUMBER_RE = /^(\d+\.?\d*|\.\d+)$/;
const SCIENTIFIC_RE = /^(\d+\.?\d*|\.\d+)[eE][+-]?\d+$/;

/** Evidence a single value gives about its column's number format. */
export function numberFormatVote(raw: string): NumberFormat | 'ambiguous' | null {
  const shaped = shapeNumber(raw);
  if ('error' in shaped) return null;
  const b = shaped.body.replace(/[ ']/g, '');
  if (SCIENTIFIC_RE.test(b)) return null;
  const commas = (b.match(/,/g) ?? []).length;
  const dots = (b.match(/\./g) ?? []).length;
  if (commas > 0 && dots > 0) return b.lastIndexOf(',') > b.lastIndexOf('.') ? 'eu' : 'us';
  if (commas > 1) return 'us';
  if (dots > 1) return 'eu';
  if (commas === 1) return /^\d{1,3},\d{3}$/.test(b) ? 'ambiguous' : /^\d*,\d+$/.test(b) ? 'eu' : null;
  if (dots === 1) return /^\d{1,3}\.\d{3}$/.test(b) ? 'ambiguous' : /^\d*\.\d+$|^\d+\.$/.test(b) ? 'us' : null;
  return null;
}

export type FormatDecision<T> = { format: T; ambiguous: boolean; conflicting: boolean };

/**
 * Decides a column's number format from its values. Only values like “1,234” (or “1.234”) →
 * ambiguous: the caller must ask, and uses the default until answered.
 */
export function detectNumberFormat(values: Iterable<string>, fallback: NumberFormat = 'us'): FormatDecision<NumberFormat> {
  let us = 0;
  let eu = 0;
  let amb = 0;
  for (const v of values) {
    const vote = numberFormatVote(v);
    if (vote === 'us') us++;
    else if (vote === 'eu') eu++;
    else if (vote === 'ambiguous') amb++;
  }
  if (us === 0 && eu === 0) return { format: fallback, ambiguous: amb > 0, conflicting: false };
  return { format: eu > us ? 'eu' : 'us', ambiguous: false, conflicting: us > 0 && eu > 0 };
}

/**
 * Largest magnitude read from a cell. Beyond 15 significant digits a double no longer holds the
 * number the file wrote, and sums of such values stop being exact; no sales figure is that big.
 */
export const MAX_EXACT_NUMBER = 1e15;
const US_GROUPED_RE = /^(\d{1,3}(,\d{3})+|\d{1,2}(,\d{2})*,\d{3})(\.\d*)?$/;
const EU_GROUPED_RE = /^\d{1,3}(\.\d{3})+(,\d*)?$/;

export type NumberOptions = { format: NumberFormat; percentAs?: 'fraction' | 'number' };

/**
 * Parses a number cell. Empty and “-”/“N/A” → null; Excel error values → null with a warning;
 * “(1,234.00)” and “1234-” → negative; “1e+05” → 100000; “45%” → 0.45 (percentAs 'fraction', the
 * default) or 45 ('number').
 */
export function parseNumberCell(cell: Cell, opts: NumberOptions): Parsed<number> {
  if (cell === null) return { ok: true, value: null };
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return { ok: false, reason: 'not a finite number' };
    return Math.abs(cell) < MAX_EXACT_NUMBER ? { ok: true, value: cell } : { ok: false, reason: 'too many digits to be read exactly (over 15)' };
  }
  if (typeof cell === 'boolean') return { ok: false, reason: 'a TRUE/FALSE value, not a number' };
  if (cell instanceof Date) return { ok: false, reason: 'a date, not a number' };
  const text = cleanText(cell);
  if (NULL_WORDS.has(text.toLowerCase())) return { ok: true, value: null };
  if (isExcelError(text)) return { ok: true, value: null, warning: `Excel error value ${text.toUpperCase()}; treated as missing, not 0` };
  const shaped = shapeNumber(text);
  if ('error' in shaped) return { ok: false, reason: `not a number (${shaped.error})` };
  let body = shaped.body.replace(/[ ']/g, '');
  // A separator that does not fit the column's format is not silently dropped: in a US column
  // “1,5” is not 15 and in a European one “1.5” is not 15.
  if (opts.format === 'us') {
    if (body.includes(',')) {
      if (!US_GROUPED_RE.test(body)) return { ok: false, reason: `does not fit this column's number format (US/UK, like 1,234.56)` };
      body = body.replace(/,/g, '');
    }
  } else {
    if (body.includes('.')) {
      if (!EU_GROUPED_RE.test(body)) return { ok: false, reason: `does not fit this column's number format (European, like 1.234,56)` };
      body = body.replace(/\./g, '');
    }
    body = body.replace(',', '.');
  }
  let value: number;
  if (PLAIN_NUMBER_RE.test(body) || SCIENTIFIC_RE.test(body)) value = Number(body);
  else return { ok: false, reason: 'not a number' };
  if (!(value < MAX_EXACT_NUMBER))
    return {
      ok: false,
      reason: SCIENTIFIC_RE.test(body)
        ? 'looks like a long number damaged by Excel (scientific notation); it cannot be read exactly'
        : 'too many digits to be read exactly (over 15)',
    };
  if (shaped.negative) value = -value;
  if (shaped.percent && (opts.percentAs ?? 'fraction') === 'fraction') value = value / 100;
  const out: Parsed<number> = { ok: true, value };
  if (shaped.currency) out.currency = shaped.currency;
  return out;
}

// ---------- dates ----------

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

// ---------- periods ----------

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
