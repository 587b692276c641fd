// Public shapes of the diagnosis engine's output. Everything is plain data (JSON-safe: no
// NaN, no Infinity — an impossible number is null with a status and a note saying why).
// long-module: type declarations only, the engine's whole output in one place to read
import type { PeriodKey, PeriodKind } from '@shared/schemas/common';
import type { Verdict, VerdictOverride, WeakStage } from '@shared/schemas/diagnosis';
import type { RoleExpectation, Targets } from '@shared/schemas/expectations';
import type { MetricKey, MetricValues } from '@shared/schemas/metrics';
import type { DiagnosisSettings } from '@shared/schemas/settings';
import type { Interval } from './stats';
import type { TextFormat } from '@shared/lib/format';
import type { RepPlacement } from '@shared/schemas/rep';
import type { PeerChoice } from '../team/peers';

export type DiagnosisRep = {
  id: string;
  name: string;
  role: string;
  startDate: string | null;
  targetOverrides: Partial<Targets> | null;
  /** Team, manager and office over time (shared/domain/team): the rep's team as a peer group. */
  placements?: readonly RepPlacement[] | undefined;
  /** From this day on the rep is left out of every median (their own history stays). */
  leftDate?: string | null | undefined;
};

export type DiagnosisPeriodRow = { repId: string; period: PeriodKey; periodKind: PeriodKind; values: MetricValues };

export type DiagnoseTeamInput = {
  reps: readonly DiagnosisRep[];
  /** One row per rep and period (merge several imports first with mergeMetricPeriods). */
  periods: readonly DiagnosisPeriodRow[];
  expectations: readonly RoleExpectation[];
  settings: DiagnosisSettings;
  overrides?: readonly VerdictOverride[];
  /** The period to diagnose; default the latest period in the data. */
  period?: PeriodKey;
  /** Trailing window in periods; default settings.trailingWindow. */
  window?: number;
  /** How sentences write numbers and money: the manager's locale and currency (default en-US, no currency symbol). */
  format?: TextFormat;
};

/** Metrics the engine derives from MetricValues. */
export type DerivedKey =
  | 'revenue'
  | 'activities'
  | 'effectiveQuota'
  | 'conversionHeld'
  | 'conversionBooked'
  | 'conversionActivities'
  | 'winPerOpportunity'
  | 'closedWinRate'
  | 'closingPace'
  | 'dealSize'
  | 'pipelineCoverage'
  | 'cohortWinRate'
  | 'cohortOpenShare';
export type StatKey = MetricKey | DerivedKey;

export type Confidence = 'high' | 'medium' | 'low';
export type BenchmarkSource = 'expectation' | 'team-median';
/** Whose number the benchmark is: the role's target, this rep's own target, the quota in the imported data, or the team median. */
export type BenchmarkOrigin = 'role' | 'rep' | 'data' | 'team-median';

/** A value next to both of its benchmarks and the team's spread. */
export type Benchmarked = {
  value: number | null;
  /** The stated (ramp-adjusted, period-adapted) expectation, when one is set. */
  expectation: number | null;
  teamQ1: number | null;
  teamMedian: number | null;
  teamQ3: number | null;
  /** How many reps the team figures rest on. */
  teamSize: number;
  /** What the value is judged against: the expectation where set (> 0), else the team median. */
  benchmark: number | null;
  benchmarkSource: BenchmarkSource | null;
};

export type MetricComparison = Benchmarked & {
  key: StatKey;
  label: string;
  higherIsBetter: boolean;
  /** value ÷ benchmark − 1 (−0.5 = 50% below); null when either is unknown or the benchmark is 0. */
  gap: number | null;
  /** Where the benchmark comes from; named for a rep's diagnosis (absent in team-wide figures). */
  benchmarkOrigin?: BenchmarkOrigin | null;
  /** The benchmark is a target scaled down by the new-hire ramp. */
  rampAdjusted?: boolean;
  /** Whose median the team figures are ("the role AE": peerGroupName); named for a rep's diagnosis. */
  peerGroup?: string;
};

export type TermKey = 'effort' | 'meetingToOpportunity' | 'opportunityToWin' | 'dealSize';
export const TERM_KEYS: readonly TermKey[] = ['effort', 'meetingToOpportunity', 'opportunityToWin', 'dealSize'];

/**
 * ok: finite log-ratio. zero: the value is 0, so its log-ratio is −∞ (reported as null, with a
 * note such as "no wins"). missing: a needed input is unknown. no-benchmark: neither an
 * expectation nor a team median exists. not-computable: an upstream count is 0 or the data
 * cannot give this factor (e.g. deals-only exports have no meetings). out-of-scope: the role's
 * result stops before this factor (SDRs are measured on opportunities created).
 */
export type TermStatus = 'ok' | 'zero' | 'missing' | 'no-benchmark' | 'not-computable' | 'out-of-scope';

export type EffortSignal = 'meetingsHeld' | 'meetingsBooked' | 'activities' | 'opportunitiesCreated';

export type FunnelTerm = Benchmarked & {
  key: TermKey;
  /** e.g. "Meetings held", "Meeting → opportunity". */
  label: string;
  stage: WeakStage;
  side: 'effort' | 'skill';
  status: TermStatus;
  /** value ÷ benchmark. */
  ratio: number | null;
  /** ln(value ÷ benchmark); the four sum to the outcome's log-ratio when identityHolds. */
  logRatio: number | null;
  /** This term's share of the shortfall (negative terms only, summing to 1); null without a shortfall. */
  shareOfShortfall: number | null;
  /** More than the gap threshold below the benchmark. null when it cannot be judged. */
  inGap: boolean | null;
  note: string | null;
  /** Event counts behind a rate (successes of trials), and its 95% Wilson interval. */
  events: { successes: number; trials: number } | null;
  interval: Interval | null;
};

/**
 * Deals closed in the window per opportunity created in it. With record-level data the two
 * counts cover different deals (a deal is created in one month and closed in a later one), so
 * this is timing, not a rate: it keeps the decomposition exact while every rate stays a real
 * rate (win rate = won ÷ closed). Shown, never judged (inGap is always null).
 */
export type PaceFactor = Benchmarked & {
  key: 'closingPace';
  label: string;
  status: TermStatus;
  ratio: number | null;
  logRatio: number | null;
  shareOfShortfall: number | null;
  inGap: null;
  note: string | null;
  counts: { closed: number; created: number } | null;
};

export type Decomposition = {
  signal: EffortSignal;
  signalLabel: string;
  /** What the funnel ends in: won revenue, or opportunities created for roles without a quota. */
  scope: 'revenue' | 'opportunities';
  outcome: number | null;
  /** Product of the benchmark factors (not necessarily the quota). */
  benchmarkOutcome: number | null;
  totalLogRatio: number | null;
  totalStatus: TermStatus;
  /** true when every in-scope term (and the pace factor, where present) is finite and they sum to totalLogRatio. */
  identityHolds: boolean;
  /** Always four, in TERM_KEYS order. */
  terms: FunnelTerm[];
  /**
   * How "opportunity → win" is measured: 'closed' = won ÷ (won + lost) of deals closed in the
   * window (then `pace` carries closed ÷ created); 'created' = won ÷ opportunities created (only
   * where losses are unknown, and never above 1).
   */
  winRateBasis: 'closed' | 'created';
  /** The closing-pace factor (with winRateBasis 'closed'); the identity is Σ terms + pace. */
  pace: PaceFactor | null;
  /** Terms that could not be computed from this data (status other than ok, zero or out-of-scope). */
  notComputable: TermKey[];
  notes: string[];
};

export type CycleCheck = Benchmarked & { inGap: boolean | null; source: 'max-cycle' | 'team-median' | null };

export type RuleId =
  | 'missing-outcome'
  | 'missing-activity'
  | 'no-data'
  | 'attainment-met'
  | 'mixed'
  | 'effort-only'
  | 'skill-only'
  | 'largest-negative-term'
  | 'factors-meet-target-short'
  | 'factors-unknown';

export type Attainment = Benchmarked & {
  metric: 'revenue' | 'opportunitiesCreated';
  /** The target the result is held to: quota (or opportunity target); null when none is set. */
  target: number | null;
  targetSource: 'override' | 'data' | 'role' | null;
  /** result ÷ target; null without a target. */
  attainment: number | null;
  /** result ÷ team median. */
  vsTeamMedian: number | null;
  /** Target met (result ≥ target), or, without a target, result ≥ team median × (1 − threshold). */
  met: boolean | null;
};

/** The diagnosis of one rep over one period or a trailing window of periods. */
export type Assessment = {
  /** Periods of the window that hold data for this rep, oldest first. */
  periods: PeriodKey[];
  windowLength: number;
  verdict: Verdict;
  weakStage: WeakStage | null;
  confidence: Confidence;
  rule: { id: RuleId; text: string };
  result: Attainment;
  decomposition: Decomposition;
  cycle: CycleCheck;
  /** Factors in gap: activity and the skill stages. */
  gaps: { effort: boolean | null; skill: WeakStage[] };
  /** Every metric with its expectation, team quartiles and benchmark. */
  metrics: MetricComparison[];
  /** Plain-English sentences: facts, the behaviour→outcome chain, the rule, caveats. */
  evidence: string[];
  confidenceNotes: string[];
  /** Whose numbers the team figures are: the same role, or the whole team (see `peers` for the full choice). */
  teamScope: 'role' | 'team';
  /** The peer group the team figures come from, the narrower ones passed over, and the minimum size. */
  peers: PeerChoice;
  /** Opportunity → win by creation cohort over the window; null where the data have no created dates. */
  cohort: CreationCohort | null;
};

/**
 * The deals created in the window's periods, followed to the end of the export: how many are
 * won, lost and still open (won + lost + open = created). Shown beside the win rate of deals
 * closed in the window, never used for the verdict (see cohort.ts).
 */
export type CreationCohort = {
  /** The creation periods (the window's periods with data), oldest first. */
  periods: PeriodKey[];
  /** The latest period of the data: "still open" means still open then. */
  dataEnd: PeriodKey | null;
  created: number;
  won: number;
  lost: number;
  open: number;
  /** won ÷ created, in [0, 1]; null when nothing was created. */
  winRate: number | null;
  /** (won + open) ÷ created: the rate if every open deal were won. */
  winRateIfOpenWon: number | null;
  /** won ÷ (won + lost) among the cohort's closed deals. */
  closedWinRate: number | null;
  openShare: number | null;
  /** More than IMMATURE_OPEN_SHARE still open (or nothing created): shown, not compared. */
  immature: boolean;
  interval: Interval | null;
  /** Team median (same peer group as the other figures) of the cohort win rate and open share. */
  teamMedian: number | null;
  teamOpenShare: number | null;
  teamSize: number;
  /** The team median when both this cohort and the team's are mature, else null (not judged). */
  benchmark: number | null;
  benchmarkSource: 'team-median' | null;
  /** More than the gap threshold below the benchmark (the one rule); null when not compared. */
  inGap: boolean | null;
};

export type EvidenceRow = {
  repId: string;
  rep: string;
  period: PeriodKey;
  metric: StatKey;
  value: number | null;
  /** What the value was compared with, where a comparison applies. */
  benchmark: number | null;
};

export type WarningId =
  | 'missed-periods'
  | 'activity-drop'
  | 'win-rate-falling'
  | 'cycle-lengthening'
  | 'complaints'
  | 'pipeline-coverage'
  | 'quota-above-team'
  | 'ramp-anomaly'
  | 'activity-collapse'
  | 'target-above-funnel';

export type WarningSign = {
  id: WarningId;
  /** pattern: act early. check-system: look at the set-up (quota, ramp, territory, tooling, leave) before judging the rep. */
  kind: 'pattern' | 'check-system';
  title: string;
  detail: string;
  evidence: EvidenceRow[];
};

export type RepDiagnosis = {
  repId: string;
  name: string;
  role: string;
  period: PeriodKey | null;
  /** The effective verdict: the manager's override where one exists, else the computed one. */
  verdict: Verdict;
  weakStage: WeakStage | null;
  /** Confidence of the computed verdict. */
  confidence: Confidence;
  computed: { verdict: Verdict; weakStage: WeakStage | null; confidence: Confidence };
  override: VerdictOverride | null;
  /** Headline attainment over the trailing window (result ÷ target). */
  attainment: number | null;
  /** The headline: the trailing window (settings.trailingWindow periods ending at period). */
  window: Assessment;
  /** The single period. */
  current: Assessment;
  warnings: WarningSign[];
  /** A check-the-system sign is present: look at the set-up before the conversation. */
  checkSystemFirst: boolean;
  ramp: { inRamp: boolean; tenureMonth: number | null; rampShare: number };
};

export type TeamDiagnosis = {
  period: PeriodKey | null;
  periodKind: PeriodKind;
  window: number;
  /** The window's periods, oldest first. */
  windowPeriods: PeriodKey[];
  reps: RepDiagnosis[];
  notes: string[];
  /** The one effort signal of the window, for the whole team (see WindowStats.signal). */
  effortSignal: EffortSignal;
  /**
   * Periods at either end of a deals-only export that look incomplete (incompleteEnds), oldest
   * first: the whole team's opportunities created are below half of the team's usual period (the
   * export starts after most of those deals closed, or ends before they are all in). A data fact,
   * not a collapse in anyone's activity: shown, never compared.
   */
  incompletePeriods: PeriodKey[];
  /** The leading ones among them (the export's incomplete first periods); the rest are its tail. */
  incompleteHead: PeriodKey[];
};

export type HistoryPoint = {
  period: PeriodKey;
  verdict: Verdict;
  weakStage: WeakStage | null;
  confidence: Confidence;
  attainment: number | null;
  /** Each metric vs expectation vs team median/quartiles for this period. */
  metrics: Partial<Record<StatKey, Benchmarked>>;
  terms: Record<TermKey, number | null>;
};

export type RepHistory = { repId: string; periodKind: PeriodKind; points: HistoryPoint[] };
