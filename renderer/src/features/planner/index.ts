export { PlannerPage } from './PlannerPage';
export { prefillFromSnapshot } from './prefill';
export { useTextFormat } from './engine';
