// Number and period formatting for evidence sentences: deterministic en-US digits by default,
// the manager's locale and currency when the caller passes them (sentenceFormat).
import type { TextFormat } from '@shared/lib/format';
import { formatPeriod, formatPeriodRange, isCurrencyCode, periodKindOf, periodNoun, rateDigits, safeLocale } from '@shared/lib/format';

function group(intPart: string): string {
  if (intPart.length <= 3) return intPart;
  let out = '';
  const head = intPart.length % 3;
  if (head > 0) out = intPart.slice(0, head);
  for (let i = head; i < intPart.length; i += 3) out += (out ? ',' : '') + intPart.slice(i, i + 3);
  return out;
}

/** 12,345 / 12.5 / 0.75 — up to `maxDecimals`, trailing zeros dropped. */
export function fmtNum(n: number | null, maxDecimals = 1): string {
  if (n === null || !Number.isFinite(n)) return '—';
  const neg = n < 0;
  const abs = Math.abs(n);
  const decimals = abs >= 100 ? 0 : maxDecimals;
  // Whole numbers (most counts and amounts) need no toFixed: up to 2^53 String gives the same
  // digits, and toFixed(0) rounds half up like Math.round for the non-negative values here.
  if (abs <= Number.MAX_SAFE_INTEGER && (decimals === 0 || Number.isInteger(abs))) {
    const out = group(String(decimals === 0 ? Math.round(abs) : abs));
    return neg && out !== '0' ? `−${out}` : out;
  }
  let s = abs.toFixed(decimals);
  let out: string;
  const dot = s.indexOf('.');
  if (dot < 0) out = group(s);
  else {
    let end = s.length;
    while (end > dot + 1 && s.charCodeAt(end - 1) === 48) end--;
    const f = s.slice(dot + 1, end);
    s = s.slice(0, dot);
    out = f ? `${group(s)}.${f}` : group(s);
  }
  return neg && out !== '0' ? `−${out}` : out;
}

/** 0.256 → "26%". */
export function fmtPct(share: number | null, decimals?: number): string {
  if (share === null || !Number.isFinite(share)) return '—';
  // The one rule for a percentage's decimals (shared/lib/format rateDigits): 3.4%, 26%.
  return `${(share * 100).toFixed(decimals ?? rateDigits(share))}%`;
}

/** |gap| as "35% below" / "12% above" / "on benchmark". */
export function fmtGap(gap: number | null): string {
  if (gap === null || !Number.isFinite(gap)) return '';
  const pct = Math.round(Math.abs(gap) * 100);
  if (pct === 0) return 'on benchmark';
  return `${pct}% ${gap < 0 ? 'below' : 'above'}`;
}

/**
 * How the diagnosis writes numbers and periods in its sentences. Without options: en-US digits,
 * amounts as plain numbers (no currency is invented), periods as "Oct 2017" / "Aug to Oct 2017".
 */
export type SentenceFormat = {
  /** A measured quantity that may have decimals (ratios, days): as fmtNum. */
  num: (n: number | null, maxDecimals?: number) => string;
  /** A count, rounded to a whole number (a median of counts reads as a count). */
  count: (n: number | null) => string;
  /** An amount of money, whole, with the currency symbol when one is set. */
  money: (n: number | null) => string;
  /** A share in [0, 1] as a percentage. */
  pct: (share: number | null, decimals?: number) => string;
  /** A period key as people say it. */
  period: (key: string) => string;
  /** A run of periods: "Aug to Oct 2017". */
  range: (first: string, last: string) => string;
  /** "months", "quarters", "weeks" (or "periods") for the kind of this key. */
  noun: (key: string, n: number) => string;
  /** A gap as fmtGap writes it ("35% below"), its percentage in the locale. */
  gap: (gap: number | null) => string;
};

const sentenceFormats = new Map<string, SentenceFormat>();

function makeSentenceFormat(opts: TextFormat): SentenceFormat {
  const locale = opts.locale ? safeLocale(opts.locale) : 'en-US';
  const currency = opts.currency && isCurrencyCode(opts.currency) ? opts.currency.toUpperCase() : null;
  const periods = new Map<string, string>();
  const period = (key: string) => {
    let s = periods.get(key);
    if (s === undefined) periods.set(key, (s = formatPeriod(key, locale)));
    return s;
  };
  const ranges = new Map<string, string>();
  const range = (first: string, last: string) => {
    const k = `${first}|${last}`;
    let s = ranges.get(k);
    if (s === undefined) ranges.set(k, (s = formatPeriodRange(first, last, locale)));
    return s;
  };
  const noun = (key: string, n: number) => periodNoun(periodKindOf(key), n);
  const minus = (s: string) => s.replace('-', '−');
  const plainLocale = locale === 'en-US';
  const decimals = [0, 1, 2].map((d) => new Intl.NumberFormat(locale, { maximumFractionDigits: d }));
  const num = plainLocale
    ? fmtNum
    : (n: number | null, maxDecimals = 1) => {
        if (n === null || !Number.isFinite(n)) return '—';
        const d = Math.abs(n) >= 100 ? 0 : Math.min(2, Math.max(0, maxDecimals));
        const out = minus((decimals[d] as Intl.NumberFormat).format(n));
        return out === '−0' ? '0' : out;
      };
  const percents = [0, 1].map((d) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: d, minimumFractionDigits: d }));
  const pct = plainLocale
    ? fmtPct
    : (share: number | null, d?: number) =>
        share === null || !Number.isFinite(share)
          ? '—'
          : minus((percents[(d ?? rateDigits(share)) === 0 ? 0 : 1] as Intl.NumberFormat).format(share));
  const moneyFormat = currency
    ? new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0 })
    : null;
  const money = moneyFormat
    ? (n: number | null) => (n === null || !Number.isFinite(n) ? '—' : minus(moneyFormat.format(Math.round(n) === 0 ? 0 : n)))
    : (n: number | null) => num(n, 0);
  const count = (n: number | null) => (n === null || !Number.isFinite(n) ? '—' : num(Math.round(n) === 0 ? 0 : Math.round(n), 0));
  const gap = plainLocale
    ? fmtGap
    : (g: number | null) => {
        if (g === null || !Number.isFinite(g)) return '';
        const share = Math.round(Math.abs(g) * 100) / 100;
        return share === 0 ? 'on benchmark' : `${pct(share)} ${g < 0 ? 'below' : 'above'}`;
      };
  return { num, count, money, pct, period, range, noun, gap };
}

/** The sentence format for these options (cached: the engine asks for it once per assessment). */
export function sentenceFormat(opts?: TextFormat): SentenceFormat {
  const key = `${opts?.locale ?? ''}|${opts?.currency ?? ''}`;
  let f = sentenceFormats.get(key);
  if (!f) {
    f = makeSentenceFormat(opts ?? {});
    if (sentenceFormats.size > 50) sentenceFormats.clear();
    sentenceFormats.set(key, f);
  }
  return f;
}
