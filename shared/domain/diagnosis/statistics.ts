// Team statistics: per window and peer group, the quartiles of every metric, computed once and
// shared by every rep assessed against them.
import type { PeriodKey } from '@shared/schemas/common';
import type { MetricValues } from '@shared/schemas/metrics';
import type { Engine, RepIndex, RepWindow, StatLookup, WindowReps, WindowStats } from './indexing';
import type { ResolvedTargets } from './expectations';
import { peekTargets, quotaValue, repWindow } from './rep-window';
import { periodEndDate, trailingPeriods } from './periods';
import { activeOn } from '../team/placement';
import { choosePeerGroup, DEFAULT_MIN_PEERS, NO_TEAM, peerTeamAt, type PeerChoice, type PeerLevel } from '../team/peers';
import type { StatKey } from './types';
import type { SignalCounts } from './stat-keys';
import { countSignals, signalOf } from './stat-keys';
import { EAGER_BY_SIGNAL, GroupStats, type Members } from './group-stats';

export { CONVERSION_STAT, DERIVED_FLOW_KEYS, DISPLAY_KEYS, FLOW_STATS, LOWER_IS_BETTER, STAT_KEYS, teamSignal } from './stat-keys';

/** Fewer reps with data than this in a peer group (unless Settings say otherwise) → the next wider group. */
export const MIN_PEERS = DEFAULT_MIN_PEERS;

/** Team group keys start with a character no role key holds. */
const TEAM_GROUP = '\u0000';

const EMPTY_STATS: StatLookup = { get: () => undefined, one: () => undefined };

/**
 * The team figures a rep is judged against in a window, and the peer group they come from: the
 * rep's team (when Settings choose it), their role, or everyone with data, by choosePeerGroup.
 */
export function peerStats(engine: Engine, ws: WindowStats, idx: RepIndex): { stats: StatLookup; peers: PeerChoice } {
  const levels: PeerLevel[] = [];
  const team = ws.teamOf.get(idx.rep.id);
  if (team) levels.push({ scope: 'team', key: team.key, label: team.label, size: ws.groupSize.get(team.key) ?? 0 });
  else if (engine.settings.peerGroup === 'team') levels.push({ scope: 'team', key: '', label: NO_TEAM, size: 0 });
  if (idx.roleKey !== '*') levels.push({ scope: 'role', key: idx.roleKey, label: idx.rep.role, size: ws.groupSize.get(idx.roleKey) ?? 0 });
  levels.push({ scope: 'everyone', key: '*', label: 'everyone with data', size: ws.groupSize.get('*') ?? 0 });
  const peers = choosePeerGroup(levels, engine.settings.minPeerGroup ?? MIN_PEERS);
  return { stats: ws.groups.get(peers.used.key) ?? EMPTY_STATS, peers };
}

/** The rep windows of one window, built when first asked for (single periods) or up front (longer windows). */
class RepWindows implements WindowReps {
  constructor(
    private readonly engine: Engine,
    private readonly periods: readonly PeriodKey[],
    /** The single period of the window (members: the reps with a row in it), else null (all built). */
    private readonly single: PeriodKey | null,
    private readonly built: Map<string, RepWindow>,
    readonly size: number,
  ) {}
  get(repId: string): RepWindow | undefined {
    const hit = this.built.get(repId);
    if (hit || this.single === null) return hit;
    const idx = this.engine.byId.get(repId);
    if (!idx || !idx.rows.has(this.single)) return undefined;
    const rw = repWindow(this.engine, idx, this.periods);
    if (rw) this.built.set(repId, rw);
    return rw ?? undefined;
  }
}

// long-function: the diagnosis' hot path (every window of every page): role, team and everyone's
// members are gathered in one sweep over the reps, measured by `npm run bench -- diagnosis`.
export function windowStats(engine: Engine, end: PeriodKey, length: number): WindowStats {
  // By end, then length: no key string to build on every call (several per rep).
  let byLength = engine.windows.get(end);
  if (!byLength) engine.windows.set(end, (byLength = new Map()));
  const cached = byLength.get(length);
  if (cached) return cached;
  const periods = trailingPeriods(end, length);
  // One period (every history point, every single-period check): members are the reps with a row
  // in it, and their values are read from the rows; a RepWindow is made only for a rep assessed.
  const single = periods.length === 1 ? (periods[0] as PeriodKey) : null;
  const slot = single !== null ? (engine.reps[0]?.rows.slot(single) ?? -1) : -1;
  const built = new Map<string, RepWindow>();
  // Per role group (engine.roleKeys order), then the whole team, then each team (when the peer
  // group is the team): the members (positions in engine.reps) for a single period, their windows
  // for a longer one. A rep who has left by the window's end is in no group.
  const groupCount = engine.roleKeys.length;
  const memberAt: number[][] = [];
  const memberWindows: RepWindow[][] = [];
  for (let g = 0; g <= groupCount; g++) {
    memberAt.push([]);
    memberWindows.push([]);
  }
  const endDate = periodEndDate(end);
  const byTeam = engine.settings.peerGroup === 'team' && endDate !== null;
  const teamOf = new Map<string, { key: string; label: string }>();
  const teamMembers = new Map<string, { at: number[]; windows: RepWindow[] }>();
  let withData = 0;
  const signals: SignalCounts = [0, 0, 0];
  const reps = engine.reps;
  for (let r = 0; r < reps.length; r++) {
    const idx = reps[r] as RepIndex;
    let v: MetricValues | undefined;
    let rw: RepWindow | null = null;
    if (single !== null) v = idx.rows.atSlot(slot);
    else {
      rw = repWindow(engine, idx, periods);
      if (rw) built.set(idx.rep.id, rw);
      v = rw?.values;
    }
    if (!v) continue;
    withData++;
    countSignals(signals, v);
    const team = byTeam ? peerTeamAt(idx.rep, endDate) : null;
    const teamKey = team ? TEAM_GROUP + team.key : null;
    if (team && teamKey) teamOf.set(idx.rep.id, { key: teamKey, label: team.label });
    if (endDate !== null && !activeOn(idx.rep, endDate)) continue;
    (memberAt[groupCount] as number[]).push(r);
    if (rw) (memberWindows[groupCount] as RepWindow[]).push(rw);
    if (idx.roleKey !== '*') {
      (memberAt[idx.roleGroup] as number[]).push(r);
      if (rw) (memberWindows[idx.roleGroup] as RepWindow[]).push(rw);
    }
    if (teamKey) {
      const key = teamKey;
      let m = teamMembers.get(key);
      if (!m) teamMembers.set(key, (m = { at: [], windows: [] }));
      m.at.push(r);
      if (rw) m.windows.push(rw);
    }
  }
  const membersOf = (at: readonly number[], windows: readonly RepWindow[]): Members =>
    single !== null
      ? (visit) => {
          // Reps of one set-up share the period's targets: looked up once per set-up.
          const bySetup: Array<ResolvedTargets | undefined> = [];
          for (let i = 0; i < at.length; i++) {
            const idx = reps[at[i] as number] as RepIndex;
            const v = idx.rows.atSlot(slot) as MetricValues;
            const quota = quotaValue((bySetup[idx.setup] ??= peekTargets(engine, idx, single)), v);
            visit(v, quota, v.pipeline !== null && quota !== null && quota > 0 ? v.pipeline / quota : null, 1);
          }
        }
      : (visit) => {
          for (const rw of windows) visit(rw.values, rw.quota, rw.coverage, rw.periods.length);
        };
  const signal = signalOf(signals, withData);
  const eager = EAGER_BY_SIGNAL.get(signal) as Int32Array;
  const groups = new Map<string, StatLookup>();
  const everyone = memberAt[groupCount] as number[];
  const groupSize = new Map<string, number>([['*', everyone.length]]);
  groups.set('*', new GroupStats(everyone.length, membersOf(everyone, memberWindows[groupCount] as RepWindow[]), eager));
  for (let g = 0; g < groupCount; g++) {
    const at = memberAt[g] as number[];
    const roleKey = engine.roleKeys[g] as string;
    if (at.length === 0 || roleKey === '*') continue;
    groupSize.set(roleKey, at.length);
    groups.set(roleKey, new GroupStats(at.length, membersOf(at, memberWindows[g] as RepWindow[]), eager));
  }
  for (const [key, m] of teamMembers) {
    groupSize.set(key, m.at.length);
    groups.set(key, new GroupStats(m.at.length, membersOf(m.at, m.windows), eager));
  }
  const ws: WindowStats = { periods, reps: new RepWindows(engine, periods, single, built, withData), groups, groupSize, teamOf, signal };
  byLength.set(length, ws);
  return ws;
}

export function statRaw(rw: RepWindow, k: StatKey): number | null {
  switch (k) {
    case 'effectiveQuota':
      return rw.quota;
    case 'pipelineCoverage':
      return rw.coverage;
    case 'revenue':
    case 'activities':
    case 'conversionHeld':
    case 'conversionBooked':
    case 'conversionActivities':
    case 'winPerOpportunity':
    case 'closedWinRate':
    case 'closingPace':
    case 'dealSize':
    case 'cohortWinRate':
    case 'cohortOpenShare':
      return rw.derived[k];
    default:
      return rw.values[k];
  }
}
