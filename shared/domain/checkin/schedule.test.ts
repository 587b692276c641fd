import { describe, expect, it } from 'vitest';
import type { CheckIn, Plan, ProgressStatus } from '@shared/schemas/plan';
import { carriedForward, escalationFlag, followUpStatus, milestoneResults } from './follow';
import { checkInSchedule, dueTomorrow, nextOpenCheckIn, thisWeek, weekEnd } from './schedule';

// Every date below was worked out on a calendar: 1 Dec 2026 is a Tuesday, 6 Dec a Sunday.
type P = Pick<Plan, 'id' | 'repId' | 'status' | 'createdAt' | 'content'>;
const plan = (over: Partial<Plan['content']> = {}, id = 'p1', repId = 'r1'): P =>
  ({
    id,
    repId,
    status: 'signed',
    createdAt: '2026-11-20T09:00:00.000Z',
    content: {
      checkIns: { startDate: '2026-12-01', everyDays: 14, count: 3 },
      meeting: { date: '2026-12-01', time: '', place: '', uninterrupted: true, note: '' },
      milestones: [
        { id: 'm30', date: '2026-12-31', text: 'Win rate 20%' },
        { id: 'm60', date: '2027-01-29', text: 'Win rate 27%' },
      ],
      ...over,
    },
  }) as unknown as P;

const row = (over: Partial<CheckIn>): CheckIn => ({
  id: 'c1',
  planId: 'p1',
  repId: 'r1',
  dueDate: '2026-12-15',
  heldDate: null,
  notes: '',
  itemStatuses: [],
  wins: [],
  ...over,
});
const item = (itemId: string, computed: ProgressStatus | null, status: ProgressStatus | null = null) => ({
  itemId,
  action: `Action ${itemId}`,
  metricKey: 'winRate',
  carried: false,
  baseline: 0.12,
  current: 0.18,
  target: 0.27,
  expected: 0.2,
  computed,
  rule: '',
  status,
  reason: status ? 'Because' : '',
  word: `Word on ${itemId}`,
});

describe('check-in schedule', () => {
  it('gives the cadence’s days, every two weeks from the start', () => {
    expect(checkInSchedule(plan(), [], '2026-12-01').map((c) => [c.due, c.state])).toEqual([
      ['2026-12-15', 'upcoming'],
      ['2026-12-29', 'upcoming'],
      ['2027-01-12', 'upcoming'],
    ]);
  });

  it('moves a check-in that falls on a weekend to the Monday', () => {
    const weekly = plan({ checkIns: { startDate: '2026-12-05', everyDays: 7, count: 2 } });
    expect(checkInSchedule(weekly, [], '2026-12-05').map((c) => c.due)).toEqual(['2026-12-14', '2026-12-21']);
  });

  it('keeps a past check-in that was not recorded as overdue, and marks today’s as due', () => {
    const states = checkInSchedule(plan(), [], '2026-12-29').map((c) => c.state);
    expect(states).toEqual(['overdue', 'due', 'upcoming']);
  });

  it('reads a moved check-in on its new day and a recorded one as recorded', () => {
    const moved = row({
      id: 'c2',
      slot: 1,
      dueDate: '2027-01-04',
      moves: [{ from: '2026-12-29', to: '2027-01-04', reason: 'Holidays', at: '2026-12-20T10:00:00.000Z' }],
    });
    const done = row({ id: 'c1', slot: 0, heldDate: '2026-12-15', recordedAt: '2026-12-15T16:00:00.000Z' });
    const s = checkInSchedule(plan(), [moved, done], '2026-12-30');
    expect(s.map((c) => [c.slot, c.planned, c.due, c.state])).toEqual([
      [0, '2026-12-15', '2026-12-15', 'recorded'],
      [1, '2026-12-29', '2027-01-04', 'upcoming'],
      [2, '2027-01-12', '2027-01-12', 'upcoming'],
    ]);
    expect(nextOpenCheckIn(s)?.due).toBe('2027-01-04');
  });

  it('matches an older row without a slot by its day, and never drops a row the cadence no longer has', () => {
    const old = row({ id: 'c9', dueDate: '2026-12-29' });
    const stray = row({ id: 'c8', dueDate: '2026-12-10', slot: 7 });
    const s = checkInSchedule(plan(), [old, stray], '2026-12-11');
    expect(s.find((c) => c.slot === 1)?.row?.id).toBe('c9');
    expect(s[0]).toMatchObject({ due: '2026-12-10', state: 'overdue' });
  });

  it('lists this week’s check-ins, overdue ones included, up to Sunday', () => {
    expect(weekEnd('2026-12-14')).toBe('2026-12-20');
    expect(weekEnd('2026-12-20')).toBe('2026-12-20');
    const other = plan({ checkIns: { startDate: '2026-12-04', everyDays: 7, count: 3 } }, 'p2', 'r2'); // 11, 18, 25 Dec
    const draft = { ...plan({}, 'p3', 'r3'), status: 'draft' as const };
    const week = thisWeek([plan(), other, draft], [], '2026-12-16');
    expect(week.map((c) => [c.planId, c.due, c.state])).toEqual([
      ['p2', '2026-12-11', 'overdue'],
      ['p1', '2026-12-15', 'overdue'],
      ['p2', '2026-12-18', 'upcoming'],
    ]);
    expect(dueTomorrow([plan(), other], [], '2026-12-17').map((c) => c.planId)).toEqual(['p2']);
  });
});

describe('the plan follows its check-ins', () => {
  const first = row({
    id: 'c1',
    slot: 0,
    heldDate: '2026-12-15',
    recordedAt: '2026-12-15T16:00:00.000Z',
    items: [item('a', 'met'), item('b', 'on-track', 'off-track')],
  });

  it('carries forward what was not met, and the new items agreed', () => {
    const withNew = {
      ...first,
      newItems: [{ id: 'n1', action: 'Shadow two demos', metricKey: null, baseline: null, target: null, deadline: null, owner: 'Rep' }],
    };
    expect(carriedForward(withNew).map((c) => [c.itemId, c.fromStatus, c.word])).toEqual([
      ['b', 'off-track', 'Word on b'],
      ['n1', null, ''],
    ]);
    expect(carriedForward(null)).toEqual([]);
  });

  it('marks a milestone missed when the last check-in by its day had an item off track, and one ahead until its day', () => {
    expect(milestoneResults(plan(), [first], '2027-01-05').map((m) => [m.id, m.state])).toEqual([
      ['m30', 'missed'],
      ['m60', 'ahead'],
    ]);
    const fine = { ...first, items: [item('a', 'met'), item('b', 'on-track')] };
    expect(milestoneResults(plan(), [fine], '2027-01-05')[0]?.state).toBe('met');
    expect(milestoneResults(plan(), [], '2027-01-05')[0]?.state).toBe('not-checked');
  });

  it('flags for escalation at 30 days when a target is missed, not before, and not for an item at risk', () => {
    // Began 1 Dec 2026: the 30-day mark is 31 Dec.
    expect(escalationFlag(plan(), [first], '2026-12-30')).toBeNull();
    expect(escalationFlag(plan(), [first], '2026-12-31')).toEqual({ day: 30, date: '2026-12-31', missed: ['Action b'] });
    const risky = { ...first, items: [item('a', 'at-risk')] };
    expect(escalationFlag(plan(), [risky], '2027-01-05')).toBeNull();
  });

  it('shows an overdue check-in before anything else, then the worst status of the last check-in', () => {
    const p = plan();
    const asOf = '2026-12-30'; // the 29 Dec check-in was missed
    expect(followUpStatus(p, checkInSchedule(p, [first], asOf), [first], asOf)).toMatchObject({ status: 'overdue', overdueSince: '2026-12-29' });
    const onTrack = { ...first, items: [item('a', 'met'), item('b', 'on-track')] };
    expect(followUpStatus(p, checkInSchedule(p, [onTrack], '2026-12-20'), [onTrack], '2026-12-20').status).toBe('on-track');
    expect(followUpStatus(p, checkInSchedule(p, [first], '2026-12-20'), [first], '2026-12-20').status).toBe('off-track');
    expect(followUpStatus(p, checkInSchedule(p, [], '2026-12-10'), [], '2026-12-10').status).toBe('not-measured');
  });
});
