/**
 * Append-only list of schema versions. Never edit a shipped entry: add a new one with its
 * stores delta and, if rows change shape, a pure upgrade transform (unit-tested).
 */
export type SchemaVersion = {
  version: number;
  stores: Record<string, string | null>;
  /** Pure row transforms per table, run inside Dexie's upgrade transaction. */
  upgrade?: Record<string, (row: Record<string, unknown>) => Record<string, unknown>>;
};

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
];

export const LATEST_VERSION = VERSIONS[VERSIONS.length - 1]?.version ?? 1;
