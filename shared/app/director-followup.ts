// What a rep's plans and check-ins amount to on a day: today (the director's table and the Team
// page's `only=` filters), or at the end of an earlier period (the director's trend), read back
// from each plan's history. One set of rules for both, so a number and the reps it opens agree.
import { periodEndDate, shiftPeriod } from '../domain/diagnosis/index';
import type { RepDiagnosis } from '../domain/diagnosis/index';
import type { CheckIn, Plan, PlanOutcome, PlanStatus } from '../schemas/index';

/** What one rep's plan and check-ins amount to on a day. */
export type RepFollowUp = {
  /** The rep's current plan: draft (or ready), signed (held or signed), escalated (closed so), or none. */
  plan: 'draft' | 'signed' | 'escalated' | null;
  /** The current open plan has a check-in past its due date and not held. */
  overdueCheckIn: boolean;
  /**
   * Check-in rows of the rep. Today: held to date (done), not held and due today or later (due),
   * not held and due before today (overdue). At a period's end: held within that period (done),
   * due after it (due), due before its last day and not held by then (overdue).
   */
  checkIns: { done: number; due: number; overdue: number };
};

/** The Team page's `only=` filters the director's numbers open. */
export const ONLY_FILTERS = {
  'in-gap': 'in gap (effort, skill or both)',
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
 * An `only=` value: a filter for today (`plan-signed`), or for the end of an earlier period
 * (`plan-signed@2026-08`, what a number of the director's trend opens). Null: not a filter.
 */
export function parseOnly(v: string | undefined): { filter: OnlyFilter; period: string | null } | null {
  if (v === undefined) return null;
  const at = v.indexOf('@');
  const filter = at < 0 ? v : v.slice(0, at);
  const period = at < 0 ? null : v.slice(at + 1);
  if (!isOnlyFilter(filter)) return null;
  if (period !== null && periodEndDate(period) === null) return null;
  return { filter, period };
}

/**
 * What an `only=` filter keeps, in words, with the period said by the caller (formatted):
 * "with a signed plan at the end of Aug 2026", "with check-ins held in Aug 2026".
 */
export function onlyWords(filter: OnlyFilter, periodLabel: string | null): string {
  if (periodLabel === null || filter === 'in-gap' || filter === 'warnings') return ONLY_FILTERS[filter];
  return filter === 'checkins-done' ? `with check-ins held in ${periodLabel}` : `${ONLY_FILTERS[filter]} at the end of ${periodLabel}`;
}

/** The `only=` value for a filter, today or at the end of a period. */
export const onlyValue = (filter: OnlyFilter, period?: string | null): string => (period ? `${filter}@${period}` : filter);

function kindOf(status: PlanStatus, outcome: PlanOutcome | null): RepFollowUp['plan'] {
  if (status === 'closed') return outcome === 'escalated' ? 'escalated' : null;
  return status === 'held' || status === 'signed' ? 'signed' : 'draft';
}

/**
 * A rep's follow-up on `today`: the latest open plan (else the latest closed one), and every
 * check-in row of the rep — held (done), not held and due today or later (due), not held and
 * due before today (overdue).
 */
export function followUpOf(repId: string, plans: readonly Plan[], checkIns: readonly CheckIn[], today: string): RepFollowUp {
  const mine = plans.filter((p) => p.repId === repId).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const current = mine.find((p) => p.status !== 'closed') ?? mine[0] ?? null;
  const plan = current === null ? null : kindOf(current.status, current.outcome);
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

/**
 * A plan's status and outcome at the end of `day`, read back from its history (created as a
 * draft; each status change and new revision after that); null when it did not exist yet. A plan
 * whose history holds no status change (carried over from an old version) had its status all along.
 */
export function planStateAt(plan: Plan, day: string): { status: PlanStatus; outcome: PlanOutcome | null } | null {
  if (plan.createdAt.slice(0, 10) > day) return null;
  let status: PlanStatus = 'draft';
  let outcome: PlanOutcome | null = null;
  let changes = 0;
  for (const h of plan.history) {
    if (h.event !== 'status' && h.event !== 'revision') continue;
    changes++;
    if (h.at.slice(0, 10) > day) continue;
    if (h.event === 'revision') [status, outcome] = ['draft', null];
    else if (h.detail.startsWith('closed')) [status, outcome] = ['closed', (h.detail.split(': ')[1] as PlanOutcome | undefined) ?? null];
    else [status, outcome] = [h.detail as PlanStatus, null];
  }
  return changes === 0 ? { status: plan.status, outcome: plan.outcome } : { status, outcome };
}

/**
 * A rep's follow-up at the end of `period` (the rep's own plans and check-ins only): the newest
 * plan that was open then (else the newest closed one), as it stood that day; check-ins as
 * RepFollowUp says for a period's end. Check-in dates are the ones on record now (a check-in moved
 * later counts at its new date).
 */
export function followUpAt(plans: readonly Plan[], checkIns: readonly CheckIn[], period: string): RepFollowUp {
  const day = periodEndDate(period) ?? period;
  const before = periodEndDate(shiftPeriod(period, -1)) ?? '';
  const states = plans
    .map((p) => ({ p, s: planStateAt(p, day) }))
    .filter((x): x is { p: Plan; s: NonNullable<ReturnType<typeof planStateAt>> } => x.s !== null)
    .sort((a, b) => b.p.createdAt.localeCompare(a.p.createdAt));
  const current = states.find((x) => x.s.status !== 'closed') ?? states[0] ?? null;
  const counts = { done: 0, due: 0, overdue: 0 };
  let overdueCheckIn = false;
  const existed = new Set(states.map((x) => x.p.id));
  for (const c of checkIns) {
    if (!existed.has(c.planId)) continue;
    const held = c.heldDate !== null && c.heldDate <= day;
    if (held && (c.heldDate as string) > before) counts.done++;
    if (held) continue;
    if (c.dueDate > day) counts.due++;
    else if (c.dueDate < day) {
      counts.overdue++;
      if (current && current.s.status !== 'closed' && c.planId === current.p.id) overdueCheckIn = true;
    }
  }
  return { plan: current ? kindOf(current.s.status, current.s.outcome) : null, overdueCheckIn, checkIns: counts };
}

/** Whether a rep belongs to an `only=` filter. */
export function matchesOnly(only: OnlyFilter, d: Pick<RepDiagnosis, 'warnings' | 'verdict'>, f: RepFollowUp): boolean {
  switch (only) {
    case 'in-gap':
      return d.verdict === 'effort' || d.verdict === 'skill' || d.verdict === 'mixed';
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

/** Plans and check-ins grouped by rep once, so counting a whole floor reads each row once. */
export function byRep<T extends { repId: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.repId);
    if (list) list.push(r);
    else out.set(r.repId, [r]);
  }
  return out;
}
