import type { TableName } from './backup';

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
  /** The field that is the row's primary key. */
  key: 'id' | 'planId';
};

/**
 * THE table registry. Every stored table is listed here (a test fails when one is missing);
 * deleting a rep, undoing an import, backup and restore all walk it, and the storage port
 * (shared/app/store.ts) is typed by it. Adding a table: add its row schema to
 * TABLE_ROW_SCHEMAS (shared/schemas/backup.ts), its stores to renderer/src/db/versions.ts and
 * one line here.
 */
export const TABLES = {
  reps: { label: 'Reps', ownership: 'rep', writtenByImport: false, key: 'id' },
  metricPeriods: { label: 'Metric periods', ownership: 'owned', writtenByImport: true, key: 'id' },
  imports: { label: 'Imports', ownership: 'shared', writtenByImport: false, key: 'id' },
  savedMappings: { label: 'Remembered column mappings', ownership: 'shared', writtenByImport: false, key: 'id' },
  dealBatches: { label: 'Deal record batches', ownership: 'owned', writtenByImport: true, key: 'id' },
  activityBatches: { label: 'Activity record batches', ownership: 'owned', writtenByImport: true, key: 'id' },
  expectations: { label: 'Expectations by role', ownership: 'shared', writtenByImport: false, key: 'id' },
  overrides: { label: 'Verdict overrides', ownership: 'owned', writtenByImport: false, key: 'id' },
  plans: { label: 'Plans', ownership: 'owned', writtenByImport: false, key: 'id' },
  planProgress: { label: 'Planner positions', ownership: 'plan', writtenByImport: false, key: 'planId' },
  checkIns: { label: 'Check-ins', ownership: 'owned', writtenByImport: false, key: 'id' },
  roleplayScripts: { label: 'Role-play scripts', ownership: 'shared', writtenByImport: false, key: 'id' },
  roleplaySessions: { label: 'Role-play sessions', ownership: 'owned', writtenByImport: false, key: 'id' },
  roleplayAssignments: { label: 'Role-play assignments', ownership: 'owned', writtenByImport: false, key: 'id' },
  selfAssessments: { label: 'Self-assessments', ownership: 'owned', writtenByImport: false, key: 'id' },
  wins: { label: 'Wins', ownership: 'owned', writtenByImport: false, key: 'id' },
  settings: { label: 'Settings', ownership: 'shared', writtenByImport: false, key: 'id' },
} as const satisfies Record<TableName, TableInfo>;

export const TABLE_KEYS = Object.keys(TABLES) as TableName[];

/** Names of the tables whose rows belong to one rep (by `repId`). */
export const REP_OWNED_TABLES: readonly TableName[] = TABLE_KEYS.filter((n) => TABLES[n].ownership === 'owned');
/** Names of the tables an import writes rows into (by `importId`). */
export const IMPORT_WRITTEN_TABLES: readonly TableName[] = TABLE_KEYS.filter((n) => TABLES[n].writtenByImport);
/** Names of the tables whose rows belong to one plan (by `planId`). */
export const PLAN_OWNED_TABLES: readonly TableName[] = TABLE_KEYS.filter((n) => TABLES[n].ownership === 'plan');
