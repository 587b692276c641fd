import { z } from 'zod';
import { isoDateTimeSchema, periodKindSchema } from './common';

export const diagnosisSettingsSchema = z.object({
  /** A factor is in gap when it sits more than this share below its benchmark. */
  gapThreshold: z.number().min(0.01).max(0.9),
  /** Trailing window for the rolled-up verdict, in periods. */
  trailingWindow: z.number().int().min(1).max(24),
  /** Warning: N of the last M periods under expectation. */
  missedPeriodsN: z.number().int().min(1).max(24),
  missedPeriodsM: z.number().int().min(1).max(24),
  /** Warning: activity down at least this share, last 3 periods vs the 3 before. */
  activityDropShare: z.number().min(0.01).max(0.95),
  /** Fewer events than this behind a rate marks the verdict low-confidence regardless. */
  minEventsForConfidence: z.number().int().min(1).max(1000),
  /** Whose median a rep is compared with: their team on the period, or everyone in the same role (absent: role). */
  peerGroup: z.enum(['team', 'role']).optional(),
  /** A peer group with fewer reps with data than this gives way to the next wider one (absent: 5). */
  minPeerGroup: z.number().int().min(2).max(100).optional(),
});
export type DiagnosisSettings = z.infer<typeof diagnosisSettingsSchema>;

export const DEFAULT_DIAGNOSIS_SETTINGS: DiagnosisSettings = {
  gapThreshold: 0.2,
  trailingWindow: 3,
  missedPeriodsN: 2,
  missedPeriodsM: 3,
  activityDropShare: 0.2,
  minEventsForConfidence: 10,
  peerGroup: 'role',
  minPeerGroup: 5,
};

export const settingsSchema = z.object({
  id: z.literal('app'),
  diagnosis: diagnosisSettingsSchema,
  defaultPeriodKind: periodKindSchema,
  currency: z.string().min(1).max(8),
  managerName: z.string().max(200),
  /** "Who are you?": the team filter the pages open on (filterText in shared/domain/team); absent: everyone. */
  myTeam: z.string().max(220).optional(),
  /** How numbers read; null (or absent) = from the system locale and the currency its region uses. */
  display: z.object({ locale: z.string().min(2).max(35).nullable(), currency: z.string().length(3).nullable() }).optional(),
  /** Set once the first-run screen has been dismissed. */
  onboardedAt: isoDateTimeSchema.nullable(),
  updatedAt: isoDateTimeSchema,
});
export type Settings = z.infer<typeof settingsSchema>;
