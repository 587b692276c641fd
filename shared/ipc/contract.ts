import { z } from 'zod';
import type { ChannelKey } from './channels';

/** Largest file the app reads through the native dialog (bytes). */
export const MAX_OPEN_BYTES = 200 * 1024 * 1024;
/** Largest file the renderer may ask main to write (bytes). */
export const MAX_SAVE_BYTES = 50 * 1024 * 1024;

const fileFilter = z
  .object({
    name: z.string().min(1).max(60),
    extensions: z
      .array(z.string().regex(/^[a-z0-9]{1,8}$/i))
      .min(1)
      .max(10),
  })
  .strict();

/** A file name the renderer suggests: a bare name, no path separators or control characters. */
export const safeFileNameSchema = z
  .string()
  .min(1)
  .max(200)
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be refused
  .refine((n) => !/[\\/:*?"<>|\u0000-\u001f]/.test(n) && n !== '.' && n !== '..', 'Not a plain file name');

/** Largest backup file main writes or reads for the renderer (bytes of JSON text). */
export const MAX_BACKUP_CHARS = 200 * 1024 * 1024;

/**
 * Backups main keeps in the user-data folder: `rolling` ones (pruned: several today, one a day
 * for a week) and the copy saved `before-restore` (kept apart, never pruned by the rolling rule).
 */
export const LOCAL_BACKUP_KINDS = ['rolling', 'before-restore'] as const;
export type LocalBackupKind = (typeof LOCAL_BACKUP_KINDS)[number];

/** The only names they have: candor-backup-[before-restore-]<ISO time, colons as dashes>.json. */
export const localBackupNameSchema = z
  .string()
  .regex(/^candor-backup-(before-restore-)?\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}(-\d{3})?Z\.json$/, 'Not a backup name');

const localBackupSchema = z
  .object({ name: localBackupNameSchema, kind: z.enum(LOCAL_BACKUP_KINDS), createdAt: z.iso.datetime(), size: z.number().int().min(0) })
  .strict();

const bytesSchema = (max: number) =>
  z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'Expected bytes').refine((b) => b.byteLength <= max, `File larger than ${max} bytes`);

/**
 * One entry per channel: the request and response schemas. Main parses every request with
 * `request` before a handler sees it; the renderer can trust `response`.
 */
export const contract = {
  openFile: {
    request: z.object({ title: z.string().max(120), filters: z.array(fileFilter).max(5) }).strict(),
    response: z.discriminatedUnion('canceled', [
      z.object({ canceled: z.literal(true) }),
      z.object({ canceled: z.literal(false), name: z.string().max(260), bytes: bytesSchema(MAX_OPEN_BYTES) }),
    ]),
  },
  saveFile: {
    request: z
      .object({
        suggestedName: safeFileNameSchema,
        bytes: bytesSchema(MAX_SAVE_BYTES),
        filters: z.array(fileFilter).max(5),
      })
      .strict(),
    response: z.discriminatedUnion('canceled', [
      z.object({ canceled: z.literal(true) }),
      z.object({ canceled: z.literal(false), name: z.string().max(260) }),
    ]),
  },
  appVersion: {
    request: z.undefined(),
    response: z.object({ version: z.string().max(40) }),
  },
  backupWrite: {
    request: z
      .object({ createdAt: z.iso.datetime(), text: z.string().min(2).max(MAX_BACKUP_CHARS), kind: z.enum(LOCAL_BACKUP_KINDS).optional() })
      .strict(),
    response: localBackupSchema,
  },
  backupList: {
    request: z.undefined(),
    response: z.array(localBackupSchema).max(1000),
  },
  backupRead: {
    request: z.object({ name: localBackupNameSchema }).strict(),
    response: z.object({ text: z.string().max(MAX_BACKUP_CHARS) }).strict(),
  },
  backupFolder: {
    request: z.undefined(),
    response: z.object({ path: z.string().max(4096) }).strict(),
  },
  /** A system notification (a check-in due tomorrow): plain text only, short. */
  notify: {
    request: z.object({ title: z.string().min(1).max(120), body: z.string().max(500) }).strict(),
    response: z.object({ shown: z.boolean() }).strict(),
  },
} satisfies Record<ChannelKey, { request: z.ZodType; response: z.ZodType }>;

export type Contract = typeof contract;
export type Request<K extends ChannelKey> = z.input<Contract[K]['request']>;
export type Response<K extends ChannelKey> = z.output<Contract[K]['response']>;

export type IpcError = { code: string; message: string };
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** What the preload exposes as `window.api`: one function per channel, nothing else. */
export type CandorApi = {
  [K in ChannelKey]: Request<K> extends undefined ? () => Promise<Envelope<Response<K>>> : (request: Request<K>) => Promise<Envelope<Response<K>>>;
};
