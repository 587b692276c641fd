// The storage port: what the use cases in shared/app need from storage, and nothing more.
// Tables are named as in the table registry (shared/schemas/tables.ts) and their rows are typed
// from the zod row schemas (TABLE_ROW_SCHEMAS), so a use case cannot ask for a table that does not
// exist or write a row of the wrong shape. Two adapters implement it: Dexie in the renderer
// (renderer/src/db/store.ts) and memory (shared/app/memory-store.ts) for the CLI and tests; a
// replicated store would be a third.
import type { z } from 'zod';
import type { Changes, Incoming } from '../domain/replication';
import type { TABLE_ROW_SCHEMAS, TableName } from '../schemas/backup';

export type { TableName } from '../schemas/backup';

/** The stored row of a table, as its zod schema gives it. */
export type RowOf<N extends TableName> = z.output<(typeof TABLE_ROW_SCHEMAS)[N]>;

/** Fields of a row whose value is a string (the only kind of field the port looks rows up by). */
export type StringField<R> = { [K in keyof R]-?: R[K] extends string | null ? K : never }[keyof R] & string;

export type TableAccess<R> = {
  all(): Promise<R[]>;
  get(key: string): Promise<R | undefined>;
  /** Rows whose field equals the value (the field must be indexed in the Dexie schema). */
  where(field: StringField<R>, value: string): Promise<R[]>;
  countWhere(field: StringField<R>, value: string): Promise<number>;
  count(): Promise<number>;
  /** Adds new rows; fails, writing none of them, when a key is already there. */
  add(rows: readonly R[]): Promise<void>;
  /** Adds or replaces rows by key. */
  put(rows: readonly R[]): Promise<void>;
  delete(keys: readonly string[]): Promise<void>;
  /** Deletes the rows whose field equals the value; returns how many went. */
  deleteWhere(field: StringField<R>, value: string): Promise<number>;
};

export type Store = {
  table<N extends TableName>(name: N): TableAccess<RowOf<N>>;
  /**
   * Runs `work` so that its writes to `tables` land all together or not at all. Inside, use the
   * same store: reads see the transaction's own writes.
   */
  transaction<T>(tables: readonly TableName[], work: () => Promise<T>): Promise<T>;
  /**
   * Rows of the replicated tables (`replicates` in the table registry) changed at or after
   * `since` (an ISO time; null = all), and the tombstones of rows deleted after it: what a
   * sync adapter pushes to a team server. Both adapters stamp every write and record every
   * delete themselves, so no use case or feature has to.
   */
  changesSince(since: string | null): Promise<Changes>;
  /**
   * Writes changes that came from another copy, as they came: rows keep their own stamps, and a
   * tombstone deletes its row and is kept as received (no new stamp, no new tombstone). All or
   * nothing; a batch with a row Candor cannot take is refused with one sentence (an Error).
   * Which of two conflicting versions wins is the sync adapter's rule, decided before this.
   */
  applyChanges(incoming: Incoming): Promise<void>;
};

/** A table looked at by field name only, for walks over the registry (undo an import, remove a rep). */
export type LooseTable = TableAccess<Record<string, string>>;
export const looseTable = (store: Store, name: TableName): LooseTable => store.table(name) as unknown as LooseTable;
