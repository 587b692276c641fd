export { activeOn, placementAt, type Placement } from './placement';
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
  DEFAULT_PEER_BY,
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
