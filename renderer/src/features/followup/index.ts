// Follow-up across plans, light enough for every page: the "This week" list, the reminder the day
// before a check-in, and how a check-in's day and state are written.
export { ThisWeek } from './ThisWeek';
export { useCheckInReminder } from './reminder';
export { dueText, followUpParts, STATE_TEXT, type FollowUpParts } from './labels';
export { planMeasuresOn, usePlanMeasures, type PlanMeasure, type PlanMeasures } from './measures';
