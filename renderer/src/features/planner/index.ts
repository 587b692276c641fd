export { PlannerPage } from './PlannerPage';
export { prefillFromSnapshot, startPlanFor } from './prefill';
export { useTextFormat } from './engine';
