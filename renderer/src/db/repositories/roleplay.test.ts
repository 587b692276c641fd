import { describe, expect, it } from 'vitest';
import { newSession } from '../../../../shared/domain/roleplay';
import type { Plan } from '../../../../shared/schemas';
import { freshDb } from '../../../../tests/helpers/db';
import { shippedLibrary } from '../../features/roleplay/data/library';
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

  it('offers the rep’s development-plan items for a link, and ignores plans it cannot read', async () => {
    const db = freshDb();
    const plan = {
      id: 'p-1',
      repId: 'rep-1',
      developmentItems: [
        {
          id: 'd-1',
          skill: 'Closing',
          support: 'role-play',
          text: 'Ask for the decision in every late-stage call',
          deadline: null,
          status: 'on-track',
        },
        { id: 'd-2', text: '' },
      ],
    };
    await db.plans.bulkPut([plan as unknown as Plan, { id: 'p-2', repId: 'rep-1', developmentItems: 'junk' } as unknown as Plan]);
    expect(await developmentItemsForRep(db, 'rep-1')).toEqual([
      { id: 'd-1', label: 'Closing: Ask for the decision in every late-stage call' },
      { id: 'd-2', label: 'Development item' },
    ]);
    expect(await developmentItemsForRep(db, 'rep-2')).toEqual([]);
  });
});
