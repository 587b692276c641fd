export { TeamPage } from './TeamPage';
export { STAGE_LABEL, VERDICT_LABEL } from './model';
export { useShownFilter, TeamSwitch, type ShownFilter } from './teamFilter';
export { ScopeSwitch } from './TeamScope';
