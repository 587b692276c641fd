// The wins log over a store: role-plays passed against their assignment's pass mark, wins the
// manager notes, a found win given a behaviour (stored once, never listed twice), the recognition
// note for each, and a win with a blank result refused with nothing stored.
import { describe, expect, it } from 'vitest';
import closing from '@resources/roleplay/closing-ask-for-commitment.json';
import { seedRows } from '@tests/helpers/seed';
import { recognitionNote } from '../domain/recognition';
import { newSession } from '../domain/roleplay/session';
import { roleplayScriptSchema, type RoleplaySession } from '../schemas/roleplay';
import planV3 from '@tests/fixtures/seed/plan-v3.json';
import type { FoundWin } from '../domain/followup';
import { planSchema } from '../schemas/plan';
import type { PlanProgress } from './followup';
import { memoryStore } from './memory-store';
import { noteWin, setWinBehaviour, winsLog } from './wins';

const script = roleplayScriptSchema.parse({ ...closing, id: 'rs-1', origin: 'custom' });
const EN = { locale: 'en-US', currency: 'USD' };
const OPTS = { asOf: '2026-12-10', format: EN };

/** A finished session of the closing script where every criterion got `score`. */
function session(id: string, date: string, score: number): RoleplaySession {
  const s = newSession(script, 'rep-ana', id, new Date(`${date}T10:00:00Z`));
  return {
    ...s,
    status: 'completed',
    date,
    scores: Object.fromEntries(script.rubric.criteria.map((c) => [c.id, score])),
    completedAt: `${date}T10:30:00.000Z`,
  };
}

/** Ana with two assignments of the closing script (pass marks 3.5 and 4.5) and sessions scored 3 then 4. */
function store() {
  const t = seedRows();
  const ra = t.roleplayAssignments[0]!;
  return memoryStore({
    reps: t.reps,
    roleplayAssignments: [ra, { ...ra, id: 'ra-hard', passMark: 4.5 }],
    roleplaySessions: [session('s-1', '2026-11-25', 3), session('s-2', '2026-12-02', 4)],
  });
}

describe('the wins log', () => {
  it('finds the role-play passed on the day a session first reached the pass mark, and not the one still below it', async () => {
    const log = await winsLog(store(), 'rep-ana', OPTS);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ source: 'roleplay-passed', date: '2026-12-02', stored: false, ref: { kind: 'assignment', assignmentId: 'ra-1' } });
    expect(log[0]!.result).toBe(
      'Passed the “Closing: ask for the decision (our version)” role-play on Dec 2, 2026 with an average of 4 of 5 against a pass mark of 3.5',
    );
    expect(log[0]!.behaviour).toBe('Practised “closing: ask for the decision (our version)” in 2 scored sessions until it passed');
  });

  it('lists a noted win with its behaviour, newest first, and keeps a found win given a behaviour once', async () => {
    const s = store();
    const noted = await noteWin(
      s,
      'rep-ana',
      { date: '2026-12-05', result: 'Signed Harbor Freight for $18,000', behaviour: 'Brought their finance lead into the second meeting' },
      'w-1',
      new Date('2026-12-05T12:00:00Z'),
    );
    expect(noted.ok).toBe(true);
    const [found] = (await winsLog(s, 'rep-ana', OPTS)).filter((w) => !w.stored);
    await setWinBehaviour(s, found!, 'Asked for the decision at the end of every demo', 'w-2', new Date('2026-12-06T09:00:00Z'));
    const log = await winsLog(s, 'rep-ana', OPTS);
    expect(log.map((w) => [w.date, w.source, w.stored, w.behaviour])).toEqual([
      ['2026-12-05', 'noted', true, 'Brought their finance lead into the second meeting'],
      ['2026-12-02', 'roleplay-passed', true, 'Asked for the decision at the end of every demo'],
    ]);
    expect(log[1]!.ref).toEqual({ kind: 'assignment', assignmentId: 'ra-1' });
  });

  it('lists the wins written down at a held check-in, not those of one still to hold', async () => {
    const t = seedRows();
    const ci = t.checkIns[0]!;
    const s = memoryStore({
      reps: t.reps,
      checkIns: [
        { ...ci, id: 'ci-held', repId: 'rep-ana', planId: 'plan-1', heldDate: '2026-12-04', wins: ['Booked 14 meetings in two weeks', ' '] },
        { ...ci, id: 'ci-next', repId: 'rep-ana', planId: 'plan-1', heldDate: null, wins: ['Not held yet'] },
      ],
    });
    const log = await winsLog(s, 'rep-ana', OPTS);
    expect(log.map((w) => [w.date, w.source, w.result, w.ref])).toEqual([
      ['2026-12-04', 'noted', 'Booked 14 meetings in two weeks', { kind: 'plan', planId: 'plan-1' }],
    ]);
  });

  it('refuses a win without a result in one sentence, storing nothing', async () => {
    const s = store();
    const r = await noteWin(s, 'rep-ana', { date: '2026-12-05', result: '  ', behaviour: 'Called every lead' }, 'w-1', new Date());
    expect(r.ok ? null : r.error.message).toBe('Write what the rep achieved.');
    expect(await s.table('wins').all()).toEqual([]);
  });
});

describe('the recognition note', () => {
  it('says the behaviour, then the result with its numbers, and passes the wording coach', () => {
    const note = recognitionNote(
      { behaviour: 'Brought their finance lead into the second meeting', result: 'Signed Harbor Freight for $18,000 in Nov 2026' },
      'Ana Ruiz',
    );
    expect(note.text).toBe(
      'A shout-out for Ana Ruiz, who brought their finance lead into the second meeting. The result: Signed Harbor Freight for $18,000 in Nov 2026. Thank you, Ana.',
    );
    expect(note.wording.flags).toEqual([]);
    expect(note.missingBehaviour).toBe(false);
  });
  it('flags wording about the person rather than the behaviour', () => {
    const note = recognitionNote({ behaviour: 'Finally stopped being lazy and made the calls', result: 'Closed 3 deals in Nov 2026' }, 'Ana Ruiz');
    expect(note.wording.flags.map((f) => f.kind)).toEqual(['personal']);
  });
  it('says when the behaviour behind the win is missing', () => {
    const note = recognitionNote({ behaviour: '', result: 'Closed 3 deals in Nov 2026' }, 'Ana Ruiz');
    expect(note).toMatchObject({ text: 'A shout-out for Ana Ruiz: Closed 3 deals in Nov 2026. Thank you, Ana.', missingBehaviour: true });
  });

  it('reads the plans already measured when given, so the app measures each plan once for every page', async () => {
    const t = seedRows();
    const plan = planSchema.parse({ ...planV3, status: 'signed' });
    // No metric rows at all: a win can only come from the measurement handed in.
    const s = memoryStore({ reps: t.reps, plans: [plan] });
    const win: FoundWin = {
      kind: 'benchmark-reached',
      metric: 'winRate',
      label: 'Win rate',
      unit: 'rate',
      before: 0.12,
      after: 0.27,
      mark: 0.25,
      itemId: null,
      window: ['2026-10', '2026-11'],
      text: 'Win rate reached the team median: 12% → 27% over Oct to Nov 2026.',
    };
    const measured = new Map([[plan.id, { progress: { wins: [win] } as unknown as PlanProgress }]]);
    const log = await winsLog(s, 'rep-ana', { ...OPTS, measured });
    expect(log.map((w) => [w.source, w.result, w.period])).toEqual([
      ['benchmark-reached', 'Win rate reached the team median: 12% → 27% over Oct to Nov 2026.', '2026-11'],
    ]);
    // Without it, the same store measures the plan itself and finds nothing in no data.
    expect(await winsLog(s, 'rep-ana', OPTS)).toEqual([]);
  });
});
