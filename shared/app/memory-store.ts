// The storage port held in memory: for the CLI (a backup file opened for one command, or the
// files of a command imported as the app imports them) and for tests of the use cases. Rows are
// copied in and out, so a caller never holds a stored row; a transaction that throws puts every
// table back as it was.
import type { BackupTables } from '../schemas/backup';
import { TABLES, TABLE_KEYS } from '../schemas/tables';
import type { RowOf, StringField, Store, TableAccess, TableName } from './store';

type Row = Record<string, unknown>;

function copy<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copy) as T;
  if (value !== null && typeof value === 'object') {
    const out: Row = {};
    for (const [k, v] of Object.entries(value)) out[k] = copy(v);
    return out as T;
  }
  return value;
}

export type MemoryStore = Store & {
  /** Every table's rows, as a backup holds them. */
  dump(): BackupTables;
};

/** A store in memory, optionally filled with tables as a backup holds them (rows taken as valid). */
export function memoryStore(initial: Partial<BackupTables> = {}): MemoryStore {
  let data = new Map<TableName, Map<string, Row>>();
  for (const name of TABLE_KEYS) {
    const key = TABLES[name].key;
    data.set(name, new Map((initial[name] ?? []).map((r) => [String(r[key]), copy(r)])));
  }
  const rowsOf = (name: TableName): Map<string, Row> => data.get(name) as Map<string, Row>;
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
        for (const r of rows) rowsOf(name).set(keyOf(r), copy(r as Row));
      },
      put: async (rows) => {
        for (const r of rows) rowsOf(name).set(keyOf(r), copy(r as Row));
      },
      delete: async (keys) => {
        for (const k of keys) rowsOf(name).delete(k);
      },
      deleteWhere: async (field, value) => {
        const gone = [...rowsOf(name).entries()].filter(([, r]) => r[field] === value);
        for (const [k] of gone) rowsOf(name).delete(k);
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
    dump: () => Object.fromEntries(TABLE_KEYS.map((n) => [n, [...rowsOf(n).values()].map(copy)])) as BackupTables,
  };
}
