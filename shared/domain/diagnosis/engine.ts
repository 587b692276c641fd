// The engine's core: index the rows once, compute team statistics once per (window, peer
// group), and assess one rep over one window (a single period is a window of one).
import type { PeriodKey, PeriodKind } from '../../schemas/common';
import { nameKey } from '../../schemas/common';
import type { Verdict, WeakStage } from '../../schemas/diagnosis';
import type { RoleExpectation, Targets } from '../../schemas/expectations';
import type { MetricValues } from '../../schemas/metrics';
import { METRIC_KEYS } from '../../schemas/metrics';
import type { DiagnosisSettings } from '../../schemas/settings';
import type { Derived } from './aggregate';
import { aggregateValues, derive, effortSignal, isFlowMetric, signalValue } from './aggregate';
import { buildEvidence } from './evidence';
import type { ResolvedTargets } from './expectations';
import { VOLUME_TARGET_KEYS, findExpectation, resolveTargets } from './expectations';
import type { FactorBench } from './funnel';
import { GAP_EPSILON, decomposeFunnel } from './funnel';
import { parsePeriod, trailingPeriods } from './periods';
import type { Quartiles } from './stats';
import { quartiles } from './stats';
import type {
  Assessment,
  Attainment,
  Benchmarked,
  Confidence,
  CycleCheck,
  Decomposition,
  DiagnosisPeriodRow,
  DiagnosisRep,
  EffortSignal,
  FunnelTerm,
  MetricComparison,
  RuleId,
  StatKey,
  TermKey,
} from './types';

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
  'dealSize',
  'pipelineCoverage',
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
  'dealSize',
  'cycleDaysMedian',
  'pipeline',
  'pipelineCoverage',
  'complaints',
  'csat',
];

export const STAT_LABELS: Record<StatKey, string> = {
  quota: 'Quota (in the data)',
  revenueWon: 'Won revenue',
  calls: 'Calls',
  emails: 'Emails',
  meetingsBooked: 'Meetings booked',
  meetingsHeld: 'Meetings held',
  opportunitiesCreated: 'Opportunities created',
  dealsWon: 'Deals won',
  dealsLost: 'Deals lost',
  winRate: 'Win rate (won ÷ closed)',
  avgDealSize: 'Average deal size',
  cycleDaysMedian: 'Cycle days (median)',
  pipeline: 'Open pipeline',
  complaints: 'Complaints',
  csat: 'CSAT',
  revenue: 'Won revenue',
  activities: 'Calls + emails',
  effectiveQuota: 'Quota',
  conversionHeld: 'Meeting held → opportunity',
  conversionBooked: 'Meeting booked → opportunity',
  conversionActivities: 'Activity → opportunity',
  winPerOpportunity: 'Opportunity → win',
  closedWinRate: 'Win rate (won ÷ closed)',
  dealSize: 'Average deal size',
  pipelineCoverage: 'Pipeline coverage (pipeline ÷ quota)',
};

const LOWER_IS_BETTER = new Set<StatKey>(['cycleDaysMedian', 'complaints', 'dealsLost']);
const FLOW_STATS = new Set<StatKey>(STAT_KEYS.filter((k) => isFlowMetric(k) || (DERIVED_FLOW_KEYS as readonly string[]).includes(k)));

export const STAGE_LABELS: Record<WeakStage, string> = {
  prospecting: 'prospecting (activity → meetings)',
  'meeting-to-opportunity': 'meeting → opportunity',
  'opportunity-to-win': 'opportunity → win',
  'deal-size': 'deal size',
  'cycle-length': 'cycle length',
};

export type RepIndex = {
  rep: DiagnosisRep;
  roleKey: string;
  expectation: RoleExpectation | null;
  rows: Map<PeriodKey, MetricValues>;
  /** Resolved targets by period (shared objects from the engine cache). */
  targets: Map<PeriodKey, ResolvedTargets>;
};

export type RepWindow = {
  periods: PeriodKey[];
  values: MetricValues;
  derived: Derived;
  /** Quota the result is held to, summed over the present periods. */
  quota: number | null;
  quotaSource: 'override' | 'data' | 'role' | null;
  /** Targets summed over the present periods (volumes) or as stated (rates). */
  targets: Targets;
  fullTargets: Targets;
  coverage: number | null;
};

type WindowStats = {
  periods: PeriodKey[];
  reps: Map<string, RepWindow>;
  /** Per peer group ('*' = whole team, else role key): per stat, quartiles of per-period values. */
  groups: Map<string, Map<StatKey, Quartiles>>;
  groupSize: Map<string, number>;
};

export type Engine = {
  settings: DiagnosisSettings;
  kind: PeriodKind;
  reps: RepIndex[];
  byId: Map<string, RepIndex>;
  /** Sorted distinct periods in the data (of this kind). */
  periods: PeriodKey[];
  targetsCache: Map<string, ResolvedTargets>;
  windows: Map<string, WindowStats>;
};

export function createEngine(input: {
  reps: readonly DiagnosisRep[];
  periods: readonly DiagnosisPeriodRow[];
  expectations: readonly RoleExpectation[];
  settings: DiagnosisSettings;
  kind?: PeriodKind;
}): Engine {
  const kinds = new Map<PeriodKind, number>();
  for (const r of input.periods) kinds.set(r.periodKind, (kinds.get(r.periodKind) ?? 0) + 1);
  let kind: PeriodKind = input.kind ?? 'month';
  if (input.kind === undefined) {
    let best = -1;
    for (const [k, n] of kinds) if (n > best) [kind, best] = [k, n];
  }
  const reps: RepIndex[] = [];
  const byId = new Map<string, RepIndex>();
  for (const rep of input.reps) {
    if (byId.has(rep.id)) continue;
    const idx: RepIndex = {
      rep,
      roleKey: nameKey(rep.role),
      expectation: findExpectation(input.expectations, rep.role),
      rows: new Map(),
      targets: new Map(),
    };
    reps.push(idx);
    byId.set(rep.id, idx);
  }
  const periodSet = new Set<PeriodKey>();
  for (const r of input.periods) {
    if (r.periodKind !== kind) continue;
    const idx = byId.get(r.repId);
    if (!idx) continue;
    const parsed = parsePeriod(r.period);
    if (!parsed || parsed.kind !== kind) continue;
    idx.rows.set(r.period, r.values);
    periodSet.add(r.period);
  }
  const periods = [...periodSet].sort((a, b) => (parsePeriod(a)?.ordinal ?? 0) - (parsePeriod(b)?.ordinal ?? 0));
  return { settings: input.settings, kind, reps, byId, periods, targetsCache: new Map(), windows: new Map() };
}

export function targetsFor(engine: Engine, idx: RepIndex, period: PeriodKey): ResolvedTargets {
  const own = idx.targets.get(period);
  if (own) return own;
  const t = sharedTargets(engine, idx, period);
  idx.targets.set(period, t);
  return t;
}

function sharedTargets(engine: Engine, idx: RepIndex, period: PeriodKey): ResolvedTargets {
  // Reps without overrides share targets by role expectation, start date and period.
  const key = idx.rep.targetOverrides
    ? `r\u0000${idx.rep.id}\u0000${period}`
    : `e\u0000${idx.roleKey}\u0000${idx.expectation?.id ?? ''}\u0000${idx.rep.startDate ?? ''}\u0000${period}`;
  let t = engine.targetsCache.get(key);
  if (!t) {
    t = resolveTargets(idx.rep, idx.expectation, period);
    engine.targetsCache.set(key, t);
  }
  return t;
}

/** The quota a period's result is held to: a per-rep override, else the data's quota, else the role's (ramp-adjusted). */
export function quotaFor(t: ResolvedTargets, v: MetricValues): { quota: number | null; source: 'override' | 'data' | 'role' | null } {
  if (t.source.quota === 'override') return { quota: t.targets.quota, source: 'override' };
  if (v.quota !== null) return { quota: v.quota, source: 'data' };
  if (t.targets.quota !== null) return { quota: t.targets.quota, source: 'role' };
  return { quota: null, source: null };
}

function repWindow(engine: Engine, idx: RepIndex, periods: readonly PeriodKey[]): RepWindow | null {
  const present: PeriodKey[] = [];
  const list: MetricValues[] = [];
  for (const p of periods) {
    const v = idx.rows.get(p);
    if (v) {
      present.push(p);
      list.push(v);
    }
  }
  if (present.length === 0) return null;
  const values = aggregateValues(list);
  const lastTargets = targetsFor(engine, idx, present[present.length - 1] ?? '');
  // A single period reads the cached targets as they are; a window sums into copies.
  const targets: Targets = present.length > 1 ? { ...lastTargets.targets } : lastTargets.targets;
  const fullTargets: Targets = present.length > 1 ? { ...lastTargets.fullTargets } : lastTargets.fullTargets;
  let quota: number | null = 0;
  let quotaSource: RepWindow['quotaSource'] = null;
  if (present.length > 1)
    for (const k of VOLUME_TARGET_KEYS) {
      targets[k] = targets[k] === null ? null : 0;
      fullTargets[k] = fullTargets[k] === null ? null : 0;
    }
  for (let i = 0; i < present.length; i++) {
    const p = present[i] ?? '';
    const t = targetsFor(engine, idx, p);
    const q = quotaFor(t, list[i] as MetricValues);
    quota = quota === null || q.quota === null ? null : quota + q.quota;
    quotaSource = q.source;
    if (present.length > 1)
      for (const k of VOLUME_TARGET_KEYS) {
        const a = targets[k];
        const b = t.targets[k];
        targets[k] = a === null || b === null ? null : a + b;
        const fa = fullTargets[k];
        const fb = t.fullTargets[k];
        fullTargets[k] = fa === null || fb === null ? null : fa + fb;
      }
  }
  const last = list[list.length - 1];
  const lastQuota = last ? quotaFor(targetsFor(engine, idx, present[present.length - 1] ?? ''), last).quota : null;
  const coverage = last && last.pipeline !== null && lastQuota !== null && lastQuota > 0 ? last.pipeline / lastQuota : null;
  return { periods: present, values, derived: derive(values), quota, quotaSource, targets, fullTargets, coverage };
}

function statValue(rw: RepWindow, k: StatKey): number | null {
  const v = statRaw(rw, k);
  if (v === null) return null;
  return FLOW_STATS.has(k) ? v / rw.periods.length : v;
}

export function windowStats(engine: Engine, end: PeriodKey, length: number): WindowStats {
  const key = `${end}\u0000${length}`;
  const cached = engine.windows.get(key);
  if (cached) return cached;
  const periods = trailingPeriods(end, length);
  const reps = new Map<string, RepWindow>();
  const buckets = new Map<string, Map<StatKey, number[]>>();
  const groupSize = new Map<string, number>();
  const bucket = (g: string) => {
    let b = buckets.get(g);
    if (!b) {
      b = new Map(STAT_KEYS.map((k) => [k, [] as number[]]));
      buckets.set(g, b);
    }
    return b;
  };
  for (const idx of engine.reps) {
    const rw = repWindow(engine, idx, periods);
    if (!rw) continue;
    reps.set(idx.rep.id, rw);
    const all = bucket('*');
    const role = bucket(idx.roleKey);
    groupSize.set('*', (groupSize.get('*') ?? 0) + 1);
    groupSize.set(idx.roleKey, (groupSize.get(idx.roleKey) ?? 0) + 1);
    for (const k of STAT_KEYS) {
      const v = statValue(rw, k);
      if (v === null || !Number.isFinite(v)) continue;
      all.get(k)?.push(v);
      role.get(k)?.push(v);
    }
  }
  const groups = new Map<string, Map<StatKey, Quartiles>>();
  for (const [g, b] of buckets) {
    if (g !== '*' && (groupSize.get(g) ?? 0) < MIN_PEERS) continue;
    const m = new Map<StatKey, Quartiles>();
    for (const [k, xs] of b) {
      const q = quartiles(xs);
      if (q) m.set(k, q);
    }
    groups.set(g, m);
  }
  const ws: WindowStats = { periods, reps, groups, groupSize };
  engine.windows.set(key, ws);
  return ws;
}

const RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };
export function minConfidence(a: Confidence, b: Confidence): Confidence {
  return RANK[a] <= RANK[b] ? a : b;
}

function scaledStats(q: Quartiles | undefined, k: StatKey, n: number) {
  const s = FLOW_STATS.has(k) ? n : 1;
  return q
    ? { teamQ1: q.q1 * s, teamMedian: q.median * s, teamQ3: q.q3 * s, teamSize: q.n }
    : { teamQ1: null, teamMedian: null, teamQ3: null, teamSize: 0 };
}

/** A value with its expectation and team figures (window-scaled); benchmark as pickBenchmark. Allocation-lean: it runs for every metric of every rep. */
function benchmarked(value: number | null, expectation: number | null, q: Quartiles | undefined, k: StatKey, n: number): Benchmarked {
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

function signalTarget(t: Targets, v: MetricValues, s: EffortSignal): number | null {
  switch (s) {
    case 'meetingsHeld':
      return t.meetingsHeld;
    case 'meetingsBooked':
      return t.meetingsBooked;
    case 'opportunitiesCreated':
      return t.opportunitiesCreated;
    case 'activities': {
      if (v.calls !== null && t.calls === null) return null;
      if (v.emails !== null && t.emails === null) return null;
      return (v.calls !== null ? (t.calls ?? 0) : 0) + (v.emails !== null ? (t.emails ?? 0) : 0);
    }
  }
}

const SIGNAL_STAT: Record<EffortSignal, StatKey> = {
  meetingsHeld: 'meetingsHeld',
  meetingsBooked: 'meetingsBooked',
  activities: 'activities',
  opportunitiesCreated: 'opportunitiesCreated',
};
const CONVERSION_STAT: Record<EffortSignal, StatKey> = {
  meetingsHeld: 'conversionHeld',
  meetingsBooked: 'conversionBooked',
  activities: 'conversionActivities',
  opportunitiesCreated: 'conversionHeld',
};

/** Expected value of each display metric (window sums for volumes). */
function expectationFor(k: StatKey, rw: RepWindow): number | null {
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

function ratioOrNull(a: number | null, b: number | null): number | null {
  return a === null || b === null || b <= 0 ? null : a / b;
}

/** withEvidence: build the sentences; withMetrics: list every metric (off for internal checks). */
export type AssessOptions = { withEvidence: boolean; withMetrics?: boolean };

function emptyBenchmarked(): Benchmarked {
  return { value: null, expectation: null, teamQ1: null, teamMedian: null, teamQ3: null, teamSize: 0, benchmark: null, benchmarkSource: null };
}

export function assess(engine: Engine, idx: RepIndex, end: PeriodKey, length: number, opts: AssessOptions): Assessment {
  const { settings } = engine;
  const threshold = settings.gapThreshold;
  const ws = windowStats(engine, end, length);
  const rw = ws.reps.get(idx.rep.id);
  const roleGroup = ws.groups.get(idx.roleKey);
  const teamScope: Assessment['teamScope'] = roleGroup ? 'role' : 'team';
  const stats = roleGroup ?? ws.groups.get('*') ?? new Map<StatKey, Quartiles>();
  if (!rw) return noDataAssessment(ws.periods, length, teamScope);
  const n = rw.periods.length;
  const v = rw.values;
  const d = rw.derived;
  const bench = (k: StatKey, value: number | null, expectation: number | null) => benchmarked(value, expectation, stats.get(k), k, n);
  const fb = (k: StatKey, expectation: number | null): FactorBench => {
    const { teamQ1, teamMedian, teamQ3, teamSize } = scaledStats(stats.get(k), k, n);
    return { expectation, teamQ1, teamMedian, teamQ3, teamSize };
  };

  const signal = effortSignal(v);
  const scope = scopeOf(rw);
  const decomposition = decomposeFunnel({
    signal,
    scope,
    effort: signalValue(v, d, signal),
    opportunities: v.opportunitiesCreated,
    wins: v.dealsWon,
    revenue: d.revenue,
    closed: v.dealsWon !== null && v.dealsLost !== null ? { won: v.dealsWon, lost: v.dealsLost } : null,
    bench: {
      effort: fb(SIGNAL_STAT[signal], signalTarget(rw.targets, v, signal)),
      meetingToOpportunity: fb(CONVERSION_STAT[signal], ratioOrNull(rw.fullTargets.opportunitiesCreated, signalTarget(rw.fullTargets, v, signal))),
      opportunityToWin: fb('winPerOpportunity', rw.targets.winRate),
      dealSize: fb('dealSize', rw.targets.avgDealSize),
    },
    gapThreshold: threshold,
  });

  // Result and attainment.
  const result = resultOf(rw, stats, scope, threshold);

  // Cycle length: longer than the maximum (or team median) by more than the threshold.
  const cb = bench('cycleDaysMedian', v.cycleDaysMedian, rw.targets.maxCycleDays);
  const cycle: CycleCheck = {
    ...cb,
    inGap: cb.value === null || cb.benchmark === null ? null : cb.value > cb.benchmark * (1 + threshold) * (1 + GAP_EPSILON),
    source: cb.benchmarkSource === 'expectation' ? 'max-cycle' : cb.benchmarkSource === 'team-median' ? 'team-median' : null,
  };

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
  };
  const ev = buildEvidence(assessment, cls, threshold, opts.withEvidence);
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

function resultOf(rw: RepWindow, stats: Map<StatKey, Quartiles>, scope: Decomposition['scope'], threshold: number): Attainment {
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
          ? resultValue >= rb.teamMedian * (1 - threshold) * (1 - GAP_EPSILON)
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
  const stats = ws.groups.get(idx.roleKey) ?? ws.groups.get('*') ?? new Map<StatKey, Quartiles>();
  return resultOf(rw, stats, scopeOf(rw), engine.settings.gapThreshold);
}

function statRaw(rw: RepWindow, k: StatKey): number | null {
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
    case 'dealSize':
      return rw.derived[k];
    default:
      return rw.values[k];
  }
}

function noDataAssessment(periods: PeriodKey[], length: number, teamScope: Assessment['teamScope']): Assessment {
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
  const span = first === last ? first : `${first} to ${last}`;
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
  };
}

export type Classification = {
  verdict: Verdict;
  weakStage: WeakStage | null;
  rule: RuleId;
  gaps: { effort: boolean | null; skill: WeakStage[] };
  /** The skill term (or cycle) the weak stage rests on. */
  weakTerm: FunnelTerm | null;
  /** For the largest-negative-term rule: the term that decided. */
  decidingTerm: FunnelTerm | null;
  /** Terms in gap while the target is met ("offset" notes). */
  offsetGaps: WeakStage[];
};

const STAGE_ORDER: Record<WeakStage, number> = {
  prospecting: 0,
  'meeting-to-opportunity': 1,
  'opportunity-to-win': 2,
  'deal-size': 3,
  'cycle-length': 4,
};

/** Performance ratio for choosing the weak stage: lower is worse; cycle uses benchmark ÷ value. */
function performance(t: FunnelTerm): number {
  return t.ratio ?? 1;
}

/**
 * The verdict rules, in order:
 * 1. no result value → insufficient-data (missing-outcome).
 * 2. result meets its target (or, without a target, sits within the threshold of the team
 *    median) → on-track (attainment-met); factors in gap are listed as offset notes. Results
 *    first: a rep who meets the stated result is not told they have an effort or skill gap.
 * 3. activity factor unknown → insufficient-data (missing-activity).
 * 4. activity in gap and a skill factor in gap → mixed; only activity → effort; only skill
 *    factors → skill, weak stage = the factor furthest below its benchmark (cycle length
 *    compares benchmark ÷ cycle days).
 * 5. short, but nothing beyond the threshold: the most negative finite term decides
 *    (effort → effort, else skill at that stage), low confidence (largest-negative-term).
 * 6. short with every computable term at or above benchmark: if every term is computable the
 *    target sits above the benchmark funnel → on-track, low confidence, check the target
 *    (factors-meet-target-short); else insufficient-data (factors-unknown).
 * A result with no target and no team median: rules 3–4 apply; with no gap → insufficient-data (factors-unknown).
 */
export function classify(dec: Decomposition, result: Attainment, cycle: CycleCheck): Classification {
  const byKey = (k: TermKey) => dec.terms.find((t) => t.key === k) as FunnelTerm;
  const effort = byKey('effort');
  const skillTerms = dec.terms.filter((t) => t.side === 'skill' && t.inGap === true);
  const skillGaps: Array<{ stage: WeakStage; perf: number; term: FunnelTerm | null }> = skillTerms.map((t) => ({
    stage: t.stage,
    perf: performance(t),
    term: t,
  }));
  if (cycle.inGap === true && cycle.value !== null && cycle.benchmark !== null && cycle.value > 0)
    skillGaps.push({ stage: 'cycle-length', perf: cycle.benchmark / cycle.value, term: null });
  // Furthest below first; near-ties (float noise) go to the earlier funnel stage, so that the
  // weak stage does not depend on the currency unit.
  skillGaps.sort((a, b) =>
    Math.abs(a.perf - b.perf) <= 1e-9 * Math.max(1, Math.abs(a.perf), Math.abs(b.perf))
      ? STAGE_ORDER[a.stage] - STAGE_ORDER[b.stage]
      : a.perf - b.perf,
  );
  const gaps = { effort: effort.inGap, skill: skillGaps.map((g) => g.stage) };
  const base = { gaps, weakTerm: null, decidingTerm: null, offsetGaps: [] as WeakStage[] };

  if (result.value === null) return { ...base, verdict: 'insufficient-data', weakStage: null, rule: 'missing-outcome' };
  if (result.met === true) {
    const offsetGaps = [...(effort.inGap ? (['prospecting'] as WeakStage[]) : []), ...gaps.skill];
    return { ...base, offsetGaps, verdict: 'on-track', weakStage: null, rule: 'attainment-met' };
  }
  if (effort.inGap === null) return { ...base, verdict: 'insufficient-data', weakStage: null, rule: 'missing-activity' };
  const weak = skillGaps[0];
  if (effort.inGap && weak) return { ...base, weakTerm: weak.term, verdict: 'mixed', weakStage: weak.stage, rule: 'mixed' };
  if (effort.inGap) return { ...base, verdict: 'effort', weakStage: 'prospecting', rule: 'effort-only' };
  if (weak) return { ...base, weakTerm: weak.term, verdict: 'skill', weakStage: weak.stage, rule: 'skill-only' };
  if (result.met === null) return { ...base, verdict: 'insufficient-data', weakStage: null, rule: 'factors-unknown' };

  let worst: FunnelTerm | null = null;
  // Terms come in funnel order; a near-tie (float noise) keeps the earlier stage.
  for (const t of dec.terms)
    if (
      t.status === 'ok' &&
      t.logRatio !== null &&
      t.logRatio < -GAP_EPSILON &&
      (worst === null || t.logRatio < (worst.logRatio ?? 0) - 1e-9 * Math.max(1, Math.abs(t.logRatio)))
    )
      worst = t;
  if (worst) {
    const verdict: Verdict = worst.side === 'effort' ? 'effort' : 'skill';
    return {
      ...base,
      decidingTerm: worst,
      weakTerm: worst.side === 'skill' ? worst : null,
      verdict,
      weakStage: worst.stage,
      rule: 'largest-negative-term',
    };
  }
  const allComputable = dec.terms.every(
    (t) => t.status === 'ok' || t.status === 'out-of-scope' || (t.key === 'meetingToOpportunity' && dec.signal === 'opportunitiesCreated'),
  );
  if (allComputable) return { ...base, verdict: 'on-track', weakStage: null, rule: 'factors-meet-target-short' };
  return { ...base, verdict: 'insufficient-data', weakStage: null, rule: 'factors-unknown' };
}

function rateConfidence(t: FunnelTerm, settings: DiagnosisSettings, notes: string[]): Confidence {
  const unit = t.key === 'meetingToOpportunity' ? 'meetings' : t.key === 'opportunityToWin' ? 'opportunities' : 'won deals';
  const trials = t.events?.trials ?? 0;
  if (trials < settings.minEventsForConfidence) {
    notes.push(`${t.label} rests on ${trials} ${unit}, fewer than ${settings.minEventsForConfidence}: low confidence.`);
    return 'low';
  }
  if (t.key === 'dealSize') {
    notes.push(`${t.label}: amounts carry no interval here; ${trials} won deals behind it.`);
    return 'medium';
  }
  const iv = t.interval;
  if (!iv || t.benchmark === null) {
    notes.push(`${t.label}: no interval could be computed: low confidence.`);
    return 'low';
  }
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  if (iv.high >= t.benchmark) {
    notes.push(
      `${t.label}: the 95% interval ${pct(iv.low)}–${pct(iv.high)} reaches the benchmark ${pct(t.benchmark)}, so the gap may be chance: low confidence.`,
    );
    return 'low';
  }
  if (iv.high >= t.benchmark * (1 - settings.gapThreshold)) {
    notes.push(
      `${t.label}: the 95% interval ${pct(iv.low)}–${pct(iv.high)} stays below the benchmark ${pct(t.benchmark)} but may be within the threshold of it: medium confidence.`,
    );
    return 'medium';
  }
  notes.push(
    `${t.label}: the 95% interval ${pct(iv.low)}–${pct(iv.high)} lies wholly below the benchmark ${pct(t.benchmark)} less the threshold: high confidence.`,
  );
  return 'high';
}

export function confidenceOf(
  cls: Classification,
  dec: Decomposition,
  cycle: CycleCheck,
  settings: DiagnosisSettings,
  present: number,
  length: number,
): { confidence: Confidence; notes: string[] } {
  const notes: string[] = [];
  let c: Confidence;
  const unclearSkill = dec.terms.filter(
    (t) => t.side === 'skill' && (t.status === 'missing' || t.status === 'no-benchmark' || t.status === 'not-computable'),
  );
  const effortConfidence = (): Confidence => {
    if (dec.signal === 'activities' || dec.signal === 'opportunitiesCreated') {
      notes.push(`Activity measured by ${dec.signalLabel.toLowerCase()} (no meetings in the data): medium confidence.`);
      return 'medium';
    }
    if (unclearSkill.length > 0) {
      notes.push(`${unclearSkill.map((t) => t.label).join(', ')} could not be judged, so a conversion gap cannot be ruled out: medium confidence.`);
      return 'medium';
    }
    return 'high';
  };
  const skillConfidence = (): Confidence => {
    if (cls.weakTerm) return rateConfidence(cls.weakTerm, settings, notes);
    // cycle length
    const wins = dec.terms.find((t) => t.key === 'dealSize')?.events?.trials ?? 0;
    if (wins < settings.minEventsForConfidence || cycle.value === null) {
      notes.push(`Cycle length rests on ${wins} won deals, fewer than ${settings.minEventsForConfidence}: low confidence.`);
      return 'low';
    }
    notes.push('Cycle length: a median of days carries no interval here: medium confidence.');
    return 'medium';
  };
  switch (cls.rule) {
    case 'attainment-met':
      c = cls.offsetGaps.length > 0 || dec.notComputable.length > 0 ? 'medium' : 'high';
      if (cls.offsetGaps.length > 0) notes.push('The result is met, but some factors sit in gap: watch them.');
      break;
    case 'effort-only':
      c = effortConfidence();
      break;
    case 'skill-only':
      c = skillConfidence();
      break;
    case 'mixed':
      c = minConfidence(effortConfidence(), skillConfidence());
      break;
    case 'largest-negative-term':
      c = 'low';
      notes.push('No single factor is beyond the threshold; the verdict rests on the largest negative term: low confidence.');
      break;
    case 'factors-meet-target-short':
      c = 'low';
      notes.push('Every factor meets its benchmark while the result is short of target: check the target.');
      break;
    default:
      c = 'low';
  }
  if (present < length && c === 'high') {
    c = 'medium';
    notes.push(`Only ${present} of ${length} periods in the window hold data: medium confidence at most.`);
  }
  return { confidence: c, notes };
}
