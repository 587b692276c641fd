import type { Targets } from '../../../../shared/schemas';
import type { ValueUnit } from '../../../../shared/lib/format';

/** The targets a role can hold, as the manager reads them. */
export const TARGET_FIELDS: { key: keyof Targets; label: string; hint?: string; pct?: boolean }[] = [
  { key: 'calls', label: 'Calls' },
  { key: 'emails', label: 'Emails' },
  { key: 'meetingsBooked', label: 'Meetings booked' },
  { key: 'meetingsHeld', label: 'Meetings held' },
  { key: 'opportunitiesCreated', label: 'Opportunities created' },
  { key: 'quota', label: 'Quota (revenue)' },
  { key: 'winRate', label: 'Win rate (%)', pct: true },
  { key: 'avgDealSize', label: 'Average deal size' },
  { key: 'maxCycleDays', label: 'Longest cycle (days)' },
  { key: 'pipelineCoverage', label: 'Pipeline coverage (× quota)' },
];

/** How each target reads (counts unless listed). */
export const TARGET_UNIT: Partial<Record<keyof Targets, ValueUnit>> = {
  quota: 'money',
  avgDealSize: 'money',
  winRate: 'rate',
  maxCycleDays: 'days',
  pipelineCoverage: 'ratio',
};
