// Numbers, money and dates in the manager's locale. Unknown values say so; they are never 0.
import type { FormatOptions, IsoDate, MetricUnit } from './types';
import { rateDigits, smallNumberDigits } from '@shared/lib/format';

export const NOT_AVAILABLE = 'not available';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** Thrown when a document input cannot be written as given; the message says what to fix. */
export class DocumentInputError extends Error {
  override name = 'DocumentInputError';
}

export function parseIsoDate(value: IsoDate, field: string): Date {
  const m = ISO_DATE.exec(value);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !date || date.getUTCDate() !== Number(m[3]) || date.getUTCMonth() !== Number(m[2]) - 1) {
    throw new DocumentInputError(`${field}: "${value}" is not a calendar date (expected YYYY-MM-DD).`);
  }
  return date;
}

export type Formatter = {
  /** A value in its unit: `12`, `€48,250`, `23.5%`, `41 days`. */
  value(value: number | null, unit: MetricUnit): string;
  /** A difference with its sign: `+3`, `−€1,200`, `−4.5 pts` (rates in percentage points). */
  gap(value: number | null, unit: MetricUnit): string;
  date(value: IsoDate, field?: string): string;
  /** A number of minutes, e.g. `15 min`; `null` says no time was set. */
  minutes(value: number | null): string;
};

// Building the dozen Intl formatters costs more than formatting a whole plan with them, so
// one set is kept per locale and currency (a handful at most in a session).
const formatters = new Map<string, Formatter>();
const KEPT_FORMATTERS = 8;

export function makeFormatter(opts: FormatOptions): Formatter {
  const key = `${opts.locale}|${opts.currency}`;
  let f = formatters.get(key);
  if (!f) {
    f = createFormatter(opts);
    if (formatters.size >= KEPT_FORMATTERS) formatters.clear();
    formatters.set(key, f);
  }
  return f;
}

/** The locale Intl resolves the manager's locale to; an unknown locale or currency is refused in one sentence. */
function resolvedLocale({ locale, currency }: FormatOptions): string {
  try {
    const probe = currency ? new Intl.NumberFormat(locale, { style: 'currency', currency }) : new Intl.NumberFormat(locale);
    return probe.resolvedOptions().locale;
  } catch {
    throw new DocumentInputError(
      currency ? `Locale "${locale}" or currency "${currency}" is not recognised.` : `Locale "${locale}" is not recognised.`,
    );
  }
}

/** The Intl formatters a plan's numbers, amounts, rates, days and dates are written with. */
function intlFormats(resolved: string, currency: FormatOptions['currency']) {
  const n = (o: Intl.NumberFormatOptions) => new Intl.NumberFormat(resolved, o);
  const dayUnit = { style: 'unit', unit: 'day', unitDisplay: 'long' } as const;
  const moneyFormat = (sign: boolean) =>
    n({
      ...(currency ? { style: 'currency' as const, currency } : {}),
      maximumFractionDigits: 0,
      minimumFractionDigits: 0,
      ...(sign ? { signDisplay: 'exceptZero' as const } : {}),
    });
  return {
    // Counts read as whole numbers from 10 up (a team median of 35.5 meetings is "36"); below, one decimal keeps 3.5 from reading as 4.
    count: n({ maximumFractionDigits: 1 }),
    wholeCount: n({ maximumFractionDigits: 0 }),
    signedWholeCount: n({ maximumFractionDigits: 0, signDisplay: 'exceptZero' }),
    signedCount: n({ maximumFractionDigits: 1, signDisplay: 'exceptZero' }),
    decimal: n({ maximumFractionDigits: 2 }),
    signedDecimal: n({ maximumFractionDigits: 2, signDisplay: 'exceptZero' }),
    // Amounts as people write them in a plan: whole units ($2,536, not $2,535.55).
    money: moneyFormat(false),
    signedMoney: moneyFormat(true),
    // Percentages as the app writes them (shared/lib/format rateDigits): "24%", "7.5%".
    percent: [0, 1].map((d) => n({ style: 'percent', maximumFractionDigits: d })) as [Intl.NumberFormat, Intl.NumberFormat],
    // Days, like counts, whole from 10 up ("63 days", "2.5 days"): smallNumberDigits in shared/lib/format.
    days: n({ ...dayUnit, maximumFractionDigits: 1 }),
    wholeDays: n({ ...dayUnit, maximumFractionDigits: 0 }),
    signedDays: n({ ...dayUnit, maximumFractionDigits: 1, signDisplay: 'exceptZero' }),
    // Coverage and pace as "4.6×" (one decimal), as everywhere else in Candor.
    ratio: n({ maximumFractionDigits: 1 }),
    signedRatio: n({ maximumFractionDigits: 1, signDisplay: 'exceptZero' }),
    minutes: n({ style: 'unit', unit: 'minute', unitDisplay: 'short', maximumFractionDigits: 0 }),
    dates: new Intl.DateTimeFormat(resolved, { dateStyle: 'long', timeZone: 'UTC' }),
  };
}

type IntlFormats = ReturnType<typeof intlFormats>;

function formatValue(f: IntlFormats, v: number, unit: MetricUnit): string {
  switch (unit) {
    case 'money':
      return f.money.format(v);
    case 'rate':
      return f.percent[rateDigits(v)].format(v);
    case 'days':
      return (smallNumberDigits(v) ? f.days : f.wholeDays).format(v);
    case 'decimal':
      return f.decimal.format(v);
    case 'ratio':
      return `${f.ratio.format(v)}×`;
    case 'count':
      return (smallNumberDigits(v) ? f.count : f.wholeCount).format(v);
  }
}

function formatGap(f: IntlFormats, v: number, unit: MetricUnit): string {
  switch (unit) {
    case 'money':
      return f.signedMoney.format(v);
    case 'rate':
      // Points as the percentages beside them: whole from 10 up.
      return `${(Math.abs(v) >= 0.1 ? f.signedWholeCount : f.signedCount).format(v * 100)} pts`;
    case 'days':
      return f.signedDays.format(v);
    case 'decimal':
      return f.signedDecimal.format(v);
    case 'ratio':
      return `${f.signedRatio.format(v)}×`;
    case 'count':
      return Math.abs(v) >= 10 ? f.signedWholeCount.format(v) : f.signedCount.format(v);
  }
}

const known = (v: number | null): v is number => v !== null && Number.isFinite(v);

function createFormatter(opts: FormatOptions): Formatter {
  const f = intlFormats(resolvedLocale(opts), opts.currency);
  return {
    value: (v, unit) => (known(v) ? formatValue(f, v, unit) : NOT_AVAILABLE),
    gap: (v, unit) => (known(v) ? formatGap(f, v, unit) : NOT_AVAILABLE),
    date: (v, field = 'date') => f.dates.format(parseIsoDate(v, field)),
    minutes: (v) => (known(v) ? f.minutes.format(v) : 'no time set'),
  };
}

/** A calendar date as the documents write it ("November 22, 2026"); a value that is not a date is returned as it is. */
export function documentDate(value: IsoDate, locale = 'en-US'): string {
  try {
    return makeFormatter({ locale }).date(value);
  } catch {
    return value;
  }
}
