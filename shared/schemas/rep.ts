import { z } from 'zod';
import { idSchema, isoDateSchema, isoDateTimeSchema, roleKeySchema } from './common';
import { targetsSchema } from './expectations';

/** What a manager types to add or edit a rep. The form schema derives from this. */
export const repInputSchema = z.object({
  name: z.string().trim().min(1, 'Enter the rep’s name').max(200, 'Keep the name under 200 characters'),
  role: roleKeySchema,
  startDate: isoDateSchema,
  email: z.union([z.literal(''), z.email('Enter a valid email address, or leave it empty').max(200)]).optional(),
});
export type RepInput = z.infer<typeof repInputSchema>;

export const repSchema = z.object({
  id: idSchema,
  name: z.string().trim().min(1).max(200),
  /** nameKey(name): how imports match rows to reps. */
  nameKey: z.string().min(1).max(200),
  role: roleKeySchema,
  /** Start date; null when the rep came from an import that did not say. */
  startDate: isoDateSchema.nullable(),
  email: z.string().max(200).nullable(),
  /** Per-rep adjustments to the role's targets (e.g. a smaller territory). */
  targetOverrides: targetsSchema.partial().nullable(),
  /** The import that created this rep, if any (undo removes reps it created). */
  createdByImportId: idSchema.nullable(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type Rep = z.infer<typeof repSchema>;
