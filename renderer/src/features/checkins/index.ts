// The check-in screen of a plan: progress, the manager's word per item, new items, record, the
// summary for the rep, and the plan following its check-ins (milestones, extend, close).
export { CheckInPage } from './CheckInPage';
