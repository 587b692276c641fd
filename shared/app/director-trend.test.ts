// The director's trend of plans and check-ins: at each month's end, each plan as its history says
// it stood that day, and the check-ins held in the month or overdue by its end. The Team page's
// `only=…@month` filters open exactly the reps behind each number.
import { describe, expect, it } from 'vitest';
import { diagnoseTeam } from '../domain/diagnosis/diagnose';
import { DEFAULT_ROLE_EXPECTATIONS } from '../domain/diagnosis/expectations';
import { funnelMonth, rep, series } from '../domain/diagnosis/testing';
import type { CheckIn, MetricPeriod, Plan, Rep } from '../schemas';
import { DEFAULT_DIAGNOSIS_SETTINGS } from '../schemas/settings';
import { loadDiagnosisData } from './diagnosis';
import { directorView, periodVerdicts, trendVerdicts, TREND_MEASURES, type PeriodVerdicts, type TrendMeasure } from './director';
import { followUpAt, matchesOnly, onlyWords, parseOnly, planStateAt, type OnlyFilter } from './director-followup';
import { memoryStore } from './memory-store';
import { plainRep } from '@tests/helpers/seed';
import { planWithHistory, type PlanStep } from '@tests/helpers/plan-history';

const FLOOR: Array<[string, string]> = [
  ['d1', 'Dustin Brinkmann'],
  ['d2', 'Dustin Brinkmann'],
  ['m0', 'Melvin Marxen'],
  ['m1', 'Melvin Marxen'],
];
const reps = FLOOR.map(
  ([id, manager]) =>
    ({ id, name: `Rep ${id}`, placements: [{ from: '2016-01-01', team: null, manager, office: 'Central' }], leftDate: null }) as unknown as Rep,
);
const team = (period: string) =>
  diagnoseTeam({
    reps: FLOOR.map(([id]) => rep(id, { startDate: '2015-01-05' })),
    periods: FLOOR.flatMap(([id]) => series(id, '2017-10', 4, () => funnelMonth(1))),
    expectations: [...DEFAULT_ROLE_EXPECTATIONS],
    settings: DEFAULT_DIAGNOSIS_SETTINGS,
    period,
  });

const plan = (id: string, repId: string, created: string, steps: PlanStep[], now: Pick<Plan, 'status' | 'outcome'>): Plan =>
  planWithHistory({}, id, repId, created, steps, now) as unknown as Plan;
const checkIn = (id: string, planId: string, repId: string, dueDate: string, heldDate: string | null) =>
  ({ id, planId, repId, dueDate, heldDate }) as unknown as CheckIn;

// d1: a draft in August, held and signed in September; its first check-in (due 20 Sep) held late
// on 2 Oct, its second (due 15 Oct) never held. m0: signed in August with a check-in held on
// 25 Aug, escalated on 10 Oct.
// d2: a draft started on 30 Oct. m1: no plan.
const plans = [
  plan(
    'p1',
    'd1',
    '2017-08-10',
    [
      ['2017-09-05', 'status', 'held'],
      ['2017-09-06', 'status', 'signed'],
    ],
    { status: 'signed', outcome: null },
  ),
  plan(
    'p2',
    'm0',
    '2017-08-01',
    [
      ['2017-08-20', 'status', 'signed'],
      ['2017-10-10', 'status', 'closed: escalated'],
    ],
    { status: 'closed', outcome: 'escalated' },
  ),
  plan('p3', 'd2', '2017-10-30', [], { status: 'draft', outcome: null }),
];
const checkIns = [
  checkIn('c0', 'p2', 'm0', '2017-08-25', '2017-08-25'),
  checkIn('c1', 'p1', 'd1', '2017-09-20', '2017-10-02'),
  checkIn('c2', 'p1', 'd1', '2017-10-15', null),
];
const history = ['2017-08', '2017-09'].map((p) => periodVerdicts(team(p)) as PeriodVerdicts);
const TODAY = '2017-11-15';

describe('the director’s trend of plans and check-ins', () => {
  const rows = directorView({ reps, team: team('2017-10'), history, plans, checkIns, today: TODAY });
  const series_ = (manager: string, m: TrendMeasure) => rows.find((r) => r.manager === manager)?.trend.map((p) => p[m]);

  it('counts, at each month’s end, signed and escalated plans as their history says they stood', () => {
    expect(rows.find((r) => r.manager === 'Dustin Brinkmann')?.trend.map((p) => p.period)).toEqual(['2017-08', '2017-09', '2017-10']);
    expect(series_('Dustin Brinkmann', 'signed')).toEqual([0, 1, 1]);
    expect(series_('Melvin Marxen', 'signed')).toEqual([1, 1, 0]);
    expect(series_('Melvin Marxen', 'escalated')).toEqual([0, 0, 1]);
    expect(series_('Dustin Brinkmann', 'escalated')).toEqual([0, 0, 0]);
  });

  it('counts check-ins held within the month and overdue at its end, and open plans with one overdue', () => {
    expect(series_('Dustin Brinkmann', 'checkInsHeld')).toEqual([0, 0, 1]);
    expect(series_('Dustin Brinkmann', 'checkInsOverdue')).toEqual([0, 1, 1]);
    expect(series_('Dustin Brinkmann', 'overdueCheckIn')).toEqual([0, 1, 1]);
    expect(series_('Melvin Marxen', 'checkInsOverdue')).toEqual([0, 0, 0]);
    // Held in August: counted in August only.
    expect(series_('Melvin Marxen', 'checkInsHeld')).toEqual([1, 0, 0]);
  });

  it('each number is the count of the reps its `only=…@month` filter keeps', () => {
    const only: Record<TrendMeasure, OnlyFilter> = {
      inGap: 'in-gap',
      withWarnings: 'warnings',
      signed: 'plan-signed',
      overdueCheckIn: 'plan-overdue',
      escalated: 'plan-escalated',
      checkInsHeld: 'checkins-done',
      checkInsOverdue: 'checkins-overdue',
    };
    for (const period of ['2017-08', '2017-09', '2017-10'])
      for (const m of TREND_MEASURES) {
        const asked = parseOnly(`${only[m]}@${period}`);
        const kept = team(period).reps.filter(
          (d) =>
            asked !== null &&
            (m === 'inGap' || m === 'withWarnings' ? d.verdict !== 'insufficient-data' : true) &&
            matchesOnly(
              asked.filter,
              d,
              followUpAt(
                plans.filter((p) => p.repId === d.repId),
                checkIns.filter((c) => c.repId === d.repId),
                period,
              ),
            ),
        );
        const counted = rows.reduce((n, r) => n + (r.trend.find((p) => p.period === period)?.[m] ?? 0), 0);
        expect([period, m, counted]).toEqual([period, m, kept.length]);
      }
  });

  it('reads a plan’s state back from its history: none before it was made, a new revision is a draft again', () => {
    const p = plan(
      'p9',
      'd1',
      '2017-08-10',
      [
        ['2017-08-12', 'status', 'signed'],
        ['2017-09-01', 'revision', 'revision 2 started from revision 1'],
      ],
      { status: 'draft', outcome: null },
    );
    expect(planStateAt(p, '2017-08-09')).toBeNull();
    expect(planStateAt(p, '2017-08-10')).toEqual({ status: 'draft', outcome: null });
    expect(planStateAt(p, '2017-08-31')).toEqual({ status: 'signed', outcome: null });
    expect(planStateAt(p, '2017-09-30')).toEqual({ status: 'draft', outcome: null });
    expect(planStateAt(plans[1] as Plan, '2017-10-31')).toEqual({ status: 'closed', outcome: 'escalated' });
  });

  it('reads `only=` values for today or a month’s end, and refuses anything else', () => {
    expect(parseOnly('plan-signed')).toEqual({ filter: 'plan-signed', period: null });
    expect(parseOnly('checkins-done@2017-09')).toEqual({ filter: 'checkins-done', period: '2017-09' });
    expect(parseOnly('plan-signed@last-year')).toBeNull();
    expect(parseOnly('signed')).toBeNull();
    expect(onlyWords('checkins-done', 'Sep 2017')).toBe('with check-ins held in Sep 2017');
    expect(onlyWords('plan-escalated', 'Sep 2017')).toBe('whose plan was escalated at the end of Sep 2017');
  });
});

describe('trendVerdicts', () => {
  it('gives the verdicts the team diagnosis gives for each period the data holds, as the worker sends them', async () => {
    const at = '2017-11-01T09:00:00.000Z';
    const metricPeriods = FLOOR.flatMap(([id], i) =>
      series(id, '2017-10', 4, () => funnelMonth(i % 2 ? 0.5 : 1)).map(
        (r, k) =>
          ({ id: `${id}-${k}`, repId: id, period: r.period, periodKind: 'month', importId: null, values: r.values, createdAt: at }) as MetricPeriod,
      ),
    );
    const stored = reps.map((r): Rep => ({ ...plainRep(r.id, r.name, at), ...r, startDate: '2015-01-05' }));
    const data = await loadDiagnosisData(
      memoryStore({ reps: stored, metricPeriods, expectations: [{ ...DEFAULT_ROLE_EXPECTATIONS[1]!, id: 'e1', isDefault: false }] }),
    );
    const got = trendVerdicts(data, ['2017-09', '2017-10', '2031-01'], 'month');
    expect(got.map((v) => v.period)).toEqual(['2017-09', '2017-10']);
    for (const v of got) expect(v).toEqual(periodVerdicts(diagnoseTeam({ ...data.input, period: v.period })));
    // Reps at half the activity are in gap; the others are not.
    expect(got[1]?.reps.map((r) => [r.repId, r.verdict === 'effort'])).toEqual([
      ['d1', false],
      ['d2', true],
      ['m0', false],
      ['m1', true],
    ]);
    expect(trendVerdicts(data, ['2017-Q3'], 'quarter').map((v) => v.period)).toEqual(['2017-Q3']);
  });
});
