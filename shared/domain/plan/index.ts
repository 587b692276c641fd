/**
 * Plans, pure: the facts snapshot and what changed since, the prefill of expectations and SMART
 * action items, the SMART check, milestone and check-in dates on working days, and the lifecycle
 * draft → ready → held → signed → closed.
 */
export { addDays, checkInDates, daysBetween, isWeekend, isoDay, milestoneDates, onWorkingDay, weekday } from './dates';
export type { SnapshotChange } from './snapshot';
export { diffSnapshots, snapshotFromDiagnosis } from './snapshot';
export type { SmartIssue } from './smart';
export { SMART_ISSUE_TEXT, smartCheck } from './smart';
export { OUTCOME_LABELS, STATUS_LABELS, TransitionError, allowedTransitions, isReadOnly, newRevision, transition } from './lifecycle';
export type { PrefillOptions } from './prefill';
export {
  cadenceFor,
  isInGap,
  metricOf,
  nextCheckIn,
  pickFocusAreas,
  planCheckInDates,
  prefillActionItems,
  prefillContent,
  prefillExpectations,
} from './prefill';
export type { ConversationDraftLike, ConversationInputLike } from './conversation';
export { conversationInputFrom } from './conversation';
export { ACTIVITY_KEYS, OUTCOME_KEYS, formatValue, unitOf } from './units';
