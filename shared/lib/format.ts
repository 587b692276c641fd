// Display formatting for every number, period and date the manager reads.
// Pure: locale and currency are parameters (the renderer passes the manager's setting), so the
// same call gives the same text in the app, in tests and in generated documents.

import { safeLocale } from './locale';

export { isCurrencyCode, safeLocale } from './locale';

/** How numbers are written: a BCP 47 locale and an ISO 4217 currency code. */
export type NumberFormat = { locale: string; currency: string };

/** Shown wherever a value is unknown (never a zero). */
export const UNKNOWN = '—';

/** The text with its first letter in capitals: a phrase put at the start of a line. */
export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const MINUS = '−';

/** Intl formatters by locale and options, kept: building one costs far more than formatting with it. */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function kept<F extends Intl.NumberFormat | Intl.DateTimeFormat>(kind: string, locale: string, options: object, make: (locale: string) => F): F {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key) as F | undefined;
  if (!f) {
    f = make(safeLocale(locale));
    if (formatters.size > 400) formatters.clear();
    formatters.set(key, f);
  }
  return f;
}

const nf = (locale: string, options: Intl.NumberFormatOptions) => kept('n', locale, options, (l) => new Intl.NumberFormat(l, options));
const dtf = (locale: string, options: Intl.DateTimeFormatOptions) => kept('d', locale, options, (l) => new Intl.DateTimeFormat(l, options));

const known = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n);

/** Intl writes "-"; the UI writes a true minus sign so negative values read clearly. */
const minus = (s: string) => s.replace('-', MINUS);

/** A count as a whole number: "1,052" (a median of 1,051.5 reads as a whole count). */
export function formatCount(n: number | null | undefined, f: NumberFormat): string {
  if (!known(n)) return UNKNOWN;
  const r = Math.round(n);
  return minus(nf(f.locale, { maximumFractionDigits: 0 }).format(r === 0 ? 0 : r));
}

/** The decimal mark the locale writes: "." in en-US, "," in de-DE. */
export function decimalMark(locale: string): '.' | ',' {
  return nf(locale, {})
    .formatToParts(1.5)
    .find((p) => p.type === 'decimal')?.value === ','
    ? ','
    : '.';
}

/** The exact value behind a rounded display, for a title/hover: "1,051.5". */
export function formatExact(n: number | null | undefined, f: NumberFormat, maxDecimals = 2): string {
  if (!known(n)) return UNKNOWN;
  return minus(nf(f.locale, { maximumFractionDigits: maxDecimals }).format(n));
}

/** Money with the currency symbol, no cents at or above 100: "$12,400", "$12.50". */
export function formatMoney(n: number | null | undefined, f: NumberFormat): string {
  if (!known(n)) return UNKNOWN;
  const digits = Math.abs(n) >= 100 || Number.isInteger(n) ? 0 : 2;
  return minus(nf(f.locale, { style: 'currency', currency: f.currency, maximumFractionDigits: digits, minimumFractionDigits: digits }).format(n));
}

/** Money in a short form for chart ticks: "$900", "$9K", "$12K", "$1.2M" (one style per axis from 1,000 up). */
export function formatMoneyShort(n: number | null | undefined, f: NumberFormat): string {
  if (!known(n)) return UNKNOWN;
  if (Math.abs(n) < 1_000) return formatMoney(n, f);
  return minus(nf(f.locale, { style: 'currency', currency: f.currency, notation: 'compact', maximumSignificantDigits: 3 }).format(n));
}

/** A count in a short form for chart ticks: "950", "1.2K", "12K". */
export function formatCountShort(n: number | null | undefined, f: NumberFormat): string {
  if (!known(n)) return UNKNOWN;
  if (Math.abs(n) < 1_000) return formatCount(n, f);
  return minus(nf(f.locale, { notation: 'compact', maximumSignificantDigits: 3 }).format(n));
}

/** How many decimals a percentage is written with, everywhere (app, sentences, documents): one below 10%, else none. */
export const rateDigits = (share: number): 0 | 1 => (Math.abs(share) < 0.1 && share !== 0 ? 1 : 0);

/**
 * Counts and days in a plan's sentences and documents, as people write them: whole from 10 up,
 * one decimal below (3.5 opportunities a month, 2.5 days; never 1267.07).
 */
export const smallNumberDigits = (n: number): 0 | 1 => (Math.abs(n) < 10 && !Number.isInteger(n) ? 1 : 0);

/** A rate (a share in [0,1]) as a percentage: 0.256 → "26%"; one decimal below 10%. */
export function formatRate(share: number | null | undefined, f: NumberFormat, decimals?: number): string {
  if (!known(share)) return UNKNOWN;
  const d = decimals ?? rateDigits(share);
  return minus(nf(f.locale, { style: 'percent', maximumFractionDigits: d, minimumFractionDigits: 0 }).format(share));
}

/** A ratio such as pipeline coverage: 4.27 → "4.3×". */
export function formatCoverage(n: number | null | undefined, f: NumberFormat): string {
  if (!known(n)) return UNKNOWN;
  return `${minus(nf(f.locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(n))}×`;
}

/** A duration in days: "1 day", "23 days", "4.5 days". */
export function formatDays(n: number | null | undefined, f: NumberFormat): string {
  if (!known(n)) return UNKNOWN;
  const text = minus(nf(f.locale, { maximumFractionDigits: Math.abs(n) >= 10 ? 0 : 1 }).format(n));
  return `${text} ${text === '1' ? 'day' : 'days'}`;
}

/** A score such as CSAT: one decimal. */
export function formatScore(n: number | null | undefined, f: NumberFormat): string {
  if (!known(n)) return UNKNOWN;
  return minus(nf(f.locale, { maximumFractionDigits: 1 }).format(n));
}

/** A signed change as a percentage: +12%, −35%, 0%. */
export function formatChange(share: number | null | undefined, f: NumberFormat): string {
  if (!known(share)) return UNKNOWN;
  const body = nf(f.locale, { style: 'percent', maximumFractionDigits: 0 }).format(Math.abs(share));
  if (Math.round(share * 100) === 0) return body;
  return `${share < 0 ? MINUS : '+'}${body}`;
}

/** The kind of quantity a number is; decides how it is written. */
export type ValueUnit = 'count' | 'money' | 'rate' | 'days' | 'ratio' | 'score';

export function formatValue(n: number | null | undefined, unit: ValueUnit, f: NumberFormat): string {
  switch (unit) {
    case 'money':
      return formatMoney(n, f);
    case 'rate':
      return formatRate(n, f);
    case 'days':
      return formatDays(n, f);
    case 'ratio':
      return formatCoverage(n, f);
    case 'score':
      return formatScore(n, f);
    case 'count':
      return formatCount(n, f);
  }
}

/** Short form for chart axis ticks, consistent with formatValue. */
export function formatTick(n: number | null | undefined, unit: ValueUnit, f: NumberFormat): string {
  switch (unit) {
    case 'money':
      return formatMoneyShort(n, f);
    case 'count':
      return formatCountShort(n, f);
    case 'days':
      return known(n) ? formatCount(n, f) : UNKNOWN;
    default:
      return formatValue(n, unit, f);
  }
}

/** True when formatValue rounds the value, so the exact figure belongs in a title. */
export function isRounded(n: number | null | undefined, unit: ValueUnit): boolean {
  if (!known(n)) return false;
  if (unit === 'count') return !Number.isInteger(n);
  if (unit === 'money') return Math.abs(n) >= 100 && !Number.isInteger(n);
  return false;
}

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER_RE = /^(\d{4})-Q([1-4])$/;
const WEEK_RE = /^(\d{4})-W(\d{2})$/;

/** A period key as people say it: "Oct 2026", "Q3 2026", "Week 42, 2026". Unknown keys are returned as they are. */
export function formatPeriod(key: string, locale = 'en-US'): string {
  let m = MONTH_RE.exec(key);
  if (m) {
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
    return dtf(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(d);
  }
  m = QUARTER_RE.exec(key);
  if (m) return `Q${m[2]} ${m[1]}`;
  m = WEEK_RE.exec(key);
  if (m) return `Week ${Number(m[2])}, ${m[1]}`;
  return key;
}

/** The kind of a period key, or null when it is not one. */
export function periodKindOf(key: string): 'month' | 'quarter' | 'week' | null {
  if (MONTH_RE.test(key)) return 'month';
  if (QUARTER_RE.test(key)) return 'quarter';
  if (WEEK_RE.test(key)) return 'week';
  return null;
}

/** The month as formatPeriod writes it beside a year ("Oct", "Okt."), without the year. */
function monthName(year: number, month: number, locale: string): string {
  const parts = dtf(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).formatToParts(new Date(Date.UTC(year, month - 1, 1)));
  return parts.find((p) => p.type === 'month')?.value ?? String(month);
}

/**
 * A run of periods as people say it: "Aug to Oct 2017", "Nov 2017 to Jan 2018", "Q1 to Q3 2026",
 * "Weeks 40 to 42, 2026"; one period alone as formatPeriod writes it. Keys of different kinds
 * (or not period keys at all) are each written as formatPeriod writes them.
 */
export function formatPeriodRange(first: string, last: string, locale = 'en-US'): string {
  if (!first || !last || first === last) return formatPeriod(first || last, locale);
  let a = MONTH_RE.exec(first);
  let b = MONTH_RE.exec(last);
  if (a && b && a[1] === b[1]) return `${monthName(Number(a[1]), Number(a[2]), locale)} to ${formatPeriod(last, locale)}`;
  a = QUARTER_RE.exec(first);
  b = QUARTER_RE.exec(last);
  if (a && b && a[1] === b[1]) return `Q${a[2]} to Q${b[2]} ${a[1]}`;
  a = WEEK_RE.exec(first);
  b = WEEK_RE.exec(last);
  if (a && b && a[1] === b[1]) return `Weeks ${Number(a[2])} to ${Number(b[2])}, ${a[1]}`;
  return `${formatPeriod(first, locale)} to ${formatPeriod(last, locale)}`;
}

/** "month"/"months", "quarter"/"quarters", "week"/"weeks"; "period(s)" for anything else. */
export function periodNoun(kind: string | null | undefined, n = 1): string {
  const word = kind === 'month' || kind === 'quarter' || kind === 'week' ? kind : 'period';
  return n === 1 ? word : `${word}s`;
}

/**
 * How generated sentences write numbers: a locale (default "en-US") and a currency only where
 * the manager set one. Without a currency, amounts are plain numbers: no symbol is invented.
 */
export type TextFormat = { locale?: string; currency?: string | null };

/** A short period label for chart axes: "Oct 26", "Q3 26", "W42 26". */
export function formatPeriodShort(key: string, locale = 'en-US'): string {
  let m = MONTH_RE.exec(key);
  if (m) {
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
    const month = dtf(locale, { month: 'short', timeZone: 'UTC' }).format(d);
    return `${month} ${m[1]!.slice(2)}`;
  }
  m = QUARTER_RE.exec(key);
  if (m) return `Q${m[2]} ${m[1]!.slice(2)}`;
  m = WEEK_RE.exec(key);
  if (m) return `W${Number(m[2])} ${m[1]!.slice(2)}`;
  return key;
}

function toDate(value: string | number | Date): Date | null {
  // A calendar day ("2026-12-21") is that day wherever the computer is, not midnight UTC.
  const d = value instanceof Date ? value : new Date(typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00` : value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** THE date format: "1 Dec 2026" style per locale (day, short month, year). Invalid → "—". */
export function formatDate(value: string | number | Date, locale = 'en-US'): string {
  const d = toDate(value);
  if (!d) return UNKNOWN;
  return dtf(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(d);
}

/** The same date with the time of day, for events (imports, saves). */
export function formatDateTime(value: string | number | Date, locale = 'en-US'): string {
  const d = toDate(value);
  if (!d) return UNKNOWN;
  return dtf(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(d);
}

/** Every formatter bound to one locale and currency: what the renderer's hook hands out. */
export type Formatter = ReturnType<typeof makeFormatter>;

export function makeFormatter(f: NumberFormat & { currencyGuessed?: boolean }) {
  return {
    locale: f.locale,
    currency: f.currency,
    currencyGuessed: f.currencyGuessed ?? false,
    count: (n: number | null | undefined) => formatCount(n, f),
    exact: (n: number | null | undefined) => formatExact(n, f),
    money: (n: number | null | undefined) => formatMoney(n, f),
    rate: (n: number | null | undefined, decimals?: number) => formatRate(n, f, decimals),
    coverage: (n: number | null | undefined) => formatCoverage(n, f),
    days: (n: number | null | undefined) => formatDays(n, f),
    change: (n: number | null | undefined) => formatChange(n, f),
    value: (n: number | null | undefined, unit: ValueUnit) => formatValue(n, unit, f),
    tick: (n: number | null | undefined, unit: ValueUnit) => formatTick(n, unit, f),
    /** The exact value for a title attribute when the display rounds it, else undefined. */
    title: (n: number | null | undefined, unit: ValueUnit) => (isRounded(n, unit) ? `Exactly ${formatExact(n, f)}` : undefined),
    period: (key: string) => formatPeriod(key, f.locale),
    periodShort: (key: string) => formatPeriodShort(key, f.locale),
    periodRange: (first: string, last: string) => formatPeriodRange(first, last, f.locale),
    date: (d: string | number | Date) => formatDate(d, f.locale),
    dateTime: (d: string | number | Date) => formatDateTime(d, f.locale),
  };
}
