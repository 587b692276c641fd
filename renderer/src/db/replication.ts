// Stamps and tombstones for the replicated tables, in the one place every Dexie write passes: a
// DBCore middleware. A write to a table marked `replicates` in the registry (shared/schemas/tables.ts)
// gets changedAt / changedBy, and a delete (one row, a where-clause, a clear) leaves a tombstone,
// whichever repository, use case or feature asked for it. The rules themselves are the pure
// functions in shared/domain/replication, shared with the memory store.
import type Dexie from 'dexie';
import { type DBCore, type DBCoreMutateRequest, type DBCoreTable, type DBCoreTransaction, type Middleware } from 'dexie';
import { stampRow, tombstoneFor, tombstoneId, type Author } from '@shared/domain/replication';
import { randomId, systemClock, type Clock } from '@shared/lib/ids';
import { isReplicated } from '@shared/schemas/tables';

const DEVICE_KEY = 'candor.deviceId';

/**
 * This install's id, made once and kept in the browser profile's local storage: not in the
 * database, because a backup restored on a second laptop must not make it the same author.
 */
export function installDeviceId(storage: Pick<Storage, 'getItem' | 'setItem'> | null = localStorageOrNull()): string {
  const kept = storage?.getItem(DEVICE_KEY);
  if (kept) return kept;
  const made = randomId();
  storage?.setItem(DEVICE_KEY, made);
  return made;
}

function localStorageOrNull(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Transactions whose writes go in exactly as given (a restore puts back the stamps a backup holds). */
const verbatim = new WeakSet<object>();

/** Runs `work` in a read-write transaction whose writes are neither stamped nor leave tombstones. */
export function writeVerbatim<T>(db: Dexie, tables: readonly string[], work: () => Promise<T>): Promise<T> {
  return db.transaction('rw', tables as string[], async (tx) => {
    verbatim.add(tx.idbtrans);
    return work();
  });
}

export type Replication = { author: () => Author; clock: Clock };

function primaryKeyOf(table: DBCoreTable, row: Record<string, unknown>): string {
  return String(row[table.schema.primaryKey.keyPath as string]);
}

/** Keys of the stored rows a delete will remove (read first, so only real rows get a tombstone). */
function keysIn(table: DBCoreTable, req: DBCoreMutateRequest): Promise<string[]> {
  if (req.type === 'deleteRange') {
    return table
      .query({ trans: req.trans, values: false, query: { index: table.schema.primaryKey, range: req.range } })
      .then((found) => found.result.map(String));
  }
  const keys = (req as { keys: unknown[] }).keys;
  return table.getMany({ trans: req.trans, keys }).then((rows) => keys.filter((_, i) => rows[i] !== undefined).map(String));
}

function stamped(req: DBCoreMutateRequest, author: Author, now: Date): DBCoreMutateRequest {
  if (req.type !== 'add' && req.type !== 'put') return req;
  const values = req.values.map((v: Record<string, unknown>) => stampRow(v, author, now));
  if (req.type === 'add' || !req.changeSpec) return { ...req, values };
  return { ...req, values, changeSpec: { ...req.changeSpec, ...stampRow({}, author, now) } };
}

function replicatedTable(name: string, table: DBCoreTable, tombstones: () => DBCoreTable, r: Replication): DBCoreTable {
  const writeTombstones = (trans: DBCoreTransaction, keys: string[], author: Author, now: Date) =>
    tombstones().mutate({
      type: 'put',
      trans,
      values: keys.map((k) => tombstoneFor(name, k, author, now)),
      keys: keys.map((k) => tombstoneId(name, k)),
    });
  // Promise chains, not async/await: Dexie keeps its transaction zone through its own promises only.
  return {
    ...table,
    mutate: (req) => {
      const trans = req.trans as DBCoreTransaction & IDBTransaction;
      if (trans.mode === 'versionchange' || verbatim.has(trans)) return table.mutate(req);
      const author = r.author();
      const now = r.clock();
      if (req.type === 'add' || req.type === 'put') {
        // A row written again under a deleted key is alive again: its tombstone goes.
        const revived = req.values.map((v: Record<string, unknown>) => tombstoneId(name, primaryKeyOf(table, v)));
        return table.mutate(stamped(req, author, now)).then((res) =>
          tombstones()
            .mutate({ type: 'delete', trans, keys: revived })
            .then(() => res),
        );
      }
      return keysIn(table, req).then((gone) =>
        table.mutate(req).then((res) => (gone.length ? writeTombstones(trans, gone, author, now).then(() => res) : res)),
      );
    },
  };
}

/**
 * The middleware: every read-write transaction over a replicated table also covers `tombstones`,
 * and writes to replicated tables are stamped and their deletes recorded. Writes inside an
 * upgrade (which stamps rows itself) and inside writeVerbatim (restore) go through as given.
 */
export function replicationMiddleware(r: Replication): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'candor-replication',
    create: (down) => {
      const hasTombstones = down.schema.tables.some((t) => t.name === 'tombstones');
      if (!hasTombstones) return down;
      return {
        ...down,
        transaction: (stores, mode, options) =>
          down.transaction(
            mode === 'readwrite' && stores.some(isReplicated) && !stores.includes('tombstones') ? [...stores, 'tombstones'] : stores,
            mode,
            options,
          ),
        table: (name) => (isReplicated(name) ? replicatedTable(name, down.table(name), () => down.table('tombstones'), r) : down.table(name)),
      };
    },
  };
}

/**
 * Who writes in this database: the install's id and the manager's name from Settings, read when
 * the database opens and kept up to date as Settings are saved.
 */
export function installReplication(db: Dexie, clock: Clock = systemClock, deviceId: string = installDeviceId()): void {
  let name = '';
  db.on('ready', async () => {
    const settings = (await db.table('settings').get('app')) as { managerName?: string } | undefined;
    name = settings?.managerName ?? '';
  });
  db.use(replicationMiddleware({ author: () => ({ deviceId, name }), clock }));
  db.use({
    stack: 'dbcore',
    name: 'candor-author-name',
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        if (tableName !== 'settings') return table;
        return {
          ...table,
          mutate: (req) =>
            table.mutate(req).then((res) => {
              if (req.type === 'put' || req.type === 'add') {
                const saved = req.values.find((v: Record<string, unknown>) => v['id'] === 'app') as { managerName?: string } | undefined;
                if (saved) name = saved.managerName ?? '';
              }
              return res;
            }),
        };
      },
    }),
  });
}
