import { z } from 'zod';

// In the app (a page or a worker) the CSP forbids eval. zod's JIT would probe for it with
// `new Function` on first use: a CSP violation on every page, then a fallback anyway. So the
// app parses without the JIT from the start; the CLI and Node keep it. This runs here because
// every schema imports this module first, before anything is parsed.
const g = globalThis as { document?: unknown; importScripts?: unknown };
if (g.document !== undefined || g.importScripts !== undefined) z.config({ jitless: true });

/** String UUID-style keys for every stored entity. */
export const idSchema = z.string().min(1).max(64);

/** Calendar date, ISO form `YYYY-MM-DD`. */
export const isoDateSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'Use the form YYYY-MM-DD');

/** Timestamp, ISO 8601 with time. */
export const isoDateTimeSchema = z.iso.datetime({ offset: true });

export const periodKindSchema = z.enum(['month', 'week', 'quarter']);
export type PeriodKind = z.infer<typeof periodKindSchema>;

/** Canonical period keys: `2026-10` (month), `2026-W07` (ISO week), `2026-Q3` (quarter). */
export const periodKeySchema = z.string().regex(/^(\d{4}-(0[1-9]|1[0-2])|\d{4}-W(0[1-9]|[1-4]\d|5[0-3])|\d{4}-Q[1-4])$/, 'Not a period key');
export type PeriodKey = z.infer<typeof periodKeySchema>;

/** A non-negative finite number, or null when unknown. Unknown is never zero. */
export const nullableCount = z.number().finite().min(0).nullable();
export const nullableAmount = z.number().finite().nullable();
export const nullableRate = z.number().finite().min(0).max(1).nullable();

export const roleKeySchema = z.string().trim().min(1).max(40);

/** Normalised key used to match people by name: case- and space-insensitive. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}
