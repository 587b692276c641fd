import { describe, expect, it } from 'vitest';
import { historyLine } from '../domain/plan';
import { samplePlan } from '../domain/plan/testing';
import { fixedClock, sequentialIds } from '../lib/ids';
import type { Plan } from '../schemas';
import { checkInItem, practiceRow } from '../domain/checkin/testing';
import { closePlan, extendPlan, moveCheckIn, planCheckIns, recordCheckIn, saveCheckInDraft } from './checkins';
import { memoryStore } from './memory-store';

const created = new Date('2026-11-20T09:00:00Z');

async function signedPlan(): Promise<Plan> {
  const p = await samplePlan('Farid Haddad', created, { status: 'signed' });
  // Held on Tuesday 1 Dec 2026; a check-in every two weeks, three of them: 15 Dec, 29 Dec, 12 Jan.
  return {
    ...p,
    content: {
      ...p.content,
      meeting: { ...p.content.meeting, date: '2026-12-01' },
      checkIns: { startDate: '2026-12-01', everyDays: 14, count: 3 },
      actionItems: p.content.actionItems.map((a) => ({ ...a, deadline: '2027-02-26' })),
    },
  };
}

const deps = (iso: string) => ({ ids: sequentialIds('ci'), clock: fixedClock(iso) });
const facts = { takenAt: '2026-12-15T15:00:00.000Z', asOf: '2026-12-15', latestPeriod: '2026-11', latestIncomplete: false, series: [] };
const item = checkInItem;

describe('check-in use cases', () => {
  it('moves a check-in with its reason, and the plan’s history says so', async () => {
    const store = memoryStore({ plans: [await signedPlan()] });
    const moved = await moveCheckIn(
      store,
      { planId: 'p1', slot: 1, to: '2027-01-04', reason: 'Office closed over the holidays' },
      deps('2026-12-20T10:00:00Z'),
    );
    expect(moved.ok).toBe(true);
    const found = await planCheckIns(store, 'p1', '2026-12-30');
    expect(found?.schedule.map((c) => [c.due, c.state])).toEqual([
      ['2026-12-15', 'overdue'],
      ['2027-01-04', 'upcoming'],
      ['2027-01-12', 'upcoming'],
    ]);
    expect(found?.schedule[1]?.row?.moves).toEqual([
      { from: '2026-12-29', to: '2027-01-04', reason: 'Office closed over the holidays', at: '2026-12-20T10:00:00.000Z' },
    ]);
    expect(historyLine(found!.plan.history.at(-1)!)).toBe('Check-in moved: Dec 29, 2026 to Jan 4, 2027, Office closed over the holidays');
  });

  it('refuses a move without a reason or to a day that is not a date, storing nothing', async () => {
    const store = memoryStore({ plans: [await signedPlan()] });
    const noReason = await moveCheckIn(store, { planId: 'p1', slot: 0, to: '2026-12-16', reason: '  ' }, deps('2026-12-10T10:00:00Z'));
    const badDay = await moveCheckIn(store, { planId: 'p1', slot: 0, to: '2026-02-30', reason: 'Sick' }, deps('2026-12-10T10:00:00Z'));
    expect(noReason).toMatchObject({ ok: false, error: { message: 'Say why the check-in moves: the reason is kept with it.' } });
    expect(badDay.ok).toBe(false);
    expect(await store.table('checkIns').count()).toBe(0);
  });

  it('keeps a draft, then records it once with its facts and a dated line in the plan’s history', async () => {
    const store = memoryStore({ plans: [await signedPlan()] });
    const d = deps('2026-12-15T15:00:00Z');
    await saveCheckInDraft(store, { planId: 'p1', slot: 0, notes: 'Half typed', items: [item()], newItems: [] }, d);
    const draft = (await store.table('checkIns').all())[0];
    expect(draft).toMatchObject({ notes: 'Half typed', slot: 0, dueDate: '2026-12-15' });
    expect(draft?.recordedAt).toBeUndefined();

    // The facts it saw include the role-play practice assigned from the plan, as it stood.
    const practice = practiceRow({ passMark: 4, dueDate: '2026-12-20', sessions: 1, latest: 3.5, best: 3.5 });
    const seen = { ...facts, practice: [practice] };
    const recorded = await recordCheckIn(
      store,
      { planId: 'p1', slot: 0, heldDate: '2026-12-15', notes: 'Held in person', items: [item()], newItems: [], facts: seen },
      d,
    );
    expect(recorded.ok).toBe(true);
    const rows = await store.table('checkIns').all();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: draft?.id, heldDate: '2026-12-15', notes: 'Held in person', recordedAt: '2026-12-15T15:00:00.000Z' });
    expect(rows[0]?.facts).toEqual(seen);
    const plan = await store.table('plans').get('p1');
    expect(historyLine(plan!.history.at(-1)!)).toBe('Check-in recorded: held Dec 15, 2026; 1 on track');

    const again = await recordCheckIn(store, { planId: 'p1', slot: 0, heldDate: '2026-12-15', notes: 'Changed', items: [], newItems: [], facts }, d);
    expect(again).toMatchObject({ ok: false, error: { message: 'This check-in is recorded already.' } });
    expect((await store.table('checkIns').all())[0]?.notes).toBe('Held in person');
  });

  it('asks for a reason when the manager’s status differs from the computed one', async () => {
    const store = memoryStore({ plans: [await signedPlan()] });
    const r = await recordCheckIn(
      store,
      { planId: 'p1', slot: 0, heldDate: '2026-12-15', notes: '', items: [item({ status: 'off-track' })], newItems: [], facts },
      deps('2026-12-15T15:00:00Z'),
    );
    expect(r).toMatchObject({ ok: false, error: { message: 'Say why “Qualify every deal with the checklist” is off track and not as computed.' } });
    expect(await store.table('checkIns').count()).toBe(0);
  });

  it('flags the plan for escalation in its history when a check-in past the 30-day mark finds a target missed', async () => {
    const store = memoryStore({ plans: [await signedPlan()] });
    // 30 days after 1 Dec is 31 Dec; the 29 Dec check-in was moved to 4 Jan.
    await moveCheckIn(store, { planId: 'p1', slot: 1, to: '2027-01-04', reason: 'Holidays' }, deps('2026-12-20T10:00:00Z'));
    const off = item({ computed: 'off-track', current: 0.11 });
    await recordCheckIn(
      store,
      { planId: 'p1', slot: 1, heldDate: '2027-01-04', notes: '', items: [off], newItems: [], facts },
      deps('2027-01-04T15:00:00Z'),
    );
    const plan = await store.table('plans').get('p1');
    expect(plan!.history.slice(-2).map(historyLine)).toEqual([
      'Check-in recorded: held Jan 4, 2027; 1 off track',
      'Flagged for escalation: at 30 days (Dec 31, 2026): Qualify every deal with the checklist',
    ]);
  });

  it('extends a plan to a new end with its reason: more check-ins, later deadlines', async () => {
    const store = memoryStore({ plans: [await signedPlan()] });
    const r = await extendPlan(store, { planId: 'p1', to: '2027-03-31', reason: 'Two big deals slipped a quarter' }, deps('2027-01-20T10:00:00Z'));
    expect(r.ok).toBe(true);
    const plan = (await store.table('plans').get('p1'))!;
    // 1 Dec to 31 Mar is 120 days: eight check-ins every 14 days.
    expect(plan.content.checkIns.count).toBe(8);
    expect(plan.content.actionItems.every((a) => a.deadline === '2027-03-31')).toBe(true);
    expect(historyLine(plan.history.at(-1)!)).toBe('Extended: to Mar 31, 2027, Two big deals slipped a quarter');
  });

  it('closes a plan as met or escalated with the reason on its dated status line', async () => {
    const store = memoryStore({ plans: [await signedPlan()] });
    expect((await closePlan(store, { planId: 'p1', outcome: 'escalated', reason: '' }, deps('2027-03-01T10:00:00Z'))).ok).toBe(false);
    const r = await closePlan(store, { planId: 'p1', outcome: 'escalated', reason: 'Win rate still 11% at 90 days' }, deps('2027-03-01T10:00:00Z'));
    expect(r.ok).toBe(true);
    const plan = (await store.table('plans').get('p1'))!;
    expect([plan.status, plan.outcome]).toEqual(['closed', 'escalated']);
    expect(plan.history.at(-1)).toMatchObject({ at: '2027-03-01T10:00:00.000Z', event: 'status' });
    expect(historyLine(plan.history.at(-1)!)).toBe('Closed: Escalated (Win rate still 11% at 90 days)');
  });
});
