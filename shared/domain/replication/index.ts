export { BEFORE_SYNC, stampBeforeSync, stampRow, tombstoneFor, tombstoneId, withoutStamp, type Author } from './stamp';
export { changesAfter, type ChangedRow, type Changes } from './changes';
export { incomingProblem, type Incoming } from './incoming';
