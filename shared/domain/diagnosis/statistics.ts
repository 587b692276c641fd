// Team statistics: per window and peer group, the quartiles of every metric, computed once and
// shared by every rep assessed against them.
import type { PeriodKey } from '../../schemas/common';
import { METRIC_KEYS } from '../../schemas/metrics';
import { hasSignal, isFlowMetric } from './aggregate';
import type { MetricValues } from '../../schemas/metrics';
import type { Derived } from './aggregate';
import type { Engine, RepIndex, RepWindow, StatLookup, WindowReps, WindowStats } from './indexing';
import { peekTargets, quotaFor, repWindow } from './indexing';
import { trailingPeriods } from './periods';
import type { Quartiles } from './stats';
import { quartilesInPlace } from './stats';
import type { EffortSignal, StatKey } from './types';

/** Fewer reps than this in a role (in the period) → team figures come from the whole team. */
export const MIN_PEERS = 3;

export const DERIVED_FLOW_KEYS = ['revenue', 'activities', 'effectiveQuota'] as const;

export const STAT_KEYS: readonly StatKey[] = [
  ...METRIC_KEYS,
  'revenue',
  'activities',
  'effectiveQuota',
  'conversionHeld',
  'conversionBooked',
  'conversionActivities',
  'winPerOpportunity',
  'closedWinRate',
  'closingPace',
  'dealSize',
  'pipelineCoverage',
  'cohortWinRate',
  'cohortOpenShare',
];

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

export const LOWER_IS_BETTER = new Set<StatKey>(['cycleDaysMedian', 'complaints', 'dealsLost']);
export const FLOW_STATS = new Set<StatKey>(STAT_KEYS.filter((k) => isFlowMetric(k) || (DERIVED_FLOW_KEYS as readonly string[]).includes(k)));

const STAT_COUNT = STAT_KEYS.length;
const STAT_INDEX = new Map<StatKey, number>(STAT_KEYS.map((k, i) => [k, i]));
/** Column of each stat (STAT_KEYS order). */
const C = Object.fromEntries(STAT_KEYS.map((k, i) => [k, i])) as Record<StatKey, number>;
const FLOW_AT = Uint8Array.from(STAT_KEYS, (k) => (FLOW_STATS.has(k) ? 1 : 0));

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

/** Writes one member's values (as statRaw reads them) into the row buffer, in STAT_KEYS order. */
function rowOf(v: MetricValues, d: Derived, quota: number | null, coverage: number | null): Float64Array {
  // Unknown (null, or undefined in rows stored before a metric existed) becomes NaN: not finite, left out.
  const r = columns.row;
  r[C.quota] = v.quota ?? NaN;
  r[C.revenueWon] = v.revenueWon ?? NaN;
  r[C.calls] = v.calls ?? NaN;
  r[C.emails] = v.emails ?? NaN;
  r[C.meetingsBooked] = v.meetingsBooked ?? NaN;
  r[C.meetingsHeld] = v.meetingsHeld ?? NaN;
  r[C.opportunitiesCreated] = v.opportunitiesCreated ?? NaN;
  r[C.dealsWon] = v.dealsWon ?? NaN;
  r[C.dealsLost] = v.dealsLost ?? NaN;
  r[C.winRate] = v.winRate ?? NaN;
  r[C.avgDealSize] = v.avgDealSize ?? NaN;
  r[C.cycleDaysMedian] = v.cycleDaysMedian ?? NaN;
  r[C.pipeline] = v.pipeline ?? NaN;
  r[C.complaints] = v.complaints ?? NaN;
  r[C.csat] = v.csat ?? NaN;
  r[C.cohortWon] = v.cohortWon ?? NaN;
  r[C.cohortLost] = v.cohortLost ?? NaN;
  r[C.cohortOpen] = v.cohortOpen ?? NaN;
  r[C.revenue] = d.revenue ?? NaN;
  r[C.activities] = d.activities ?? NaN;
  r[C.effectiveQuota] = quota ?? NaN;
  r[C.conversionHeld] = d.conversionHeld ?? NaN;
  r[C.conversionBooked] = d.conversionBooked ?? NaN;
  r[C.conversionActivities] = d.conversionActivities ?? NaN;
  r[C.winPerOpportunity] = d.winPerOpportunity ?? NaN;
  r[C.closedWinRate] = d.closedWinRate ?? NaN;
  r[C.closingPace] = d.closingPace ?? NaN;
  r[C.dealSize] = d.dealSize ?? NaN;
  r[C.pipelineCoverage] = coverage ?? NaN;
  r[C.cohortWinRate] = d.cohortWinRate ?? NaN;
  r[C.cohortOpenShare] = d.cohortOpenShare ?? NaN;
  return r;
}

/** Stat i of a row over n present periods (flows per period); the caller leaves out what is not finite. */
function statOfRow(r: Float64Array, i: number, n: number): number {
  return FLOW_AT[i] === 1 ? (r[i] as number) / n : (r[i] as number);
}

/** Visits every member of a group: its values, derived quantities, quota and coverage over n present periods. */
type Members = (visit: (v: MetricValues, d: Derived, quota: number | null, coverage: number | null, n: number) => void) => void;

/**
 * Team quartiles of one peer group in one window, computed on first use: every stat's column is
 * filled in one pass over the members and every stat's quartiles are selected from it at once
 * (and kept). Computed per group: a rep history needs its own group only. `one` serves a caller
 * that needs a single stat (a past period's result) without computing the rest.
 */
class GroupStats implements StatLookup {
  private known: Array<Quartiles | null> | null = null;
  private single: Map<number, Quartiles | null> | null = null;
  constructor(
    private readonly size: number,
    private readonly members: Members,
  ) {}
  get(k: StatKey): Quartiles | undefined {
    let known = this.known;
    if (known === null) {
      const { data, counts, stride } = resetColumns(this.size);
      this.members((v, d, quota, coverage, n) => {
        const r = rowOf(v, d, quota, coverage);
        for (let i = 0; i < STAT_COUNT; i++) {
          const x = statOfRow(r, i, n);
          if (Number.isFinite(x)) data[i * stride + (counts[i] as number)++] = x;
        }
      });
      known = this.known = new Array<Quartiles | null>(STAT_COUNT);
      for (let i = 0; i < STAT_COUNT; i++) {
        const n = counts[i] as number;
        known[i] = n === 0 ? null : quartilesInPlace(data, i * stride, n);
      }
      this.single = null;
    }
    const i = STAT_INDEX.get(k);
    return i === undefined ? undefined : (known[i] ?? undefined);
  }
  one(k: StatKey): Quartiles | undefined {
    if (this.known !== null) return this.get(k);
    const i = STAT_INDEX.get(k);
    if (i === undefined) return undefined;
    const hit = this.single?.get(i);
    if (hit !== undefined) return hit ?? undefined;
    const { data } = resetColumns(this.size);
    let count = 0;
    this.members((v, d, quota, coverage, n) => {
      const x = statOfRow(rowOf(v, d, quota, coverage), i, n);
      if (Number.isFinite(x)) data[count++] = x;
    });
    const q = count === 0 ? null : quartilesInPlace(data, 0, count);
    (this.single ??= new Map()).set(i, q);
    return q ?? undefined;
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
  // Per role group (engine.roleKeys order), then the whole team: the members and their values, or their windows.
  const groupCount = engine.roleKeys.length;
  const memberReps: RepIndex[][] = [];
  const memberValues: MetricValues[][] = [];
  const memberWindows: RepWindow[][] = [];
  for (let g = 0; g <= groupCount; g++) {
    memberReps.push([]);
    memberValues.push([]);
    memberWindows.push([]);
  }
  const all = memberValues[groupCount] as MetricValues[];
  const add = (g: number, idx: RepIndex, v: MetricValues, rw: RepWindow | null) => {
    (memberReps[g] as RepIndex[]).push(idx);
    (memberValues[g] as MetricValues[]).push(v);
    if (rw) (memberWindows[g] as RepWindow[]).push(rw);
  };
  for (const idx of engine.reps) {
    let v: MetricValues | undefined;
    let rw: RepWindow | null = null;
    if (single !== null) v = idx.rows.atSlot(slot);
    else {
      rw = repWindow(engine, idx, periods);
      if (rw) built.set(idx.rep.id, rw);
      v = rw?.values;
    }
    if (!v) continue;
    add(groupCount, idx, v, rw);
    if (idx.roleKey !== '*') add(idx.roleGroup, idx, v, rw);
  }
  const membersOf = (g: number): Members =>
    single !== null
      ? (visit) => {
          const list = memberReps[g] as RepIndex[];
          const values = memberValues[g] as MetricValues[];
          for (let i = 0; i < list.length; i++) {
            const idx = list[i] as RepIndex;
            const v = values[i] as MetricValues;
            const quota = quotaFor(peekTargets(engine, idx, single), v).quota;
            const coverage = v.pipeline !== null && quota !== null && quota > 0 ? v.pipeline / quota : null;
            visit(v, idx.rows.derivedAtSlot(slot), quota, coverage, 1);
          }
        }
      : (visit) => {
          for (const rw of memberWindows[g] as RepWindow[]) visit(rw.values, rw.derived, rw.quota, rw.coverage, rw.periods.length);
        };
  const groups = new Map<string, StatLookup>();
  const groupSize = new Map<string, number>([['*', all.length]]);
  groups.set('*', new GroupStats(all.length, membersOf(groupCount)));
  for (let g = 0; g < groupCount; g++) {
    const size = (memberValues[g] as MetricValues[]).length;
    const roleKey = engine.roleKeys[g] as string;
    if (size === 0 || roleKey === '*') continue;
    groupSize.set(roleKey, size);
    if (size >= MIN_PEERS) groups.set(roleKey, new GroupStats(size, membersOf(g)));
  }
  const reps = new RepWindows(engine, periods, single, built, all.length);
  const ws: WindowStats = { periods, reps, groups, groupSize, signal: teamSignal(all) };
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

const SIGNAL_ORDER: readonly EffortSignal[] = ['meetingsHeld', 'meetingsBooked', 'activities', 'opportunitiesCreated'];

/** The team's effort signal: the first that at least half the reps with data carry (see WindowStats.signal). */
export function teamSignal(values: readonly MetricValues[]): EffortSignal {
  const n = values.length;
  for (let i = 0; i < SIGNAL_ORDER.length - 1; i++) {
    const s = SIGNAL_ORDER[i] as EffortSignal;
    let count = 0;
    for (const v of values) if (hasSignal(v, s)) count++;
    if (count > 0 && count * 2 >= n) return s;
  }
  return 'opportunitiesCreated';
}
