/**
 * The diagnosis engine: pure code shared by the app and the CLI.
 *
 *   diagnoseTeam({ reps, periods, expectations, settings, overrides, period?, window? })
 *     → { period, reps: RepDiagnosis[] }: per rep the effective verdict (override applied) and
 *       the computed one, confidence, the trailing-window assessment (the headline) and the
 *       single-period one, funnel decomposition, warning signs with evidence rows, evidence
 *       sentences.
 *   diagnoseRepHistory({ …, repId }) → per period: verdict, attainment, every metric vs
 *     expectation vs team median and quartiles, the four log-ratio terms (for charts).
 *   mergeMetricPeriods(stored rows) → one row per rep+period (later non-null values win).
 *   fromRepPeriodRows(import rows) → { reps, periods } (reps keyed by nameKey).
 *
 * The method (see docs in each module):
 * - Benchmark per metric: the ramp-adjusted, period-adapted expectation where set (> 0), else
 *   the team median for the period (same role when ≥ 3 reps share it, else the whole team).
 *   Both, and the team quartiles, are always reported.
 * - Funnel: revenue = activity × (opps ÷ activity) × (wins ÷ opps) × (revenue ÷ wins); the
 *   log-ratio against the benchmark funnel splits exactly into the four terms (funnel.ts).
 * - Verdict rules: engine.ts `classify`. Confidence: Wilson intervals and event counts
 *   (engine.ts `confidenceOf`). Warning signs: warnings.ts.
 * - The quota a result is held to: a per-rep override, else the quota in the data, else the
 *   role's (ramp-adjusted). A ramping rep held to a fuller quota is flagged (ramp-anomaly).
 */
export type {
  Assessment,
  Attainment,
  Benchmarked,
  BenchmarkOrigin,
  BenchmarkSource,
  Confidence,
  CreationCohort,
  CycleCheck,
  Decomposition,
  DerivedKey,
  DiagnoseTeamInput,
  DiagnosisPeriodRow,
  DiagnosisRep,
  EffortSignal,
  EvidenceRow,
  PaceFactor,
  FunnelTerm,
  HistoryPoint,
  MetricComparison,
  RepDiagnosis,
  RepHistory,
  RuleId,
  StatKey,
  TeamDiagnosis,
  TermKey,
  TermStatus,
  WarningId,
  WarningSign,
} from './types';
export { TERM_KEYS } from './types';
export { diagnoseRepHistory, diagnoseTeam, fromRepPeriodRows, latestOverride } from './diagnose';
export { incompleteEnds, type IncompleteEnds } from './incomplete-ends';
export { trendSummary } from './trend-summary';
export type { ExpectationsPreview, VerdictChange } from './preview';
export { previewExpectations } from './preview';
export type { PeriodValues } from './merge';
export { mergeMetricPeriods, mergeMetricValues } from './merge';
export type { ResolvedTargets, TargetKey, TargetRep } from './expectations';
export {
  DEFAULT_ROLE_EXPECTATIONS,
  TARGET_KEYS,
  VOLUME_TARGET_KEYS,
  createRoleExpectation,
  defaultRoleExpectations,
  findExpectation,
  rampShareForMonth,
  resolveTargets,
} from './expectations';
export type { FactorBench, FunnelInput } from './funnel';
export { GAP_EPSILON, PACE_LABEL, SIGNAL_LABELS, decomposeFunnel } from './funnel';
export { inGap, ratioInGap, withinThreshold } from './thresholds';
export { aggregateValues, rollUpMonthsToQuarters } from './aggregate';
export { classify } from './classification';
export { IMMATURE_OPEN_SHARE, creationCohort, isImmature } from './cohort';
export { MIN_PEERS, STAT_KEYS } from './statistics';
export {
  METRIC_LABELS,
  SIGNAL_NOUNS,
  SIGNAL_UNITS,
  STAGE_LABELS,
  STAGE_PHRASES,
  STAGE_SHORT_LABELS,
  STAT_DEFINITIONS,
  STAT_LABELS,
  TERM_SHORT_LABELS,
  VERDICT_LABELS,
} from './vocabulary';
export { COLLAPSE_SHARE, QUOTA_VS_TEAM_FACTOR, TREND_SPAN } from './warnings';
export type { ParsedPeriod } from './periods';
export { comparePeriods, monthsPerPeriod, parsePeriod, periodEndDate, periodFromOrdinal, periodKind, shiftPeriod, trailingPeriods } from './periods';
export type { Interval, Quartiles } from './stats';
export { Z95, median, quartiles, wilsonInterval } from './stats';
export { fmtGap, fmtNum, fmtPct } from './format';
export { medianName } from './evidence';
