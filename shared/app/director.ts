// The director's view: one row per manager across the whole floor. Per manager — reps by
// verdict, reps with warning signs, plans by status, check-ins done, due and overdue — and how
// the reps in gap and with warning signs moved over the last periods. Every count is the size of
// a set of reps that the Team page can show again from its address (`only`), by the same rules.
import { periodEndDate, type RepDiagnosis, type TeamDiagnosis } from '../domain/diagnosis/index';
import { filterText, inFilter, placementAt, type TeamFilter } from '../domain/team/index';
import type { CheckIn, Plan, Rep, Verdict } from '../schemas/index';

/** What one rep's plan and check-ins amount to on a day. */
export type RepFollowUp = {
  /** The rep's current plan: draft (or ready), signed (held or signed), escalated (closed so), or none. */
  plan: 'draft' | 'signed' | 'escalated' | null;
  /** The current open plan has a check-in past its due date and not held. */
  overdueCheckIn: boolean;
  checkIns: { done: number; due: number; overdue: number };
};

/** The Team page's `only=` filters the director's numbers open. */
export const ONLY_FILTERS = {
  warnings: 'with warning signs',
  'plan-draft': 'with a draft plan',
  'plan-signed': 'with a signed plan',
  'plan-overdue': 'whose plan has an overdue check-in',
  'plan-escalated': 'whose plan was escalated',
  'checkins-done': 'with check-ins held',
  'checkins-due': 'with check-ins due',
  'checkins-overdue': 'with check-ins overdue',
} as const;
export type OnlyFilter = keyof typeof ONLY_FILTERS;

export const isOnlyFilter = (v: string | undefined): v is OnlyFilter => v !== undefined && Object.hasOwn(ONLY_FILTERS, v);

/**
 * A rep's follow-up on `today`: the latest open plan (else the latest closed one), and every
 * check-in row of the rep — held (done), not held and due today or later (due), not held and
 * due before today (overdue).
 */
export function followUpOf(repId: string, plans: readonly Plan[], checkIns: readonly CheckIn[], today: string): RepFollowUp {
  const mine = plans.filter((p) => p.repId === repId).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const current = mine.find((p) => p.status !== 'closed') ?? mine[0] ?? null;
  const plan =
    current === null
      ? null
      : current.status === 'closed'
        ? current.outcome === 'escalated'
          ? 'escalated'
          : null
        : current.status === 'held' || current.status === 'signed'
          ? 'signed'
          : 'draft';
  const counts = { done: 0, due: 0, overdue: 0 };
  let overdueCheckIn = false;
  for (const c of checkIns) {
    if (c.repId !== repId) continue;
    if (c.heldDate !== null) counts.done++;
    else if (c.dueDate >= today) counts.due++;
    else {
      counts.overdue++;
      if (current && current.status !== 'closed' && c.planId === current.id) overdueCheckIn = true;
    }
  }
  return { plan, overdueCheckIn, checkIns: counts };
}

/** Whether a rep belongs to an `only=` filter. */
export function matchesOnly(only: OnlyFilter, d: Pick<RepDiagnosis, 'warnings'>, f: RepFollowUp): boolean {
  switch (only) {
    case 'warnings':
      return d.warnings.length > 0;
    case 'plan-draft':
      return f.plan === 'draft';
    case 'plan-signed':
      return f.plan === 'signed';
    case 'plan-overdue':
      return f.overdueCheckIn;
    case 'plan-escalated':
      return f.plan === 'escalated';
    case 'checkins-done':
      return f.checkIns.done > 0;
    case 'checkins-due':
      return f.checkIns.due > 0;
    case 'checkins-overdue':
      return f.checkIns.overdue > 0;
  }
}

export type TrendPoint = { period: string; reps: number; inGap: number; withWarnings: number };

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
  /** Oldest first: per period, the reps diagnosed, how many were in gap, and with warning signs. */
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

/** The manager a rep is counted under on a day (null: none on record), and the filter that shows them. */
function managerOf(rep: Rep | undefined, date: string): { key: string; name: string | null; show: string } {
  const name = rep ? placementAt(rep, date).manager : null;
  if (!name) return { key: NO_MANAGER, name: null, show: 'everyone' };
  const filter: TeamFilter = { kind: 'manager', name };
  return { key: name.trim().toLocaleLowerCase(), name, show: filterText(filter) };
}

export type DirectorInput = {
  reps: readonly Rep[];
  /** The diagnosis of the period shown, then (optionally) of earlier periods for the trend, any order. */
  team: TeamDiagnosis;
  history?: readonly TeamDiagnosis[];
  plans: readonly Plan[];
  checkIns: readonly CheckIn[];
  today: string;
};

/**
 * One row per manager on the period's last day (reps who left by then are left out, as on the
 * Team page), sorted by name with "no manager" last. Counts in one place, so the row and the
 * Team page it opens cannot disagree.
 */
export function directorView(input: DirectorInput): ManagerRow[] {
  const { team } = input;
  if (team.period === null) return [];
  const date = periodEndDate(team.period) ?? input.today;
  const byId = new Map(input.reps.map((r) => [r.id, r]));
  const rows = new Map<string, ManagerRow>();
  const rowFor = (rep: Rep | undefined, day: string): ManagerRow => {
    const m = managerOf(rep, day);
    let row = rows.get(m.key);
    if (!row) rows.set(m.key, (row = emptyRow(m.name, m.show)));
    return row;
  };
  for (const d of team.reps) {
    const rep = byId.get(d.repId);
    if (!inFilter(rep ?? {}, { kind: 'everyone' }, date)) continue;
    const row = rowFor(rep, date);
    const f = followUpOf(d.repId, input.plans, input.checkIns, input.today);
    row.reps++;
    row.byVerdict[d.verdict]++;
    if (d.warnings.length > 0) row.withWarnings++;
    if (f.plan) row.plans[f.plan === 'draft' ? 'draft' : f.plan === 'signed' ? 'signed' : 'escalated']++;
    if (f.overdueCheckIn) row.plans.overdueCheckIn++;
    row.checkIns.done += f.checkIns.done;
    row.checkIns.due += f.checkIns.due;
    row.checkIns.overdue += f.checkIns.overdue;
  }
  const periods = [...(input.history ?? []), team].filter((t) => t.period !== null).sort((a, b) => String(a.period).localeCompare(String(b.period)));
  const perPeriod = periods.map((t) => trendOf(t, byId, rowFor));
  for (const row of rows.values())
    row.trend = perPeriod.map(({ period, points }) => points.get(row) ?? { period, reps: 0, inGap: 0, withWarnings: 0 });
  return [...rows.entries()]
    .sort(([a, x], [b, y]) => (a === NO_MANAGER ? 1 : b === NO_MANAGER ? -1 : String(x.manager).localeCompare(String(y.manager))))
    .map(([, r]) => r);
}

function trendOf(
  t: TeamDiagnosis,
  byId: Map<string, Rep>,
  rowFor: (rep: Rep | undefined, day: string) => ManagerRow,
): { period: string; points: Map<ManagerRow, TrendPoint> } {
  const period = t.period as string;
  const day = periodEndDate(period) ?? period;
  const points = new Map<ManagerRow, TrendPoint>();
  for (const d of t.reps) {
    const rep = byId.get(d.repId);
    if (!inFilter(rep ?? {}, { kind: 'everyone' }, day) || d.verdict === 'insufficient-data') continue;
    const row = rowFor(rep, day);
    let p = points.get(row);
    if (!p) points.set(row, (p = { period, reps: 0, inGap: 0, withWarnings: 0 }));
    p.reps++;
    if (IN_GAP.has(d.verdict)) p.inGap++;
    if (d.warnings.length > 0) p.withWarnings++;
  }
  return { period, points };
}
