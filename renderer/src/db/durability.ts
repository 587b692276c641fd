import type { DBCore, Middleware } from 'dexie';

/**
 * A DBCore middleware: read-write transactions that touch any of `tables` ask IndexedDB for
 * 'strict' durability (flushed to disk before success), so a plan the manager just typed survives
 * a power cut. Other writes (imports) keep the browser's default.
 */
export function strictDurabilityFor(tables: readonly string[]): Middleware<DBCore> {
  const wanted = new Set(tables);
  return {
    stack: 'dbcore',
    name: 'strict-durability',
    create: (down) => ({
      ...down,
      transaction: (stores, mode, options) =>
        down.transaction(stores, mode, mode === 'readwrite' && stores.some((s) => wanted.has(s)) ? { ...options, durability: 'strict' } : options),
    }),
  };
}
