import type { Transaction } from 'dexie';
import { v1RecordsToBatches } from '@shared/domain/migrations/batches';
import { v2PlanToV3, type V2Plan } from '@shared/domain/migrations/plans';
import { stampBeforeSync } from '@shared/domain/replication';
import { randomId } from '@shared/lib/ids';
import { RECORD_BATCH_SIZE } from '@shared/schemas';
import { REPLICATED_TABLES } from '@shared/schemas/tables';

/**
 * Append-only list of schema versions. Never edit a shipped entry: add a new one with its
 * stores delta and, if rows change shape, a pure upgrade transform (unit-tested).
 */
export type SchemaVersion = {
  version: number;
  stores: Record<string, string | null>;
  /** Pure row transforms per table, run inside Dexie's upgrade transaction. */
  upgrade?: Record<string, (row: Record<string, unknown>) => Record<string, unknown>>;
  /** Moves data between tables, with pure, unit-tested transforms (shared/domain/migrations). */
  migrate?: (tx: Transaction) => Promise<void>;
};

type V1Record = { id: string; importId: string; repId: string } & Record<string, unknown>;

/** Gives every row of every replicated table present its first stamp (the registry decides which). */
async function stampExistingRows(tx: Transaction, now: Date): Promise<void> {
  const present = new Set(tx.storeNames);
  for (const name of REPLICATED_TABLES.filter((n) => present.has(n))) {
    await tx
      .table(name)
      .toCollection()
      .modify((row: Record<string, unknown>, ref: { value: Record<string, unknown> }) => {
        ref.value = stampBeforeSync(row, now);
      });
  }
}

async function moveRecordsIntoBatches(tx: Transaction, from: string, to: string): Promise<void> {
  const rows = (await tx.table(from).toArray()) as V1Record[];
  if (rows.length === 0) return;
  await tx.table(to).bulkAdd(v1RecordsToBatches(rows, RECORD_BATCH_SIZE, randomId));
}

export const VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      reps: 'id, nameKey, role, createdByImportId',
      metricPeriods: 'id, repId, period, importId, [repId+period]',
      imports: 'id, fileSha256, importedAt',
      savedMappings: 'id',
      dealRecords: 'id, importId, repId',
      activityRecords: 'id, importId, repId',
      expectations: 'id, role',
      overrides: 'id, repId, [repId+period]',
      plans: 'id, repId, status, updatedAt',
      checkIns: 'id, planId, repId, dueDate',
      roleplayScripts: 'id, stage',
      roleplaySessions: 'id, repId, scriptId, date',
      selfAssessments: 'id, repId, date',
      settings: 'id',
    },
  },
  {
    // Raw deal and activity records are kept in batches per import and rep: a 200,000-row
    // export is ~100 IndexedDB writes instead of 200,000 (10× faster imports).
    version: 2,
    stores: {
      dealBatches: 'id, importId, repId',
      activityBatches: 'id, importId, repId',
      dealRecords: null,
      activityRecords: null,
    },
    migrate: async (tx) => {
      await moveRecordsIntoBatches(tx, 'dealRecords', 'dealBatches');
      await moveRecordsIntoBatches(tx, 'activityRecords', 'activityBatches');
    },
  },
  {
    // Plans with a facts snapshot, revisions, lifecycle and exports; the wizard position lives
    // in planProgress so moving between steps never rewrites a plan.
    version: 3,
    stores: { planProgress: 'planId' },
    migrate: async (tx) => {
      const rows = (await tx.table('plans').toArray()) as V2Plan[];
      if (rows.length === 0) return;
      const moved = rows.map((r) => v2PlanToV3(r, randomId));
      await tx.table('plans').bulkPut(moved.map((m) => m.plan));
      await tx.table('planProgress').bulkPut(moved.map((m) => m.progress));
    },
  },
  {
    // Role-play practice assigned from a development plan: script, pass mark, due date.
    version: 4,
    stores: { roleplayAssignments: 'id, repId, planItemId, dueDate' },
  },
  {
    // The wins log: met targets, early milestones, passed role-plays, benchmarks reached, and
    // wins the manager notes.
    version: 5,
    stores: { wins: 'id, repId, date, foundKey' },
  },
  {
    // Roster applies, bulk edits, reps marked as left and merged spellings, each with its undo.
    version: 6,
    stores: { repChanges: 'id, at' },
  },
  {
    // Ready for replication: deletes of replicated rows leave tombstones, and every replicated
    // row says who changed it last and when; rows already stored get changedBy 'before-sync' and
    // changedAt from their own updatedAt / createdAt / importedAt (else the upgrade's time).
    version: 8,
    stores: { tombstones: 'id, table, deletedAt' },
    migrate: (tx) => stampExistingRows(tx, new Date()),
  },
];

export const LATEST_VERSION = VERSIONS[VERSIONS.length - 1]?.version ?? 1;
