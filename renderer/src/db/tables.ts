import type { Table } from 'dexie';
import type { TableName } from '@shared/schemas/backup';
import type { CandorDB } from './db';
import { PLAN_OWNED_TABLES, REP_OWNED_TABLES, TABLE_KEYS } from '@shared/schemas/tables';

// The registry itself lives in shared/ (the storage port is typed by it); re-exported here so
// code that imported it from the renderer keeps compiling.
export { TABLES, TABLE_KEYS, type Ownership, type TableInfo } from '@shared/schemas/tables';

type AnyTable = Table<Record<string, unknown>, string>;

export function tableOf(db: CandorDB, name: TableName): AnyTable {
  return db.table(name) as unknown as AnyTable;
}

export function allTables(db: CandorDB): AnyTable[] {
  return TABLE_KEYS.map((n) => tableOf(db, n));
}

/** Tables whose rows belong to one rep (by `repId`). */
export function repOwnedTables(db: CandorDB): AnyTable[] {
  return REP_OWNED_TABLES.map((n) => tableOf(db, n));
}

/** Tables whose rows belong to one plan (by `planId`): they go when the plan's rep goes. */
export function planOwnedTables(db: CandorDB): AnyTable[] {
  return PLAN_OWNED_TABLES.map((n) => tableOf(db, n));
}
