// The storage port held in memory: for the CLI (a backup file opened for one command, or the
// files of a command imported as the app imports them) and for tests of the use cases. Rows are
// copied in and out, so a caller never holds a stored row; a transaction that throws puts every
// table back as it was.
// Straight from the modules, not the replication index: its check of incoming rows builds every
// table's schema, which only applyChanges needs (loaded there).
import { changesAfter, type ChangedRow } from '../domain/replication/changes';
import { stampBeforeSync, stampRow, tombstoneFor, tombstoneId, type Author } from '../domain/replication/stamp';
import { randomId, systemClock, type Clock } from '../lib/ids';
import type { BackupTables } from '../schemas/backup';
import type { Tombstone } from '../schemas/replication';
import { isReplicated, REPLICATED_TABLES, TABLES, TABLE_KEYS } from '../schemas/tables';
import type { RowOf, StringField, Store, TableAccess, TableName } from './store';

type Row = Record<string, unknown>;

/** A deep copy of a stored row (plain data: objects, arrays and values), without building key-value pairs. */
function copy<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(copy) as T;
  const out: Row = {};
  for (const k of Object.keys(value)) out[k] = copy((value as Row)[k]);
  return out as T;
}

export type MemoryStore = Store & {
  /** Every table's rows, as a backup holds them. */
  dump(): BackupTables;
};

export type MemoryStoreOptions = {
  clock?: Clock;
  /** Who writes: by default an id made for this store and the manager's name from its settings row. */
  deviceId?: string;
};

/**
 * A store in memory, optionally filled with tables as a backup holds them (rows taken as valid;
 * rows of replicated tables from before stamps get the upgrade's stamp, as a restore gives them).
 */
// long-function: one closure over the store's tables; each port method inside it is a few lines.
export function memoryStore(initial: Partial<BackupTables> = {}, options: MemoryStoreOptions = {}): MemoryStore {
  let data = new Map<TableName, Map<string, Row>>();
  for (const name of TABLE_KEYS) {
    const key = TABLES[name].key;
    const given = (initial[name] ?? []).map((r) => (isReplicated(name) ? stampBeforeSync(r, (options.clock ?? systemClock)()) : r));
    data.set(name, new Map(given.map((r) => [String(r[key]), copy(r)])));
  }
  const rowsOf = (name: TableName): Map<string, Row> => data.get(name) as Map<string, Row>;
  const clock = options.clock ?? systemClock;
  const deviceId = options.deviceId ?? randomId();
  const author = (): Author => {
    const name = rowsOf('settings').get('app')?.['managerName'];
    return { deviceId, name: typeof name === 'string' ? name : '' };
  };
  // Every write to a replicated table is stamped and every delete leaves a tombstone, here and
  // only here (the same functions as the Dexie middleware), so no use case can forget either.
  const written = (name: TableName, rows: readonly Row[]): Row[] => {
    if (!isReplicated(name)) return rows.map(copy);
    const now = clock();
    const stamped = rows.map((r) => stampRow(copy(r), author(), now));
    for (const r of stamped) rowsOf('tombstones').delete(tombstoneId(name, String(r[TABLES[name].key])));
    return stamped;
  };
  const removed = (name: TableName, keys: readonly string[]): void => {
    const present = keys.filter((k) => rowsOf(name).has(k));
    for (const k of present) rowsOf(name).delete(k);
    if (!isReplicated(name)) return;
    const now = clock();
    for (const k of present) rowsOf('tombstones').set(tombstoneId(name, k), tombstoneFor(name, k, author(), now));
  };
  let depth = 0;
  let queue: Promise<unknown> = Promise.resolve();

  function access<N extends TableName>(name: N): TableAccess<RowOf<N>> {
    type R = RowOf<N>;
    const keyOf = (r: R) => String((r as Row)[TABLES[name].key]);
    const matching = (field: StringField<R>, value: string) => [...rowsOf(name).values()].filter((r) => r[field] === value);
    return {
      all: async () => [...rowsOf(name).values()].map((r) => copy(r) as R),
      get: async (key) => {
        const r = rowsOf(name).get(key);
        return r === undefined ? undefined : (copy(r) as R);
      },
      where: async (field, value) => matching(field, value).map((r) => copy(r) as R),
      countWhere: async (field, value) => matching(field, value).length,
      count: async () => rowsOf(name).size,
      add: async (rows) => {
        const keys = rows.map(keyOf);
        const taken = keys.find((k, i) => rowsOf(name).has(k) || keys.indexOf(k) !== i);
        if (taken !== undefined) throw new Error(`${TABLES[name].label}: a row with that key is already stored (${taken}).`);
        for (const r of written(name, rows as readonly Row[])) rowsOf(name).set(keyOf(r as R), r);
      },
      put: async (rows) => {
        for (const r of written(name, rows as readonly Row[])) rowsOf(name).set(keyOf(r as R), r);
      },
      delete: async (keys) => removed(name, keys),
      deleteWhere: async (field, value) => {
        const gone = [...rowsOf(name).entries()].filter(([, r]) => r[field] === value).map(([k]) => k);
        removed(name, gone);
        return gone.length;
      },
    };
  }

  async function run<T>(work: () => Promise<T>): Promise<T> {
    const before = new Map([...data].map(([n, rows]) => [n, new Map(rows)]));
    depth += 1;
    try {
      return await work();
    } catch (e) {
      data = before;
      throw e;
    } finally {
      depth -= 1;
    }
  }

  return {
    table: access,
    // One transaction at a time; one inside another joins it (as Dexie's do).
    transaction<T>(_tables: readonly TableName[], work: () => Promise<T>): Promise<T> {
      if (depth > 0) return work();
      const next = queue.then(() => run(work));
      queue = next.catch(() => undefined);
      return next;
    },
    changesSince: async (since) => {
      const rows: ChangedRow[] = REPLICATED_TABLES.flatMap((name) =>
        [...rowsOf(name).entries()].map(([key, r]) => ({ table: name, key, changedAt: String(r['changedAt'] ?? ''), row: copy(r) })),
      );
      return changesAfter(
        since,
        rows,
        [...rowsOf('tombstones').values()].map((t) => copy(t) as Tombstone),
      );
    },
    applyChanges: async (incoming) => {
      const { incomingProblem } = await import('../domain/replication/incoming');
      const problem = incomingProblem(incoming);
      if (problem) throw new Error(problem);
      for (const c of incoming.rows) {
        rowsOf(c.table as TableName).set(c.key, copy(c.row));
        rowsOf('tombstones').delete(tombstoneId(c.table, c.key));
      }
      for (const t of incoming.tombstones) {
        rowsOf(t.table as TableName).delete(t.key);
        rowsOf('tombstones').set(t.id, copy(t));
      }
    },
    dump: () => Object.fromEntries(TABLE_KEYS.map((n) => [n, [...rowsOf(n).values()].map(copy)])) as BackupTables,
  };
}
