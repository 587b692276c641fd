import type { MetricUnit } from '../../schemas/plan';

const UNITS: Record<string, MetricUnit> = {
  quota: 'money',
  effectiveQuota: 'money',
  revenue: 'money',
  revenueWon: 'money',
  avgDealSize: 'money',
  dealSize: 'money',
  pipeline: 'money',
  winRate: 'rate',
  closedWinRate: 'rate',
  conversionHeld: 'rate',
  conversionBooked: 'rate',
  conversionActivities: 'rate',
  winPerOpportunity: 'rate',
  cycleDaysMedian: 'days',
  pipelineCoverage: 'ratio',
  csat: 'ratio',
};

/** How a metric's numbers read: counts unless listed. */
export function unitOf(key: string): MetricUnit {
  return UNITS[key] ?? 'count';
}

/** Metrics a rep moves by doing more (activity floors) rather than by doing it better. */
export const ACTIVITY_KEYS: ReadonlySet<string> = new Set([
  'calls',
  'emails',
  'activities',
  'meetingsBooked',
  'meetingsHeld',
  'opportunitiesCreated',
]);

/** Results: what the activity and skill produce, not something to put in an action item directly. */
export const OUTCOME_KEYS: ReadonlySet<string> = new Set(['quota', 'effectiveQuota', 'revenue', 'revenueWon', 'dealsWon', 'dealsLost']);

/** Plain formatting for the UI and for generated text: no currency symbol, rates as percentages. */
export function formatValue(value: number | null, unit: MetricUnit | null, locale = 'en-US'): string {
  if (value === null) return 'unknown';
  switch (unit) {
    case 'rate':
      return `${(value * 100).toLocaleString(locale, { maximumFractionDigits: 1 })}%`;
    case 'money':
      return value.toLocaleString(locale, { maximumFractionDigits: 0 });
    case 'days':
      return `${value.toLocaleString(locale, { maximumFractionDigits: 1 })} days`;
    case 'ratio':
      return value.toLocaleString(locale, { maximumFractionDigits: 2 });
    default:
      return value.toLocaleString(locale, { maximumFractionDigits: 1 });
  }
}
