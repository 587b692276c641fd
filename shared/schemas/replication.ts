import { z } from 'zod';
import { idSchema, isoDateTimeSchema } from './common';

/**
 * Who changed a replicated row last and when. Optional, so rows written before replication was
 * prepared (and backups of them) stay valid; every write from now on sets them (see
 * shared/domain/replication).
 */
export const changeStampShape = {
  /** When the row was last written, ISO 8601. */
  changedAt: isoDateTimeSchema.optional(),
  /** The install that wrote it (a random id made once per install), or 'before-sync' for rows stamped by the upgrade. */
  changedBy: z.string().min(1).max(64).optional(),
  /** The manager's name on that install, when Settings holds one. */
  changedByName: z.string().max(200).optional(),
};
export const changeStampSchema = z.object(changeStampShape);
export type ChangeStamp = z.infer<typeof changeStampSchema>;

/**
 * A deleted row of a replicated table: what travels to other copies so they delete it too
 * (CouchDB calls it a deleted revision). Its id is `<table>/<key>`, so the same row deleted on
 * two laptops gives one tombstone, not two.
 */
export const tombstoneSchema = z.object({
  id: z.string().min(3).max(160),
  table: z.string().min(1).max(60),
  key: idSchema,
  deletedAt: isoDateTimeSchema,
  deletedBy: z.string().min(1).max(64),
  deletedByName: z.string().max(200).optional(),
});
export type Tombstone = z.infer<typeof tombstoneSchema>;
