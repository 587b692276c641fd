import { z } from 'zod';
import { isoDateTimeSchema } from './common';
import { verdictOverrideSchema } from './diagnosis';
import { roleExpectationSchema } from './expectations';
import { activityBatchSchema, dealBatchSchema, importRecordSchema, savedMappingSchema } from './imports';
import { metricPeriodSchema } from './metrics';
import { checkInSchema, planProgressSchema, planSchema } from './plan';
import { repSchema } from './rep';
import { repChangeSchema } from './rep-change';
import { roleplayAssignmentSchema, roleplayScriptSchema, roleplaySessionSchema, selfAssessmentSchema } from './roleplay';
import { changeStampSchema, tombstoneSchema } from './replication';
import { settingsSchema } from './settings';
import { winSchema } from './wins';

/** A row schema that also keeps the optional who/when fields of a replicated row. */
function stamped<S extends z.ZodType<Record<string, unknown>>>(schema: S) {
  return schema.and(changeStampSchema);
}

/** Marks a file as a Candor backup. */
export const BACKUP_FORMAT = 'candor-backup';
/**
 * Database schema version the backup content follows. Kept equal to the renderer's latest
 * Dexie version (a test fails when they differ). Backups from version 2 on can be restored.
 */
export const BACKUP_SCHEMA_VERSION = 8;
export const OLDEST_RESTORABLE_SCHEMA_VERSION = 2;
/** Backups are encrypted with a key derived by PBKDF2-SHA-256 with at least this many iterations. */
export const MIN_PBKDF2_ITERATIONS = 600_000;
/** Files claiming more than this are refused (a crafted file must not hang the app). */
export const MAX_PBKDF2_ITERATIONS = 10_000_000;

/**
 * The row schema of every stored table, keyed by table name. The renderer's table registry
 * (renderer/src/db/tables.ts) is typed by these keys, so a table cannot be added to one and
 * forgotten in the other. A table that replicates (`replicates` in shared/schemas/tables.ts)
 * has its schema `stamped`: its rows may carry changedAt / changedBy (a test checks the two agree).
 */
export const TABLE_ROW_SCHEMAS = {
  reps: stamped(repSchema),
  metricPeriods: stamped(metricPeriodSchema),
  imports: stamped(importRecordSchema),
  savedMappings: savedMappingSchema,
  dealBatches: dealBatchSchema,
  activityBatches: activityBatchSchema,
  expectations: stamped(roleExpectationSchema),
  overrides: stamped(verdictOverrideSchema),
  plans: stamped(planSchema),
  planProgress: planProgressSchema,
  checkIns: stamped(checkInSchema),
  roleplayScripts: stamped(roleplayScriptSchema),
  roleplaySessions: stamped(roleplaySessionSchema),
  roleplayAssignments: stamped(roleplayAssignmentSchema),
  selfAssessments: stamped(selfAssessmentSchema),
  wins: stamped(winSchema),
  settings: settingsSchema,
  repChanges: stamped(repChangeSchema),
  tombstones: tombstoneSchema,
} as const;
export type TableName = keyof typeof TABLE_ROW_SCHEMAS;
export const TABLE_NAMES = Object.keys(TABLE_ROW_SCHEMAS) as TableName[];

/** Every table's rows, as stored. A table the file lacks (added by a later version) is empty. */
export type BackupTables = Record<TableName, Record<string, unknown>[]>;

const hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'Not a SHA-256');
const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Not base64');

const headerShape = {
  format: z.literal(BACKUP_FORMAT),
  schemaVersion: z.number().int().min(1),
  appVersion: z.string().min(1).max(40),
  createdAt: isoDateTimeSchema,
};
/** SHA-256 (hex) of the JSON text of `content`: plain backups only (it detects damage, not tampering). */
const checksumShape = { sha256: hex64 };

export const plainBackupSchema = z
  .object({
    ...headerShape,
    ...checksumShape,
    encrypted: z.literal(false),
    content: z.object({ tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))) }).strict(),
  })
  .strict();

const kdfSchema = z
  .object({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.number().int().min(MIN_PBKDF2_ITERATIONS).max(MAX_PBKDF2_ITERATIONS),
    salt: base64,
  })
  .strict();

/**
 * An encrypted backup. Everything but the ciphertext is the header, and the header is the
 * AES-GCM additional data (`additionalData: 'header'`): an edited date, version or KDF setting
 * makes decryption fail. It carries no hash of the content (that would let anyone check a
 * guess at what the file holds without the passphrase).
 */
export const encryptedBackupSchema = z
  .object({
    ...headerShape,
    encrypted: z.literal(true),
    kdf: kdfSchema,
    cipher: z.object({ name: z.literal('AES-GCM'), iv: base64, additionalData: z.literal('header') }).strict(),
    /** The content's JSON text, encrypted. */
    ciphertext: base64,
  })
  .strict();

/**
 * Encrypted backups written before the header was bound to the ciphertext: still read (they
 * hold managers' data), with a content checksum and a header that decryption does not check.
 */
export const legacyEncryptedBackupSchema = z
  .object({
    ...headerShape,
    ...checksumShape,
    encrypted: z.literal(true),
    kdf: kdfSchema,
    cipher: z.object({ name: z.literal('AES-GCM'), iv: base64 }).strict(),
    ciphertext: base64,
  })
  .strict();

/** Only the header fields, read first so a newer or foreign file gets the right message. */
export const backupHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  schemaVersion: z.number().int().min(1),
  encrypted: z.boolean(),
});

export type PlainBackupFile = z.infer<typeof plainBackupSchema>;
export type EncryptedBackupFile = z.infer<typeof encryptedBackupSchema>;
export type LegacyEncryptedBackupFile = z.infer<typeof legacyEncryptedBackupSchema>;
