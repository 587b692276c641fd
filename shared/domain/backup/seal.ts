import {
  encryptedBackupSchema,
  legacyEncryptedBackupSchema,
  MIN_PBKDF2_ITERATIONS,
  type EncryptedBackupFile,
  type LegacyEncryptedBackupFile,
} from '@shared/schemas/backup';
import { fromBase64, toBase64 } from '@shared/lib/base64';

/** How an encrypted backup's content is encrypted: the key from the passphrase, the header as AES-GCM additional data. */

const encoder = new TextEncoder();

async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number) {
  const base = await crypto.subtle.importKey('raw', encoder.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, base, { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
}

export type EncryptedHeader = Omit<EncryptedBackupFile, 'ciphertext'>;

/**
 * The bytes AES-GCM authenticates besides the ciphertext: every header field, in a fixed order
 * (not JSON key order, which an editor may change without changing a value).
 */
export function headerAdditionalData(h: EncryptedHeader): Uint8Array {
  return encoder.encode(
    JSON.stringify([
      h.format,
      h.schemaVersion,
      h.appVersion,
      h.createdAt,
      h.encrypted,
      h.kdf.name,
      h.kdf.hash,
      h.kdf.iterations,
      h.kdf.salt,
      h.cipher.name,
      h.cipher.iv,
      h.cipher.additionalData,
    ]),
  );
}

export type PlainHeader = { format: EncryptedBackupFile['format']; schemaVersion: number; appVersion: string; createdAt: string };

/** Encrypts `contentText` with a key from `passphrase`; never fewer than MIN_PBKDF2_ITERATIONS. */
export async function encryptBackup(header: PlainHeader, contentText: string, passphrase: string, iterations?: number): Promise<EncryptedBackupFile> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const full: EncryptedHeader = {
    ...header,
    encrypted: true,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: Math.max(iterations ?? MIN_PBKDF2_ITERATIONS, MIN_PBKDF2_ITERATIONS), salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv), additionalData: 'header' },
  };
  const key = await deriveKey(passphrase, salt, full.kdf.iterations);
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: headerAdditionalData(full) }, key, encoder.encode(contentText));
  return { ...full, ciphertext: toBase64(new Uint8Array(sealed)) };
}

export type Opened =
  | { ok: true; contentText: string; file: EncryptedBackupFile | LegacyEncryptedBackupFile; headerBound: boolean }
  | { ok: false; problem: 'unreadable' | 'wrong-passphrase' };

/**
 * Checks an encrypted file's shape (the KDF iteration count within its floor and cap, before
 * any key is derived) and decrypts it. A wrong passphrase and an edited file look the same to
 * AES-GCM: both are 'wrong-passphrase'.
 */
export async function openEncrypted(json: unknown, passphrase: string): Promise<Opened> {
  const current = encryptedBackupSchema.safeParse(json);
  const legacy = current.success ? null : legacyEncryptedBackupSchema.safeParse(json);
  const file = current.success ? current.data : legacy?.success ? legacy.data : null;
  if (!file) return { ok: false, problem: 'unreadable' };
  const salt = fromBase64(file.kdf.salt);
  const iv = fromBase64(file.cipher.iv);
  const data = fromBase64(file.ciphertext);
  if (!salt || !iv || !data) return { ok: false, problem: 'unreadable' };
  const params: AesGcmLike = current.success ? { name: 'AES-GCM', iv, additionalData: headerAdditionalData(current.data) } : { name: 'AES-GCM', iv };
  try {
    const key = await deriveKey(passphrase, salt, file.kdf.iterations);
    const plain = await crypto.subtle.decrypt(params, key, data);
    return { ok: true, contentText: new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(plain)), file, headerBound: current.success };
  } catch {
    return { ok: false, problem: 'wrong-passphrase' };
  }
}
