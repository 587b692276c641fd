import {
  checkInSchedule,
  daysOverdue,
  FOLLOW_UP_LABELS,
  followsUp,
  followUpStatus,
  nextOpenCheckIn,
  type CheckInState,
  type ScheduledCheckIn,
} from '@shared/domain/checkin';
import type { CheckIn, Plan, ProgressStatus } from '@shared/schemas';

export const STATE_TEXT: Record<CheckInState, string> = { recorded: 'Recorded', overdue: 'Overdue', due: 'Due today', upcoming: 'Upcoming' };

/** "Due Dec 15, 2026 · overdue by 3 days", with the move when it was moved. */
export function dueText(c: ScheduledCheckIn, asOf: string, date: (d: string) => string): string {
  const moved = c.due !== c.planned ? ` (moved from ${date(c.planned)})` : '';
  if (c.state === 'overdue') {
    const n = daysOverdue(c.due, asOf);
    return `Due ${date(c.due)}${moved} · overdue by ${n} ${n === 1 ? 'day' : 'days'}`;
  }
  return `${c.state === 'recorded' ? 'Was due' : 'Due'} ${date(c.due)}${moved}`;
}

/** The plan a rep list follows for a rep: the one last changed among those that follow up. */
function followedPlan(plans: readonly Plan[], repId: string): Plan | null {
  return plans.filter((p) => p.repId === repId && followsUp(p)).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0] ?? null;
}

export type FollowUpParts = { label: string; when: string | null; overdue: boolean };

/**
 * What a rep list says of a rep's plan that follows up, in two parts: its follow-up status (an
 * overdue check-in first; before the first check-in, the live status in `live` by plan id) and
 * the day that goes with it (since when it is overdue, or the next check-in). Null when the rep
 * has no such plan.
 */
export function followUpParts(
  plans: readonly Plan[],
  checkIns: readonly CheckIn[],
  repId: string,
  asOf: string,
  date: (d: string) => string,
  live: ReadonlyMap<string, ProgressStatus> = new Map(),
): FollowUpParts | null {
  const plan = followedPlan(plans, repId);
  if (!plan) return null;
  const schedule = checkInSchedule(plan, checkIns, asOf);
  const status = followUpStatus(plan, schedule, checkIns, asOf, live.get(plan.id) ?? null);
  if (status.status === 'overdue' && status.overdueSince)
    return { label: FOLLOW_UP_LABELS.overdue, when: `since ${date(status.overdueSince)}`, overdue: true };
  const next = nextOpenCheckIn(schedule);
  return { label: FOLLOW_UP_LABELS[status.status], when: next ? `check-in ${date(next.due)}` : null, overdue: false };
}
