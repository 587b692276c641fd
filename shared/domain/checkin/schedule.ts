// The check-in schedule of a plan: the dates its cadence gives (plan.content.checkIns), each
// moved where the manager moved it, and where each stands on a given day. A past check-in that
// was not recorded stays on the list as overdue until it is recorded or moved: it never drops off.
import type { CheckIn, Plan } from '@shared/schemas/plan';
import { addDays, checkInDates, weekday } from '../plan/dates';

export type CheckInState = 'recorded' | 'overdue' | 'due' | 'upcoming';

export type ScheduledCheckIn = {
  planId: string;
  repId: string;
  /** Which of the plan's check-ins (0 = the first). */
  slot: number;
  /** The day the cadence gave. */
  planned: string;
  /** The day it is due now (the planned day unless it was moved). */
  due: string;
  state: CheckInState;
  /** The stored row: a draft, a move or the recorded check-in; null when nothing was stored yet. */
  row: CheckIn | null;
};

/** Plans whose check-ins are kept: agreed in a conversation and not closed. */
export function followsUp(plan: Pick<Plan, 'status'>): boolean {
  return plan.status === 'held' || plan.status === 'signed';
}

function stateOf(due: string, row: CheckIn | null, asOf: string): CheckInState {
  if (row?.recordedAt) return 'recorded';
  if (due < asOf) return 'overdue';
  return due === asOf ? 'due' : 'upcoming';
}

/**
 * Every check-in of one plan as of a day, in date order. Rows are matched to the cadence by their
 * slot; an older row without a slot by its due date. A row matching no slot (the cadence was
 * changed after it was stored) is kept, after the cadence's own.
 */
export function checkInSchedule(plan: Pick<Plan, 'id' | 'repId' | 'content'>, rows: readonly CheckIn[], asOf: string): ScheduledCheckIn[] {
  const { startDate, everyDays, count } = plan.content.checkIns;
  const planned = startDate ? checkInDates(startDate, everyDays, count) : [];
  const mine = rows.filter((r) => r.planId === plan.id);
  const used = new Set<CheckIn>();
  const out: ScheduledCheckIn[] = planned.map((day, slot) => {
    const row = mine.find((r) => r.slot === slot) ?? mine.find((r) => r.slot === undefined && r.dueDate === day) ?? null;
    if (row) used.add(row);
    const due = row?.dueDate ?? day;
    return { planId: plan.id, repId: plan.repId, slot, planned: day, due, state: stateOf(due, row, asOf), row };
  });
  for (const row of mine) {
    if (used.has(row)) continue;
    const slot = row.slot ?? planned.length + out.length;
    out.push({
      planId: plan.id,
      repId: plan.repId,
      slot,
      planned: row.moves?.[0]?.from ?? row.dueDate,
      due: row.dueDate,
      state: stateOf(row.dueDate, row, asOf),
      row,
    });
  }
  return out.sort((a, b) => a.due.localeCompare(b.due) || a.slot - b.slot);
}

/** The Sunday that ends the week (Monday to Sunday) of a day. */
export function weekEnd(day: string): string {
  return addDays(day, (7 - weekday(day)) % 7);
}

/**
 * The "This week" list: every check-in not yet recorded that is overdue or due by the end of the
 * week of `asOf`, over all plans that follow up; overdue ones first, then by day.
 */
export function thisWeek(
  plans: readonly Pick<Plan, 'id' | 'repId' | 'content' | 'status'>[],
  rows: readonly CheckIn[],
  asOf: string,
): ScheduledCheckIn[] {
  const end = weekEnd(asOf);
  return plans
    .filter(followsUp)
    .flatMap((p) => checkInSchedule(p, rows, asOf))
    .filter((c) => c.state !== 'recorded' && c.due <= end)
    .sort((a, b) => a.due.localeCompare(b.due) || a.repId.localeCompare(b.repId));
}

/** Check-ins due the day after `asOf`: what the desktop app notifies the day before. */
export function dueTomorrow(
  plans: readonly Pick<Plan, 'id' | 'repId' | 'content' | 'status'>[],
  rows: readonly CheckIn[],
  asOf: string,
): ScheduledCheckIn[] {
  const tomorrow = addDays(asOf, 1);
  return plans
    .filter(followsUp)
    .flatMap((p) => checkInSchedule(p, rows, asOf))
    .filter((c) => c.state === 'upcoming' && c.due === tomorrow);
}

/** The check-in a plan list shows: the first overdue one, else the next not recorded; null when none is left. */
export function nextOpenCheckIn(schedule: readonly ScheduledCheckIn[]): ScheduledCheckIn | null {
  return schedule.find((c) => c.state === 'overdue') ?? schedule.find((c) => c.state !== 'recorded') ?? null;
}
