// Funnel decomposition.
//
//   won revenue = E × (O / E) × (C / O) × (W / C) × (R / W)
//
// E is the effort signal (meetings held; else meetings booked; else calls + emails; else, for
// deals-only data, opportunities created — then the E→O factor disappears), O opportunities
// created, C deals closed (won + lost), W deals won, R won revenue. Every rate is a real rate on
// one cohort: the win rate W / C is over the deals closed in the window. C / O (closing pace) is
// not a rate — closed and created deals are different cohorts — so it is shown as a factor, never
// judged. Where losses are unknown (a period sheet with wins only) the win factor is W / O and there
// is no pace factor; W / O above 1 cannot be a rate and is reported as not computable.
// Against the benchmark funnel (each factor's expectation, else team median), ln(R / R_bench) =
// Σ ln(factor / factor_bench) exactly, because R_bench is defined as the product of the benchmark
// factors. (R_bench is not the quota: the quota is the target for attainment; when the two differ
// the evidence says so.)
//
// Zeros: a factor equal to 0 has log-ratio −∞. It is reported as status 'zero' with a note
// ("no wins: 0 of 14 closed deals"), logRatio null, in gap, and the factors downstream of it
// are 'not-computable' (no wins → no average deal size). No NaN or Infinity reaches the output.
import type { WeakStage } from '@shared/schemas/diagnosis';
import { ratioInGap } from './thresholds';
import { PACE_LABEL, SIGNAL_LABELS } from './vocabulary';
import type { Decomposition, EffortSignal, FunnelTerm, PaceFactor, TermKey, TermStatus } from './types';
import { TERM_KEYS } from './types';
import { rawConversion, rawEffort, rawWinAndSize, type FactorBench, type FunnelInput, type Raw } from './funnel-factors';

export type { FactorBench, FunnelInput } from './funnel-factors';

export { GAP_EPSILON } from './thresholds';

export { PACE_LABEL, SIGNAL_LABELS } from './vocabulary';

const STAGE: Record<TermKey, WeakStage> = {
  effort: 'prospecting',
  meetingToOpportunity: 'meeting-to-opportunity',
  opportunityToWin: 'opportunity-to-win',
  dealSize: 'deal-size',
};

export function termLabel(key: TermKey, signal: EffortSignal, closedBasis = false): string {
  switch (key) {
    case 'effort':
      return SIGNAL_LABELS[signal];
    case 'meetingToOpportunity':
      return signal === 'activities' ? 'Activity → opportunity' : 'Meeting → opportunity';
    case 'opportunityToWin':
      return closedBasis ? 'Win rate (won ÷ closed)' : 'Opportunity → win';
    case 'dealSize':
      return 'Average deal size';
  }
}

export function pickBenchmark(b: FactorBench): { benchmark: number | null; source: 'expectation' | 'team-median' | null } {
  if (b.expectation !== null && b.expectation > 0) return { benchmark: b.expectation, source: 'expectation' };
  if (b.teamMedian !== null && b.teamMedian > 0) return { benchmark: b.teamMedian, source: 'team-median' };
  return { benchmark: null, source: null };
}

export function decomposeFunnel(input: FunnelInput): Decomposition {
  const { signal, scope, opportunities: O, revenue: R } = input;
  const notes: string[] = [];
  const hasConversion = signal !== 'opportunitiesCreated';
  if (signal === 'activities') notes.push('No meetings in the data: calls and emails stand in as the activity signal.');
  if (signal === 'opportunitiesCreated')
    notes.push(
      'Only opportunity-level data: opportunities created stand in as the activity signal; meeting → opportunity conversion cannot be computed.',
    );
  const raw: Record<TermKey, Raw> = {
    effort: rawEffort(input),
    meetingToOpportunity: rawConversion(input),
    ...rawWinAndSize(input),
  };
  const terms: FunnelTerm[] = TERM_KEYS.map((key) => judgeTerm(key, raw[key], input));

  const closed = scope === 'revenue' ? (input.closed ?? null) : null;
  const pace = closed !== null ? paceFactor(closed.won + closed.lost, O, input.paceBench ?? NO_BENCH) : null;
  const inScope = terms.filter((t) => t.status !== 'out-of-scope' && !(t.key === 'meetingToOpportunity' && !hasConversion));
  const factors: Array<FunnelTerm | PaceFactor> = pace ? [...inScope, pace] : inScope;
  const outcome = scope === 'revenue' ? R : O;
  let benchmarkOutcome: number | null = 1;
  for (const t of factors) benchmarkOutcome = t.benchmark === null || benchmarkOutcome === null ? null : benchmarkOutcome * t.benchmark;

  const { totalStatus, totalLogRatio } = totalOf(outcome, benchmarkOutcome);
  const identityHolds = totalStatus === 'ok' && factors.every((t) => t.status === 'ok');

  if (identityHolds && totalLogRatio !== null && totalLogRatio < 0) {
    let negative = 0;
    for (const t of factors) if ((t.logRatio ?? 0) < 0) negative += t.logRatio ?? 0;
    for (const t of factors) t.shareOfShortfall = (t.logRatio ?? 0) < 0 && negative < 0 ? (t.logRatio ?? 0) / negative : 0;
  } else if (totalStatus === 'zero') {
    const firstZero = inScope.find((t) => t.status === 'zero');
    if (firstZero) {
      firstZero.shareOfShortfall = 1;
      notes.push(`${firstZero.label} is zero, so the result is zero: it accounts for the whole shortfall.`);
    }
  }
  if (totalStatus === 'ok' && !identityHolds && factors.some((t) => t.status !== 'ok'))
    notes.push('Not every factor could be computed, so the terms do not add up to the whole gap.');

  const notComputable = terms.filter((t) => t.status === 'missing' || t.status === 'no-benchmark' || t.status === 'not-computable').map((t) => t.key);
  return {
    signal,
    signalLabel: SIGNAL_LABELS[signal],
    scope,
    outcome,
    benchmarkOutcome,
    totalLogRatio,
    totalStatus,
    identityHolds,
    terms,
    winRateBasis: closed !== null ? 'closed' : 'created',
    pace,
    notComputable,
    notes,
  };
}

function judgeTerm(key: TermKey, r: Raw, input: FunnelInput): FunnelTerm {
  const { signal, scope } = input;
  const b = input.bench[key];
  const { benchmark, source } = pickBenchmark(b);
  let status = r.status;
  let ratio: number | null = null;
  let logRatio: number | null = null;
  let inGap: boolean | null = null;
  let note = r.note;
  if ((status === 'ok' || status === 'zero') && benchmark === null) {
    status = 'no-benchmark';
    note = 'No expectation set and no team median to compare with.';
  } else if (status === 'ok' && benchmark !== null && r.value !== null) {
    ratio = r.value / benchmark;
    if (ratio > 0 && Number.isFinite(ratio)) {
      logRatio = Math.log(ratio);
      inGap = ratioInGap(ratio, input.gapThreshold);
    } else {
      // Float under/overflow on absurd inputs: keep the output finite and say so.
      status = 'not-computable';
      note = 'The value is too extreme against its benchmark to compare.';
      ratio = null;
    }
  } else if (status === 'zero' && benchmark !== null) {
    ratio = 0;
    inGap = true;
  }
  return {
    key,
    label: termLabel(key, signal, scope === 'revenue' && (input.closed ?? null) !== null),
    stage: STAGE[key],
    side: key === 'effort' ? 'effort' : 'skill',
    status,
    value: r.value,
    expectation: b.expectation,
    teamQ1: b.teamQ1,
    teamMedian: b.teamMedian,
    teamQ3: b.teamQ3,
    teamSize: b.teamSize,
    benchmark,
    benchmarkSource: source,
    ratio,
    logRatio,
    shareOfShortfall: null,
    inGap,
    note,
    events: r.events,
    interval: r.interval,
  } satisfies FunnelTerm;
}

/** The whole gap: ln(outcome ÷ the product of the benchmarks), and its status. */
function totalOf(outcome: number | null, benchmarkOutcome: number | null): { totalStatus: TermStatus; totalLogRatio: number | null } {
  if (outcome === null) return { totalStatus: 'missing', totalLogRatio: null };
  if (benchmarkOutcome === null || benchmarkOutcome <= 0) return { totalStatus: 'no-benchmark', totalLogRatio: null };
  if (outcome === 0) return { totalStatus: 'zero', totalLogRatio: null };
  const total = Math.log(outcome / benchmarkOutcome);
  return Number.isFinite(total) ? { totalStatus: 'ok', totalLogRatio: total } : { totalStatus: 'not-computable', totalLogRatio: null };
}

const NO_BENCH: FactorBench = { expectation: null, teamQ1: null, teamMedian: null, teamQ3: null, teamSize: 0 };

/** Closing pace: deals closed ÷ opportunities created in the same window, against the team median (no expectation applies). */
function paceFactor(closed: number, created: number | null, b: FactorBench): PaceFactor {
  const benchmark = b.teamMedian !== null && b.teamMedian > 0 ? b.teamMedian : null;
  // One object, filled in place (this runs for every rep and window).
  const f: PaceFactor = {
    key: 'closingPace',
    label: PACE_LABEL,
    value: null,
    expectation: null,
    teamQ1: b.teamQ1,
    teamMedian: b.teamMedian,
    teamQ3: b.teamQ3,
    teamSize: b.teamSize,
    benchmark,
    benchmarkSource: benchmark === null ? null : 'team-median',
    status: 'missing',
    ratio: null,
    logRatio: null,
    shareOfShortfall: null,
    inGap: null,
    note: 'Opportunities created missing.',
    counts: created === null ? null : { closed, created },
  };
  if (created === null) return f;
  if (created === 0) {
    f.status = 'not-computable';
    f.note = `${closed} deals closed and no opportunities created in the window.`;
    return f;
  }
  f.value = closed / created;
  if (f.value === 0) {
    f.status = 'zero';
    f.ratio = benchmark === null ? null : 0;
    f.note = 'No deals closed in the window.';
    return f;
  }
  if (benchmark === null) {
    f.status = 'no-benchmark';
    f.note = 'No team median to compare with.';
    return f;
  }
  const ratio = f.value / benchmark;
  if (!(ratio > 0 && Number.isFinite(ratio))) {
    f.status = 'not-computable';
    f.note = 'The value is too extreme against its benchmark to compare.';
    return f;
  }
  f.status = 'ok';
  f.ratio = ratio;
  f.logRatio = Math.log(ratio);
  f.note = 'Deals closed in the window per opportunity created in it: timing between two groups of deals, shown so the terms add up, not judged.';
  return f;
}
