// Benchmarks: what each value is judged against (the stated expectation where set, else the
// team median), scaled to the window.
import type { Targets } from '@shared/schemas/expectations';
import type { MetricValues } from '@shared/schemas/metrics';
import type { RepWindow } from './indexing';
import type { Quartiles } from './stats';
import { FLOW_STATS } from './statistics';
import type { Benchmarked, EffortSignal, StatKey } from './types';

/** A value with its expectation and team figures (window-scaled); benchmark as pickBenchmark. Allocation-lean: it runs for every metric of every rep. */
export function benchmarked(value: number | null, expectation: number | null, q: Quartiles | undefined, k: StatKey, n: number): Benchmarked {
  const s = FLOW_STATS.has(k) ? n : 1;
  const teamMedian = q ? q.median * s : null;
  const useExpectation = expectation !== null && expectation > 0;
  const useMedian = !useExpectation && teamMedian !== null && teamMedian > 0;
  return {
    value,
    expectation,
    teamQ1: q ? q.q1 * s : null,
    teamMedian,
    teamQ3: q ? q.q3 * s : null,
    teamSize: q ? q.n : 0,
    benchmark: useExpectation ? expectation : useMedian ? teamMedian : null,
    benchmarkSource: useExpectation ? 'expectation' : useMedian ? 'team-median' : null,
  };
}

export function signalTarget(t: Targets, v: MetricValues, s: EffortSignal): number | null {
  switch (s) {
    case 'meetingsHeld':
      return t.meetingsHeld;
    case 'meetingsBooked':
      return t.meetingsBooked;
    case 'opportunitiesCreated':
      return t.opportunitiesCreated;
    case 'activities': {
      // No calls and no emails in the data: there is nothing to expect (never an invented 0).
      if (v.calls === null && v.emails === null) return null;
      if (v.calls !== null && t.calls === null) return null;
      if (v.emails !== null && t.emails === null) return null;
      return (v.calls !== null ? (t.calls ?? 0) : 0) + (v.emails !== null ? (t.emails ?? 0) : 0);
    }
  }
}

/** Expected value of each display metric (window sums for volumes). */
export function expectationFor(k: StatKey, rw: RepWindow): number | null {
  const t = rw.targets;
  switch (k) {
    case 'calls':
    case 'emails':
    case 'meetingsBooked':
    case 'meetingsHeld':
    case 'opportunitiesCreated':
      return t[k];
    case 'revenue':
    case 'revenueWon':
      return rw.quota;
    case 'effectiveQuota':
      return rw.quota;
    case 'activities':
      return signalTarget(t, rw.values, 'activities');
    case 'conversionHeld':
      return ratioOrNull(rw.fullTargets.opportunitiesCreated, rw.fullTargets.meetingsHeld);
    case 'conversionBooked':
      return ratioOrNull(rw.fullTargets.opportunitiesCreated, rw.fullTargets.meetingsBooked);
    case 'conversionActivities':
      return ratioOrNull(rw.fullTargets.opportunitiesCreated, signalTarget(rw.fullTargets, rw.values, 'activities'));
    case 'winPerOpportunity':
    case 'closedWinRate':
    case 'winRate':
      return t.winRate;
    case 'dealSize':
    case 'avgDealSize':
      return t.avgDealSize;
    case 'cycleDaysMedian':
      return t.maxCycleDays;
    case 'pipelineCoverage':
      return t.pipelineCoverage;
    case 'dealsWon': {
      const o = t.opportunitiesCreated;
      return o !== null && t.winRate !== null ? o * t.winRate : null;
    }
    default:
      return null;
  }
}

export function ratioOrNull(a: number | null, b: number | null): number | null {
  return a === null || b === null || b <= 0 ? null : a / b;
}

export function emptyBenchmarked(): Benchmarked {
  return { value: null, expectation: null, teamQ1: null, teamMedian: null, teamQ3: null, teamSize: 0, benchmark: null, benchmarkSource: null };
}
