/**
 * Plans, pure: the facts snapshot and what changed since, the prefill of expectations and SMART
 * action items, the SMART check, milestone and check-in dates on working days, and the lifecycle
 * draft → ready → held → signed → closed.
 */
export { addDays, checkInDates, daysBetween, isWeekend, isoDay, milestoneDates, onWorkingDay, weekday } from './dates';
export type { SnapshotChange, SnapshotOptions } from './snapshot';
export { diffSnapshots, snapshotFromDiagnosis, snapshotPeerGroup } from './snapshot';
export type { SmartIssue } from './smart';
export { SMART_ISSUE_TEXT, smartCheck } from './smart';
export {
  OUTCOME_LABELS,
  STATUS_LABELS,
  TransitionError,
  allowedTransitions,
  historyLine,
  isReadOnly,
  newDraftPlan,
  newRevision,
  transition,
} from './lifecycle';
export type { PrefillOptions } from './prefill';
export {
  cadenceFor,
  isInGap,
  metricOf,
  nextCheckIn,
  pickFocusAreas,
  planCheckInDates,
  planSummaryFor,
  prefillActionItems,
  prefillContent,
  prefillWithConversation,
  PREPARED_OBJECTIONS,
  prefillExpectations,
  TEAM_MEDIAN_NOTE,
  expectationSource,
  gapThresholdOf,
  isTeamMedianNote,
  windowSpan,
} from './prefill';
export type { ConversationDraft, ConversationInput } from './conversation';
export { conversationInputFrom, snapshotPeriodLabel } from './conversation';
export { ACTIVITY_KEYS, OUTCOME_KEYS, formatValue, roundAsShown, shownDigits, unitOf } from './units';
export { base64ToBytes, bytesToBase64 } from './base64';
export type { PlanDocumentOptions } from './document';
export {
  ACKNOWLEDGEMENT,
  OBSTACLE_LABELS,
  SUPPORT_KIND_LABELS,
  diagnosisLines,
  factRows,
  factsNote,
  signersOf,
  toGuideInput,
  toPlanDocumentInput,
  windowLabel,
} from './document';
export { improvedTarget, isBetter } from './targets';
export { fromTypedValue, parseTypedNumber } from './input';
export type { CheckMarks, PrefilledField, RefreshOutcome } from './refresh';
export {
  FIELD_LABELS,
  applyRefresh,
  canUndoRefresh,
  describeChanges,
  describeOutcome,
  mergeList,
  periodDirection,
  refreshContent,
  undoRefresh,
} from './refresh';
export type { HrRecord } from './signing';
export { DEFAULT_OUTCOMES, canSign, hrRecordOf, meetingGate, recordHrReview } from './signing';
