import { z } from 'zod';
import { idSchema, isoDateTimeSchema, periodKeySchema } from './common';

export const verdictSchema = z.enum(['on-track', 'effort', 'skill', 'mixed', 'insufficient-data']);
export type Verdict = z.infer<typeof verdictSchema>;

export const weakStageSchema = z.enum(['prospecting', 'meeting-to-opportunity', 'opportunity-to-win', 'deal-size', 'cycle-length']);
export type WeakStage = z.infer<typeof weakStageSchema>;

/** A manager's override of a computed verdict: kept, shown, carried into plans. */
export const verdictOverrideSchema = z.object({
  id: idSchema,
  repId: idSchema,
  period: periodKeySchema,
  verdict: verdictSchema,
  weakStage: weakStageSchema.nullable(),
  /** e.g. a genuine obstacle: territory change, leave, lead quality, broken tooling. */
  reason: z.string().trim().min(3, 'Say why, in a few words').max(2000),
  obstacle: z.boolean(),
  createdAt: isoDateTimeSchema,
  /**
   * Set when the manager removed this override. Overrides are a history: a change adds a row, a
   * removal marks the latest one; the latest row per rep and period decides (none if withdrawn).
   */
  withdrawnAt: isoDateTimeSchema.nullable().optional(),
});
export type VerdictOverride = z.infer<typeof verdictOverrideSchema>;
