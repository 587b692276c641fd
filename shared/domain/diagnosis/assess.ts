// Assessing one rep over one window (a single period is a window of one): funnel, result,
// cycle, verdict, confidence, metrics and evidence.
import type { PeriodKey } from '../../schemas/common';
import { signalValue } from './aggregate';
import { CONVERSION_STAT, SIGNAL_STAT, benchmarked, emptyBenchmarked, expectationFor, ratioOrNull, scaledStats, signalTarget } from './benchmarks';
import { classify } from './classification';
import { creationCohort } from './cohort';
import { confidenceOf } from './confidence';
import { buildEvidence } from './evidence';
import type { FactorBench } from './funnel';
import { decomposeFunnel } from './funnel';
import { GAP_EPSILON, inGap, withinThreshold } from './thresholds';
import type { Engine, RepIndex, RepWindow, StatLookup } from './indexing';
import { DISPLAY_KEYS, LOWER_IS_BETTER, statRaw, windowStats } from './statistics';
import type { Assessment, Attainment, CycleCheck, Decomposition, MetricComparison, StatKey } from './types';
import { STAT_LABELS } from './vocabulary';
import type { TextFormat } from '../../lib/format';
import { sentenceFormat } from './format';

const EMPTY_STATS: StatLookup = { get: () => undefined };

/** withEvidence: build the sentences; withMetrics: list every metric (off for internal checks); format: how sentences write numbers. */
export type AssessOptions = { withEvidence: boolean; withMetrics?: boolean; format?: TextFormat | undefined };

export function assess(engine: Engine, idx: RepIndex, end: PeriodKey, length: number, opts: AssessOptions): Assessment {
  const { settings } = engine;
  const threshold = settings.gapThreshold;
  const ws = windowStats(engine, end, length);
  const rw = ws.reps.get(idx.rep.id);
  const roleGroup = ws.groups.get(idx.roleKey);
  const teamScope: Assessment['teamScope'] = roleGroup ? 'role' : 'team';
  const stats = roleGroup ?? ws.groups.get('*') ?? EMPTY_STATS;
  if (!rw) return noDataAssessment(ws.periods, length, teamScope, opts.format);
  const n = rw.periods.length;
  const v = rw.values;
  const d = rw.derived;
  const bench = (k: StatKey, value: number | null, expectation: number | null) => benchmarked(value, expectation, stats.get(k), k, n);
  const fb = (k: StatKey, expectation: number | null): FactorBench => {
    const { teamQ1, teamMedian, teamQ3, teamSize } = scaledStats(stats.get(k), k, n);
    return { expectation, teamQ1, teamMedian, teamQ3, teamSize };
  };

  const signal = ws.signal;
  const scope = scopeOf(rw);
  const closed = v.dealsWon !== null && v.dealsLost !== null ? { won: v.dealsWon, lost: v.dealsLost } : null;
  const decomposition = decomposeFunnel({
    signal,
    scope,
    effort: signalValue(v, d, signal),
    opportunities: v.opportunitiesCreated,
    wins: v.dealsWon,
    revenue: d.revenue,
    closed,
    bench: {
      effort: fb(SIGNAL_STAT[signal], signalTarget(rw.targets, v, signal)),
      meetingToOpportunity: fb(CONVERSION_STAT[signal], ratioOrNull(rw.fullTargets.opportunitiesCreated, signalTarget(rw.fullTargets, v, signal))),
      opportunityToWin: closed ? fb('closedWinRate', rw.targets.winRate) : fb('winPerOpportunity', rw.targets.winRate),
      dealSize: fb('dealSize', rw.targets.avgDealSize),
    },
    paceBench: fb('closingPace', null),
    gapThreshold: threshold,
  });

  // Result and attainment.
  const result = resultOf(rw, stats, scope, threshold);

  // Cycle length: longer than the maximum (or team median) by more than the threshold.
  // Extended in place (the fields land in the same order a spread would give).
  const cycle = bench('cycleDaysMedian', v.cycleDaysMedian, rw.targets.maxCycleDays) as CycleCheck;
  cycle.inGap = cycle.value === null || cycle.benchmark === null ? null : inGap(cycle.value, cycle.benchmark, threshold, false);
  cycle.source = cycle.benchmarkSource === 'expectation' ? 'max-cycle' : cycle.benchmarkSource === 'team-median' ? 'team-median' : null;

  const cls = classify(decomposition, result, cycle);
  const { confidence, notes: confidenceNotes } = confidenceOf(cls, decomposition, cycle, settings, n, length);

  const metrics: MetricComparison[] = [];
  if (opts.withMetrics !== false || opts.withEvidence)
    for (const k of DISPLAY_KEYS) {
      if (k === 'conversionHeld' || k === 'conversionBooked' || k === 'conversionActivities') {
        if (k !== CONVERSION_STAT[signal]) continue;
      }
      const value = statRaw(rw, k);
      const b = bench(k, value, expectationFor(k, rw));
      if (value === null && b.teamMedian === null && b.expectation === null) continue;
      const m = b as MetricComparison;
      m.key = k;
      m.label = STAT_LABELS[k];
      m.higherIsBetter = !LOWER_IS_BETTER.has(k);
      m.gap = b.value !== null && b.benchmark !== null && b.benchmark > 0 ? b.value / b.benchmark - 1 : null;
      metrics.push(m);
    }

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
    metrics,
    evidence: [],
    confidenceNotes,
    teamScope,
    cohort: creationCohort(rw, stats, threshold, engine.periods[engine.periods.length - 1] ?? null),
  };
  const ev = buildEvidence(assessment, cls, threshold, opts.withEvidence, opts.format);
  assessment.rule.text = ev.ruleText;
  assessment.evidence = ev.sentences;
  return assessment;
}

/** What the rep's result is: won revenue, or — for roles with no quota and no revenue in the data — opportunities created. */
function scopeOf(rw: RepWindow): Decomposition['scope'] {
  const v = rw.values;
  const hasRevenueScope = rw.derived.revenue !== null || rw.quota !== null || rw.targets.quota !== null || v.dealsWon !== null;
  return !hasRevenueScope && v.opportunitiesCreated !== null ? 'opportunities' : 'revenue';
}

function resultOf(rw: RepWindow, stats: StatLookup, scope: Decomposition['scope'], threshold: number): Attainment {
  const n = rw.periods.length;
  const resultKey: StatKey = scope === 'revenue' ? 'revenue' : 'opportunitiesCreated';
  const resultValue = scope === 'revenue' ? rw.derived.revenue : rw.values.opportunitiesCreated;
  const target = scope === 'revenue' ? rw.quota : rw.targets.opportunitiesCreated;
  const rb = benchmarked(resultValue, target, stats.get(resultKey), resultKey, n);
  const met =
    resultValue === null
      ? null
      : target !== null
        ? resultValue >= target * (1 - GAP_EPSILON)
        : rb.teamMedian !== null
          ? withinThreshold(resultValue, rb.teamMedian, threshold)
          : null;
  // Extend the fresh Benchmarked object in place (no spread: this runs for every rep and period).
  const result = rb as Attainment;
  result.metric = scope === 'revenue' ? 'revenue' : 'opportunitiesCreated';
  result.target = target;
  result.targetSource = scope === 'revenue' ? rw.quotaSource : target !== null ? 'role' : null;
  result.attainment = resultValue !== null && target !== null && target > 0 ? resultValue / target : null;
  result.vsTeamMedian = resultValue !== null && rb.teamMedian !== null && rb.teamMedian > 0 ? resultValue / rb.teamMedian : null;
  result.met = met;
  return result;
}

/** The result of one period alone (cheap: no decomposition or evidence); null without data. */
export function periodResult(engine: Engine, idx: RepIndex, period: PeriodKey): Attainment | null {
  const ws = windowStats(engine, period, 1);
  const rw = ws.reps.get(idx.rep.id);
  if (!rw) return null;
  const stats = ws.groups.get(idx.roleKey) ?? ws.groups.get('*') ?? EMPTY_STATS;
  return resultOf(rw, stats, scopeOf(rw), engine.settings.gapThreshold);
}

function noDataAssessment(periods: PeriodKey[], length: number, teamScope: Assessment['teamScope'], format?: TextFormat): Assessment {
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
    cohort: null,
  };
}
