// How a plan follows its check-ins: what is carried into the next one, whether its milestones
// were met, when it is flagged for escalation, and the one status a rep list shows.
import type { ActionItem, CheckIn, CheckInItem, Plan, ProgressStatus } from '@shared/schemas/plan';
import { addDays, daysBetween } from '../plan/dates';
import type { ScheduledCheckIn } from './schedule';

export const PROGRESS_LABELS: Record<ProgressStatus, string> = {
  met: 'Met',
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
  'not-measurable': 'Not measurable yet',
};

/** The status that counts: the manager's where they set one, else the computed one. */
export function finalStatus(item: Pick<CheckInItem, 'status' | 'computed'>): ProgressStatus | null {
  return item.status ?? item.computed;
}

const recorded = (rows: readonly CheckIn[]) =>
  rows.filter((r) => r.recordedAt).sort((a, b) => (a.heldDate ?? a.dueDate).localeCompare(b.heldDate ?? b.dueDate));

/** The last recorded check-in of a plan held on or before `day` (any day when null). */
export function lastRecorded(rows: readonly CheckIn[], planId: string, day: string | null = null): CheckIn | null {
  const mine = recorded(rows.filter((r) => r.planId === planId)).filter((r) => day === null || (r.heldDate ?? r.dueDate) <= day);
  return mine[mine.length - 1] ?? null;
}

export type CarriedItem = { itemId: string; action: string; metricKey: string | null; fromStatus: ProgressStatus | null; word: string };

/**
 * What the next check-in starts with, at the top: the items of the last one that were not met
 * (with the status and word given there), and the new action items agreed there.
 */
export function carriedForward(last: CheckIn | null): CarriedItem[] {
  if (!last) return [];
  const open = (last.items ?? [])
    .filter((i) => finalStatus(i) !== 'met')
    .map((i) => ({ itemId: i.itemId, action: i.action, metricKey: i.metricKey, fromStatus: finalStatus(i), word: i.word }));
  const added = (last.newItems ?? []).filter((n) => !open.some((o) => o.itemId === n.id));
  return [...open, ...added.map((n: ActionItem) => ({ itemId: n.id, action: n.action, metricKey: n.metricKey, fromStatus: null, word: '' }))];
}

/** Where the plan began: the day of the conversation, else the first day of its cadence. */
export function planStart(plan: Pick<Plan, 'content' | 'createdAt'>): string {
  return plan.content.meeting.date ?? plan.content.checkIns.startDate ?? plan.createdAt.slice(0, 10);
}

export type MilestoneState = 'met' | 'missed' | 'not-checked' | 'ahead';
export type MilestoneResult = { id: string; date: string | null; text: string; state: MilestoneState; checkInDay: string | null };

const isMissed = (s: ProgressStatus | null) => s === 'off-track' || s === 'at-risk';

/**
 * Each milestone as of a day: ahead (its date is still to come), met (the last check-in by its
 * date had no item at risk or off track), missed (it had one), or not checked (no check-in was
 * recorded by then).
 */
export function milestoneResults(plan: Pick<Plan, 'id' | 'content'>, rows: readonly CheckIn[], asOf: string): MilestoneResult[] {
  return plan.content.milestones.map((m) => {
    if (!m.date || m.date > asOf) return { id: m.id, date: m.date, text: m.text, state: 'ahead', checkInDay: null };
    const last = lastRecorded(rows, plan.id, m.date);
    if (!last) return { id: m.id, date: m.date, text: m.text, state: 'not-checked', checkInDay: null };
    const missed = (last.items ?? []).some((i) => isMissed(finalStatus(i)));
    return { id: m.id, date: m.date, text: m.text, state: missed ? 'missed' : 'met', checkInDay: last.heldDate ?? last.dueDate };
  });
}

export type EscalationFlag = { day: number; date: string; missed: string[] };

/**
 * At 30, 60 and 90 days after the plan began, a plan whose targets are missed is flagged for
 * escalation: once a mark has passed, the last check-in recorded by `asOf` judges it, and an item
 * off track there flags the plan at the latest mark passed (an item merely at risk is not a
 * missed target; a later check-in with every item back on track lifts the flag). Null when none.
 */
export function escalationFlag(plan: Pick<Plan, 'id' | 'content' | 'createdAt'>, rows: readonly CheckIn[], asOf: string): EscalationFlag | null {
  const start = planStart(plan);
  const mark = [90, 60, 30].map((day) => ({ day, date: addDays(start, day) })).find((m) => m.date <= asOf);
  if (!mark) return null;
  const missed = (lastRecorded(rows, plan.id, asOf)?.items ?? []).filter((i) => finalStatus(i) === 'off-track').map((i) => i.action);
  return missed.length > 0 ? { ...mark, missed } : null;
}

export type FollowUpStatus = 'overdue' | 'escalate' | 'off-track' | 'at-risk' | 'on-track' | 'met' | 'not-measured';

export const FOLLOW_UP_LABELS: Record<FollowUpStatus, string> = {
  overdue: 'Overdue check-in',
  escalate: 'Flagged for escalation',
  'off-track': 'Off track',
  'at-risk': 'At risk',
  'on-track': 'On track',
  met: 'Targets met',
  'not-measured': 'No check-in yet',
};

/**
 * The one follow-up status a rep list shows for a plan: an overdue check-in first (it must never
 * drop off), then an escalation flag, then the worst item status of the last recorded check-in;
 * before the first one is recorded, the plan's live status (its worst item measured now on the
 * newest data, by the same pace rule), when one is given and something could be measured.
 */
export function followUpStatus(
  plan: Pick<Plan, 'id' | 'content' | 'createdAt'>,
  schedule: readonly ScheduledCheckIn[],
  rows: readonly CheckIn[],
  asOf: string,
  live: ProgressStatus | null = null,
): { status: FollowUpStatus; overdueSince: string | null; lastDay: string | null } {
  const overdue = schedule.find((c) => c.state === 'overdue');
  const last = lastRecorded(rows, plan.id);
  const lastDay = last ? (last.heldDate ?? last.dueDate) : null;
  if (overdue) return { status: 'overdue', overdueSince: overdue.due, lastDay };
  if (escalationFlag(plan, rows, asOf)) return { status: 'escalate', overdueSince: null, lastDay };
  const statuses = last ? (last.items ?? []).map(finalStatus) : [live];
  const worst = (['off-track', 'at-risk', 'on-track', 'met'] as const).find((s) => statuses.includes(s));
  return { status: worst ?? 'not-measured', overdueSince: null, lastDay };
}

/** Whole days a check-in is overdue on `asOf` (0 when it is not). */
export const daysOverdue = (due: string, asOf: string): number => Math.max(0, daysBetween(due, asOf));
