import type { DBCore, DBCoreTransaction } from 'dexie';
import { describe, expect, it } from 'vitest';
import { prefillContent, snapshotFromDiagnosis } from '@shared/domain/plan';
import { sampleRep } from '@shared/domain/plan/testing';
import { v2Plan } from '@shared/domain/migrations/plans.fixtures';
import { fixedClock, sequentialIds } from '@shared/lib/ids';
import { freshDb, seedAtVersion } from '@tests/helpers/db';
import { createDb } from '../db';
import { strictDurabilityFor } from '../durability';
import {
  changeStatus,
  createPlan,
  getProgress,
  listPlans,
  ReadOnlyPlanError,
  recordExport,
  savePlanContent,
  saveProgress,
  startRevision,
} from './plans';

const clock = fixedClock('2026-11-20T10:00:00.000Z');

async function newPlan(db = freshDb()) {
  const snapshot = snapshotFromDiagnosis(await sampleRep('Farid Haddad'), 'month', clock());
  const content = prefillContent({ snapshot, managerName: 'Sam Lee', start: '2026-11-23', ids: sequentialIds('c'), conversation: null });
  const plan = await createPlan(db, { repId: 'rep-1', snapshot, content }, clock, sequentialIds('plan'));
  return { db, plan };
}

describe('plans repository', () => {
  it('creates a draft at the first step and saves content patches', async () => {
    const { db, plan } = await newPlan();
    expect(plan).toMatchObject({ id: 'plan-1', status: 'draft', revision: 1 });
    expect(await getProgress(db, plan.id)).toMatchObject({ step: 'facts', visited: ['facts'] });
    await savePlanContent(db, plan.id, { consequences: 'Plainly stated.' }, fixedClock('2026-11-20T11:00:00.000Z'));
    await savePlanContent(db, plan.id, { opening: 'Thanks for the time.' });
    const stored = await db.plans.get(plan.id);
    expect(stored?.content.consequences).toBe('Plainly stated.');
    expect(stored?.content.opening).toBe('Thanks for the time.');
    expect(await listPlans(db, 'rep-1')).toHaveLength(1);
  });

  it('moving between steps never rewrites the plan row', async () => {
    const { db, plan } = await newPlan();
    const before = await db.plans.get(plan.id);
    await saveProgress(db, plan.id, 'questions', fixedClock('2026-11-21T08:00:00.000Z'));
    await saveProgress(db, plan.id, 'pushback');
    expect(await db.plans.get(plan.id)).toEqual(before);
    expect(await getProgress(db, plan.id)).toMatchObject({ step: 'pushback', visited: ['facts', 'questions', 'pushback'] });
  });

  it('rejects invalid content and keeps what was stored', async () => {
    const { db, plan } = await newPlan();
    await expect(savePlanContent(db, plan.id, { focusAreas: ['a', 'b', 'c', 'd'] })).rejects.toThrow();
    expect((await db.plans.get(plan.id))?.content.focusAreas).toEqual(plan.content.focusAreas);
  });

  it('a signed plan is read-only; a new revision can be edited and the signed copy stays', async () => {
    const { db, plan } = await newPlan();
    for (const s of ['ready', 'held', 'signed'] as const) await changeStatus(db, plan.id, s, null, clock);
    await expect(savePlanContent(db, plan.id, { consequences: 'edited' })).rejects.toBeInstanceOf(ReadOnlyPlanError);
    await recordExport(db, plan.id, { kind: 'plan-docx', fileName: 'x.docx', sha256: 'b'.repeat(64) }, clock, sequentialIds('e'));
    const r = await startRevision(db, plan.id, clock);
    expect([r.status, r.revision]).toEqual(['draft', 2]);
    await savePlanContent(db, plan.id, { consequences: 'edited' });
    const stored = await db.plans.get(plan.id);
    expect(stored?.content.consequences).toBe('edited');
    expect(stored?.signed[0]?.content.consequences).toBe(plan.content.consequences);
    expect(stored?.exports).toEqual([
      { id: 'e-1', kind: 'plan-docx', fileName: 'x.docx', sha256: 'b'.repeat(64), exportedAt: '2026-11-20T10:00:00.000Z', revision: 1 },
    ]);
    expect(stored?.history.map((h) => h.event)).toEqual(['created', 'status', 'status', 'status', 'export', 'revision']);
  });
});

describe('schema v3 migration', () => {
  it('moves v2 plans into the v3 shape, with their step in planProgress', async () => {
    const name = `candor-v3-${Math.random().toString(36).slice(2)}`;
    await seedAtVersion(name, 2, async (db) => {
      await db.table('plans').bulkAdd([v2Plan(), v2Plan({ id: 'plan-2', status: 'cancelled', step: 'review' })]);
    });
    const db = createDb(name);
    await db.open();
    const plans = await db.plans.orderBy('id').toArray();
    expect(plans.map((p) => [p.id, p.status, p.outcome])).toEqual([
      ['plan-1', 'held', null],
      ['plan-2', 'closed', 'withdrawn'],
    ]);
    expect(plans[0]?.content.talkingPoints[0]?.text).toBe('Meetings are down a third since July.');
    expect((await db.planProgress.toArray()).map((p) => [p.planId, p.step])).toEqual([
      ['plan-1', 'action-plan'],
      ['plan-2', 'review'],
    ]);
    db.close();
  });
});

describe('strict durability', () => {
  it('asks for strict durability on read-write transactions over plans, and only those', () => {
    const seen: { stores: string[]; mode: string; durability: string | undefined }[] = [];
    const down = {
      transaction: (stores: string[], mode: IDBTransactionMode, options?: { durability: string }) => {
        seen.push({ stores, mode, durability: options?.durability });
        return {} as DBCoreTransaction;
      },
    } as unknown as DBCore;
    const core = strictDurabilityFor(['plans']).create(down) as DBCore;
    core.transaction(['plans'], 'readwrite', { durability: 'default' });
    core.transaction(['plans'], 'readonly', { durability: 'default' });
    core.transaction(['reps', 'metricPeriods'], 'readwrite', { durability: 'default' });
    expect(seen.map((s) => s.durability)).toEqual(['strict', 'default', 'default']);
  });
});
