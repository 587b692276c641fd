// The director's view: one row per manager across the whole floor. Per manager — reps by
// verdict, reps with warning signs, plans by status, check-ins done, due and overdue — and how
// the reps in gap and with warning signs moved over the last periods. Every count is the size of
// a set of reps that the Team page can show again from its address (`only`), by the same rules.
import { diagnoseTeam, periodEndDate, type TeamDiagnosis } from '../domain/diagnosis/index';
import { filterText, inFilter, placementAt, type TeamFilter } from '../domain/team/index';
import type { CheckIn, Plan, Rep, Verdict } from '../schemas/index';
import type { DiagnosisData } from './diagnosis';
import { withPeriodKind } from './diagnosis';
import { byRep, followUpAt, followUpOf } from './director-followup';

export {
  followUpAt,
  followUpOf,
  isOnlyFilter,
  matchesOnly,
  ONLY_FILTERS,
  onlyValue,
  onlyWords,
  parseOnly,
  planStateAt,
  type OnlyFilter,
  type RepFollowUp,
} from './director-followup';

/**
 * One period of the trend for one manager, at the period's end. `reps` and `inGap`, `withWarnings`
 * count the reps with a verdict; the follow-up counts are reps among all the manager's reps
 * diagnosed that period: signed (held or signed plan), overdueCheckIn (their open plan had a
 * check-in past its date), escalated, checkInsHeld (a check-in held within the period),
 * checkInsOverdue (a check-in past its date and not held by the period's end).
 */
export type TrendPoint = {
  period: string;
  reps: number;
  inGap: number;
  withWarnings: number;
  signed: number;
  overdueCheckIn: number;
  escalated: number;
  checkInsHeld: number;
  checkInsOverdue: number;
};

/** The trend's measures, in the order the page offers them. */
export const TREND_MEASURES = ['inGap', 'withWarnings', 'signed', 'overdueCheckIn', 'escalated', 'checkInsHeld', 'checkInsOverdue'] as const;
export type TrendMeasure = (typeof TREND_MEASURES)[number];

/** A period's verdicts, all the trend needs of a team diagnosis (small enough to come from a worker). */
export type PeriodVerdicts = { period: string; reps: Array<{ repId: string; verdict: Verdict; warned: boolean }> };

export function periodVerdicts(t: TeamDiagnosis): PeriodVerdicts | null {
  if (t.period === null) return null;
  return { period: t.period, reps: t.reps.map((d) => ({ repId: d.repId, verdict: d.verdict, warned: d.warnings.length > 0 })) };
}

/**
 * The verdicts of each period asked for that the data holds, by the team diagnosis the Team page
 * runs for that period (read by the kind of period given: monthly data by quarter, as the app
 * and the CLI read it). What the director's trend needs; the app works it out in a Web Worker.
 */
export function trendVerdicts(loaded: DiagnosisData, periods: readonly string[], kind: DiagnosisData['periodKind']): PeriodVerdicts[] {
  const other = kind && kind !== loaded.periodKind ? withPeriodKind(loaded, kind, true) : loaded;
  const data = other && typeof other !== 'string' ? other : loaded;
  return periods.flatMap((period) => {
    if (!data.periods.includes(period)) return [];
    const v = periodVerdicts(diagnoseTeam({ ...data.input, period }));
    return v ? [v] : [];
  });
}

export type ManagerRow = {
  /** The manager's name; null for reps with no manager on record. */
  manager: string | null;
  /** The address filter that shows this manager's reps (filterText). */
  show: string;
  reps: number;
  byVerdict: Record<Verdict, number>;
  withWarnings: number;
  /** Reps counted by their current plan's state, and by an overdue check-in on it. */
  plans: { draft: number; signed: number; overdueCheckIn: number; escalated: number };
  /** Check-in rows of the manager's reps (not reps): held, due from today, overdue. */
  checkIns: { done: number; due: number; overdue: number };
  /** Oldest first, one point per period of the trend. */
  trend: TrendPoint[];
};

const IN_GAP: ReadonlySet<Verdict> = new Set(['effort', 'skill', 'mixed']);
const NO_MANAGER = '\u0000none';

function emptyRow(manager: string | null, show: string): ManagerRow {
  return {
    manager,
    show,
    reps: 0,
    byVerdict: { effort: 0, skill: 0, mixed: 0, 'on-track': 0, 'insufficient-data': 0 },
    withWarnings: 0,
    plans: { draft: 0, signed: 0, overdueCheckIn: 0, escalated: 0 },
    checkIns: { done: 0, due: 0, overdue: 0 },
    trend: [],
  };
}

const emptyPoint = (period: string): TrendPoint => ({
  period,
  reps: 0,
  inGap: 0,
  withWarnings: 0,
  signed: 0,
  overdueCheckIn: 0,
  escalated: 0,
  checkInsHeld: 0,
  checkInsOverdue: 0,
});

/** The manager a rep is counted under on a day (null: none on record), and the filter that shows them. */
function managerOf(rep: Rep | undefined, date: string): { key: string; name: string | null; show: string } {
  const name = rep ? placementAt(rep, date).manager : null;
  if (!name) return { key: NO_MANAGER, name: null, show: 'everyone' };
  const filter: TeamFilter = { kind: 'manager', name };
  return { key: name.trim().toLocaleLowerCase(), name, show: filterText(filter) };
}

export type DirectorInput = {
  reps: readonly Rep[];
  /** The diagnosis of the period shown. */
  team: TeamDiagnosis;
  /** The verdicts of earlier periods for the trend, any order (periodVerdicts). */
  history?: readonly PeriodVerdicts[];
  plans: readonly Plan[];
  checkIns: readonly CheckIn[];
  today: string;
};

type Index = { byId: Map<string, Rep>; plans: Map<string, Plan[]>; checkIns: Map<string, CheckIn[]> };
type RowFor = (rep: Rep | undefined, day: string) => ManagerRow;

/**
 * One row per manager on the period's last day (reps who left by then are left out, as on the
 * Team page), sorted by name with "no manager" last. Counts in one place, so the row and the
 * Team page it opens cannot disagree. Plans and check-ins are grouped by rep once.
 */
export function directorView(input: DirectorInput): ManagerRow[] {
  const { team } = input;
  if (team.period === null) return [];
  const date = periodEndDate(team.period) ?? input.today;
  const ix: Index = { byId: new Map(input.reps.map((r) => [r.id, r])), plans: byRep(input.plans), checkIns: byRep(input.checkIns) };
  const rows = new Map<string, ManagerRow>();
  const rowFor: RowFor = (rep, day) => {
    const m = managerOf(rep, day);
    let row = rows.get(m.key);
    if (!row) rows.set(m.key, (row = emptyRow(m.name, m.show)));
    return row;
  };
  for (const d of team.reps) {
    const rep = ix.byId.get(d.repId);
    if (!inFilter(rep ?? {}, { kind: 'everyone' }, date)) continue;
    const row = rowFor(rep, date);
    const f = followUpOf(d.repId, ix.plans.get(d.repId) ?? [], ix.checkIns.get(d.repId) ?? [], input.today);
    row.reps++;
    row.byVerdict[d.verdict]++;
    if (d.warnings.length > 0) row.withWarnings++;
    if (f.plan) row.plans[f.plan]++;
    if (f.overdueCheckIn) row.plans.overdueCheckIn++;
    row.checkIns.done += f.checkIns.done;
    row.checkIns.due += f.checkIns.due;
    row.checkIns.overdue += f.checkIns.overdue;
  }
  const shown = periodVerdicts(team);
  const periods = [...(input.history ?? []).filter((h) => h.period !== team.period), ...(shown ? [shown] : [])].sort((a, b) =>
    a.period.localeCompare(b.period),
  );
  const perPeriod = periods.map((t) => trendOf(t, ix, rowFor));
  for (const row of rows.values()) row.trend = perPeriod.map(({ period, points }) => points.get(row) ?? emptyPoint(period));
  return [...rows.entries()]
    .sort(([a, x], [b, y]) => (a === NO_MANAGER ? 1 : b === NO_MANAGER ? -1 : String(x.manager).localeCompare(String(y.manager))))
    .map(([, r]) => r);
}

/** One period's points, per manager on the period's last day. */
function trendOf(t: PeriodVerdicts, ix: Index, rowFor: RowFor): { period: string; points: Map<ManagerRow, TrendPoint> } {
  const { period } = t;
  const day = periodEndDate(period) ?? period;
  const points = new Map<ManagerRow, TrendPoint>();
  for (const d of t.reps) {
    const rep = ix.byId.get(d.repId);
    if (!inFilter(rep ?? {}, { kind: 'everyone' }, day)) continue;
    const row = rowFor(rep, day);
    let p = points.get(row);
    if (!p) points.set(row, (p = emptyPoint(period)));
    const f = followUpAt(ix.plans.get(d.repId) ?? [], ix.checkIns.get(d.repId) ?? [], period);
    if (f.plan === 'signed') p.signed++;
    if (f.plan === 'escalated') p.escalated++;
    if (f.overdueCheckIn) p.overdueCheckIn++;
    if (f.checkIns.done > 0) p.checkInsHeld++;
    if (f.checkIns.overdue > 0) p.checkInsOverdue++;
    if (d.verdict === 'insufficient-data') continue;
    p.reps++;
    if (IN_GAP.has(d.verdict)) p.inGap++;
    if (d.warned) p.withWarnings++;
  }
  return { period, points };
}
