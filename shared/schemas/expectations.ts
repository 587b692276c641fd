import { z } from 'zod';
import { idSchema, isoDateTimeSchema, roleKeySchema } from './common';

const target = z.number().finite().min(0).nullable();

/** Targets for one period of the role's period kind (monthly by default). null = not set. */
export const targetsSchema = z.object({
  calls: target,
  emails: target,
  meetingsBooked: target,
  meetingsHeld: target,
  opportunitiesCreated: target,
  quota: target,
  winRate: z.number().finite().min(0).max(1).nullable(),
  avgDealSize: target,
  maxCycleDays: target,
  pipelineCoverage: target,
});
export type Targets = z.infer<typeof targetsSchema>;

export const roleExpectationSchema = z.object({
  id: idSchema,
  role: roleKeySchema,
  label: z.string().trim().min(1).max(80),
  /** true while the targets are the shipped defaults the manager has not edited. */
  isDefault: z.boolean(),
  targets: targetsSchema,
  /** Share of the targets expected in each month of tenure, e.g. [0.25, 0.5, 0.75]; then 1. */
  ramp: z.array(z.number().min(0).max(1)).max(24),
  updatedAt: isoDateTimeSchema,
});
export type RoleExpectation = z.infer<typeof roleExpectationSchema>;
