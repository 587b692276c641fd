/** Use cases: each written once, called by the app and the CLI, pure over injected dependencies. */
export type { PlanStart, StartPlanDeps, StartPlanRequest } from './start-plan';
export { startPlan } from './start-plan';
export type { PlanDocumentKind, PlanDocumentOptions } from './plan-documents';
export { documentDateOf, planDocument } from './plan-documents';
export type { ItemProgress, MeasurePlanOptions, MeasurePlanResult, PlanProgress, ProgressPoint } from './followup';
export { measurePlan, measurePlanOn, measurePlans, progressWindowLabel } from './followup';
