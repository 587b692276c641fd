// Which metrics a rep is asked to estimate, how each estimate is written and read, and how an
// estimate compares with the data for the same period.
import { formatPeriod } from '@shared/lib/format';
import type { MetricUnit } from '@shared/schemas/conversation';
import type { WeakStage } from '@shared/schemas/diagnosis';
import { COHORT_METRIC_KEYS, METRIC_KEYS, METRIC_LABELS, type MetricKey, type MetricValues } from '@shared/schemas/metrics';
import { higherIsBetter, unitOfMetric } from '../metrics';

/** The stages of the sale the rep rates, in the order a deal goes through them. */
export const SALE_STAGES: readonly WeakStage[] = ['prospecting', 'meeting-to-opportunity', 'opportunity-to-win', 'deal-size', 'cycle-length'];
export const SALE_STAGE_NAMES: Record<WeakStage, string> = {
  prospecting: 'Prospecting: from calls and emails to meetings',
  'meeting-to-opportunity': 'Turning meetings into opportunities',
  'opportunity-to-win': 'Winning the opportunities',
  'deal-size': 'The size of the deals',
  'cycle-length': 'How fast deals close',
};

/** Not asked: the quota is a target, not something the rep did; the creation cohorts are bookkeeping. */
const NOT_ASKED: readonly MetricKey[] = ['quota', ...COHORT_METRIC_KEYS];

/** The metrics the data holds a value for in the period, in catalogue order. */
export function askableMetrics(values: MetricValues | null): MetricKey[] {
  if (!values) return [];
  return METRIC_KEYS.filter((k) => !NOT_ASKED.includes(k) && values[k] !== null && values[k] !== undefined);
}

const UNIT_HINT: Record<MetricUnit, string> = {
  count: 'number',
  money: 'amount',
  rate: '%',
  days: 'days',
  ratio: '× ratio',
};

/** "Win rate (%)", "Calls (number)": the label the form and the screen use. */
export const estimateLabel = (k: MetricKey): string => `${METRIC_LABELS[k]} (${UNIT_HINT[unitOfMetric(k)]})`;

/**
 * A number as a person types it: "1,234", "1 234", "1.234,5", "18%", "18,5", "$12,000".
 * A single comma or dot followed by exactly three digits groups thousands; otherwise it is the
 * decimal mark. Returns null when it is not a number.
 */
export function readTypedNumber(text: string): number | null {
  let t = text.trim().replace(/[\s\u00a0\u202f']/gu, '');
  t = t.replace(/^[$€£¥]|[$€£¥%]$/gu, '').replace(/^[A-Z]{3}|[A-Z]{3}$/gu, '');
  if (!/^-?[\d.,]+$/u.test(t) || !/\d/u.test(t)) return null;
  const lastComma = t.lastIndexOf(',');
  const lastDot = t.lastIndexOf('.');
  let normal: string;
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    normal = t.split(group).join('').replace(decimal, '.');
  } else if (lastComma >= 0 || lastDot >= 0) {
    const mark = lastComma >= 0 ? ',' : '.';
    const parts = t.split(mark);
    const grouped = parts.length > 1 && parts.slice(1).every((p) => p.length === 3) && parts[0] !== '' && parts[0] !== '-';
    normal = grouped ? parts.join('') : parts.length === 2 ? parts.join('.') : '';
  } else normal = t;
  const n = Number(normal);
  return normal !== '' && Number.isFinite(n) ? n : null;
}

/** A typed estimate in the metric's stored form: a rate typed as 18 or 18% is stored as 0.18. */
export function estimateFromTyped(k: MetricKey, text: string): number | null {
  const n = readTypedNumber(text);
  if (n === null) return null;
  return unitOfMetric(k) === 'rate' ? n / 100 : n;
}

export type EstimateGap = {
  metric: MetricKey;
  label: string;
  unit: MetricUnit;
  estimate: number;
  /** The value the data holds for the period; null when it holds none. */
  actual: number | null;
  /** estimate − actual, in the metric's unit (percentage points as a fraction for a rate). */
  difference: number | null;
  /** difference ÷ actual; null when the actual is zero or missing. */
  share: number | null;
  /** over: the rep thinks they did more than the data shows; under: less; same: within 5%. */
  reading: 'over' | 'under' | 'same' | 'no-data';
  /** Whether the rep's estimate flatters them (over on a higher-is-better metric, under on a lower-is-better one). */
  flattering: boolean;
};

/** Within this share of the actual, an estimate counts as right. */
export const SAME_WITHIN = 0.05;

/** Each estimate beside the data for the same period, in catalogue order. */
export function estimateGaps(estimates: Record<string, number>, values: MetricValues | null): EstimateGap[] {
  return METRIC_KEYS.filter((k) => estimates[k] !== undefined).map((k) => {
    const estimate = estimates[k]!;
    const actual = values?.[k] ?? null;
    const difference = actual === null ? null : estimate - actual;
    const share = actual === null || actual === 0 || difference === null ? null : difference / actual;
    const same = difference === 0 || (share !== null && Math.abs(share) <= SAME_WITHIN);
    const reading = actual === null ? 'no-data' : same ? 'same' : difference! > 0 ? 'over' : 'under';
    const flattering = (reading === 'over' && higherIsBetter(k)) || (reading === 'under' && !higherIsBetter(k));
    return { metric: k, label: METRIC_LABELS[k], unit: unitOfMetric(k), estimate, actual, difference, share, reading, flattering };
  });
}

/** A period as the form and its questions say it: "Nov 2026". */
export const periodWords = (period: string, locale: string): string => formatPeriod(period, locale);
