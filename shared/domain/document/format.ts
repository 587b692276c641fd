// Numbers, money and dates in the manager's locale. Unknown values say so; they are never 0.
import type { FormatOptions, IsoDate, MetricUnit } from './types';
import { rateDigits, smallNumberDigits } from '../../lib/format';

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

function createFormatter(opts: FormatOptions): Formatter {
  const { locale, currency } = opts;
  let probe: Intl.NumberFormat;
  try {
    probe = currency ? new Intl.NumberFormat(locale, { style: 'currency', currency }) : new Intl.NumberFormat(locale);
  } catch {
    throw new DocumentInputError(
      currency ? `Locale "${locale}" or currency "${currency}" is not recognised.` : `Locale "${locale}" is not recognised.`,
    );
  }
  const resolved = probe.resolvedOptions().locale;
  const count = new Intl.NumberFormat(resolved, { maximumFractionDigits: 1 });
  const wholeCount = new Intl.NumberFormat(resolved, { maximumFractionDigits: 0 });
  const signedWholeCount = new Intl.NumberFormat(resolved, { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
  // Counts read as whole numbers from 10 up (a team median of 35.5 meetings is "36"); below, one decimal keeps 3.5 from reading as 4.
  const decimal = new Intl.NumberFormat(resolved, { maximumFractionDigits: 2 });
  const moneyFormat = (fraction: 0, sign: boolean) =>
    new Intl.NumberFormat(resolved, {
      ...(currency ? { style: 'currency' as const, currency } : {}),
      maximumFractionDigits: fraction,
      minimumFractionDigits: fraction,
      ...(sign ? { signDisplay: 'exceptZero' as const } : {}),
    });
  // Amounts as people write them in a plan: whole units ($2,536, not $2,535.55).
  const moneyFormats = [moneyFormat(0, false), moneyFormat(0, true)] as const;
  const money = (v: number, sign: boolean) => moneyFormats[sign ? 1 : 0].format(v);
  // Percentages as the app writes them (shared/lib/format rateDigits): "24%", "7.5%".
  const percent = [0, 1].map((d) => new Intl.NumberFormat(resolved, { style: 'percent', maximumFractionDigits: d })) as [
    Intl.NumberFormat,
    Intl.NumberFormat,
  ];
  const days = new Intl.NumberFormat(resolved, { style: 'unit', unit: 'day', unitDisplay: 'long', maximumFractionDigits: 1 });
  // Days, like counts, whole from 10 up ("63 days", "2.5 days"): smallNumberDigits in shared/lib/format.
  const wholeDays = new Intl.NumberFormat(resolved, { style: 'unit', unit: 'day', unitDisplay: 'long', maximumFractionDigits: 0 });
  const signedCount = new Intl.NumberFormat(resolved, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const signedDecimal = new Intl.NumberFormat(resolved, { maximumFractionDigits: 2, signDisplay: 'exceptZero' });
  // Coverage and pace as "4.6×" (one decimal), as everywhere else in Candor.
  const ratio = new Intl.NumberFormat(resolved, { maximumFractionDigits: 1 });
  const signedRatio = new Intl.NumberFormat(resolved, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const signedDays = new Intl.NumberFormat(resolved, {
    style: 'unit',
    unit: 'day',
    unitDisplay: 'long',
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const minutes = new Intl.NumberFormat(resolved, { style: 'unit', unit: 'minute', unitDisplay: 'short', maximumFractionDigits: 0 });
  const dates = new Intl.DateTimeFormat(resolved, { dateStyle: 'long', timeZone: 'UTC' });

  const known = (v: number | null): v is number => v !== null && Number.isFinite(v);

  return {
    value(v, unit) {
      if (!known(v)) return NOT_AVAILABLE;
      switch (unit) {
        case 'money':
          return money(v, false);
        case 'rate':
          return percent[rateDigits(v)].format(v);
        case 'days':
          return (smallNumberDigits(v) ? days : wholeDays).format(v);
        case 'decimal':
          return decimal.format(v);
        case 'ratio':
          return `${ratio.format(v)}×`;
        case 'count':
          return (smallNumberDigits(v) ? count : wholeCount).format(v);
      }
    },
    gap(v, unit) {
      if (!known(v)) return NOT_AVAILABLE;
      switch (unit) {
        case 'money':
          return money(v, true);
        case 'rate':
          // Points as the percentages beside them: whole from 10 up.
          return `${(Math.abs(v) >= 0.1 ? signedWholeCount : signedCount).format(v * 100)} pts`;
        case 'days':
          return signedDays.format(v);
        case 'decimal':
          return signedDecimal.format(v);
        case 'ratio':
          return `${signedRatio.format(v)}×`;
        case 'count':
          return Math.abs(v) >= 10 ? signedWholeCount.format(v) : signedCount.format(v);
      }
    },
    date: (v, field = 'date') => dates.format(parseIsoDate(v, field)),
    minutes: (v) => (known(v) ? minutes.format(v) : 'no time set'),
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
