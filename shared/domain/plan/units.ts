// Metric facts and number formatting for plans: thin reads of the metric catalogue and of the
// conversation engine's formatter, so the plan, its talking points and its documents write
// numbers the same way.
// Module paths, not the engine's index: that one loads the banks, which the Team page does not need.
import { formatValue as formatMetric } from '../conversation/format';
import { ACTIVITY_KEYS, RESULT_KEYS, unitOfMetric } from '../metrics';
import type { MetricUnit } from '../../schemas/conversation';
import type { TextFormat } from '../../lib/format';

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
