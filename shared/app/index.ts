/** Use cases: each written once, called by the app and the CLI, pure over injected dependencies. */
export type { PlanStart, StartPlanDeps, StartPlanRequest } from './start-plan';
export { startPlan } from './start-plan';
export type { PlanDocumentKind, PlanDocumentOptions } from './plan-documents';
export { documentDateOf, planDocument } from './plan-documents';
export type { CheckInDeps, CheckInDraft } from './checkins';
export { closePlan, extendPlan, missingReasons, moveCheckIn, planCheckIns, recordCheckIn, saveCheckInDraft, summaryCounts } from './checkins';
export type { ItemProgress, MeasurePlanOptions, MeasurePlanResult, PlanProgress, ProgressPoint } from './followup';
export { checkInPractice } from './checkin-practice';
export { checkInSummaryDocument, statusText } from './checkin-summary';
export { measurePlan, measurePlanOn, measurePlans, measurePlansOn, progressWindowLabel } from './followup';
export {
  directorView,
  followUpAt,
  followUpOf,
  isOnlyFilter,
  matchesOnly,
  ONLY_FILTERS,
  parseOnly,
  periodVerdicts,
  type ManagerRow,
  type PeriodVerdicts,
  type OnlyFilter,
  type RepFollowUp,
  type TrendPoint,
} from './director';
