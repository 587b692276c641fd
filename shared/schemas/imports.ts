import { z } from 'zod';
import { idSchema, isoDateSchema, isoDateTimeSchema, periodKindSchema } from './common';

export const importKindSchema = z.enum(['period-sheet', 'deals', 'activities']);
export type ImportKind = z.infer<typeof importKindSchema>;

/** Column mapping: canonical field → source header (exactly as in the file). */
export const columnMappingSchema = z.record(z.string().min(1).max(60), z.string().max(300));
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

export const stageOutcomeSchema = z.enum(['won', 'lost', 'open']);
export type StageOutcome = z.infer<typeof stageOutcomeSchema>;

/** One import as kept in the history: provenance, mapping used, counts, and what it added. */
export const importRecordSchema = z.object({
  id: idSchema,
  fileName: z.string().min(1).max(260),
  fileSha256: z.string().regex(/^[0-9a-f]{64}$/),
  fileSize: z.number().int().min(0),
  sheetName: z.string().max(200).nullable(),
  kind: importKindSchema,
  periodKind: periodKindSchema,
  mapping: columnMappingSchema,
  stageMap: z.record(z.string().max(200), stageOutcomeSchema),
  rowsRead: z.number().int().min(0),
  rowsAccepted: z.number().int().min(0),
  rowsRejected: z.number().int().min(0),
  periodsWritten: z.number().int().min(0),
  repsCreated: z.number().int().min(0),
  importedAt: isoDateTimeSchema,
});
export type ImportRecord = z.infer<typeof importRecordSchema>;

/** Remembered mapping for files with the same header signature. */
export const savedMappingSchema = z.object({
  /** The header signature (normalised, sorted headers joined). */
  id: z.string().min(1).max(4000),
  kind: importKindSchema,
  mapping: columnMappingSchema,
  stageMap: z.record(z.string().max(200), stageOutcomeSchema),
  updatedAt: isoDateTimeSchema,
});
export type SavedMapping = z.infer<typeof savedMappingSchema>;

/** A raw deal/opportunity row kept for provenance (record-level imports). */
export const dealRecordSchema = z.object({
  id: idSchema,
  importId: idSchema,
  repId: idSchema,
  externalId: z.string().max(200).nullable(),
  outcome: stageOutcomeSchema,
  stage: z.string().max(200),
  amount: z.number().finite().nullable(),
  createdDate: isoDateSchema.nullable(),
  closeDate: isoDateSchema.nullable(),
});
export type DealRecord = z.infer<typeof dealRecordSchema>;

export const activityTypeSchema = z.enum(['call', 'email', 'meeting', 'other']);
export type ActivityType = z.infer<typeof activityTypeSchema>;

export const activityRecordSchema = z.object({
  id: idSchema,
  importId: idSchema,
  repId: idSchema,
  type: activityTypeSchema,
  date: isoDateSchema,
});
export type ActivityRecord = z.infer<typeof activityRecordSchema>;

/** Most raw records kept in one stored batch. */
export const RECORD_BATCH_SIZE = 2000;

/**
 * Raw records are stored in batches (one IndexedDB record per import, rep and up to
 * RECORD_BATCH_SIZE rows): a 200,000-row export becomes ~100 writes instead of 200,000.
 */
export const dealEntrySchema = dealRecordSchema.omit({ id: true, importId: true, repId: true });
export type DealEntry = z.infer<typeof dealEntrySchema>;
export const dealBatchSchema = z.object({
  id: idSchema,
  importId: idSchema,
  repId: idSchema,
  records: z.array(dealEntrySchema).min(1).max(RECORD_BATCH_SIZE),
});
export type DealBatch = z.infer<typeof dealBatchSchema>;

export const activityEntrySchema = activityRecordSchema.omit({ id: true, importId: true, repId: true });
export type ActivityEntry = z.infer<typeof activityEntrySchema>;
export const activityBatchSchema = z.object({
  id: idSchema,
  importId: idSchema,
  repId: idSchema,
  records: z.array(activityEntrySchema).min(1).max(RECORD_BATCH_SIZE),
});
export type ActivityBatch = z.infer<typeof activityBatchSchema>;
