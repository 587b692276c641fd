// Assessing one rep over one window (a single period is a window of one): funnel, result,
// cycle, verdict, confidence, metrics and evidence.
import type { PeriodKey } from '@shared/schemas/common';
import { signalValue } from './aggregate';
import { benchmarked, emptyBenchmarked, expectationFor, ratioOrNull, signalTarget } from './benchmarks';
import type { Quartiles } from './stats';
import { classify } from './classification';
import { creationCohort } from './cohort';
import { confidenceOf } from './confidence';
import { buildEvidence } from './evidence';
import type { FactorBench } from './funnel';
import { decomposeFunnel } from './funnel';
import { GAP_EPSILON, inGap, withinThreshold } from './thresholds';
import type { Engine, RepIndex, RepWindow, StatLookup } from './indexing';
import { CONVERSION_STAT, DISPLAY_KEYS, FLOW_STATS, LOWER_IS_BETTER, peerStats, statRaw, windowStats } from './statistics';
import type { PeerChoice } from '../team/peers';
import type { Assessment, Attainment, Benchmarked, CycleCheck, Decomposition, EffortSignal, MetricComparison, StatKey } from './types';
import { STAT_LABELS } from './vocabulary';
import type { TextFormat } from '@shared/lib/format';
import { sentenceFormat } from './format';

/** withEvidence: build the sentences; withMetrics: list every metric (off for internal checks); format: how sentences write numbers. */
export type AssessOptions = { withEvidence: boolean; withMetrics?: boolean; format?: TextFormat | undefined };

export function assess(engine: Engine, idx: RepIndex, end: PeriodKey, length: number, opts: AssessOptions): Assessment {
  const { settings } = engine;
  const threshold = settings.gapThreshold;
  const ws = windowStats(engine, end, length);
  const rw = ws.reps.get(idx.rep.id);
  const { stats, peers } = peerStats(engine, ws, idx);
  const teamScope: Assessment['teamScope'] = peers.used.scope === 'everyone' ? 'team' : 'role';
  if (!rw) return noDataAssessment(ws.periods, length, teamScope, peers, opts.format);
  const n = rw.periods.length;
  const scope = scopeOf(rw);
  const decomposition = funnelOf(rw, stats, ws.signal, scope, threshold);
  const result = resultOf(rw, stats.get(resultKeyOf(scope)), scope, threshold);
  // Cycle length: longer than the maximum (or team median) by more than the threshold.
  const cycle = cycleCheck(
    benchmarked(rw.values.cycleDaysMedian, rw.targets.maxCycleDays, stats.get('cycleDaysMedian'), 'cycleDaysMedian', n),
    threshold,
  );
  const cls = classify(decomposition, result, cycle);
  const { confidence, notes: confidenceNotes } = confidenceOf(cls, decomposition, cycle, settings, n, length);
  const listed = opts.withMetrics !== false || opts.withEvidence;
  const assessment: Assessment = {
    periods: rw.periods,
    windowLength: length,
    verdict: cls.verdict,
    weakStage: cls.weakStage,
    confidence,
    rule: { id: cls.rule, text: '' },
    result,
    decomposition,
    cycle,
    gaps: cls.gaps,
    metrics: listed ? listedMetrics(rw, stats, ws.signal) : [],
    evidence: [],
    confidenceNotes,
    teamScope,
    peers,
    cohort: creationCohort(rw, stats, threshold, engine.periods[engine.periods.length - 1] ?? null),
  };
  assessment.rule.text = buildEvidence(assessment, cls, threshold, false, opts.format).ruleText;
  if (opts.withEvidence) {
    const { format } = opts;
    lazyEvidence(assessment, () => buildEvidence(assessment, cls, threshold, true, format).sentences);
  }
  return assessment;
}

/** The funnel of the rep's window against the team's (window-scaled) figures and the rep's targets. */
function funnelOf(rw: RepWindow, stats: StatLookup, signal: EffortSignal, scope: Decomposition['scope'], threshold: number): Decomposition {
  const n = rw.periods.length;
  const v = rw.values;
  const closed = v.dealsWon !== null && v.dealsLost !== null ? { won: v.dealsWon, lost: v.dealsLost } : null;
  return decomposeFunnel({
    signal,
    scope,
    effort: signalValue(v, rw.derived, signal),
    opportunities: v.opportunitiesCreated,
    wins: v.dealsWon,
    revenue: rw.derived.revenue,
    closed,
    bench: {
      effort: factorBench(stats, signal, n, signalTarget(rw.targets, v, signal)),
      meetingToOpportunity: factorBench(
        stats,
        CONVERSION_STAT[signal],
        n,
        ratioOrNull(rw.fullTargets.opportunitiesCreated, signalTarget(rw.fullTargets, v, signal)),
      ),
      opportunityToWin: closed
        ? factorBench(stats, 'closedWinRate', n, rw.targets.winRate)
        : factorBench(stats, 'winPerOpportunity', n, rw.targets.winRate),
      dealSize: factorBench(stats, 'dealSize', n, rw.targets.avgDealSize),
    },
    paceBench: factorBench(stats, 'closingPace', n, null),
    gapThreshold: threshold,
  });
}

/** Every metric shown for the window, in display order; of the conversion rates only the one the effort signal uses. */
function listedMetrics(rw: RepWindow, stats: StatLookup, signal: EffortSignal): MetricComparison[] {
  const n = rw.periods.length;
  const metrics: MetricComparison[] = [];
  for (const k of DISPLAY_KEYS) {
    if ((k === 'conversionHeld' || k === 'conversionBooked' || k === 'conversionActivities') && k !== CONVERSION_STAT[signal]) continue;
    const m = metricComparison(statRaw(rw, k), expectationFor(k, rw), stats.get(k), k, n);
    if (m !== null) metrics.push(m);
  }
  return metrics;
}

/**
 * Makes `evidence` worked out when first read, then kept as a plain array (in its place among
 * the fields, so JSON and copies are unchanged). A team diagnosis assesses every rep twice and
 * the Team page reads none of the sentences; the Rep page, the planner, the CLI and any copy read
 * them as before. The assessment must not change before the first read (diagnoseRep reads it
 * before it lowers a confidence).
 */
function lazyEvidence(a: Assessment, build: () => string[]): void {
  Object.defineProperty(a, 'evidence', {
    enumerable: true,
    configurable: true,
    get(): string[] {
      const sentences = build();
      Object.defineProperty(a, 'evidence', { value: sentences, enumerable: true, configurable: true, writable: true });
      return sentences;
    },
    set(value: string[]) {
      Object.defineProperty(a, 'evidence', { value, enumerable: true, configurable: true, writable: true });
    },
  });
}

/** Team figures of one factor (window-scaled) with its expectation. */
function factorBench(stats: StatLookup, k: StatKey, n: number, expectation: number | null): FactorBench {
  const q = stats.get(k);
  const s = FLOW_STATS.has(k) ? n : 1;
  return q
    ? { expectation, teamQ1: q.q1 * s, teamMedian: q.median * s, teamQ3: q.q3 * s, teamSize: q.n }
    : { expectation, teamQ1: null, teamMedian: null, teamQ3: null, teamSize: 0 };
}

/**
 * One listed metric, or null when there is nothing to show (no value, no team median, no
 * expectation): benchmarked()'s fresh object extended in place with key, label, higherIsBetter
 * and gap (this runs for every metric of every rep).
 */
function metricComparison(
  value: number | null,
  expectation: number | null,
  q: Quartiles | undefined,
  k: StatKey,
  n: number,
): MetricComparison | null {
  if (value === null && q === undefined && expectation === null) return null;
  const m = benchmarked(value, expectation, q, k, n) as MetricComparison;
  m.key = k;
  m.label = STAT_LABELS[k];
  m.higherIsBetter = !LOWER_IS_BETTER.has(k);
  m.gap = value !== null && m.benchmark !== null && m.benchmark > 0 ? value / m.benchmark - 1 : null;
  return m;
}

/** The cycle check from its benchmarked value, as one literal (the fields of benchmarked(), then inGap, source). */
function cycleCheck(b: Benchmarked, threshold: number): CycleCheck {
  return {
    value: b.value,
    expectation: b.expectation,
    teamQ1: b.teamQ1,
    teamMedian: b.teamMedian,
    teamQ3: b.teamQ3,
    teamSize: b.teamSize,
    benchmark: b.benchmark,
    benchmarkSource: b.benchmarkSource,
    inGap: b.value === null || b.benchmark === null ? null : inGap(b.value, b.benchmark, threshold, false),
    source: b.benchmarkSource === 'expectation' ? 'max-cycle' : b.benchmarkSource === 'team-median' ? 'team-median' : null,
  };
}

/** What the rep's result is: won revenue, or — for roles with no quota and no revenue in the data — opportunities created. */
function scopeOf(rw: RepWindow): Decomposition['scope'] {
  const v = rw.values;
  const hasRevenueScope = rw.derived.revenue !== null || rw.quota !== null || rw.targets.quota !== null || v.dealsWon !== null;
  return !hasRevenueScope && v.opportunitiesCreated !== null ? 'opportunities' : 'revenue';
}

function resultKeyOf(scope: Decomposition['scope']): StatKey {
  return scope === 'revenue' ? 'revenue' : 'opportunitiesCreated';
}

/** The result against its target; q: the team quartiles of the result's stat (resultKeyOf). */
function resultOf(rw: RepWindow, q: Quartiles | undefined, scope: Decomposition['scope'], threshold: number): Attainment {
  const n = rw.periods.length;
  const resultKey = resultKeyOf(scope);
  const resultValue = scope === 'revenue' ? rw.derived.revenue : rw.values.opportunitiesCreated;
  const target = scope === 'revenue' ? rw.quota : rw.targets.opportunitiesCreated;
  const rb = benchmarked(resultValue, target, q, resultKey, n);
  const met =
    resultValue === null
      ? null
      : target !== null
        ? resultValue >= target * (1 - GAP_EPSILON)
        : rb.teamMedian !== null
          ? withinThreshold(resultValue, rb.teamMedian, threshold)
          : null;
  // One literal in its final field order: the fields of benchmarked(), then the result's own.
  return {
    value: rb.value,
    expectation: rb.expectation,
    teamQ1: rb.teamQ1,
    teamMedian: rb.teamMedian,
    teamQ3: rb.teamQ3,
    teamSize: rb.teamSize,
    benchmark: rb.benchmark,
    benchmarkSource: rb.benchmarkSource,
    metric: scope === 'revenue' ? 'revenue' : 'opportunitiesCreated',
    target,
    targetSource: scope === 'revenue' ? rw.quotaSource : target !== null ? 'role' : null,
    attainment: resultValue !== null && target !== null && target > 0 ? resultValue / target : null,
    vsTeamMedian: resultValue !== null && rb.teamMedian !== null && rb.teamMedian > 0 ? resultValue / rb.teamMedian : null,
    met,
  };
}

/** The result of one period alone (cheap: no decomposition or evidence); null without data. */
export function periodResult(engine: Engine, idx: RepIndex, period: PeriodKey): Attainment | null {
  const ws = windowStats(engine, period, 1);
  const rw = ws.reps.get(idx.rep.id);
  if (!rw) return null;
  const { stats } = peerStats(engine, ws, idx);
  const scope = scopeOf(rw);
  // One stat of the period's team figures: computed alone unless the period's figures are all known.
  return resultOf(rw, stats.one(resultKeyOf(scope)), scope, engine.settings.gapThreshold);
}

function noDataAssessment(
  periods: PeriodKey[],
  length: number,
  teamScope: Assessment['teamScope'],
  peers: PeerChoice,
  format?: TextFormat,
): Assessment {
  const empty = emptyBenchmarked();
  const decomposition = decomposeFunnel({
    signal: 'meetingsHeld',
    scope: 'revenue',
    effort: null,
    opportunities: null,
    wins: null,
    revenue: null,
    bench: {
      effort: { expectation: null, teamQ1: null, teamMedian: null, teamQ3: null, teamSize: 0 },
      meetingToOpportunity: { expectation: null, teamQ1: null, teamMedian: null, teamQ3: null, teamSize: 0 },
      opportunityToWin: { expectation: null, teamQ1: null, teamMedian: null, teamQ3: null, teamSize: 0 },
      dealSize: { expectation: null, teamQ1: null, teamMedian: null, teamQ3: null, teamSize: 0 },
    },
    gapThreshold: 0.2,
  });
  const first = periods[0] ?? '';
  const last = periods[periods.length - 1] ?? '';
  const span = sentenceFormat(format).range(first, last);
  return {
    periods: [],
    windowLength: length,
    verdict: 'insufficient-data',
    weakStage: null,
    confidence: 'low',
    rule: { id: 'no-data', text: `No data for ${span}.` },
    result: { ...empty, metric: 'revenue', target: null, targetSource: null, attainment: null, vsTeamMedian: null, met: null },
    decomposition,
    cycle: { ...empty, inGap: null, source: null },
    gaps: { effort: null, skill: [] },
    metrics: [],
    evidence: [`No data for ${span}: nothing to judge.`],
    confidenceNotes: [],
    teamScope,
    peers,
    cohort: null,
  };
}
