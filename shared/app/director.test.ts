// The director's view counts, per manager, the reps, plans and check-ins put in here, and the
// Team page's `only=` filters pick out exactly the reps behind each count.
import { describe, expect, it } from 'vitest';
import { diagnoseTeam } from '../domain/diagnosis/diagnose';
import { DEFAULT_ROLE_EXPECTATIONS } from '../domain/diagnosis/expectations';
import { funnelMonth, rep, series } from '../domain/diagnosis/testing';
import type { CheckIn, Plan, Rep } from '../schemas';
import { DEFAULT_DIAGNOSIS_SETTINGS } from '../schemas/settings';
import { directorView, followUpOf, matchesOnly, periodVerdicts } from './director';

const at = '2017-11-01T09:00:00.000Z';
/** [id, manager, activity factor]: 0.5 is an effort gap against the default AE targets, 1 is on track. */
const FLOOR: Array<[string, string, number]> = [
  ['d0', 'Dustin Brinkmann', 1],
  ['d1', 'Dustin Brinkmann', 0.5],
  ['d2', 'Dustin Brinkmann', 1],
  ['m0', 'Melvin Marxen', 0.5],
  ['m1', 'Melvin Marxen', 0.5],
  ['x0', '', 1],
];

const reps = FLOOR.map(
  ([id, manager]) =>
    ({
      id,
      name: `Rep ${id}`,
      placements: manager ? [{ from: '2016-01-01', team: null, manager, office: 'Central' }] : [],
      leftDate: null,
    }) as unknown as Rep,
);

function team(period: string) {
  return diagnoseTeam({
    reps: FLOOR.map(([id]) => rep(id, { startDate: '2015-01-05' })),
    periods: FLOOR.flatMap(([id, , a]) => series(id, '2017-10', 4, () => funnelMonth(a))),
    expectations: [...DEFAULT_ROLE_EXPECTATIONS],
    settings: DEFAULT_DIAGNOSIS_SETTINGS,
    period,
  });
}

const plan = (id: string, repId: string, status: Plan['status'], outcome: Plan['outcome'] = null) =>
  ({ id, repId, status, outcome, createdAt: at, updatedAt: at, history: [] }) as unknown as Plan;
const checkIn = (id: string, planId: string, repId: string, dueDate: string, heldDate: string | null) =>
  ({ id, planId, repId, dueDate, heldDate }) as unknown as CheckIn;

const plans = [plan('p1', 'd1', 'ready'), plan('p2', 'd2', 'signed'), plan('p3', 'm0', 'closed', 'escalated')];
const TODAY = '2017-11-15';
const checkIns = [
  checkIn('c1', 'p2', 'd2', '2017-11-01', '2017-11-01'),
  checkIn('c2', 'p2', 'd2', '2017-11-08', null),
  checkIn('c3', 'p2', 'd2', '2017-11-22', null),
  checkIn('c4', 'p1', 'd1', '2017-11-15', null),
];

describe('directorView', () => {
  it('counts each manager’s reps by verdict, plans by state and check-ins by date, with no-manager reps last', () => {
    const rows = directorView({ reps, team: team('2017-10'), history: [periodVerdicts(team('2017-09'))!], plans, checkIns, today: TODAY });
    expect(rows.map((r) => r.manager)).toEqual(['Dustin Brinkmann', 'Melvin Marxen', null]);
    const [dustin, melvin, none] = rows;
    expect(dustin?.reps).toBe(3);
    expect(dustin?.byVerdict).toMatchObject({ effort: 1, 'on-track': 2 });
    expect(dustin?.plans).toEqual({ draft: 1, signed: 1, overdueCheckIn: 1, escalated: 0 });
    expect(dustin?.checkIns).toEqual({ done: 1, due: 2, overdue: 1 });
    expect(dustin?.show).toBe('manager:Dustin Brinkmann');
    expect(melvin?.byVerdict).toMatchObject({ effort: 2, 'on-track': 0 });
    expect(melvin?.plans).toEqual({ draft: 0, signed: 0, overdueCheckIn: 0, escalated: 1 });
    expect(none?.reps).toBe(1);
    expect(dustin?.trend).toEqual([
      expect.objectContaining({ period: '2017-09', reps: 3, inGap: 1 }),
      expect.objectContaining({ period: '2017-10', reps: 3, inGap: 1 }),
    ]);
  });

  it('leaves out a rep who left by the period’s end', () => {
    const left = reps.map((r) => (r.id === 'd1' ? { ...r, leftDate: '2017-10-20' } : r));
    const [dustin] = directorView({ reps: left, team: team('2017-10'), plans, checkIns, today: TODAY });
    expect(dustin?.reps).toBe(2);
    expect(dustin?.byVerdict.effort).toBe(0);
  });

  it('the only= filters pick the reps behind each count', () => {
    const d = team('2017-10').reps;
    const pick = (only: Parameters<typeof matchesOnly>[0]) =>
      d.filter((r) => matchesOnly(only, r, followUpOf(r.repId, plans, checkIns, TODAY))).map((r) => r.repId);
    expect(pick('plan-draft')).toEqual(['d1']);
    expect(pick('plan-signed')).toEqual(['d2']);
    expect(pick('plan-overdue')).toEqual(['d2']);
    expect(pick('plan-escalated')).toEqual(['m0']);
    expect(pick('checkins-overdue')).toEqual(['d2']);
    expect(pick('checkins-due')).toEqual(['d1', 'd2']);
    expect(pick('checkins-done')).toEqual(['d2']);
  });
});
