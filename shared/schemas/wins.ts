import { z } from 'zod';
import { idSchema, isoDateSchema, isoDateTimeSchema, periodKeySchema } from './common';

/**
 * Where a win comes from: a plan target met, a milestone reached before its date, a role-play
 * passed against its assignment's pass mark, a metric that moved from below its benchmark to at
 * or above it, or a win the manager noted by hand.
 */
export const WIN_SOURCES = ['target-met', 'milestone-early', 'roleplay-passed', 'benchmark-reached', 'noted'] as const;
export const winSourceSchema = z.enum(WIN_SOURCES);
export type WinSource = z.infer<typeof winSourceSchema>;

export const WIN_SOURCE_LABELS: Record<WinSource, string> = {
  'target-met': 'Target met',
  'milestone-early': 'Milestone reached early',
  'roleplay-passed': 'Role-play passed',
  'benchmark-reached': 'Reached the benchmark',
  noted: 'Noted by the manager',
};

/** One entry of a rep's wins log: the result, the behaviour behind it, when, and where it was found. */
export const winSchema = z.object({
  id: idSchema,
  repId: idSchema,
  /** The day the win happened (YYYY-MM-DD). */
  date: isoDateSchema,
  source: winSourceSchema,
  /** The result, with its numbers and period: "Win rate 29% in November 2026, above the 27% target". */
  result: z.string().trim().min(1, 'Write what the rep achieved').max(500, 'Keep the result under 500 characters'),
  /** What the rep did that led to it: "Qualified every deal on budget before the demo". */
  behaviour: z.string().trim().max(1000, 'Keep the behaviour under 1000 characters'),
  /** The metric and period it is about, when it is about one. */
  metric: z.string().max(60).nullable(),
  period: periodKeySchema.nullable(),
  /**
   * A stable key for a win Candor found (source, what it refers to, period), so the same win is
   * never logged twice; null for a win the manager noted.
   */
  foundKey: z.string().max(200).nullable(),
  /** The plan, assignment or session it refers to, for the link that opens it. */
  refId: idSchema.nullable(),
  createdAt: isoDateTimeSchema,
});
export type Win = z.infer<typeof winSchema>;
