// Where a benchmark comes from: the role's target, this rep's own target (a per-rep override),
// the quota carried in the imported data, or the team median. The numbers stay as assessed;
// this only names their origin, and whether a new-hire ramp scaled the target down.
import type { TargetKey, TargetSource } from './expectations';
import type { BenchmarkOrigin, MetricComparison, StatKey } from './types';

/** The targets each metric's expectation is made of (see expectationFor). */
const FED_BY: Partial<Record<StatKey, readonly TargetKey[]>> = {
  calls: ['calls'],
  emails: ['emails'],
  meetingsBooked: ['meetingsBooked'],
  meetingsHeld: ['meetingsHeld'],
  opportunitiesCreated: ['opportunitiesCreated'],
  activities: ['calls', 'emails'],
  conversionHeld: ['opportunitiesCreated', 'meetingsHeld'],
  conversionBooked: ['opportunitiesCreated', 'meetingsBooked'],
  conversionActivities: ['opportunitiesCreated', 'calls', 'emails'],
  winPerOpportunity: ['winRate'],
  closedWinRate: ['winRate'],
  winRate: ['winRate'],
  dealSize: ['avgDealSize'],
  avgDealSize: ['avgDealSize'],
  cycleDaysMedian: ['maxCycleDays'],
  pipelineCoverage: ['pipelineCoverage'],
  dealsWon: ['opportunitiesCreated', 'winRate'],
};

/** Metrics held to the quota (expectationFor reads the window's quota for them). */
const QUOTA_METRICS = new Set<StatKey>(['revenue', 'revenueWon', 'effectiveQuota']);
/** Expectations built from full-tenure targets (ratios): a ramp never scales them. */
const UNRAMPED = new Set<StatKey>(['conversionHeld', 'conversionBooked', 'conversionActivities']);
/** Targets that are volumes: the only ones a ramp scales (see resolveTargets). */
const RAMPED_TARGETS = new Set<TargetKey>(['calls', 'emails', 'meetingsBooked', 'meetingsHeld', 'opportunitiesCreated', 'quota']);

export type OriginContext = {
  /** Where each of the rep's targets comes from (resolveTargets' source). */
  sources: Readonly<Record<TargetKey, TargetSource>>;
  /** Where the window's quota comes from (quotaFor's source). */
  quotaSource: 'override' | 'data' | 'role' | null;
  /** Whether any period of the window is in the rep's ramp (volume targets scaled down). */
  inRamp: boolean;
};

export type OriginOf = { benchmarkOrigin: BenchmarkOrigin | null; rampAdjusted: boolean };

/** The origin of one metric's benchmark; a benchmark from targets of both kinds counts as the rep's own. */
export function benchmarkOriginOf(m: Pick<MetricComparison, 'key' | 'benchmarkSource'>, ctx: OriginContext): OriginOf {
  if (m.benchmarkSource === null) return { benchmarkOrigin: null, rampAdjusted: false };
  if (m.benchmarkSource === 'team-median') return { benchmarkOrigin: 'team-median', rampAdjusted: false };
  if (QUOTA_METRICS.has(m.key)) {
    const q = ctx.quotaSource;
    const origin: BenchmarkOrigin = q === 'override' ? 'rep' : q === 'data' ? 'data' : 'role';
    return { benchmarkOrigin: origin, rampAdjusted: ctx.inRamp && q !== 'data' };
  }
  const keys = FED_BY[m.key] ?? [];
  const own = keys.some((k) => ctx.sources[k] === 'override');
  const ramped = ctx.inRamp && !UNRAMPED.has(m.key) && keys.some((k) => RAMPED_TARGETS.has(k) && ctx.sources[k] !== null);
  return { benchmarkOrigin: own ? 'rep' : 'role', rampAdjusted: ramped };
}

/** Names the origin on each comparison in place (they are fresh objects of one assessment). */
export function nameOrigins(metrics: readonly MetricComparison[], ctx: OriginContext): void {
  for (const m of metrics) {
    const o = benchmarkOriginOf(m, ctx);
    m.benchmarkOrigin = o.benchmarkOrigin;
    m.rampAdjusted = o.rampAdjusted;
  }
}
