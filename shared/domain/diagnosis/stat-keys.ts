// Which stats have team figures and in what order, which an assessment lists, which are flows
// (summed over periods) and which are better lower (from the metric catalogue); and how the
// team's effort signal is chosen from what the reps' data carry.
import type { MetricValues } from '@shared/schemas/metrics';
import { METRIC_KEYS } from '@shared/schemas/metrics';
import { higherIsBetter } from '../metrics';
import { DERIVED_KEYS, hasSignal, isFlowMetric } from './aggregate';
import type { EffortSignal, StatKey } from './types';

/** The effort signals, in the order the team's is chosen (each is also the key of its own team stat). */
export const SIGNAL_ORDER = ['meetingsHeld', 'meetingsBooked', 'activities', 'opportunitiesCreated'] as const satisfies readonly (EffortSignal &
  StatKey)[];

/** The team stat of each effort signal's conversion to opportunities. */
export const CONVERSION_STAT: Record<EffortSignal, StatKey> = {
  meetingsHeld: 'conversionHeld',
  meetingsBooked: 'conversionBooked',
  activities: 'conversionActivities',
  opportunitiesCreated: 'conversionHeld',
};

export const DERIVED_FLOW_KEYS = ['revenue', 'activities', 'effectiveQuota'] as const;

/** Every stat with team figures: the metrics, then the derived quantities (DERIVED_KEYS order), quota held to and coverage. */
export const STAT_KEYS: readonly StatKey[] = [...METRIC_KEYS, ...DERIVED_KEYS, 'effectiveQuota', 'pipelineCoverage'];

/**
 * The metrics an assessment lists (team statistics exist for every STAT_KEY). Duplicates are
 * left out: revenue (not revenueWon), closed win rate (not the stated winRate), deal size
 * (not avgDealSize); of the three conversions only the one for the effort signal is listed.
 */
export const DISPLAY_KEYS: readonly StatKey[] = [
  'effectiveQuota',
  'quota',
  'revenue',
  'calls',
  'emails',
  'activities',
  'meetingsBooked',
  'meetingsHeld',
  'opportunitiesCreated',
  'conversionHeld',
  'conversionBooked',
  'conversionActivities',
  'dealsWon',
  'dealsLost',
  'winPerOpportunity',
  'closedWinRate',
  'closingPace',
  'dealSize',
  'cycleDaysMedian',
  'pipeline',
  'pipelineCoverage',
  'complaints',
  'csat',
];

export const LOWER_IS_BETTER = new Set<StatKey>(STAT_KEYS.filter((k) => !higherIsBetter(k)));
export const FLOW_STATS = new Set<StatKey>(STAT_KEYS.filter((k) => isFlowMetric(k) || (DERIVED_FLOW_KEYS as readonly string[]).includes(k)));

/** How many of the reps with data carry each effort signal (SIGNAL_ORDER, the last one unused), counted as they are listed. */
export type SignalCounts = [number, number, number];

export function countSignals(counts: SignalCounts, v: MetricValues): void {
  if (hasSignal(v, 'meetingsHeld')) counts[0]++;
  if (hasSignal(v, 'meetingsBooked')) counts[1]++;
  if (hasSignal(v, 'activities')) counts[2]++;
}

/** The team's effort signal: the first that at least half of the n reps with data carry (see WindowStats.signal). */
export function signalOf(counts: SignalCounts, n: number): EffortSignal {
  for (let i = 0; i < counts.length; i++) {
    const count = counts[i] as number;
    if (count > 0 && count * 2 >= n) return SIGNAL_ORDER[i] as EffortSignal;
  }
  return 'opportunitiesCreated';
}

/** The effort signal of a list of reps' values (as windowStats picks it). */
export function teamSignal(values: readonly MetricValues[]): EffortSignal {
  const counts: SignalCounts = [0, 0, 0];
  for (const v of values) countSignals(counts, v);
  return signalOf(counts, values.length);
}
