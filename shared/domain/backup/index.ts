import {
  BACKUP_FORMAT,
  backupHeaderSchema,
  encryptedBackupSchema,
  MIN_PBKDF2_ITERATIONS,
  OLDEST_RESTORABLE_SCHEMA_VERSION,
  plainBackupSchema,
  TABLE_NAMES,
  TABLE_ROW_SCHEMAS,
  type BackupTables,
  type EncryptedBackupFile,
  type PlainBackupFile,
  type TableName,
} from '../../schemas/backup';
import { fromBase64, toBase64 } from '../../lib/base64';

export { fromBase64, toBase64 } from '../../lib/base64';

export type BackupMeta = { schemaVersion: number; appVersion: string; createdAt: string; encrypted: boolean; sha256: string };
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
  'wrong-passphrase': 'That passphrase does not open this backup.',
  'bad-checksum': 'This backup’s contents do not match its checksum: it was changed or damaged after it was saved.',
  'invalid-content': 'This backup holds data Candor cannot read, so it cannot be restored.',
};

const fail = (problem: BackupProblem): BackupReadResult => ({ ok: false, problem, message: PROBLEM_MESSAGES[problem] });

const encoder = new TextEncoder();

export async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number) {
  const base = await crypto.subtle.importKey('raw', encoder.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, base, { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
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
    sha256: await sha256Hex(contentText),
  } as const;
  if (!options.passphrase) {
    const file: PlainBackupFile = { ...header, encrypted: false, content: { tables } };
    return JSON.stringify(file);
  }
  const iterations = Math.max(options.iterations ?? MIN_PBKDF2_ITERATIONS, MIN_PBKDF2_ITERATIONS);
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveKey(options.passphrase, salt, iterations);
  const ciphertext = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, encoder.encode(contentText)));
  const file: EncryptedBackupFile = {
    ...header,
    encrypted: true,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
    ciphertext: toBase64(ciphertext),
  };
  return JSON.stringify(file);
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
    const file = encryptedBackupSchema.safeParse(json);
    if (!file.success) return fail('unreadable');
    const f = file.data;
    if (!options.passphrase) return fail('needs-passphrase');
    const salt = fromBase64(f.kdf.salt);
    const iv = fromBase64(f.cipher.iv);
    const data = fromBase64(f.ciphertext);
    if (!salt || !iv || !data) return fail('unreadable');
    try {
      const key = await deriveKey(options.passphrase, salt, f.kdf.iterations);
      contentText = new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, data)));
    } catch {
      // AES-GCM authenticates: a wrong key and altered bytes both fail here.
      return fail('wrong-passphrase');
    }
    meta = { schemaVersion: f.schemaVersion, appVersion: f.appVersion, createdAt: f.createdAt, encrypted: true, sha256: f.sha256 };
  } else {
    const file = plainBackupSchema.safeParse(json);
    if (!file.success) return fail('invalid-content');
    const f = file.data;
    contentText = JSON.stringify(f.content);
    meta = { schemaVersion: f.schemaVersion, appVersion: f.appVersion, createdAt: f.createdAt, encrypted: false, sha256: f.sha256 };
  }
  if ((await sha256Hex(contentText)) !== meta.sha256) return fail('bad-checksum');

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

/** A file name for a backup made at `createdAt`, e.g. candor-backup-2026-12-01-0830.json. */
export function backupFileName(createdAt: string): string {
  const d = createdAt.slice(0, 16).replace('T', '-').replace(':', '');
  return `candor-backup-${d}.json`;
}
