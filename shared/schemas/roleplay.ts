import { z } from 'zod';
import { idSchema, isoDateSchema, isoDateTimeSchema } from './common';
import { weakStageSchema } from './diagnosis';

export const rubricCriterionSchema = z.object({
  id: idSchema,
  name: z.string().min(1).max(200),
  /** Anchored descriptions for scores 1 to 5. */
  anchors: z.tuple([z.string(), z.string(), z.string(), z.string(), z.string()]),
});

export const objectionSchema = z.object({
  id: idSchema,
  text: z.string().min(1).max(1000),
  branches: z.array(z.object({ response: z.string().max(1000), next: idSchema.nullable() })).max(10),
});

export const roleplayScriptSchema = z.object({
  id: idSchema,
  title: z.string().min(1).max(200),
  stage: weakStageSchema,
  scenario: z.string().max(5000),
  persona: z.string().max(2000),
  objections: z.array(objectionSchema).max(30),
  rubric: z.array(rubricCriterionSchema).min(1).max(20),
  builtIn: z.boolean(),
});
export type RoleplayScript = z.infer<typeof roleplayScriptSchema>;

export const roleplaySessionSchema = z.object({
  id: idSchema,
  scriptId: idSchema,
  repId: idSchema,
  date: isoDateSchema,
  durationSeconds: z.number().int().min(0).max(86_400),
  scores: z.array(z.object({ criterionId: idSchema, score: z.number().int().min(1).max(5) })).max(20),
  notes: z.string().max(5000),
  createdAt: isoDateTimeSchema,
});
export type RoleplaySession = z.infer<typeof roleplaySessionSchema>;

export const selfAssessmentSchema = z.object({
  id: idSchema,
  repId: idSchema,
  date: isoDateSchema,
  /** Ratings 1–5 keyed by metric or skill name. */
  activityRatings: z.record(z.string().max(60), z.number().int().min(1).max(5)),
  skillRatings: z.record(z.string().max(60), z.number().int().min(1).max(5)),
  comments: z.string().max(5000),
});
export type SelfAssessment = z.infer<typeof selfAssessmentSchema>;
