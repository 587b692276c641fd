import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RoleplayAssignment, RoleplaySession } from '@shared/schemas';
import { assignmentFor, assignmentProgress, loadLibrary, newAssignment, newSessionFor, sessionResult, type AssignmentInput } from './index';
import { scoredSession } from './testing';

const DIR = join(import.meta.dirname, '../../../resources/roleplay');
const { scripts } = loadLibrary(readdirSync(DIR).map((file) => ({ file, text: readFileSync(join(DIR, file), 'utf8') })));
const timing = scripts.find((s) => s.id === 'objection-timing')!;
const price = scripts.find((s) => s.id === 'objection-price')!;

const assigned: RoleplayAssignment = {
  id: 'ra-1',
  repId: 'rep-1',
  scriptId: timing.id,
  scriptTitle: timing.title,
  planId: 'p-1',
  planItemId: 'd-1',
  passMark: 4,
  dueDate: '2026-12-15',
  createdAt: '2026-12-01T09:00:00.000Z',
};

/** A finished session on `day` with every criterion scored `score`. */
const scored = (id: string, script: typeof timing, day: string, score: number, repId = 'rep-1'): RoleplaySession =>
  scoredSession(script, { id, day, scores: script.rubric.criteria.map(() => score), repId });

describe('practice assigned from the plan', () => {
  it('counts sessions of the assigned script with that rep since it was assigned, against the assignment’s own pass mark', () => {
    const sessions = [
      scored('before', timing, '2026-11-20', 5), // before it was assigned
      scored('other-script', price, '2026-12-02', 5),
      scored('other-rep', timing, '2026-12-02', 5, 'rep-2'),
      scored('first', timing, '2026-12-03', 3),
    ];
    const p = assignmentProgress(assigned, sessions, '2026-12-05');
    expect(p.points.map((x) => x.sessionId)).toEqual(['first']);
    // The script's own pass mark is 3.5: a 3 fails either way, but the status is read against 4.
    expect(p).toMatchObject({ latest: 3, best: 3, passedOn: null, status: 'open' });

    const more = [...sessions, scored('second', timing, '2026-12-08', 4), scored('third', timing, '2026-12-10', 3)];
    expect(assignmentProgress(assigned, more, '2026-12-20')).toMatchObject({ latest: 3, best: 4, passedOn: '2026-12-08', status: 'passed' });
    // 3.5 passes the script's mark but not the assignment's 4.
    const nearly = [scored('nearly', timing, '2026-12-04', 3), scored('nearly-2', timing, '2026-12-05', 4)].map((s, i) =>
      i === 0 ? s : { ...s, scores: { ...s.scores, [timing.rubric.criteria[0]!.id]: 2 } },
    );
    expect(assignmentProgress(assigned, nearly, '2026-12-16').status).toBe('overdue');
    expect(assignmentProgress(assigned, [], '2026-12-15').status).toBe('open');
  });

  it('the form’s input becomes an assignment, or one sentence saying what to fix', () => {
    const now = new Date('2026-12-01T09:00:00Z');
    const input: AssignmentInput = { repId: 'rep-1', script: timing, planId: 'p-1', planItemId: 'd-1', passMark: '3,8', dueDate: '2026-12-15' };
    const ok = newAssignment(input, 'ra-2', now, '2026-12-01');
    expect(ok.ok && ok.value).toMatchObject({
      passMark: 3.8,
      scriptTitle: timing.title,
      dueDate: '2026-12-15',
      createdAt: '2026-12-01T09:00:00.000Z',
    });
    const message = (over: Partial<typeof input>) => {
      const r = newAssignment({ ...input, ...over }, 'x', now, '2026-12-01');
      return r.ok ? null : r.error.message;
    };
    expect(message({ planItemId: null })).toBe('Choose the development-plan item this practice serves.');
    expect(message({ script: null })).toBe('Choose the script to practise.');
    expect(message({ passMark: 'lots' })).toBe('Give the pass mark as an average from 1 to 5, such as 3.5.');
    expect(message({ passMark: '7' })).toBe('The pass mark is an average from 1 to 5.');
    expect(message({ passMark: '3.55' })).toBe('Give the pass mark to one decimal.');
    expect(message({ dueDate: '' })).toBe('Choose the day the practice is due.');
    expect(message({ dueDate: '2026-11-30' })).toBe('The due date has passed: choose today or a later day.');
    expect(message({ dueDate: '2026-12-01' })).toBeNull();
  });

  it('a session started toward an assignment is scored against its pass mark and linked to its plan item', () => {
    const now = new Date('2026-12-02T10:00:00Z');
    const under = newSessionFor(timing, 'rep-1', assigned, 's-1', now);
    expect(under).toMatchObject({ scriptId: timing.id, planItemId: 'd-1', repId: 'rep-1' });
    expect(under.script.rubric.passMark).toBe(4);
    // Everything else of the script is kept as it was.
    expect({ ...under.script, rubric: { ...under.script.rubric, passMark: timing.rubric.passMark } }).toEqual(timing);
    // 3.8 passes the script's 3.5; under the assignment it does not, and the session says so itself.
    const scores = Object.fromEntries(timing.rubric.criteria.map((c, i) => [c.id, i === 0 ? 3 : 4]));
    expect(sessionResult({ ...under, scores })).toMatchObject({ average: 3.8, passMark: 4, passed: false });
    expect(sessionResult({ script: timing, scores })).toMatchObject({ average: 3.8, passMark: 3.5, passed: true });
    // Another script, another rep, or no assignment: the script as it is, linked to nothing.
    for (const [script, rep, toward] of [
      [price, 'rep-1', assigned],
      [timing, 'rep-2', assigned],
      [timing, 'rep-1', null],
    ] as const) {
      const s = newSessionFor(script, rep, toward, 's-2', now);
      expect(s.script).toEqual(script);
      expect(s.planItemId).toBeNull();
    }
  });

  it('the assignment a new session practises toward is the newest of that script for that rep', () => {
    const later = { ...assigned, id: 'ra-2', passMark: 4.5, createdAt: '2026-12-03T09:00:00.000Z' };
    const otherScript = { ...assigned, id: 'ra-3', scriptId: price.id, createdAt: '2026-12-04T09:00:00.000Z' };
    const otherRep = { ...assigned, id: 'ra-4', repId: 'rep-2', createdAt: '2026-12-05T09:00:00.000Z' };
    const all = [later, otherScript, assigned, otherRep];
    expect(assignmentFor(all, 'rep-1', timing.id)?.id).toBe('ra-2');
    expect(assignmentFor(all, 'rep-2', timing.id)?.id).toBe('ra-4');
    expect(assignmentFor(all, 'rep-1', 'closing-ask-for-commitment')).toBeNull();
    expect(assignmentFor([], 'rep-1', timing.id)).toBeNull();
  });

  it('counts a session from when it was started: one begun before the assignment was made is not scored toward it', () => {
    const begunBefore = {
      ...scored('begun', timing, '2026-12-01', 5),
      createdAt: '2026-12-01T08:59:59.000Z',
      completedAt: '2026-12-01T09:20:00.000Z',
    };
    const begunAfter = {
      ...scored('after', timing, '2026-12-01', 5),
      createdAt: '2026-12-01T09:00:00.000Z',
      completedAt: '2026-12-01T09:20:00.000Z',
    };
    expect(assignmentProgress(assigned, [begunBefore], '2026-12-02').points).toEqual([]);
    expect(assignmentProgress(assigned, [begunAfter], '2026-12-02').points.map((p) => p.sessionId)).toEqual(['after']);
  });
});
