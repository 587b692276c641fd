import { z } from 'zod';
import { idSchema, isoDateSchema, isoDateTimeSchema, periodKeySchema } from './common';
import { verdictSchema, weakStageSchema } from './diagnosis';

const text = (max: number) => z.string().max(max);

export const planStepSchema = z.enum([
  'facts',
  'expectations',
  'diagnosis',
  'talking-points',
  'questions',
  'pushback',
  'consequences-support',
  'action-plan',
  'development-plan',
  'review',
]);
export type PlanStep = z.infer<typeof planStepSchema>;

export const itemStatusSchema = z.enum(['not-started', 'on-track', 'at-risk', 'off-track', 'met']);
export type ItemStatus = z.infer<typeof itemStatusSchema>;

/** A SMART action item: specific text, a measurable metric and target, a deadline. */
export const actionItemSchema = z.object({
  id: idSchema,
  text: text(1000),
  metric: z.string().max(60).nullable(),
  target: z.number().finite().nullable(),
  deadline: isoDateSchema.nullable(),
  milestones: z.array(z.object({ date: isoDateSchema, text: text(500) })).max(20),
  status: itemStatusSchema,
});
export type ActionItem = z.infer<typeof actionItemSchema>;

export const developmentItemSchema = z.object({
  id: idSchema,
  skill: text(200),
  support: z.enum(['coaching', 'training', 'mentoring', 'role-play', 'other']),
  text: text(1000),
  deadline: isoDateSchema.nullable(),
  status: itemStatusSchema,
});
export type DevelopmentItem = z.infer<typeof developmentItemSchema>;

export const pushbackSchema = z.object({ id: idSchema, objection: text(1000), response: text(2000) });

export const exportSnapshotSchema = z.object({
  id: idSchema,
  kind: z.enum(['rep-plan', 'manager-guide']),
  fileName: z.string().max(260),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  exportedAt: isoDateTimeSchema,
});

export const planSchema = z.object({
  id: idSchema,
  repId: idSchema,
  status: z.enum(['draft', 'active', 'completed', 'cancelled']),
  step: planStepSchema,
  period: periodKeySchema.nullable(),
  verdict: verdictSchema.nullable(),
  weakStage: weakStageSchema.nullable(),
  facts: text(5000),
  expectations: text(5000),
  talkingPoints: z.array(text(2000)).max(50),
  openQuestions: z.array(text(1000)).max(50),
  pushback: z.array(pushbackSchema).max(50),
  consequences: text(3000),
  support: text(3000),
  actionItems: z.array(actionItemSchema).max(50),
  developmentItems: z.array(developmentItemSchema).max(50),
  checkInCadenceDays: z.number().int().min(1).max(90),
  managerName: text(120),
  signatures: z.object({ managerDate: isoDateSchema.nullable(), repDate: isoDateSchema.nullable() }),
  exports: z.array(exportSnapshotSchema).max(200),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type Plan = z.infer<typeof planSchema>;

export const checkInSchema = z.object({
  id: idSchema,
  planId: idSchema,
  repId: idSchema,
  dueDate: isoDateSchema,
  heldDate: isoDateSchema.nullable(),
  notes: text(5000),
  itemStatuses: z.array(z.object({ itemId: idSchema, status: itemStatusSchema })).max(100),
  wins: z.array(text(500)).max(50),
});
export type CheckIn = z.infer<typeof checkInSchema>;
