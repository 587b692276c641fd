export { PlannerPage } from './PlannerPage';
export { prefillFromSnapshot } from './prefill';
