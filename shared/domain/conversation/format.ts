// Numbers in generated text: plain and deterministic. One small formatter, with locale and
// currency parameters (default en-US, no currency symbol unless one is given).
import type { ConversationMetric, MetricUnit } from '@shared/schemas/conversation';
import { benchmarkSourceName, higherIsBetter, type BenchmarkSourceFacts, type SourceVoice } from '../metrics';
import { rateDigits, smallNumberDigits } from '@shared/lib/format';

export type NumberFormatOptions = {
  /** BCP 47 locale; default 'en-US'. */
  locale?: string;
  /** ISO 4217 code (e.g. 'EUR') for money; default none: the number alone. */
  currency?: string | null;
};

const cache = new Map<string, Intl.NumberFormat>();
function formatter(locale: string, style: 'decimal' | 'percent' | 'currency', digits: number, currency: string | null): Intl.NumberFormat {
  const key = `${locale}|${style}|${digits}|${currency ?? ''}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, {
      style,
      maximumFractionDigits: digits,
      minimumFractionDigits: 0,
      ...(style === 'currency' && currency ? { currency, currencyDisplay: 'symbol' } : {}),
    });
    cache.set(key, f);
  }
  return f;
}

/** 9 · 38% · 12,500 · €12,500 · 41 days · 2.5× — or "unknown" for null (never zero). */
export function formatValue(n: number | null, unit: MetricUnit, opts: NumberFormatOptions = {}): string {
  if (n === null || !Number.isFinite(n)) return 'unknown';
  const locale = opts.locale ?? 'en-US';
  const abs = Math.abs(n);
  switch (unit) {
    case 'rate':
      return formatter(locale, 'percent', rateDigits(n), null).format(n);
    case 'money':
      return opts.currency ? formatter(locale, 'currency', 0, opts.currency).format(n) : formatter(locale, 'decimal', 0, null).format(n);
    case 'days': {
      const s = formatter(locale, 'decimal', smallNumberDigits(n), null).format(n);
      return `${s} ${abs === 1 ? 'day' : 'days'}`;
    }
    case 'ratio':
      return `${formatter(locale, 'decimal', 1, null).format(n)}×`;
    case 'count':
      return formatter(locale, 'decimal', smallNumberDigits(n), null).format(n);
  }
}

/** Keys where a lower value is the better one (the metric catalogue's direction). */
export const lowerIsBetter = (key: string) => !higherIsBetter(key);

/** value ÷ benchmark − 1 (−0.44 = 44% below); null when either is unknown or the benchmark is 0. */
export function metricGap(m: Pick<ConversationMetric, 'value' | 'benchmark'>): number | null {
  if (m.value === null || m.benchmark === null || m.benchmark === 0) return null;
  return m.value / m.benchmark - 1;
}

/** How far short of the benchmark, oriented so that positive = worse; null when unknown. */
export function shortfall(m: ConversationMetric): number | null {
  const g = metricGap(m);
  if (g === null) return null;
  return lowerIsBetter(m.key) ? g : -g;
}

/** "44% below" · "12% above" · "level with" · "" when unknown. */
export function formatGap(gap: number | null, locale = 'en-US'): string {
  if (gap === null) return '';
  const pct = Math.round(Math.abs(gap) * 100);
  if (pct === 0) return 'level with it';
  return `${formatter(locale, 'decimal', 0, null).format(pct)}% ${gap < 0 ? 'below' : 'above'}`;
}

/** Who a cited number is written for, and what the text around it already says. */
export type SourceContext = {
  /** The rep's role as the plan names it ("AE"): "the AE target". */
  roleLabel?: string | null;
  /** 'rep' for words said to the rep ("your own target"); 'manager' (default) for notes to the manager. */
  voice?: SourceVoice;
  /** The period the value covers ("Aug to Oct 2017"), stated after the label when given. */
  periodLabel?: string;
};

/** Where a benchmark comes from, in the words the plan and its documents use: "the AE target", "the team median". */
export const benchmarkSourceText = (m: BenchmarkSourceFacts, ctx: SourceContext = {}): string =>
  benchmarkSourceName(m, ctx.roleLabel ?? null, ctx.voice ?? 'manager');

/**
 * "Meetings held in Aug to Oct 2017: 9 against the AE target of 16 (44% below)" — or just
 * "Meetings held: 9". Null when the value is unknown.
 */
export function describeMetric(m: ConversationMetric, opts: NumberFormatOptions & SourceContext = {}): string | null {
  if (m.value === null) return null;
  const v = formatValue(m.value, m.unit, opts);
  const head = opts.periodLabel ? `${m.label} in ${opts.periodLabel}` : m.label;
  if (m.benchmark === null) return `${head}: ${v}`;
  const gap = formatGap(metricGap(m), opts.locale);
  return `${head}: ${v} against ${benchmarkSourceText(m, opts)} of ${formatValue(m.benchmark, m.unit, opts)}${gap ? ` (${gap})` : ''}`;
}
