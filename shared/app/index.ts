/** Use cases: each written once, called by the app and the CLI, pure over injected dependencies. */
export type { PlanStart, StartPlanDeps, StartPlanRequest } from './start-plan';
export { startPlan } from './start-plan';
export type { PlanDocumentKind, PlanDocumentOptions } from './plan-documents';
export { documentDateOf, planDocument } from './plan-documents';
export {
  directorView,
  followUpOf,
  isOnlyFilter,
  matchesOnly,
  ONLY_FILTERS,
  type ManagerRow,
  type OnlyFilter,
  type RepFollowUp,
  type TrendPoint,
} from './director';
