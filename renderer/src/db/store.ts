// The storage port (shared/app/store.ts) over Dexie: how the use cases in shared/app reach
// IndexedDB. A transaction is a Dexie 'rw' transaction over the named tables; calls made inside
// it join it through Dexie's zone, so the use case simply keeps using the same store.
import type { Table } from 'dexie';
import type { RowOf, Store, TableAccess, TableName } from '@shared/app/store';
import { changesAfter, incomingProblem, tombstoneId, type ChangedRow } from '@shared/domain/replication';
import type { Tombstone } from '@shared/schemas';
import { REPLICATED_TABLES, TABLES } from '@shared/schemas/tables';
import type { CandorDB } from './db';
import { writeVerbatim } from './replication';

/** Dexie's error for a key already there (alone, or for every failure of a bulk write). */
function keyTaken(e: unknown): boolean {
  const err = e as { name?: string; failures?: Array<{ name?: string }> };
  if (err.name === 'ConstraintError') return true;
  return err.name === 'BulkError' && (err.failures ?? []).length > 0 && (err.failures ?? []).every((f) => f.name === 'ConstraintError');
}

function access<N extends TableName>(db: CandorDB, name: N): TableAccess<RowOf<N>> {
  type R = RowOf<N>;
  const table = () => db.table(name) as unknown as Table<R, string>;
  return {
    all: () => table().toArray(),
    get: (key) => table().get(key),
    where: (field, value) => table().where(field).equals(value).toArray(),
    countWhere: (field, value) => table().where(field).equals(value).count(),
    count: () => table().count(),
    // In a transaction of its own (or the caller's), so a taken key writes none of the rows.
    add: async (rows) => {
      try {
        await db.transaction('rw', name, () => table().bulkAdd(rows as R[]));
      } catch (e) {
        if (keyTaken(e)) throw new Error(`${TABLES[name].label}: a row with that key is already stored.`);
        throw e;
      }
    },
    put: async (rows) => {
      await table().bulkPut(rows as R[]);
    },
    delete: (keys) => table().bulkDelete(keys as string[]),
    deleteWhere: (field, value) => table().where(field).equals(value).delete(),
  };
}

const stores = new WeakMap<CandorDB, Store>();

/** The port over this database (one per database, so it can be passed around freely). */
export function dexieStore(db: CandorDB): Store {
  let store = stores.get(db);
  if (!store) {
    const own: Store = {
      table: (name) => access(db, name),
      transaction: (tables, work) => db.transaction('rw', tables as TableName[], work),
      // Reads every replicated table in one snapshot; an index on changedAt can come with the sync adapter.
      changesSince: (since) =>
        db.transaction('r', [...REPLICATED_TABLES, 'tombstones'], async () => {
          const rows: ChangedRow[] = [];
          for (const name of REPLICATED_TABLES) {
            const key = TABLES[name].key;
            for (const row of (await db.table(name).toArray()) as Array<Record<string, unknown>>) {
              rows.push({ table: name, key: String(row[key]), changedAt: String(row['changedAt'] ?? ''), row });
            }
          }
          return changesAfter(since, rows, (await db.table('tombstones').toArray()) as Tombstone[]);
        }),
      applyChanges: async (incoming) => {
        const problem = incomingProblem(incoming);
        if (problem) throw new Error(problem);
        await writeVerbatim(db, [...REPLICATED_TABLES, 'tombstones'], async () => {
          for (const c of incoming.rows) {
            await db.table(c.table).put(c.row);
            await db.tombstones.delete(tombstoneId(c.table, c.key));
          }
          for (const t of incoming.tombstones) {
            await db.table(t.table).delete(t.key);
            await db.tombstones.put(t);
          }
        });
      },
    };
    stores.set(db, (store = own));
  }
  return store;
}
