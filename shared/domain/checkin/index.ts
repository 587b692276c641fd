/**
 * Follow-up of a plan, pure: its check-in schedule (planned, moved, due, overdue, recorded), what
 * carries into the next check-in, milestones met or missed, the 30/60/90-day escalation flag and
 * the status a rep list shows.
 */
export type { CheckInState, ScheduledCheckIn } from './schedule';
export { checkInSchedule, dueTomorrow, followsUp, nextOpenCheckIn, thisWeek, weekEnd } from './schedule';
export type { CarriedItem, EscalationFlag, FollowUpStatus, MilestoneResult, MilestoneState } from './follow';
export {
  FOLLOW_UP_LABELS,
  PROGRESS_LABELS,
  carriedForward,
  daysOverdue,
  escalationFlag,
  finalStatus,
  lastRecorded,
  milestoneResults,
  planStart,
} from './follow';
export { followUpStatus } from './follow';
export type { PracticeFormat, PracticeGroup, PracticeWords } from './practice';
export { planPractice, practiceByItem, practiceItemLabel, practiceWords } from './practice';
