import { z } from 'zod';
import { idSchema, isoDateSchema, isoDateTimeSchema, roleKeySchema } from './common';
import { targetsSchema } from './expectations';

/** A YYYY-MM-DD text that names a real day (not 2025-02-30). */
function isCalendarDay(day: string): boolean {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const at = new Date(Date.UTC(y, m - 1, d));
  return at.getUTCFullYear() === y && at.getUTCMonth() === m - 1 && at.getUTCDate() === d;
}

/** What a manager types to add or edit a rep. The form schema derives from this. */
export const repInputSchema = z.object({
  name: z.string().trim().min(1, 'Enter the rep’s name').max(200, 'Keep the name under 200 characters'),
  role: roleKeySchema,
  /** Empty when not known (a rep imported from a file that did not say); else a day on the calendar. */
  startDate: z.union([z.literal(''), isoDateSchema.refine(isCalendarDay, 'Not a day on the calendar: use the date picker, or leave it empty')]),
  email: z.union([z.literal(''), z.email('Enter a valid email address, or leave it empty').max(200)]).optional(),
});
export type RepInput = z.infer<typeof repInputSchema>;

/** Where a rep sat from a date on: set by a roster applied from that date, or by hand. */
export const repPlacementSchema = z.object({
  /** First day this placement holds (the roster's "as of" date). */
  from: isoDateSchema,
  team: z.string().trim().max(200).nullable(),
  manager: z.string().trim().max(200).nullable(),
  office: z.string().trim().max(200).nullable(),
});
export type RepPlacement = z.infer<typeof repPlacementSchema>;

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
  /**
   * Team, manager and office over time, oldest first (absent or empty: not known). The current
   * placement is the last one whose `from` is on or before today; read it with `placementAt`
   * (shared/domain/team) rather than by hand.
   */
  placements: z.array(repPlacementSchema).max(200).optional(),
  /** The day after the rep's last working day; absent or null while the rep is with the company. */
  leftDate: isoDateSchema.nullable().optional(),
});
export type Rep = z.infer<typeof repSchema>;
