import type { StatKey } from '@shared/domain/diagnosis';
import type { ValueUnit } from '@shared/lib/format';

/** The unit each statistic is shown in on the rep page; counts where none is named. */
const UNITS: Partial<Record<StatKey, ValueUnit>> = {
  revenue: 'money',
  revenueWon: 'money',
  quota: 'money',
  effectiveQuota: 'money',
  avgDealSize: 'money',
  dealSize: 'money',
  pipeline: 'money',
  winRate: 'rate',
  closedWinRate: 'rate',
  winPerOpportunity: 'rate',
  conversionHeld: 'rate',
  conversionBooked: 'rate',
  conversionActivities: 'rate',
  cycleDaysMedian: 'days',
  pipelineCoverage: 'ratio',
  closingPace: 'score',
  csat: 'score',
};

export const unitOf = (k: StatKey): ValueUnit => UNITS[k] ?? 'count';
