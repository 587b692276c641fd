// Team statistics: per window and peer group, the quartiles of every metric, computed once and
// shared by every rep assessed against them.
import type { PeriodKey } from '../../schemas/common';
import type { MetricValues } from '../../schemas/metrics';
import { METRIC_KEYS } from '../../schemas/metrics';
import { DERIVED_KEYS, deriveInto, hasSignal, isFlowMetric } from './aggregate';
import type { Engine, RepIndex, RepWindow, StatLookup, WindowReps, WindowStats } from './indexing';
import type { ResolvedTargets } from './expectations';
import { peekTargets, quotaValue, repWindow } from './indexing';
import { periodEndDate, trailingPeriods } from './periods';
import { activeOn } from '../team/placement';
import { choosePeerGroup, DEFAULT_MIN_PEERS, NO_TEAM, peerTeamAt, type PeerChoice, type PeerLevel } from '../team/peers';
import type { Quartiles } from './stats';
import { quartilesInPlace } from './stats';
import type { EffortSignal, StatKey } from './types';
import { higherIsBetter } from '../metrics';

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

/** The effort signals, in the order the team's is chosen (each is also the key of its own team stat). */
const SIGNAL_ORDER = ['meetingsHeld', 'meetingsBooked', 'activities', 'opportunitiesCreated'] as const satisfies readonly (EffortSignal & StatKey)[];

/** The team stat of each effort signal's conversion to opportunities. */
export const CONVERSION_STAT: Record<EffortSignal, StatKey> = {
  meetingsHeld: 'conversionHeld',
  meetingsBooked: 'conversionBooked',
  activities: 'conversionActivities',
  opportunitiesCreated: 'conversionHeld',
};

export const DERIVED_FLOW_KEYS = ['revenue', 'activities', 'effectiveQuota'] as const;

/** Every stat with team figures: the metrics, then the derived quantities (DERIVED_KEYS order), quota held to and coverage. */
export const STAT_KEYS: readonly StatKey[] = [...METRIC_KEYS, ...DERIVED_KEYS, 'effectiveQuota', 'pipelineCoverage'];

/**
 * The metrics an assessment lists (team statistics exist for every STAT_KEY). Duplicates are
 * left out: revenue (not revenueWon), closed win rate (not the stated winRate), deal size
 * (not avgDealSize); of the three conversions only the one for the effort signal is listed.
 */
export const DISPLAY_KEYS: readonly StatKey[] = [
  'effectiveQuota',
  'quota',
  'revenue',
  'calls',
  'emails',
  'activities',
  'meetingsBooked',
  'meetingsHeld',
  'opportunitiesCreated',
  'conversionHeld',
  'conversionBooked',
  'conversionActivities',
  'dealsWon',
  'dealsLost',
  'winPerOpportunity',
  'closedWinRate',
  'closingPace',
  'dealSize',
  'cycleDaysMedian',
  'pipeline',
  'pipelineCoverage',
  'complaints',
  'csat',
];

export const LOWER_IS_BETTER = new Set<StatKey>(STAT_KEYS.filter((k) => !higherIsBetter(k)));
export const FLOW_STATS = new Set<StatKey>(STAT_KEYS.filter((k) => isFlowMetric(k) || (DERIVED_FLOW_KEYS as readonly string[]).includes(k)));

const STAT_COUNT = STAT_KEYS.length;
const STAT_INDEX = new Map<StatKey, number>(STAT_KEYS.map((k, i) => [k, i]));
const METRIC_COUNT = METRIC_KEYS.length;
const QUOTA_AT = STAT_INDEX.get('effectiveQuota') as number;
const COVERAGE_AT = STAT_INDEX.get('pipelineCoverage') as number;
const FLOW_AT = Uint8Array.from(STAT_KEYS, (k) => (FLOW_STATS.has(k) ? 1 : 0));

/**
 * The stats a group's first lookup computes together. Left out, and computed alone if ever asked
 * for: those no assessment reads (revenueWon, winRate, avgDealSize: revenue, closedWinRate and
 * dealSize stand for them; the cohort counts: their rates stand for them) and the conversions
 * of effort signals other than the window's.
 */
const NEVER_READ = new Set<StatKey>(['revenueWon', 'winRate', 'avgDealSize', 'cohortWon', 'cohortLost', 'cohortOpen']);
const CONVERSIONS: readonly StatKey[] = ['conversionHeld', 'conversionBooked', 'conversionActivities'];
const EAGER_BY_SIGNAL = new Map<EffortSignal, Int32Array>(
  SIGNAL_ORDER.map((signal) => {
    const own = CONVERSION_STAT[signal];
    const keys = STAT_KEYS.filter((k) => !NEVER_READ.has(k) && (!CONVERSIONS.includes(k) || k === own));
    return [signal, Int32Array.from(keys, (k) => STAT_INDEX.get(k) as number)];
  }),
);

/**
 * One peer group's values in one window, a column per stat (STAT_KEYS order), finite values only,
 * flows per period: what the team quartiles are computed from. Numbers only, in one typed array
 * shared by every fill (the quartiles are taken before the next group is filled).
 */
const columns = {
  data: new Float64Array(0),
  counts: new Int32Array(STAT_COUNT),
  stride: 0,
  /** The row being added (reused). */
  row: new Float64Array(STAT_COUNT),
};
type Columns = typeof columns;

function resetColumns(size: number): Columns {
  if (columns.data.length < size * STAT_COUNT) columns.data = new Float64Array(Math.max(size * STAT_COUNT, columns.data.length * 2));
  columns.counts.fill(0);
  columns.stride = size;
  return columns;
}

/**
 * Writes one member's values (as statRaw reads them) into the row buffer, in STAT_KEYS order,
 * NaN where unknown; the derived quantities are worked out from the values (as RepWindow.derived is).
 */
function rowOf(v: MetricValues, quota: number | null, coverage: number | null): Float64Array {
  const r = columns.row;
  // Unknown (null, or undefined in rows stored before a metric existed) becomes NaN: not finite, left out.
  r[0] = v.quota ?? NaN;
  r[1] = v.revenueWon ?? NaN;
  r[2] = v.calls ?? NaN;
  r[3] = v.emails ?? NaN;
  r[4] = v.meetingsBooked ?? NaN;
  r[5] = v.meetingsHeld ?? NaN;
  r[6] = v.opportunitiesCreated ?? NaN;
  r[7] = v.dealsWon ?? NaN;
  r[8] = v.dealsLost ?? NaN;
  r[9] = v.winRate ?? NaN;
  r[10] = v.avgDealSize ?? NaN;
  r[11] = v.cycleDaysMedian ?? NaN;
  r[12] = v.pipeline ?? NaN;
  r[13] = v.complaints ?? NaN;
  r[14] = v.csat ?? NaN;
  r[15] = v.cohortWon ?? NaN;
  r[16] = v.cohortLost ?? NaN;
  r[17] = v.cohortOpen ?? NaN;
  deriveInto(v, r, METRIC_COUNT);
  r[QUOTA_AT] = quota ?? NaN;
  r[COVERAGE_AT] = coverage ?? NaN;
  return r;
}

/** Stat i of a row over n present periods (flows per period); the caller leaves out what is not finite. */
function statOfRow(r: Float64Array, i: number, n: number): number {
  return FLOW_AT[i] === 1 ? (r[i] as number) / n : (r[i] as number);
}

/** Visits every member of a group: its values, quota and coverage over n present periods. */
type Members = (visit: (v: MetricValues, quota: number | null, coverage: number | null, n: number) => void) => void;

/**
 * Team quartiles of one peer group in one window, computed on first use: the columns of the stats
 * assessments read are filled in one pass over the members and their quartiles selected at once
 * (and kept). Computed per group: a rep history needs its own group only. `one` serves a caller
 * that needs a single stat (a past period's result, a stat left out of the first pass) without
 * computing the rest.
 */
class GroupStats implements StatLookup {
  private known: Array<Quartiles | null | undefined> | null = null;
  private single: Map<number, Quartiles | null> | null = null;
  constructor(
    private readonly size: number,
    private readonly members: Members,
    private readonly eager: Int32Array,
  ) {}
  get(k: StatKey): Quartiles | undefined {
    const i = STAT_INDEX.get(k);
    if (i === undefined) return undefined;
    let known = this.known;
    if (known === null) {
      const { data, counts, stride } = resetColumns(this.size);
      const eager = this.eager;
      const m = eager.length;
      this.members((v, quota, coverage, n) => {
        const r = rowOf(v, quota, coverage);
        for (let j = 0; j < m; j++) {
          const c = eager[j] as number;
          const x = statOfRow(r, c, n);
          if (Number.isFinite(x)) data[c * stride + (counts[c] as number)++] = x;
        }
      });
      // undefined: not computed yet (left out of the first pass).
      known = this.known = new Array<Quartiles | null | undefined>(STAT_COUNT).fill(undefined);
      for (let j = 0; j < m; j++) {
        const c = eager[j] as number;
        const n = counts[c] as number;
        known[c] = n === 0 ? null : quartilesInPlace(data, c * stride, n);
      }
      // Stats already computed alone stay as they are.
      if (this.single) for (const [c, q] of this.single) known[c] ??= q;
      this.single = null;
    }
    let q = known[i];
    if (q === undefined) q = known[i] = this.alone(i);
    return q ?? undefined;
  }
  one(k: StatKey): Quartiles | undefined {
    if (this.known !== null) return this.get(k);
    const i = STAT_INDEX.get(k);
    if (i === undefined) return undefined;
    const hit = this.single?.get(i);
    if (hit !== undefined) return hit ?? undefined;
    const q = this.alone(i);
    (this.single ??= new Map()).set(i, q);
    return q ?? undefined;
  }
  /** Stat i's quartiles on their own (one pass over the members). */
  private alone(i: number): Quartiles | null {
    const { data } = resetColumns(this.size);
    let count = 0;
    this.members((v, quota, coverage, n) => {
      const x = statOfRow(rowOf(v, quota, coverage), i, n);
      if (Number.isFinite(x)) data[count++] = x;
    });
    return count === 0 ? null : quartilesInPlace(data, 0, count);
  }
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

/** How many of the reps with data carry each effort signal (SIGNAL_ORDER, the last one unused), counted as they are listed. */
type SignalCounts = [number, number, number];

function countSignals(counts: SignalCounts, v: MetricValues): void {
  if (hasSignal(v, 'meetingsHeld')) counts[0]++;
  if (hasSignal(v, 'meetingsBooked')) counts[1]++;
  if (hasSignal(v, 'activities')) counts[2]++;
}

/** The team's effort signal: the first that at least half of the n reps with data carry (see WindowStats.signal). */
function signalOf(counts: SignalCounts, n: number): EffortSignal {
  for (let i = 0; i < counts.length; i++) {
    const count = counts[i] as number;
    if (count > 0 && count * 2 >= n) return SIGNAL_ORDER[i] as EffortSignal;
  }
  return 'opportunitiesCreated';
}

/** The effort signal of a list of reps' values (as windowStats picks it). */
export function teamSignal(values: readonly MetricValues[]): EffortSignal {
  const counts: SignalCounts = [0, 0, 0];
  for (const v of values) countSignals(counts, v);
  return signalOf(counts, values.length);
}
