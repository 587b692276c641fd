// One peer group's team quartiles in one window, computed on first use from a column store of
// the members' values (one typed array reused by every group): the diagnosis' hot path, measured
// by `npm run bench -- diagnosis`.
import type { MetricValues } from '@shared/schemas/metrics';
import { METRIC_KEYS } from '@shared/schemas/metrics';
import { deriveInto } from './aggregate';
import type { StatLookup } from './indexing';
import type { Quartiles } from './stats';
import { quartilesInPlace } from './stats';
import { CONVERSION_STAT, FLOW_STATS, SIGNAL_ORDER, STAT_KEYS } from './stat-keys';
import type { EffortSignal, StatKey } from './types';

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
export const EAGER_BY_SIGNAL = new Map<EffortSignal, Int32Array>(
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
export type Members = (visit: (v: MetricValues, quota: number | null, coverage: number | null, n: number) => void) => void;

/**
 * Team quartiles of one peer group in one window, computed on first use: the columns of the stats
 * assessments read are filled in one pass over the members and their quartiles selected at once
 * (and kept). Computed per group: a rep history needs its own group only. `one` serves a caller
 * that needs a single stat (a past period's result, a stat left out of the first pass) without
 * computing the rest.
 */
export class GroupStats implements StatLookup {
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
