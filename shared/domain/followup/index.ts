/**
 * Follow-up of a plan: the pace rule (status of an action item from the time gone against the
 * progress made), its one-line explanation, the calendar days of a period, and the wins found
 * in newer numbers. Pure; shared/app/followup.ts measures a stored plan with it.
 */
export type { NotMeasurableReason, Pace, PaceInput, PaceStatus } from './pace';
export { PACE_RANK, PACE_RULE_TEXT, PACE_STATUS_LABELS, PACE_THRESHOLDS, elapsedShare, overallPace, paceOf } from './pace';
export type { PaceTextInput } from './text';
export { paceRule, paceValue } from './text';
export { periodDays } from './periods';
export type { FoundWin, MeasuredItemForWins, MetricNowAndThen, WinKind } from './wins';
export { WIN_MIN_SHORTFALL, findWins } from './wins';
