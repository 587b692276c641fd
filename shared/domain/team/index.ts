export { activeOn, placementAt, type Placement } from './placement';
export { ROSTER_FIELDS, ROSTER_FIELD_LABELS, detectRoster, proposeRosterMapping, type RosterField, type RosterMapping } from './roster-mapping';
export { readRoster, roleKeyOf, type RosterEntry, type RosterIssue, type RosterCheck, type RosterRead } from './roster-read';
export { SINCE_ALWAYS, applyEntry, planRoster, type FieldChange, type RosterPlan } from './roster-plan';
export { firstDayOf, inScope, isFiltered, knownValues, lastDayOf, placementFits, rowsWhileWith, type TeamFilter } from './filter';
