import { z } from 'zod';
import { idSchema, isoDateSchema, isoDateTimeSchema } from './common';

/**
 * One change to reps made at once — a roster applied, a bulk edit, reps marked as left, two
 * spellings merged — with what its undo needs: the rows as they were before (reps, and for a
 * merge the rows moved to the kept rep) and the reps it created.
 */
export const repChangeSchema = z.object({
  id: idSchema,
  kind: z.enum(['roster', 'edit', 'left', 'merge']),
  /** What happened, in a sentence, as the history lists it. */
  summary: z.string().min(1).max(500),
  /** The roster file, for a roster. */
  fileName: z.string().max(260).nullable(),
  /** The date the change holds from (the roster's "as of" date, the leaving date…). */
  asOf: isoDateSchema.nullable(),
  at: isoDateTimeSchema,
  createdRepIds: z.array(idSchema).max(20_000),
  before: z.array(z.object({ table: z.string().min(1).max(60), rows: z.array(z.record(z.string(), z.unknown())).max(200_000) })).max(40),
});
export type RepChange = z.infer<typeof repChangeSchema>;
