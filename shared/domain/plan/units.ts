// Metric facts and number formatting for plans: thin reads of the metric catalogue and of the
// conversation engine's formatter, so the plan, its talking points and its documents write
// numbers the same way.
// Module paths, not the engine's index: that one loads the banks, which the Team page does not need.
import { formatValue as formatMetric } from '../conversation/format';
import { ACTIVITY_KEYS, RESULT_KEYS, unitOfMetric } from '../metrics';
import type { MetricUnit } from '@shared/schemas/conversation';
import { rateDigits, smallNumberDigits, type TextFormat } from '@shared/lib/format';

/** How a metric's numbers read (the catalogue's unit; counts for a key it does not know). */
export const unitOf = (key: string): MetricUnit => unitOfMetric(key);

/** Activity metrics, and results and targets (OUTCOME_KEYS): the catalogue's sets. */
export { ACTIVITY_KEYS, RESULT_KEYS as OUTCOME_KEYS };

/**
 * A metric's value in plan text: rates as percentages, money with the currency symbol only when
 * the format names one (else the plain number); unknown is "unknown", never zero. A bare string
 * is a locale.
 */
export function formatValue(value: number | null, unit: MetricUnit | null, format: TextFormat | string = {}): string {
  const f = typeof format === 'string' ? { locale: format } : format;
  return formatMetric(value, unit ?? 'count', f);
}

/**
 * Decimal places a value is written with in plans, their forms and documents: money whole, rates
 * as whole percentages (one decimal below 10%), counts and days whole from 10 up, ratios to one
 * decimal. For a rate, the places of the percentage.
 */
export function shownDigits(value: number, unit: MetricUnit | null): number {
  if (unit === 'money') return 0;
  if (unit === 'rate') return rateDigits(value);
  if (unit === 'ratio') return 1;
  return smallNumberDigits(value);
}

/** The value as it is written (2,535.55 → 2536; 0.6283 → 0.63; 57.44 days → 57), so figures shown side by side add up. */
export function roundAsShown(value: number, unit: MetricUnit | null): number {
  const places = shownDigits(value, unit) + (unit === 'rate' ? 2 : 0);
  const f = 10 ** places;
  return Math.round(value * f) / f;
}
