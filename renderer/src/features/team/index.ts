export { TeamPage } from './TeamPage';
export { STAGE_LABEL, VERDICT_LABEL } from './model';
