import type Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { TABLE_NAMES } from '@shared/schemas';
import { seedAtVersion } from '@tests/helpers/db';
import { PLAN_V2_ROW, seedRows } from '@tests/helpers/seed';
import { planSchema, type RoleplayAssignment } from '@shared/schemas';
import { exportTables } from './backup';
import { createDb, openDb, watchOtherWindows, type OpenFailure } from './db';
import { LATEST_VERSION, VERSIONS, type SchemaVersion } from './versions';

const uniqueName = (label: string) => `candor-${label}-${Math.random().toString(36).slice(2)}`;

/** Stores that exist at `version` (every delta up to it folded together). */
function storesAt(version: number): Set<string> {
  const stores = new Set<string>();
  for (const v of VERSIONS.filter((x) => x.version <= version)) {
    for (const [name, spec] of Object.entries(v.stores)) {
      if (spec === null) stores.delete(name);
      else stores.add(name);
    }
  }
  return stores;
}

/** Tables whose rows had another shape before v3: plans (v2 shape) and role-play (never written before v3). */
const BEFORE_V3: Record<string, Record<string, unknown>[]> = { plans: [PLAN_V2_ROW], roleplayScripts: [], roleplaySessions: [] };

/** Realistic rows as they were stored at `version`: tables of today, plus raw records before batches (v1). */
async function seedRealistic(db: Dexie, version: number): Promise<void> {
  const rows = seedRows();
  const present = storesAt(version);
  for (const name of TABLE_NAMES) {
    if (!present.has(name) || (version < 3 && BEFORE_V3[name] !== undefined)) continue;
    await db.table(name).bulkAdd(rows[name]);
  }
  if (version < 3) for (const [name, old] of Object.entries(BEFORE_V3)) if (old.length) await db.table(name).bulkAdd(old);
  if (present.has('dealRecords')) {
    await db.table('dealRecords').bulkAdd([
      {
        id: 'd1',
        importId: 'imp-1',
        repId: 'rep-moses',
        externalId: 'X1',
        outcome: 'won',
        stage: 'Won',
        amount: 1054,
        createdDate: '2016-10-20',
        closeDate: '2017-03-01',
      },
      {
        id: 'd2',
        importId: 'imp-1',
        repId: 'rep-moses',
        externalId: 'X2',
        outcome: 'lost',
        stage: 'Lost',
        amount: null,
        createdDate: '2016-11-02',
        closeDate: '2017-02-11',
      },
    ]);
    await db.table('activityRecords').bulkAdd([{ id: 'a1', importId: 'imp-1', repId: 'rep-moses', type: 'call', date: '2026-01-05' }]);
  }
}

/** The tables version 8 stamps, written out: the ones that replicate. */
const STAMPED_BY_V8 = new Set([
  'reps',
  'metricPeriods',
  'imports',
  'expectations',
  'overrides',
  'plans',
  'checkIns',
  'roleplayScripts',
  'roleplaySessions',
  'roleplayAssignments',
  'selfAssessments',
  'wins',
  'repChanges',
]);

/**
 * Checks a row's first stamp against its own dates (updatedAt, then createdAt, then importedAt;
 * with none of them, a time during the upgrade) and returns it with the stamp in words, so rows
 * compare by content.
 */
function firstStamp(row: Record<string, unknown>, from: string, to: string): Record<string, unknown> {
  const own = [row['updatedAt'], row['createdAt'], row['importedAt']].find((v) => typeof v === 'string');
  const at = String(row['changedAt']);
  const fits = own !== undefined ? at === own : at >= from && at <= to;
  return fits ? { ...row, changedAt: 'own date or upgrade time' } : row;
}

describe('migrations', () => {
  const past = VERSIONS.filter((v) => v.version < LATEST_VERSION).map((v) => v.version);

  it('there is at least one past version to upgrade from', () => {
    expect(past.length).toBeGreaterThan(0);
  });

  it.each(past)('a database at version %i, with realistic data in every table, upgrades to the current version intact', async (version) => {
    const name = uniqueName(`upgrade-${version}`);
    const startedAt = new Date().toISOString();
    await seedAtVersion(name, version, (db) => seedRealistic(db, version));
    const db = createDb(name);
    expect(await openDb(db)).toBeNull();
    expect(db.verno).toBe(LATEST_VERSION);
    const after = await exportTables(db);
    const rows = seedRows();
    const upgradedBy = new Date().toISOString();
    for (const table of TABLE_NAMES) {
      if (!storesAt(version).has(table) || (version < 3 && BEFORE_V3[table] !== undefined)) continue;
      const stamp = (r: Record<string, unknown>) => (STAMPED_BY_V8.has(table) ? firstStamp(r, startedAt, upgradedBy) : r);
      expect(after[table].map(stamp), table).toEqual(
        rows[table].map((r) => (STAMPED_BY_V8.has(table) ? { ...r, changedAt: 'own date or upgrade time', changedBy: 'before-sync' } : r)),
      );
    }
    // Spot checks, dates read off the seed rows: a rep's updatedAt wins over its createdAt; an import has only importedAt.
    expect(after.reps.find((r) => r['id'] === 'rep-ana')).toMatchObject({ changedAt: '2026-11-20T10:00:00.000Z', changedBy: 'before-sync' });
    expect(after.reps.find((r) => r['id'] === 'rep-moses')?.['changedAt']).toBe(rows.reps[1]?.['updatedAt'] ?? rows.reps[1]?.['createdAt']);
    expect(after.tombstones).toEqual([]);
    if (version < 3) {
      // The v2 plan comes through in the v3 shape, its wizard step moved to planProgress.
      expect(after.plans.map((p) => planSchema.parse(p)).map((p) => [p.id, p.repId])).toEqual([['plan-1', 'rep-ana']]);
      expect(after.planProgress.map((p) => [p['planId'], p['step']])).toEqual([['plan-1', 'action-plan']]);
      expect(after.roleplayScripts).toEqual([]);
    }
    if (version < 4) {
      // v4 adds the role-play assignments table: empty after the upgrade, and ready to hold practice.
      expect(after.roleplayAssignments).toEqual([]);
      await db.roleplayAssignments.add(seedRows().roleplayAssignments[0] as RoleplayAssignment);
      expect(await db.roleplayAssignments.where('repId').equals('rep-ana').count()).toBe(1);
    }
    if (storesAt(version).has('dealRecords')) {
      const deals = after.dealBatches.flatMap((b) => (b as { records: unknown[] }).records);
      expect(deals).toHaveLength(2);
      expect(after.activityBatches.flatMap((b) => (b as { records: unknown[] }).records)).toHaveLength(1);
    }
    db.close();
  });

  it('an upgrade that throws leaves the old data intact, at its old version, and says so plainly', async () => {
    const name = uniqueName('failing-upgrade');
    await seedAtVersion(name, LATEST_VERSION, (db) => seedRealistic(db, LATEST_VERSION));
    const failing: SchemaVersion = {
      version: LATEST_VERSION + 1,
      stores: { reps: 'id, nameKey, role, createdByImportId, email' },
      migrate: async (tx) => {
        await tx.table('reps').clear();
        throw new Error('bug in the new upgrade');
      },
    };
    const broken = createDb(name, [...VERSIONS, failing]);
    const failure = await openDb(broken, LATEST_VERSION + 1);
    expect(failure?.code).toBe('upgrade-failed');
    expect(failure?.message).toMatch(/has not been changed/);
    broken.close();

    const again = createDb(name);
    expect(await openDb(again)).toBeNull();
    expect(again.verno).toBe(LATEST_VERSION);
    expect(await again.reps.count()).toBe(seedRows().reps.length);
    again.close();
  });

  it('when another window upgrades the database, this one closes it and says to reload', async () => {
    const name = uniqueName('two-windows');
    const old = createDb(name);
    expect(await openDb(old)).toBeNull();
    const problems: OpenFailure[] = [];
    watchOtherWindows(old, (p) => problems.push(p));
    const newer = createDb(name, [...VERSIONS, { version: LATEST_VERSION + 1, stores: { notes: 'id' } }]);
    expect(await openDb(newer, LATEST_VERSION + 1)).toBeNull();
    expect(problems.map((p) => p.code)).toEqual(['changed-elsewhere']);
    expect(old.isOpen()).toBe(false);
    newer.close();
  });
});
