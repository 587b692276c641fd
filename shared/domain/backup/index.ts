import {
  BACKUP_FORMAT,
  backupHeaderSchema,
  OLDEST_RESTORABLE_SCHEMA_VERSION,
  plainBackupSchema,
  TABLE_NAMES,
  TABLE_ROW_SCHEMAS,
  type BackupTables,
  type PlainBackupFile,
  type TableName,
} from '@shared/schemas/backup';
import { encryptBackup, openEncrypted } from './seal';

export { fromBase64, toBase64 } from '@shared/lib/base64';

/**
 * What protects the file: `checksum` (plain: a SHA-256 of the content catches damage, not
 * deliberate edits), `sealed` (encrypted, header and content authenticated by AES-GCM),
 * `sealed-content` (encrypted by a Candor that did not yet bind the header).
 */
export type BackupProtection = 'checksum' | 'sealed' | 'sealed-content';
export type BackupMeta = {
  schemaVersion: number;
  appVersion: string;
  createdAt: string;
  encrypted: boolean;
  protection: BackupProtection;
  /** SHA-256 of the content: from a plain file's header, or computed after decrypting (never stored in an encrypted file). */
  sha256: string;
};
/** Per table: how many rows and the newest date found on them (null when none carries one). */
export type TableSummary = { count: number; newest: string | null };
export type BackupSummary = Record<TableName, TableSummary>;
export type ReadBackup = { meta: BackupMeta; tables: BackupTables; summary: BackupSummary };

export type BackupProblem =
  'unreadable' | 'not-a-backup' | 'newer-schema' | 'older-schema' | 'needs-passphrase' | 'wrong-passphrase' | 'bad-checksum' | 'invalid-content';
export type BackupReadResult = { ok: true; backup: ReadBackup } | { ok: false; problem: BackupProblem; message: string };

/** One plain sentence per problem; nothing has been changed when any of these is shown. */
export const PROBLEM_MESSAGES: Record<BackupProblem, string> = {
  unreadable: 'This file is incomplete or damaged (it may have been cut short while copying), so it cannot be restored.',
  'not-a-backup': 'This file is not a Candor backup.',
  'newer-schema': 'This backup was made by a newer version of Candor; install that version to restore it.',
  'older-schema': 'This backup was made by a version of Candor too old for this one to restore.',
  'needs-passphrase': 'This backup is encrypted; enter its passphrase to open it.',
  'wrong-passphrase': 'That passphrase does not open this backup, or the file was changed after it was saved.',
  'bad-checksum': 'This backup’s contents do not match its checksum: it was changed or damaged after it was saved.',
  'invalid-content': 'This backup holds data Candor cannot read, so it cannot be restored.',
};

const fail = (problem: BackupProblem): BackupReadResult => ({ ok: false, problem, message: PROBLEM_MESSAGES[problem] });

const encoder = new TextEncoder();

export async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const DATE_FIELDS = ['updatedAt', 'createdAt', 'importedAt', 'exportedAt', 'date'] as const;

export function summarize(tables: BackupTables): BackupSummary {
  const out = {} as BackupSummary;
  for (const name of TABLE_NAMES) {
    const rows = tables[name];
    let newest: string | null = null;
    for (const row of rows) {
      for (const f of DATE_FIELDS) {
        const v = row[f];
        if (typeof v === 'string' && (newest === null || v > newest)) newest = v;
      }
    }
    out[name] = { count: rows.length, newest };
  }
  return out;
}

export type CreateOptions = {
  schemaVersion: number;
  appVersion: string;
  createdAt: string;
  /** Encrypts the content when given (non-empty). The file never holds the passphrase. */
  passphrase?: string | undefined;
  iterations?: number;
};

/** Serialises every table into one backup file's text. */
export async function createBackup(tables: BackupTables, options: CreateOptions): Promise<string> {
  const contentText = JSON.stringify({ tables });
  const header = {
    format: BACKUP_FORMAT,
    schemaVersion: options.schemaVersion,
    appVersion: options.appVersion,
    createdAt: options.createdAt,
  } as const;
  if (!options.passphrase) {
    const file: PlainBackupFile = { ...header, sha256: await sha256Hex(contentText), encrypted: false, content: { tables } };
    return JSON.stringify(file);
  }
  return JSON.stringify(await encryptBackup(header, contentText, options.passphrase, options.iterations));
}

/** Checks every row of every table against its schema; unknown tables are refused. */
function validateTables(raw: Record<string, unknown[]>): BackupTables | null {
  const known = new Set<string>(TABLE_NAMES);
  if (Object.keys(raw).some((k) => !known.has(k))) return null;
  const tables = {} as BackupTables;
  for (const name of TABLE_NAMES) {
    const rows = raw[name] ?? [];
    const schema = TABLE_ROW_SCHEMAS[name];
    // Rows are kept exactly as stored (nothing stripped); the schema only decides whether they are sound.
    if (!rows.every((r) => schema.safeParse(r).success)) return null;
    tables[name] = rows as Record<string, unknown>[];
  }
  return tables;
}

/**
 * Reads and checks a backup file completely (format, schema version, passphrase, checksum,
 * every row) before anything may use it. The same code serves restore and `candor backup inspect`.
 */
export async function readBackup(
  text: string,
  options: { currentSchemaVersion: number; passphrase?: string | undefined },
): Promise<BackupReadResult> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail(text.trimStart().startsWith('{') ? 'unreadable' : 'not-a-backup');
  }
  const header = backupHeaderSchema.safeParse(json);
  if (!header.success) return fail('not-a-backup');
  if (header.data.schemaVersion > options.currentSchemaVersion) return fail('newer-schema');
  if (header.data.schemaVersion < OLDEST_RESTORABLE_SCHEMA_VERSION) return fail('older-schema');

  let contentText: string;
  let meta: BackupMeta;
  if (header.data.encrypted) {
    if (!options.passphrase) return fail('needs-passphrase');
    const opened = await openEncrypted(json, options.passphrase);
    if (!opened.ok) return fail(opened.problem);
    const f = opened.file;
    contentText = opened.contentText;
    const sha256 = await sha256Hex(contentText);
    // A file from before the header was bound still carries a content checksum: check it as before.
    if ('sha256' in f && f.sha256 !== sha256) return fail('bad-checksum');
    const protection = opened.headerBound ? 'sealed' : 'sealed-content';
    meta = { schemaVersion: f.schemaVersion, appVersion: f.appVersion, createdAt: f.createdAt, encrypted: true, protection, sha256 };
  } else {
    const file = plainBackupSchema.safeParse(json);
    if (!file.success) return fail('invalid-content');
    const f = file.data;
    contentText = JSON.stringify(f.content);
    if ((await sha256Hex(contentText)) !== f.sha256) return fail('bad-checksum');
    meta = {
      schemaVersion: f.schemaVersion,
      appVersion: f.appVersion,
      createdAt: f.createdAt,
      encrypted: false,
      protection: 'checksum',
      sha256: f.sha256,
    };
  }

  let content: unknown;
  try {
    content = JSON.parse(contentText);
  } catch {
    return fail('unreadable');
  }
  const shape = plainBackupSchema.shape.content.safeParse(content);
  if (!shape.success) return fail('invalid-content');
  const tables = validateTables(shape.data.tables);
  if (!tables) return fail('invalid-content');
  return { ok: true, backup: { meta, tables, summary: summarize(tables) } };
}

/** One sentence on what the checks of an opened backup prove, the same in the app and the CLI. */
export function integrityNote(meta: BackupMeta): string {
  if (meta.protection === 'checksum')
    return 'Its checksum matches, so it was not damaged since it was saved (a checksum catches damage, not deliberate edits: whoever edits the file can recompute it), and every row is valid.';
  if (meta.protection === 'sealed')
    return 'The passphrase opened it, which also proves nothing in it was changed since it was saved, and every row is valid.';
  return 'The passphrase opened it, which proves its content was not changed, and every row is valid; an older Candor made it, so its date and version are not protected.';
}

/** A file name for a backup made at `createdAt`, e.g. candor-backup-2026-12-01-0830.json. */
export function backupFileName(createdAt: string): string {
  const d = createdAt.slice(0, 16).replace('T', '-').replace(':', '');
  return `candor-backup-${d}.json`;
}
