// Rolling several periods into one (a trailing window) and deriving the funnel quantities.
//
// Window rules: counts and amounts are summed (quota, revenue, calls, emails, meetings,
// opportunities, wins, losses, complaints) — and a sum is unknown if any period's value is
// unknown (unknown is never zero). Ratios are recomputed from the sums (win rate = won ÷
// (won + lost), deal size = revenue ÷ wins). Cycle days: mean weighted by deals won. Pipeline
// is a stock: the last period's value. CSAT: mean of the known values.
import type { MetricKey, MetricValues } from '@shared/schemas/metrics';
import { METRIC_KEYS } from '@shared/schemas/metrics';
import { isFlow } from '../metrics';
import type { EffortSignal } from './types';

/** The metrics a window sums (the catalogue's flows), in METRIC_KEYS order. */
export const FLOW_KEYS: readonly MetricKey[] = METRIC_KEYS.filter(isFlow);
const FLOW = new Set<MetricKey>(FLOW_KEYS);

export function isFlowMetric(k: string): boolean {
  return FLOW.has(k as MetricKey);
}

export function aggregateValues(list: readonly MetricValues[]): MetricValues {
  if (list.length === 1 && list[0]) return list[0];
  const out = blankValues();
  if (list.length === 0) return out;
  for (const k of FLOW_KEYS) {
    let sum = 0;
    let known = true;
    for (const v of list) {
      // Rows stored before a metric existed lack it: unknown, like null.
      const x = v[k] ?? null;
      if (x === null) {
        known = false;
        break;
      }
      sum += x;
    }
    out[k] = known ? sum : null;
  }
  // Win rate: pooled from counts when possible, else the mean of stated rates.
  const W = out.dealsWon;
  const L = out.dealsLost;
  if (W !== null && L !== null) out.winRate = W + L > 0 ? W / (W + L) : null;
  else out.winRate = meanOf(list, 'winRate', true);
  // Deal size: from revenue and wins when possible.
  const R = out.revenueWon;
  if (R !== null && W !== null && W > 0) out.avgDealSize = R / W;
  else out.avgDealSize = weightedMean(list, 'avgDealSize');
  out.cycleDaysMedian = weightedMean(list, 'cycleDaysMedian');
  out.pipeline = list[list.length - 1]?.pipeline ?? null;
  out.csat = meanOf(list, 'csat', false);
  return out;
}

/**
 * Every metric unknown, in METRIC_KEYS order (the same object shape as emptyMetricValues, built
 * as a literal: this runs for every rep of every window, and a literal is far cheaper to make).
 */
function blankValues(): MetricValues {
  return {
    quota: null,
    revenueWon: null,
    calls: null,
    emails: null,
    meetingsBooked: null,
    meetingsHeld: null,
    opportunitiesCreated: null,
    dealsWon: null,
    dealsLost: null,
    winRate: null,
    avgDealSize: null,
    cycleDaysMedian: null,
    pipeline: null,
    complaints: null,
    csat: null,
    cohortWon: null,
    cohortLost: null,
    cohortOpen: null,
  };
}

/** Mean of one metric's known values (null if none; with requireAll, null if any is unknown). */
function meanOf(list: readonly MetricValues[], k: 'winRate' | 'csat', requireAll: boolean): number | null {
  let s = 0;
  let n = 0;
  for (const v of list) {
    const x = v[k];
    if (x === null) {
      if (requireAll) return null;
      continue;
    }
    s += x;
    n++;
  }
  return n > 0 ? s / n : null;
}

/** Mean of a metric over the periods that have it, weighted by deals won where every such period has them. */
function weightedMean(list: readonly MetricValues[], k: 'avgDealSize' | 'cycleDaysMedian'): number | null {
  let s = 0;
  let w = 0;
  let plain = 0;
  let n = 0;
  let weighted = true;
  for (const v of list) {
    const x = v[k];
    if (x === null) continue;
    plain += x;
    n++;
    const dw = v.dealsWon;
    if (dw === null) weighted = false;
    else {
      s += x * dw;
      w += dw;
    }
  }
  if (n === 0) return null;
  return weighted && w > 0 ? s / w : plain / n;
}

/** The quantities the funnel and the benchmarks use, derived from (aggregated) values. */
export type Derived = {
  revenue: number | null;
  activities: number | null;
  conversionHeld: number | null;
  conversionBooked: number | null;
  conversionActivities: number | null;
  winPerOpportunity: number | null;
  closedWinRate: number | null;
  closingPace: number | null;
  dealSize: number | null;
  /** Won ÷ created of the creation cohort (deals created in the periods, however they ended). */
  cohortWinRate: number | null;
  /** Still open ÷ created of the creation cohort. */
  cohortOpenShare: number | null;
};

/** The creation cohort's counts, or null when any is unknown (period sheets, older rows). */
export function cohortCounts(v: MetricValues): { won: number; lost: number; open: number; created: number } | null {
  const won = v.cohortWon ?? null;
  const lost = v.cohortLost ?? null;
  const open = v.cohortOpen ?? null;
  if (won === null || lost === null || open === null) return null;
  return { won, lost, open, created: won + lost + open };
}

/** The Derived quantities in the order deriveInto writes them. */
export const DERIVED_KEYS = [
  'revenue',
  'activities',
  'conversionHeld',
  'conversionBooked',
  'conversionActivities',
  'winPerOpportunity',
  'closedWinRate',
  'closingPace',
  'dealSize',
  'cohortWinRate',
  'cohortOpenShare',
] as const satisfies ReadonlyArray<keyof Derived>;

// NaN stands for unknown in the numeric form (null in Derived).
function divN(a: number | null, b: number | null): number {
  return a === null || b === null || b <= 0 ? NaN : a / b;
}

/** a ÷ b as a rate: only while a ≤ b (more successes than trials means two different groups). */
function rateN(a: number | null, b: number | null): number {
  return a === null || b === null || b <= 0 || a > b ? NaN : a / b;
}

/**
 * The derived quantities of v written as numbers (NaN = unknown) to out[at …], in DERIVED_KEYS
 * order, with no object made: team statistics read every member of a group this way.
 */
export function deriveInto(v: MetricValues, out: Float64Array, at: number): void {
  // Rows stored before a metric existed lack it: unknown, like null.
  const W = v.dealsWon ?? null;
  const O = v.opportunitiesCreated ?? null;
  const L = v.dealsLost ?? null;
  const avg = v.avgDealSize ?? null;
  const stated = v.winRate ?? null;
  const revenue = v.revenueWon ?? (W !== null && avg !== null ? W * avg : null);
  const calls = v.calls ?? null;
  const emails = v.emails ?? null;
  const activities = calls === null && emails === null ? null : (calls ?? 0) + (emails ?? 0);
  const closedKnown = W !== null && L !== null;
  const cohortWon = v.cohortWon ?? null;
  const cohortLost = v.cohortLost ?? null;
  const cohortOpen = v.cohortOpen ?? null;
  const cohort = cohortWon !== null && cohortLost !== null && cohortOpen !== null;
  const created = cohort ? cohortWon + cohortLost + cohortOpen : null;
  out[at] = revenue ?? NaN;
  out[at + 1] = activities ?? NaN;
  out[at + 2] = rateN(O, v.meetingsHeld ?? null);
  out[at + 3] = rateN(O, v.meetingsBooked ?? null);
  out[at + 4] = rateN(O, activities);
  // One win rate per row: won ÷ closed where losses are known; else won ÷ created, only while it is a rate.
  out[at + 5] = closedKnown ? NaN : rateN(W, O);
  out[at + 6] = closedKnown ? divN(W, W + L) : stated !== null && stated >= 0 && stated <= 1 ? stated : NaN;
  out[at + 7] = closedKnown ? divN(W + L, O) : NaN;
  out[at + 8] = W !== null && W > 0 && revenue !== null ? revenue / W : W === null ? (avg ?? NaN) : NaN;
  out[at + 9] = cohort ? rateN(cohortWon, created) : NaN;
  out[at + 10] = cohort ? rateN(cohortOpen, created) : NaN;
}

const scratch = new Float64Array(DERIVED_KEYS.length);
const known = (x: number): number | null => (Number.isNaN(x) ? null : x);

export function derive(v: MetricValues): Derived {
  deriveInto(v, scratch, 0);
  return {
    revenue: known(scratch[0] as number),
    activities: known(scratch[1] as number),
    conversionHeld: known(scratch[2] as number),
    conversionBooked: known(scratch[3] as number),
    conversionActivities: known(scratch[4] as number),
    winPerOpportunity: known(scratch[5] as number),
    closedWinRate: known(scratch[6] as number),
    closingPace: known(scratch[7] as number),
    dealSize: known(scratch[8] as number),
    cohortWinRate: known(scratch[9] as number),
    cohortOpenShare: known(scratch[10] as number),
  };
}

/** The activity measure that drives the funnel for these values. */
export function effortSignal(v: MetricValues): EffortSignal {
  if (v.meetingsHeld !== null) return 'meetingsHeld';
  if (v.meetingsBooked !== null) return 'meetingsBooked';
  if (v.calls !== null || v.emails !== null) return 'activities';
  return 'opportunitiesCreated';
}

/** Whether the values carry this effort signal. */
export function hasSignal(v: MetricValues, s: EffortSignal): boolean {
  // Each property read by name: team statistics call this for every rep of every period, and a read by key is far slower.
  switch (s) {
    case 'meetingsHeld':
      return v.meetingsHeld !== null;
    case 'meetingsBooked':
      return v.meetingsBooked !== null;
    case 'activities':
      return v.calls !== null || v.emails !== null;
    case 'opportunitiesCreated':
      return v.opportunitiesCreated !== null;
  }
}

export function signalValue(v: MetricValues, d: Derived, s: EffortSignal): number | null {
  return s === 'activities' ? d.activities : v[s];
}

/**
 * Rolls monthly rows up into quarters (counts summed, ratios from the sums; see aggregateValues).
 * A quarter is produced for every rep with at least one month in it; `months` says how many.
 */
export function rollUpMonthsToQuarters<R extends { repId: string; period: string; periodKind: string; values: MetricValues }>(
  rows: readonly R[],
): Array<{ repId: string; period: string; periodKind: 'quarter'; values: MetricValues; months: number }> {
  const groups = new Map<string, { repId: string; period: string; list: Array<{ month: string; values: MetricValues }> }>();
  for (const r of rows) {
    if (r.periodKind !== 'month') continue;
    const m = /^(\d{4})-(\d{2})$/.exec(r.period);
    if (!m) continue;
    const q = `${m[1]}-Q${Math.floor((Number(m[2]) - 1) / 3) + 1}`;
    const key = `${r.repId}\u0000${q}`;
    const g = groups.get(key) ?? { repId: r.repId, period: q, list: [] };
    g.list.push({ month: r.period, values: r.values });
    groups.set(key, g);
  }
  return [...groups.values()].map((g) => ({
    repId: g.repId,
    period: g.period,
    periodKind: 'quarter' as const,
    values: aggregateValues(g.list.sort((a, b) => (a.month < b.month ? -1 : 1)).map((x) => x.values)),
    months: g.list.length,
  }));
}
