// The fields a column can be mapped to, shared by the mapping and the header-word tables.
import type { MetricKey } from '@shared/schemas/metrics';

/** Canonical fields a ColumnMapping may use (keys of ColumnMapping). */
export type CanonicalField =
  'rep' | 'role' | 'startDate' | 'period' | MetricKey | 'dealId' | 'stage' | 'amount' | 'createdDate' | 'closeDate' | 'activityType' | 'activityDate';
