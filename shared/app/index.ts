/** Use cases: each written once, called by the app and the CLI, pure over injected dependencies. */
export type { PlanStart, StartPlanDeps, StartPlanRequest } from './start-plan';
export { startPlan } from './start-plan';
