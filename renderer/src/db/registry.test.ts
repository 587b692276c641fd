import { describe, expect, it } from 'vitest';
import type { BackupTables } from '@shared/schemas';
import { freshDb } from '@tests/helpers/db';
import { seedRows } from '@tests/helpers/seed';
import { backupText, checkBackup, restoreTables } from './backup';
import type { CandorDB } from './db';
import { undoImport } from './repositories/imports';
import { installDeviceId, writeVerbatim } from './replication';
import { removeRep } from './repositories/reps';
import { TABLE_KEYS, TABLES } from './tables';

/*
 * Deleting a rep, undoing an import and backup → restore each walk the table registry. These
 * tests check the outcome against the rows put in, table by table and by content, with the
 * table names written out here: a table dropped from the registry (or from a cascade) leaves
 * rows behind or loses them, and the comparison below fails.
 */
const REPLICATES_WRITTEN_OUT = {
  reps: true,
  metricPeriods: true,
  imports: true,
  savedMappings: false,
  dealBatches: false,
  activityBatches: false,
  expectations: true,
  overrides: true,
  plans: true,
  planProgress: false,
  checkIns: true,
  roleplayScripts: true,
  roleplaySessions: true,
  roleplayAssignments: true,
  selfAssessments: true,
  settings: false,
  tombstones: false,
  repChanges: true,
  wins: true,
} as const;
const TABLES_WRITTEN_OUT = Object.keys(REPLICATES_WRITTEN_OUT) as Array<keyof typeof REPLICATES_WRITTEN_OUT>;

/** A stamp as a laptop wrote it before these tests (rows of replicated tables carry one once stored). */
const EARLIER = { changedAt: '2026-11-30T12:00:00.000Z', changedBy: 'laptop-a' };
/** When a test started: tombstones it writes are dated after this. */
let started = '';

type Row = Record<string, unknown>;
const keyOf = (row: Row) => String(row.id ?? row.planId);
const byKey = (rows: Row[]) => [...rows].sort((a, b) => keyOf(a).localeCompare(keyOf(b)));
const one = (rows: Row[], id: string): Row => {
  const row = rows.find((r) => keyOf(r) === id);
  if (!row) throw new Error(`seed row ${id} is missing`);
  return row;
};

/**
 * The seed rows, with a second rep's copy of every row that belongs to a rep (or a rep's plan)
 * and a second import that wrote metric periods, deal and activity batches and created a rep.
 */
function twoOfEverything(): BackupTables {
  const t = seedRows();
  const ana = one(t.reps, 'rep-ana');
  const moses = one(t.reps, 'rep-moses');
  t.reps.push({ ...moses, id: 'rep-new', name: 'New Person', nameKey: 'new person', createdByImportId: 'imp-2' });
  t.imports.push({ ...one(t.imports, 'imp-1'), id: 'imp-2', fileName: 'activities.csv', fileSha256: 'cd'.repeat(32) });
  t.metricPeriods.push(
    { ...one(t.metricPeriods, 'mp-1'), id: 'mp-ana', repId: ana.id, importId: null },
    { ...one(t.metricPeriods, 'mp-1'), id: 'mp-2', repId: 'rep-new', importId: 'imp-2' },
  );
  t.dealBatches.push(
    { ...one(t.dealBatches, 'db-1'), id: 'db-ana', repId: ana.id },
    { ...one(t.dealBatches, 'db-1'), id: 'db-2', repId: 'rep-new', importId: 'imp-2' },
  );
  t.activityBatches.push(
    { ...one(t.activityBatches, 'ab-1'), id: 'ab-ana', repId: ana.id },
    { ...one(t.activityBatches, 'ab-1'), id: 'ab-2', repId: 'rep-new', importId: 'imp-2' },
  );
  t.overrides.push({ ...one(t.overrides, 'ov-1'), id: 'ov-moses', repId: moses.id });
  t.plans.push({ ...one(t.plans, 'plan-1'), id: 'plan-moses', repId: moses.id });
  t.planProgress.push({ ...one(t.planProgress, 'plan-1'), planId: 'plan-moses' });
  t.checkIns.push({ ...one(t.checkIns, 'ci-1'), id: 'ci-moses', planId: 'plan-moses', repId: moses.id });
  t.roleplaySessions.push({ ...one(t.roleplaySessions, 'rps-1'), id: 'rps-moses', repId: moses.id });
  t.roleplayAssignments.push({ ...one(t.roleplayAssignments, 'ra-1'), id: 'ra-moses', repId: moses.id, planId: 'plan-moses' });
  t.selfAssessments.push({ ...one(t.selfAssessments, 'sa-1'), id: 'sa-moses', repId: moses.id });
  t.wins.push({ ...one(t.wins, 'win-1'), id: 'win-moses', repId: moses.id });
  for (const name of TABLES_WRITTEN_OUT) if (REPLICATES_WRITTEN_OUT[name]) t[name] = t[name].map((r) => ({ ...r, ...EARLIER }));
  return t;
}

/** Puts the rows in as stored data (stamps and all), as a restore would. */
async function seed(db: CandorDB, rows: BackupTables): Promise<void> {
  await writeVerbatim(db, TABLES_WRITTEN_OUT, async () => {
    for (const name of TABLES_WRITTEN_OUT) await db.table(name).bulkAdd(rows[name]);
  });
  started = new Date().toISOString();
}

/** Every table's rows by key; a tombstone written during the test has its time replaced by 'during the test'. */
async function everyTable(db: CandorDB): Promise<Record<string, Row[]>> {
  const out: Record<string, Row[]> = {};
  for (const name of TABLES_WRITTEN_OUT) out[name] = byKey((await db.table(name).toArray()) as Row[]);
  const now = new Date().toISOString();
  out['tombstones'] = (out['tombstones'] ?? []).map((t) => {
    const at = String(t['deletedAt']);
    return at >= started && at <= now ? { ...t, deletedAt: 'during the test' } : t;
  });
  return out;
}

/** The tombstones these tests expect: the seeded one, and one per replicated row deleted (written out as table/key). */
function tombstones(rows: BackupTables, deleted: string[]): Row[] {
  const device = installDeviceId();
  const made = deleted.map((id) => {
    const [table = '', key = ''] = id.split('/');
    return { id, table, key, deletedAt: 'during the test', deletedBy: device, deletedByName: 'Jo Ng' };
  });
  return byKey([...rows.tombstones, ...made]);
}

/** The rows put in, per table, keeping only the given keys where a table is named in `kept`. */
function expected(rows: BackupTables, kept: Partial<Record<(typeof TABLES_WRITTEN_OUT)[number], string[]>>): Record<string, Row[]> {
  const out: Record<string, Row[]> = {};
  for (const name of TABLES_WRITTEN_OUT) {
    const keep = kept[name];
    out[name] = byKey(keep ? keep.map((id) => one(rows[name], id)) : rows[name]);
  }
  return out;
}

describe('the tables these tests name', () => {
  it('are every table in the registry (a new table must be added here too)', () => {
    expect([...TABLE_KEYS].sort()).toEqual([...TABLES_WRITTEN_OUT].sort());
  });
  it('replicate or not as written out here, each with its reason', () => {
    for (const name of TABLE_KEYS) {
      expect(TABLES[name].replicates, name).toBe(REPLICATES_WRITTEN_OUT[name as keyof typeof REPLICATES_WRITTEN_OUT]);
      expect(TABLES[name].why.length, `${name}: why it replicates or not`).toBeGreaterThan(20);
    }
  });
  it('each hold rows before any test runs', () => {
    const rows = twoOfEverything();
    for (const name of TABLES_WRITTEN_OUT) expect(rows[name].length, name).toBeGreaterThan(0);
  });
});

describe('deleting a rep', () => {
  it('removes every row of theirs in every table, and nothing of anyone else', async () => {
    const db = freshDb();
    const rows = twoOfEverything();
    await seed(db, rows);
    await removeRep(db, 'rep-ana');
    expect(await everyTable(db)).toEqual({
      ...expected(rows, {
        reps: ['rep-moses', 'rep-new'],
        metricPeriods: ['mp-1', 'mp-2'],
        dealBatches: ['db-1', 'db-2'],
        activityBatches: ['ab-1', 'ab-2'],
        overrides: ['ov-moses'],
        plans: ['plan-moses'],
        planProgress: ['plan-moses'],
        checkIns: ['ci-moses'],
        roleplaySessions: ['rps-moses'],
        roleplayAssignments: ['ra-moses'],
        selfAssessments: ['sa-moses'],
        wins: ['win-moses'],
      }),
      tombstones: tombstones(rows, [
        'reps/rep-ana',
        'metricPeriods/mp-ana',
        'overrides/ov-1',
        'plans/plan-1',
        'checkIns/ci-1',
        'checkIns/ci-2',
        'roleplaySessions/rps-1',
        'roleplayAssignments/ra-1',
        'selfAssessments/sa-1',
        'wins/win-1',
      ]),
    });
  });
});

describe('undoing an import', () => {
  it('removes its metric periods, deal and activity batches, its record and the rep it created, and nothing else', async () => {
    const db = freshDb();
    const rows = twoOfEverything();
    await seed(db, rows);
    expect(await undoImport(db, 'imp-2')).toEqual({ periodsRemoved: 1, repsRemoved: 1 });
    expect(await everyTable(db)).toEqual({
      ...expected(rows, {
        reps: ['rep-ana', 'rep-moses'],
        imports: ['imp-1'],
        metricPeriods: ['mp-1', 'mp-ana'],
        dealBatches: ['db-1', 'db-ana'],
        activityBatches: ['ab-1', 'ab-ana'],
      }),
      tombstones: tombstones(rows, ['imports/imp-2', 'metricPeriods/mp-2', 'reps/rep-new']),
    });
  });
});

describe('backup and restore', () => {
  const now = new Date('2026-12-01T08:30:00.000Z');

  it('a plain backup file holds every row put in, and restoring it gives back exactly those rows', async () => {
    const rows = twoOfEverything();
    const source = freshDb();
    await seed(source, rows);
    const text = await backupText(source, { appVersion: '0.1.0', now });
    const inFile = (JSON.parse(text) as { content: { tables: Record<string, Row[]> } }).content.tables;
    const fileTables: Record<string, Row[]> = {};
    for (const name of TABLES_WRITTEN_OUT) fileTables[name] = byKey(inFile[name] ?? []);
    expect(fileTables).toEqual(expected(rows, {}));

    const target = freshDb();
    await target.reps.add({ ...one(rows.reps, 'rep-ana'), id: 'rep-here-before', name: 'Here Before', nameKey: 'here before' } as never);
    const checked = await checkBackup(text);
    if (!checked.ok) throw new Error(checked.message);
    await restoreTables(target, checked.backup);
    expect(await everyTable(target)).toEqual(expected(rows, {}));
  });

  it('an encrypted backup restores exactly the rows put in', async () => {
    const rows = twoOfEverything();
    const source = freshDb();
    await seed(source, rows);
    const text = await backupText(source, { appVersion: '0.1.0', now, passphrase: 'long enough passphrase' });
    const target = freshDb();
    const checked = await checkBackup(text, 'long enough passphrase');
    if (!checked.ok) throw new Error(checked.message);
    await restoreTables(target, checked.backup);
    expect(await everyTable(target)).toEqual(expected(rows, {}));
  });
});
