import type { Table } from 'dexie';
import type { TableName } from '../../../shared/schemas/backup';
import type { CandorDB } from './db';

/**
 * How a table relates to a rep:
 * - `rep`: the reps table itself;
 * - `owned`: rows belong to one rep (`repId`) and go when the rep goes;
 * - `plan`: rows belong to one plan (`planId`) and go with it, so with the plan's rep;
 * - `shared`: rows belong to no rep (settings, expectations, import history…).
 */
export type Ownership = 'rep' | 'owned' | 'plan' | 'shared';

export type TableInfo = {
  /** What the table holds, in words (also the label in the backup summary). */
  label: string;
  ownership: Ownership;
  /** Rows an import wrote carry its id in `importId`; undoing the import removes them. */
  writtenByImport: boolean;
};

/**
 * THE table registry. Every Dexie table is listed here (a test fails when one is missing);
 * deleting a rep, undoing an import, backup and restore all walk it. Adding a table: add its
 * row schema to TABLE_ROW_SCHEMAS (shared/schemas/backup.ts), its stores to versions.ts and
 * one line here.
 */
export const TABLES = {
  reps: { label: 'Reps', ownership: 'rep', writtenByImport: false },
  metricPeriods: { label: 'Metric periods', ownership: 'owned', writtenByImport: true },
  imports: { label: 'Imports', ownership: 'shared', writtenByImport: false },
  savedMappings: { label: 'Remembered column mappings', ownership: 'shared', writtenByImport: false },
  dealBatches: { label: 'Deal record batches', ownership: 'owned', writtenByImport: true },
  activityBatches: { label: 'Activity record batches', ownership: 'owned', writtenByImport: true },
  expectations: { label: 'Expectations by role', ownership: 'shared', writtenByImport: false },
  overrides: { label: 'Verdict overrides', ownership: 'owned', writtenByImport: false },
  plans: { label: 'Plans', ownership: 'owned', writtenByImport: false },
  planProgress: { label: 'Planner positions', ownership: 'plan', writtenByImport: false },
  checkIns: { label: 'Check-ins', ownership: 'owned', writtenByImport: false },
  roleplayScripts: { label: 'Role-play scripts', ownership: 'shared', writtenByImport: false },
  roleplaySessions: { label: 'Role-play sessions', ownership: 'owned', writtenByImport: false },
  roleplayAssignments: { label: 'Role-play assignments', ownership: 'owned', writtenByImport: false },
  selfAssessments: { label: 'Self-assessments', ownership: 'owned', writtenByImport: false },
  settings: { label: 'Settings', ownership: 'shared', writtenByImport: false },
} as const satisfies Record<TableName, TableInfo>;

export const TABLE_KEYS = Object.keys(TABLES) as TableName[];

type AnyTable = Table<Record<string, unknown>, string>;

export function tableOf(db: CandorDB, name: TableName): AnyTable {
  return db.table(name) as unknown as AnyTable;
}

export function allTables(db: CandorDB): AnyTable[] {
  return TABLE_KEYS.map((n) => tableOf(db, n));
}

/** Tables whose rows belong to one rep (by `repId`). */
export function repOwnedTables(db: CandorDB): AnyTable[] {
  return TABLE_KEYS.filter((n) => TABLES[n].ownership === 'owned').map((n) => tableOf(db, n));
}

/** Tables an import writes rows into (by `importId`). */
export function importWrittenTables(db: CandorDB): AnyTable[] {
  return TABLE_KEYS.filter((n) => TABLES[n].writtenByImport).map((n) => tableOf(db, n));
}

/** Tables whose rows belong to one plan (by `planId`): they go when the plan's rep goes. */
export function planOwnedTables(db: CandorDB): AnyTable[] {
  return TABLE_KEYS.filter((n) => TABLES[n].ownership === 'plan').map((n) => tableOf(db, n));
}
