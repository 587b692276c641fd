import { describe, expect, it } from 'vitest';
import { BACKUP_SCHEMA_VERSION, TABLE_NAMES, type BackupTables } from '@shared/schemas/backup';
import { createBackup, fromBase64, integrityNote, readBackup, sha256Hex, toBase64 } from './index';

/*
 * The numbers here are written out, not read from the constants: a floor lowered or a cap
 * removed in the code must turn these red. Files are also made by hand (WebCrypto directly,
 * following the documented format) so the reader is tested against files its own writer
 * would never make.
 */
const FLOOR = 600_000;
const CAP = 10_000_000;
const PASS = 'correct horse battery staple';
const read = { currentSchemaVersion: BACKUP_SCHEMA_VERSION, passphrase: PASS };
const opts = { schemaVersion: BACKUP_SCHEMA_VERSION, appVersion: '0.1.0', createdAt: '2026-12-01T08:30:00.000Z' };

function tables(): BackupTables {
  const t = Object.fromEntries(TABLE_NAMES.map((n) => [n, []])) as unknown as BackupTables;
  t.savedMappings = [{ id: 'h', kind: 'deals', mapping: { rep: 'sales_agent' }, stageMap: {}, updatedAt: '2026-11-30T12:00:00.000Z' }];
  return t;
}

type Hand = { iterations: number; deriveWith?: number; bindHeader: boolean; checksum?: boolean };

/** An encrypted backup made by hand: PBKDF2-SHA-256 → AES-GCM, header bound as additional data or not. */
async function handMade({ iterations, deriveWith, bindHeader, checksum }: Hand): Promise<string> {
  const enc = new TextEncoder();
  const contentText = JSON.stringify({ tables: tables() });
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const base = await crypto.subtle.importKey('raw', enc.encode(PASS), 'PBKDF2', false, ['deriveKey']);
  const key = await crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: deriveWith ?? iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt'],
  );
  const kdf = { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) };
  const cipher = bindHeader ? { name: 'AES-GCM', iv: toBase64(iv), additionalData: 'header' } : { name: 'AES-GCM', iv: toBase64(iv) };
  const aad = enc.encode(
    JSON.stringify([
      'candor-backup',
      opts.schemaVersion,
      opts.appVersion,
      opts.createdAt,
      true,
      'PBKDF2',
      'SHA-256',
      iterations,
      kdf.salt,
      'AES-GCM',
      cipher.iv,
      'header',
    ]),
  );
  const sealed = await crypto.subtle.encrypt(
    bindHeader ? { name: 'AES-GCM', iv, additionalData: aad } : { name: 'AES-GCM', iv },
    key,
    enc.encode(contentText),
  );
  return JSON.stringify({
    format: 'candor-backup',
    ...opts,
    ...(checksum ? { sha256: await sha256Hex(contentText) } : {}),
    encrypted: true,
    kdf,
    cipher,
    ciphertext: toBase64(new Uint8Array(sealed)),
  });
}

// Each key derivation takes a good part of a second on a busy machine: generous time limits.
describe('key derivation numbers', { timeout: 60_000 }, () => {
  it('writes 600,000 PBKDF2 iterations by default and when asked for fewer', async () => {
    const iterationsOf = (text: string) => (JSON.parse(text) as { kdf: { iterations: number } }).kdf.iterations;
    expect(iterationsOf(await createBackup(tables(), { ...opts, passphrase: PASS }))).toBe(600_000);
    expect(iterationsOf(await createBackup(tables(), { ...opts, passphrase: PASS, iterations: 1_000 }))).toBe(600_000);
  });

  it('opens a well-made file at the floor, and refuses one below it', async () => {
    expect(await readBackup(await handMade({ iterations: FLOOR, bindHeader: true }), read)).toMatchObject({ ok: true });
    expect(await readBackup(await handMade({ iterations: 1_000, bindHeader: true }), read)).toMatchObject({ ok: false, problem: 'unreadable' });
    expect(await readBackup(await handMade({ iterations: FLOOR - 1, bindHeader: true }), read)).toMatchObject({ ok: false, problem: 'unreadable' });
  });

  it('refuses a file claiming more than 10,000,000 iterations before deriving any key', async () => {
    // Sealed with a cheap key: a reader that derived 10 million iterations would take seconds and then fail to decrypt.
    const text = await handMade({ iterations: CAP + 1, deriveWith: FLOOR, bindHeader: true });
    expect(await readBackup(text, read)).toMatchObject({ ok: false, problem: 'unreadable' });
  });
});

describe('the encrypted file header', { timeout: 60_000 }, () => {
  it('carries no hash of the content (it would let a guess be checked without the passphrase)', async () => {
    const text = await createBackup(tables(), { ...opts, passphrase: PASS });
    expect(Object.keys(JSON.parse(text) as object)).not.toContain('sha256');
    expect(text).not.toContain(await sha256Hex(JSON.stringify({ tables: tables() })));
    expect(text).not.toContain('sales_agent');
  });

  it.each<[string, (f: Record<string, unknown> & { kdf: Record<string, unknown> }) => void]>([
    ['the date', (f) => (f.createdAt = '2027-01-01T08:30:00.000Z')],
    ['the app version', (f) => (f.appVersion = '9.9.9')],
    ['the schema version', (f) => (f.schemaVersion = 2)],
    ['the iteration count', (f) => (f.kdf.iterations = 700_000)],
  ])('is bound to the ciphertext: an edit of %s is refused', async (_what, edit) => {
    const file = JSON.parse(await createBackup(tables(), { ...opts, passphrase: PASS })) as Record<string, unknown> & {
      kdf: Record<string, unknown>;
    };
    expect(await readBackup(JSON.stringify(file), read)).toMatchObject({ ok: true });
    edit(file);
    const res = await readBackup(JSON.stringify(file), read);
    expect(res).toMatchObject({ ok: false, problem: 'wrong-passphrase' });
    expect(!res.ok && res.message).toBe('That passphrase does not open this backup, or the file was changed after it was saved.');
  });

  it('an altered ciphertext byte is refused', async () => {
    const file = JSON.parse(await createBackup(tables(), { ...opts, passphrase: PASS })) as { ciphertext: string };
    const bytes = fromBase64(file.ciphertext) ?? new Uint8Array();
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    expect(await readBackup(JSON.stringify({ ...file, ciphertext: toBase64(bytes) }), read)).toMatchObject({ ok: false });
  });

  it('still opens an encrypted file made before the header was bound, and says its date and version are unprotected', async () => {
    const res = await readBackup(await handMade({ iterations: FLOOR, bindHeader: false, checksum: true }), read);
    if (!res.ok) throw new Error(res.message);
    expect(res.backup.tables).toEqual(tables());
    expect(integrityNote(res.backup.meta)).toMatch(/older Candor made it, so its date and version are not protected/);
  });

  it('refuses such an older file whose content checksum does not match', async () => {
    const file = JSON.parse(await handMade({ iterations: FLOOR, bindHeader: false, checksum: true })) as { sha256: string };
    file.sha256 = '0'.repeat(64);
    expect(await readBackup(JSON.stringify(file), read)).toMatchObject({ ok: false, problem: 'bad-checksum' });
  });

  it('refuses a current file whose header binding was deleted (no downgrade to the older, unbound form)', async () => {
    const file = JSON.parse(await createBackup(tables(), { ...opts, passphrase: PASS })) as { cipher: Record<string, unknown> };
    delete file.cipher.additionalData;
    expect(await readBackup(JSON.stringify(file), read)).toMatchObject({ ok: false });
  });
});

describe('what a plain backup checksum is said to prove', () => {
  it('catches damage, and the app and the CLI say it does not prove the file was not edited', async () => {
    const res = await readBackup(await createBackup(tables(), opts), { currentSchemaVersion: BACKUP_SCHEMA_VERSION });
    if (!res.ok) throw new Error(res.message);
    const note = integrityNote(res.backup.meta);
    expect(note).toMatch(/not damaged/);
    expect(note).toMatch(/catches damage, not deliberate edits/);
    expect(note).not.toMatch(/intact/i);
  });

  it('a plain file edited with its checksum recomputed still opens: the checksum is no protection against that', async () => {
    const file = JSON.parse(await createBackup(tables(), opts)) as { content: { tables: BackupTables }; sha256: string };
    (file.content.tables.savedMappings[0] as Record<string, unknown>).updatedAt = '2020-01-01T00:00:00.000Z';
    file.sha256 = await sha256Hex(JSON.stringify(file.content));
    const res = await readBackup(JSON.stringify(file), { currentSchemaVersion: BACKUP_SCHEMA_VERSION });
    expect(res.ok && res.backup.meta.protection).toBe('checksum');
  });
});
