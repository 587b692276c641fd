// Metric units and number formatting: the conversation engine's, so the plan, its talking
// points and its documents write numbers the same way.
// Module paths, not the engine's index: that one loads the banks, which the Team page does not need.
import { ACTIVITY_KEYS as CONVERSATION_ACTIVITY_KEYS } from '../conversation/draft';
import { formatValue as formatMetric } from '../conversation/format';
import { unitOfMetric } from '../conversation/from-diagnosis';
import type { MetricUnit } from '../../schemas/conversation';
import type { TextFormat } from '../../lib/format';

/** How a metric's numbers read: counts unless the engine knows better. */
export const unitOf = (key: string): MetricUnit => unitOfMetric(key);

/** Metrics a rep moves by doing more (activity floors) rather than by doing it better. */
export const ACTIVITY_KEYS: ReadonlySet<string> = CONVERSATION_ACTIVITY_KEYS;

/** Results: what the activity and skill produce, not something to put in an action item directly. */
export const OUTCOME_KEYS: ReadonlySet<string> = new Set(['quota', 'effectiveQuota', 'revenue', 'revenueWon', 'dealsWon', 'dealsLost']);

/**
 * A metric's value in plan text: rates as percentages, money with the currency symbol only when
 * the format names one (else the plain number); unknown is "unknown", never zero. A bare string
 * is a locale.
 */
export function formatValue(value: number | null, unit: MetricUnit | null, format: TextFormat | string = {}): string {
  const f = typeof format === 'string' ? { locale: format } : format;
  return formatMetric(value, unit ?? 'count', f);
}
