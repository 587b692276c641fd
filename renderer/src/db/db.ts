import Dexie, { type EntityTable } from 'dexie';
import type {
  ActivityBatch,
  CheckIn,
  DealBatch,
  ImportRecord,
  MetricPeriod,
  Plan,
  PlanProgress,
  Rep,
  RoleExpectation,
  RoleplayScript,
  RoleplayAssignment,
  RoleplaySession,
  SavedMapping,
  SelfAssessment,
  Settings,
  Tombstone,
  VerdictOverride,
  Win,
} from '@shared/schemas';
import { strictDurabilityFor } from './durability';
import { trackChanges } from './changes';
import { installReplication } from './replication';
import { LATEST_VERSION, VERSIONS, type SchemaVersion } from './versions';

export type CandorDB = Dexie & {
  reps: EntityTable<Rep, 'id'>;
  metricPeriods: EntityTable<MetricPeriod, 'id'>;
  imports: EntityTable<ImportRecord, 'id'>;
  savedMappings: EntityTable<SavedMapping, 'id'>;
  dealBatches: EntityTable<DealBatch, 'id'>;
  activityBatches: EntityTable<ActivityBatch, 'id'>;
  expectations: EntityTable<RoleExpectation, 'id'>;
  overrides: EntityTable<VerdictOverride, 'id'>;
  plans: EntityTable<Plan, 'id'>;
  planProgress: EntityTable<PlanProgress, 'planId'>;
  checkIns: EntityTable<CheckIn, 'id'>;
  roleplayScripts: EntityTable<RoleplayScript, 'id'>;
  roleplaySessions: EntityTable<RoleplaySession, 'id'>;
  roleplayAssignments: EntityTable<RoleplayAssignment, 'id'>;
  selfAssessments: EntityTable<SelfAssessment, 'id'>;
  wins: EntityTable<Win, 'id'>;
  settings: EntityTable<Settings, 'id'>;
  tombstones: EntityTable<Tombstone, 'id'>;
};

export const DB_NAME = 'candor';

/** Declares the given versions on a Dexie instance (all of them by default). */
export function declareVersions(db: Dexie, versions: readonly SchemaVersion[] = VERSIONS): void {
  for (const v of versions) {
    const declared = db.version(v.version).stores(v.stores);
    const upgrade = v.upgrade;
    const migrate = v.migrate;
    if (upgrade || migrate) {
      declared.upgrade(async (tx) => {
        if (migrate) await migrate(tx);
        for (const [table, transform] of Object.entries(upgrade ?? {})) {
          await tx
            .table(table)
            .toCollection()
            .modify((row: Record<string, unknown>, ref: { value: Record<string, unknown> }) => {
              ref.value = transform(row);
            });
        }
      });
    }
  }
}

export function createDb(name: string = DB_NAME, versions: readonly SchemaVersion[] = VERSIONS): CandorDB {
  // Strict durability: a transaction reports success only once its data is on disk (imports, plans, restores).
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as CandorDB;
  declareVersions(db, versions);
  db.use(strictDurabilityFor(['plans', 'planProgress']));
  trackChanges(db);
  // Stamps and tombstones for the replicated tables: every write passes here, none can skip it.
  installReplication(db);
  return db;
}

/** Why the database could not be opened, in words a manager can act on. */
export type OpenFailure = { code: 'newer-database' | 'storage-unavailable' | 'upgrade-failed' | 'blocked' | 'changed-elsewhere'; message: string };

const NEWER: OpenFailure = {
  code: 'newer-database',
  message: 'Your Candor data was saved by a newer version of Candor. Install that version to open it; this version will not read or change it.',
};

/** Native IndexedDB version of an existing database, or null when it does not exist yet. */
async function installedVersion(name: string): Promise<number | null> {
  const existing = await Dexie.getDatabaseNames();
  if (!existing.includes(name)) return null;
  // Dexie stores version × 10 natively; Dexie.getDatabaseNames does not give versions, so ask IndexedDB.
  const probe = new Dexie(name);
  try {
    await probe.open();
    return probe.verno;
  } finally {
    probe.close();
  }
}

export async function openDb(db: CandorDB, latest: number = LATEST_VERSION): Promise<OpenFailure | null> {
  let installed: number | null = null;
  try {
    // Dexie 4 would open a newer database as it is; Candor refuses instead, before any write.
    installed = await installedVersion(db.name);
    if (installed !== null && installed > latest) return NEWER;
    await db.open();
    if (db.verno > latest) {
      db.close();
      return NEWER;
    }
    return null;
  } catch (e) {
    const name = (e as { name?: string }).name;
    if (name === 'VersionError') return NEWER;
    // The upgrade ran in one versionchange transaction; when it throws, IndexedDB aborts it and
    // the data stays exactly as it was, at its old version.
    if (installed !== null && installed < latest) return UPGRADE_FAILED;
    return {
      code: 'storage-unavailable',
      message: 'Candor could not open its local storage. Your data has not been changed. Close other Candor windows and try again.',
    };
  }
}

export const UPGRADE_FAILED: OpenFailure = {
  code: 'upgrade-failed',
  message:
    'This version of Candor could not update your saved data to its new format. Your data has not been changed: it is still there, in its old format.',
};
export const BLOCKED: OpenFailure = {
  code: 'blocked',
  message: 'Another Candor window or tab is open with an older version. Close it, and Candor will continue here.',
};
export const CHANGED_ELSEWHERE: OpenFailure = {
  code: 'changed-elsewhere',
  message: 'Candor was updated in another window or tab. Reload this one to continue with your data.',
};

/**
 * Two windows: when another one upgrades the database, this one closes it (so the upgrade is
 * not blocked) and says so; while this one waits for another to close, it says that.
 */
export function watchOtherWindows(db: CandorDB, onProblem: (p: OpenFailure) => void): () => void {
  const onVersionChange = () => {
    db.close();
    onProblem(CHANGED_ELSEWHERE);
    return false;
  };
  const onBlocked = () => onProblem(BLOCKED);
  db.on('versionchange', onVersionChange);
  db.on('blocked', onBlocked);
  return () => {
    db.on('versionchange').unsubscribe(onVersionChange);
    db.on('blocked').unsubscribe(onBlocked);
  };
}

let singleton: CandorDB | null = null;

export function getDb(): CandorDB {
  singleton ??= createDb();
  return singleton;
}
