import { describe, expect, it } from 'vitest';
import { developmentItem, samplePlan } from '@shared/domain/plan/testing';
import { newSession } from '@shared/domain/roleplay';
import type { Plan } from '@shared/schemas';
import { freshDb } from '@tests/helpers/db';
import { shippedLibrary } from '@renderer/features/roleplay/data/library';
import { deleteCustomScript, developmentItemsForRep, getSession, listCustomScripts, listSessions, saveCustomScript, saveSession } from './roleplay';

const script = shippedLibrary().scripts[0]!;
const clock = () => new Date('2026-12-01T10:00:00.000Z');

describe('role-play repository', () => {
  it('stores custom scripts validated, refuses a library id, and keeps sessions when a script is deleted', async () => {
    const db = freshDb();
    const library = new Set(shippedLibrary().scripts.map((s) => s.id));
    await expect(saveCustomScript(db, script, library, clock)).rejects.toThrow(/belongs to a library script/);
    await expect(saveCustomScript(db, { ...script, id: 'mine', title: '' }, library, clock)).rejects.toThrow();
    const saved = await saveCustomScript(db, { ...script, id: 'mine' }, library, clock);
    expect(saved).toMatchObject({ origin: 'custom', updatedAt: '2026-12-01T10:00:00.000Z' });
    expect((await listCustomScripts(db)).map((s) => s.id)).toEqual(['mine']);

    const session = newSession(saved, 'rep-1', 's-1', clock());
    await saveSession(db, session, clock);
    await deleteCustomScript(db, 'mine');
    expect(await listCustomScripts(db)).toEqual([]);
    expect((await getSession(db, 's-1'))?.script.id).toBe('mine');
  });

  it('a late autosave never reopens a finished session', async () => {
    const db = freshDb();
    const session = newSession(script, 'rep-1', 's-1', clock());
    const scores = Object.fromEntries(script.rubric.criteria.map((c) => [c.id, 3]));
    await saveSession(db, { ...session, scores, status: 'completed', completedAt: clock().toISOString() }, clock);
    const after = await saveSession(db, { ...session, notes: 'stale write' }, clock);
    expect(after.status).toBe('completed');
    expect((await getSession(db, 's-1'))?.notes).toBe('');
    expect((await listSessions(db, 'rep-1')).map((s) => s.id)).toEqual(['s-1']);
    expect(await listSessions(db, 'rep-2')).toEqual([]);
  });

  it('offers the skills of the rep’s open plans, newest plan first, and skips closed plans and rows it cannot read', async () => {
    const db = freshDb();
    const older = await samplePlan('Farid Haddad', new Date('2026-11-01T09:00:00.000Z'), { id: 'p-old', repId: 'rep-1' });
    const newer = await samplePlan('Farid Haddad', new Date('2026-11-20T09:00:00.000Z'), { id: 'p-new', repId: 'rep-1', status: 'ready' });
    const closed = await samplePlan('Farid Haddad', new Date('2026-11-25T09:00:00.000Z'), {
      id: 'p-closed',
      repId: 'rep-1',
      status: 'closed',
      outcome: 'met',
    });
    newer.content.development = [developmentItem('d-new', 'Closing'), developmentItem('d-blank', '  ')];
    older.content.development = [developmentItem('d-old', 'Discovery')];
    await db.plans.bulkPut([older, newer, closed, { id: 'p-junk', repId: 'rep-1', content: 'junk' } as unknown as Plan]);
    expect(await developmentItemsForRep(db, 'rep-1')).toEqual([
      { id: 'd-new', label: 'Closing', planId: 'p-new', planStatus: 'ready', planCreatedAt: '2026-11-20T09:00:00.000Z' },
      { id: 'd-blank', label: 'Development item', planId: 'p-new', planStatus: 'ready', planCreatedAt: '2026-11-20T09:00:00.000Z' },
      { id: 'd-old', label: 'Discovery', planId: 'p-old', planStatus: 'draft', planCreatedAt: '2026-11-01T09:00:00.000Z' },
    ]);
    expect(await developmentItemsForRep(db, 'rep-2')).toEqual([]);
  });
});
