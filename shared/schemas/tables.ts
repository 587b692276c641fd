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
  /**
   * Whether the table's rows travel to other copies of Candor once a team server syncs them.
   * Rows of a replicated table carry who changed them and when (set on every write by the
   * storage adapters, never by a feature), and deleting one leaves a tombstone.
   */
  replicates: boolean;
  /** Why the table does or does not replicate, in a sentence. */
  why: string;
};

/**
 * THE table registry. Every stored table is listed here (a test fails when one is missing);
 * deleting a rep, undoing an import, backup and restore all walk it, and the storage port
 * (shared/app/store.ts) is typed by it. Adding a table: add its row schema to
 * TABLE_ROW_SCHEMAS (shared/schemas/backup.ts), its stores to renderer/src/db/versions.ts and
 * one line here.
 */
export const TABLES = {
  reps: {
    label: 'Reps',
    ownership: 'rep',
    writtenByImport: false,
    key: 'id',
    replicates: true,
    why: 'The team itself: every copy must know the same reps under the same ids.',
  },
  metricPeriods: {
    label: 'Metric periods',
    ownership: 'owned',
    writtenByImport: true,
    key: 'id',
    replicates: true,
    why: 'The figures every verdict and plan stands on; a director or coach must reach the same verdict from them.',
  },
  imports: {
    label: 'Imports',
    ownership: 'shared',
    writtenByImport: false,
    key: 'id',
    replicates: true,
    why: 'Says where each figure came from, so any copy can show the history and undo an import.',
  },
  savedMappings: {
    label: 'Remembered column mappings',
    ownership: 'shared',
    writtenByImport: false,
    key: 'id',
    replicates: false,
    why: 'A convenience for the CRM files on this computer; another laptop learns its own.',
  },
  dealBatches: {
    label: 'Deal record batches',
    ownership: 'owned',
    writtenByImport: true,
    key: 'id',
    replicates: false,
    why: 'Raw CRM rows kept as evidence on the laptop that read the file: nothing else reads them, and they are most of the data.',
  },
  activityBatches: {
    label: 'Activity record batches',
    ownership: 'owned',
    writtenByImport: true,
    key: 'id',
    replicates: false,
    why: 'Raw CRM rows kept as evidence on the laptop that read the file: nothing else reads them, and they are most of the data.',
  },
  expectations: {
    label: 'Expectations by role',
    ownership: 'shared',
    writtenByImport: false,
    key: 'id',
    replicates: true,
    why: "The team's targets per role: the same rep must be held to the same number on every copy.",
  },
  overrides: {
    label: 'Verdict overrides',
    ownership: 'owned',
    writtenByImport: false,
    key: 'id',
    replicates: true,
    why: "A manager's judgement on a verdict, with its reason, is part of the rep's record.",
  },
  plans: {
    label: 'Plans',
    ownership: 'owned',
    writtenByImport: false,
    key: 'id',
    replicates: true,
    why: 'The plan a rep signs is the record a director, a coach and HR must all see.',
  },
  planProgress: {
    label: 'Planner positions',
    ownership: 'plan',
    writtenByImport: false,
    key: 'planId',
    replicates: false,
    why: 'Which step of the planner this screen was on; each laptop keeps its own.',
  },
  checkIns: {
    label: 'Check-ins',
    ownership: 'owned',
    writtenByImport: false,
    key: 'id',
    replicates: true,
    why: "Progress against a plan is part of the rep's record.",
  },
  roleplayScripts: {
    label: 'Role-play scripts',
    ownership: 'shared',
    writtenByImport: false,
    key: 'id',
    replicates: true,
    why: "The team's own scripts, written once and practised by every coach.",
  },
  roleplaySessions: {
    label: 'Role-play sessions',
    ownership: 'owned',
    writtenByImport: false,
    key: 'id',
    replicates: true,
    why: "Scores from practice are part of the rep's development record.",
  },
  roleplayAssignments: {
    label: 'Role-play assignments',
    ownership: 'owned',
    writtenByImport: false,
    key: 'id',
    replicates: true,
    why: 'Practice set by a plan must be seen by whoever runs the session.',
  },
  selfAssessments: {
    label: 'Self-assessments',
    ownership: 'owned',
    writtenByImport: false,
    key: 'id',
    replicates: true,
    why: "The rep's own view, set beside the data in a check-in.",
  },
  settings: {
    label: 'Settings',
    ownership: 'shared',
    writtenByImport: false,
    key: 'id',
    replicates: false,
    why: "This install's preferences (the manager's name, number format); copying them would overwrite another manager's.",
  },
  tombstones: {
    label: 'Deleted rows (for sync)',
    ownership: 'shared',
    writtenByImport: false,
    key: 'id',
    replicates: false,
    why: 'They are the deletes themselves: a sync adapter sends each one as a deletion, not as a row.',
  },
  repChanges: {
    label: 'Roster and rep changes',
    ownership: 'shared',
    writtenByImport: false,
    key: 'id',
    replicates: true,
    why: 'Where each team, manager and leaving date came from, with its undo: every copy must tell the same history.',
  },
  wins: {
    label: 'Wins',
    ownership: 'owned',
    writtenByImport: false,
    key: 'id',
    replicates: true,
    why: "Recognition earned is part of the rep's record, on every copy.",
  },
} as const satisfies Record<TableName, TableInfo>;

export const TABLE_KEYS = Object.keys(TABLES) as TableName[];

/** Names of the tables whose rows carry who/when and leave a tombstone when deleted. */
export const REPLICATED_TABLES: readonly TableName[] = TABLE_KEYS.filter((n) => TABLES[n].replicates);
export const isReplicated = (name: string): boolean => (REPLICATED_TABLES as readonly string[]).includes(name);

/** Names of the tables whose rows belong to one rep (by `repId`). */
export const REP_OWNED_TABLES: readonly TableName[] = TABLE_KEYS.filter((n) => TABLES[n].ownership === 'owned');
/** Names of the tables an import writes rows into (by `importId`). */
export const IMPORT_WRITTEN_TABLES: readonly TableName[] = TABLE_KEYS.filter((n) => TABLES[n].writtenByImport);
/** Names of the tables whose rows belong to one plan (by `planId`). */
export const PLAN_OWNED_TABLES: readonly TableName[] = TABLE_KEYS.filter((n) => TABLES[n].ownership === 'plan');
