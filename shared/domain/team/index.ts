export { activeOn, placementAt, type Placement } from './placement';
export { ROSTER_FIELDS, ROSTER_FIELD_LABELS, detectRoster, proposeRosterMapping, type RosterField, type RosterMapping } from './roster-mapping';
export { readRoster, roleKeyOf, type RosterEntry, type RosterIssue, type RosterCheck, type RosterRead } from './roster-read';
export { SINCE_ALWAYS, applyEntry, planRoster, type FieldChange, type RosterPlan } from './roster-plan';
export { firstDayOf, inScope, isFiltered, knownValues, lastDayOf, placementFits, rowsWhileWith, type ScopeFilter } from './scope';
export {
  EVERYONE,
  everyName,
  filterChoices,
  filterLabel,
  filterText,
  inFilter,
  parseFilter,
  sameFilter,
  type FilterKind,
  type TeamFilter,
} from './filter';
export {
  choosePeerGroup,
  DEFAULT_MIN_PEERS,
  NO_TEAM,
  PEER_BY_VALUES,
  peerGroupLines,
  peerGroupName,
  peerSentence,
  peerTeamAt,
  type PeerBy,
  type PeerChoice,
  type PeerLevel,
  type PeerScope,
} from './peers';
