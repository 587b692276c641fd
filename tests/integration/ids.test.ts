// Every id Candor makes for a stored row must be globally unique by construction, so that two
// laptops syncing through a team server never give two different rows one key. This test makes
// rows the way the app makes them (its default id sources, not test ones) and checks every key of
// every table against the form written out here for that table. (The command line numbers the
// rows of a one-off in-memory store 'cli-1', 'cli-2'… for output that is the same on every run;
// it stores nothing and writes no backup, and over a manager's backup it draws random ids.)
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { applyDefaultExpectations, saveExpectation } from '@renderer/db/repositories/expectations';
import { saveOverride } from '@renderer/db/repositories/overrides';
import { createPlan } from '@renderer/db/repositories/plans';
import { addRep } from '@renderer/db/repositories/reps';
import { exportTables } from '@renderer/db/backup';
import { DEFAULT_ROLE_EXPECTATIONS } from '@shared/domain/diagnosis/index';
import { prefillContent, snapshotFromDiagnosis } from '@shared/domain/plan';
import { sampleRep } from '@shared/domain/plan/testing';
import { newScriptId } from '@shared/domain/roleplay';
import { randomId } from '@shared/lib/ids';
import { scriptKeySchema, type BackupTables, type RoleExpectation } from '@shared/schemas';
import { TABLE_KEYS } from '@shared/schemas/tables';
import { crmPair } from '../fixtures/crm-pair';
import { freshDb } from '../helpers/db';
import { importLikeTheApp } from '../helpers/import';

/** RFC 9562 version 4: 122 random bits, so two installs never draw the same one. */
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const UUID_V4_AT_END = /-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

type Row = Record<string, unknown>;

/**
 * Per table, what its keys must look like. Random where rows are created; derived only where the
 * derivation is unique by construction and two laptops making "the same" row should meet on it.
 */
const KEY_FORMS: Record<string, (key: string, row: Row, all: BackupTables) => boolean> = {
  reps: (k) => UUID_V4.test(k),
  metricPeriods: (k) => UUID_V4.test(k),
  imports: (k) => UUID_V4.test(k),
  dealBatches: (k) => UUID_V4.test(k),
  activityBatches: (k) => UUID_V4.test(k),
  overrides: (k) => UUID_V4.test(k),
  plans: (k) => UUID_V4.test(k),
  checkIns: (k) => UUID_V4.test(k),
  roleplaySessions: (k) => UUID_V4.test(k),
  roleplayAssignments: (k) => UUID_V4.test(k),
  selfAssessments: (k) => UUID_V4.test(k),
  wins: (k) => UUID_V4.test(k),
  repChanges: (k) => UUID_V4.test(k),
  // A role's shipped default is one row per role on every laptop: `default-<role>`; a role the manager adds is random.
  expectations: (k, row) => UUID_V4.test(k) || k === `default-${String(row['role']).toLowerCase()}`,
  // A slug of the title for reading, then a random UUID.
  roleplayScripts: (k) => UUID_V4_AT_END.test(k) && scriptKeySchema.safeParse(k).success,
  // Keyed by its plan's id.
  planProgress: (k, _row, all) => all.plans.some((p) => p['id'] === k),
  // The column headers of the file (never leaves this computer).
  savedMappings: (k) => k.length > 0,
  settings: (k) => k === 'app',
  // The table and the key of the row deleted: unique as the pair is.
  tombstones: (k, row) => k === `${String(row['table'])}/${String(row['key'])}`,
};

function offending(tables: BackupTables): string[] {
  const bad: string[] = [];
  for (const name of TABLE_KEYS) {
    const form = KEY_FORMS[name];
    if (!form) {
      bad.push(`${name}: no key form written out in this test`);
      continue;
    }
    for (const row of tables[name]) {
      const key = String(row['id'] ?? row['planId']);
      if (!form(key, row, tables)) bad.push(`${name}/${key}`);
    }
  }
  return bad;
}

describe('ids', () => {
  it('the random id source draws RFC 4122 version 4 UUIDs, never the same twice', () => {
    const drawn = Array.from({ length: 10_000 }, () => randomId());
    expect(drawn.filter((id) => !UUID_V4.test(id))).toEqual([]);
    expect(new Set(drawn).size).toBe(drawn.length);
  });

  it('a script a coach writes gets its title as a slug and a random UUID, a valid script id even for the longest title', () => {
    const a = newScriptId('Price objection: “too expensive”, said twice in the same call');
    const b = newScriptId('Price objection: “too expensive”, said twice in the same call');
    expect(a).toMatch(/^price-objection-too-expensi-/);
    expect(a).not.toBe(b);
    expect([a, b].every((id) => scriptKeySchema.safeParse(id).success && UUID_V4_AT_END.test(id))).toBe(true);
  });

  it('rows made by the app (import, add a rep, a plan, an override, expectations) have keys of their table’s form', { timeout: 60_000 }, async () => {
    const pair = crmPair();
    const db = freshDb();
    await importLikeTheApp(db, 'deals.csv', pair.deals);
    await importLikeTheApp(db, 'activities.csv', pair.activities);
    const rep = await addRep(db, { name: 'Farid Haddad', role: 'AE', startDate: '2025-03-03' });
    const snapshot = snapshotFromDiagnosis(await sampleRep('Farid Haddad'), 'month', new Date('2026-11-20T10:00:00.000Z'));
    const content = prefillContent({ snapshot, managerName: 'Sam Lee', start: '2026-11-23', ids: randomId, conversation: null });
    await createPlan(db, { repId: rep.id, snapshot, content });
    await saveOverride(db, { repId: rep.id, period: '2026-10', verdict: 'effort', weakStage: null, reason: 'Was on leave.', obstacle: true });
    await applyDefaultExpectations(db, [...DEFAULT_ROLE_EXPECTATIONS], ['AE']);
    await saveExpectation(db, {
      role: 'SE',
      label: 'Sales engineer',
      targets: { ...(DEFAULT_ROLE_EXPECTATIONS[1] as RoleExpectation).targets },
      ramp: [],
    });
    await db.reps.delete(rep.id);

    const app = await exportTables(db);
    for (const name of [
      'reps',
      'metricPeriods',
      'imports',
      'dealBatches',
      'activityBatches',
      'plans',
      'overrides',
      'expectations',
      'tombstones',
    ] as const) {
      expect(app[name].length, `${name} holds rows`).toBeGreaterThan(0);
    }
    expect(offending(app)).toEqual([]);
  });
});
