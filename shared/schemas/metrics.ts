import { z } from 'zod';
import { idSchema, isoDateTimeSchema, nullableAmount, nullableCount, nullableRate, periodKeySchema, periodKindSchema } from './common';

/**
 * Every metric the product knows for one rep in one period. All nullable: a missing value is
 * shown as missing, never as zero.
 */
export const METRIC_KEYS = [
  'quota',
  'revenueWon',
  'calls',
  'emails',
  'meetingsBooked',
  'meetingsHeld',
  'opportunitiesCreated',
  'dealsWon',
  'dealsLost',
  'winRate',
  'avgDealSize',
  'cycleDaysMedian',
  'pipeline',
  'complaints',
  'csat',
  'cohortWon',
  'cohortLost',
  'cohortOpen',
] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];

/**
 * The creation cohort of a period: of the opportunities created in it (by created date), how
 * many are won, lost and still open at the end of the export (whenever they closed). Computed
 * only from deal records with a created date; a per-period sheet cannot carry them (null), and
 * rows stored before they existed read as null.
 */
export const COHORT_METRIC_KEYS = ['cohortWon', 'cohortLost', 'cohortOpen'] as const satisfies readonly MetricKey[];

/** The metrics a per-period sheet can hold (every metric but the creation-cohort counts). */
export const SHEET_METRIC_KEYS: readonly MetricKey[] = METRIC_KEYS.filter((k) => !(COHORT_METRIC_KEYS as readonly string[]).includes(k));

export const metricValuesSchema = z.object({
  quota: nullableAmount,
  revenueWon: nullableAmount,
  calls: nullableCount,
  emails: nullableCount,
  meetingsBooked: nullableCount,
  meetingsHeld: nullableCount,
  opportunitiesCreated: nullableCount,
  dealsWon: nullableCount,
  dealsLost: nullableCount,
  winRate: nullableRate,
  avgDealSize: nullableAmount,
  cycleDaysMedian: nullableCount,
  pipeline: nullableAmount,
  complaints: nullableCount,
  csat: z.number().finite().nullable(),
  // Added after the first release: absent in older stored rows and backups, read as unknown.
  cohortWon: nullableCount.default(null),
  cohortLost: nullableCount.default(null),
  cohortOpen: nullableCount.default(null),
});
export type MetricValues = z.infer<typeof metricValuesSchema>;

export function emptyMetricValues(): MetricValues {
  return Object.fromEntries(METRIC_KEYS.map((k) => [k, null])) as MetricValues;
}

/** One stored rep-period row, as produced by one import (or typed by hand: importId null). */
export const metricPeriodSchema = z.object({
  id: idSchema,
  repId: idSchema,
  period: periodKeySchema,
  periodKind: periodKindSchema,
  importId: idSchema.nullable(),
  values: metricValuesSchema,
  createdAt: isoDateTimeSchema,
});
export type MetricPeriod = z.infer<typeof metricPeriodSchema>;

export const METRIC_LABELS: Record<MetricKey, string> = {
  quota: 'Quota',
  revenueWon: 'Won revenue',
  calls: 'Calls',
  emails: 'Emails',
  meetingsBooked: 'Meetings booked',
  meetingsHeld: 'Meetings held',
  opportunitiesCreated: 'Opportunities created',
  dealsWon: 'Deals won',
  dealsLost: 'Deals lost',
  winRate: 'Win rate',
  avgDealSize: 'Average deal size',
  cycleDaysMedian: 'Cycle days (median)',
  pipeline: 'Open pipeline',
  complaints: 'Complaints',
  csat: 'CSAT',
  cohortWon: 'Created: won',
  cohortLost: 'Created: lost',
  cohortOpen: 'Created: still open',
};
