// The warning signs, one small rule each. A rule reads the facts gathered once per rep and period
// (WarningFacts, built in warnings.ts) and returns its sign, or null when it does not apply.
// Pattern signs ask for early action; "check the system first" signs ask the manager to look at
// the set-up (quota, ramp, territory, tooling, leave) before judging the rep.
import type { PeriodKey } from '../../schemas/common';
import type { MetricValues } from '../../schemas/metrics';
import type { DiagnosisSettings } from '../../schemas/settings';
import type { Engine, RepIndex, StatLookup } from './indexing';
import { periodResult } from './assess';
import type { quotaFor, targetsFor } from './indexing';
import type { sentenceFormat } from './format';
import { GAP_EPSILON, inGap } from './thresholds';
import { METRIC_LABELS } from './vocabulary';
import { trailingPeriods } from './periods';
import type { Assessment, EvidenceRow, StatKey, WarningId, WarningSign } from './types';

/** A quota more than this multiple of the team's median quota is flagged. */
export const QUOTA_VS_TEAM_FACTOR = 1.5;
/** Every activity metric below this share of the rep's own previous three periods: a collapse. */
export const COLLAPSE_SHARE = 0.15;
/** Trend signs compare the last TREND_SPAN periods with the TREND_SPAN before. */
export const TREND_SPAN = 3;

const ACTIVITY_KEYS = ['calls', 'emails', 'meetingsBooked', 'meetingsHeld'] as const;
// Activity only: opportunities created thinning out at the end of a deals export is the export's tail, not a collapse.
const COLLAPSE_KEYS = ACTIVITY_KEYS;

type Series = Array<number | null>;

/** What every rule may read about one rep and period, gathered once. */
export type WarningFacts = {
  engine: Engine;
  idx: RepIndex;
  s: DiagnosisSettings;
  x: ReturnType<typeof sentenceFormat>;
  period: PeriodKey;
  window: Assessment;
  current: Assessment | undefined;
  /** "3 months": the data's own kind of period. */
  spanOf: (n: number) => string;
  row: (p: PeriodKey, metric: StatKey, value: number | null, benchmark?: number | null) => EvidenceRow;
  /** The last 2 × TREND_SPAN periods, `before` the first half and `recent` the second. */
  six: PeriodKey[];
  before: PeriodKey[];
  recent: PeriodKey[];
  series: (k: keyof MetricValues) => Series;
  /** Sum, or null when any value is unknown. */
  sum: (xs: ReadonlyArray<number | null>) => number | null;
  /** The period's own row with its targets and quota, when the rep has one. */
  now: {
    values: MetricValues;
    t: ReturnType<typeof targetsFor>;
    q: ReturnType<typeof quotaFor>;
    peers: StatLookup | undefined;
  } | null;
};

export type WarningRule = { id: WarningId; check: (f: WarningFacts) => WarningSign | null };

/** "A", "A and B", "A, B and C". */
function listText(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** 1. N of the last M periods below expectation. */
const missedPeriods: WarningRule = {
  id: 'missed-periods',
  check({ engine, idx, s, x, period, window, current, spanOf, row }) {
    const missedRows: EvidenceRow[] = [];
    for (const p of trailingPeriods(period, s.missedPeriodsM)) {
      if (!idx.rows.has(p)) continue;
      const r = p === period && current ? current.result : periodResult(engine, idx, p);
      if (r?.met === false) missedRows.push(row(p, r.metric, r.value, r.target ?? r.teamMedian));
    }
    if (missedRows.length < s.missedPeriodsN) return null;
    const label = window.result.metric === 'revenue' ? 'won revenue' : 'opportunities created';
    // Without a target the reference is the team median, and the sign says so.
    const below = window.result.target === null ? 'well below the team median' : 'below target';
    const resultValue = window.result.metric === 'revenue' ? x.money : x.count;
    return {
      id: 'missed-periods',
      kind: 'pattern',
      title: `${missedRows.length} of the last ${spanOf(s.missedPeriodsM)} ${below}`,
      detail: `${label[0]?.toUpperCase() ?? ''}${label.slice(1)} was ${below} in ${listText(missedRows.map((r) => `${x.period(r.period)} (${resultValue(r.value)} vs ${resultValue(r.benchmark)})`))}: a pattern, not a blip.`,
      evidence: missedRows,
    };
  },
};

/** 2. Activity falling: the last TREND_SPAN periods against the TREND_SPAN before. */
const activityDrop: WarningRule = {
  id: 'activity-drop',
  check({ s, x, six, before, recent, series, sum, spanOf, row }) {
    const dropRows: EvidenceRow[] = [];
    const dropParts: string[] = [];
    for (const k of ACTIVITY_KEYS) {
      const xs = series(k);
      const b = sum(xs.slice(0, TREND_SPAN));
      const r = sum(xs.slice(TREND_SPAN));
      if (b === null || r === null || b <= 0) continue;
      const drop = 1 - r / b;
      if (drop >= s.activityDropShare - 1e-9) {
        dropParts.push(`${METRIC_LABELS[k] ?? k} down ${x.pct(drop)} (${x.count(r)} vs ${x.count(b)})`);
        six.forEach((p, i) => dropRows.push(row(p, k, xs[i] ?? null, null)));
      }
    }
    if (dropParts.length === 0) return null;
    return {
      id: 'activity-drop',
      kind: 'pattern',
      title: `Activity down by ${x.pct(s.activityDropShare)} or more`,
      detail: `${dropParts.join('; ')}: the last ${spanOf(TREND_SPAN)} (${x.range(recent[0] ?? '', recent[TREND_SPAN - 1] ?? '')}) against the ${TREND_SPAN} before (${x.range(before[0] ?? '', before[TREND_SPAN - 1] ?? '')}).`,
      evidence: dropRows,
    };
  },
};

/** 3. Falling win rate (pooled won ÷ closed, else won ÷ opportunities created). */
const winRateFalling: WarningRule = {
  id: 'win-rate-falling',
  check({ s, x, six, series, spanOf, row }) {
    const W = series('dealsWon');
    const L = series('dealsLost');
    const O = series('opportunitiesCreated');
    const useClosed = W.every((v) => v !== null) && L.every((v) => v !== null);
    const denom = (i: number) => (useClosed ? (W[i] ?? 0) + (L[i] ?? 0) : O[i]);
    const pooled = (from: number) => {
      let w = 0;
      let t = 0;
      for (let i = from; i < from + TREND_SPAN; i++) {
        const wi = W[i];
        const di = denom(i);
        if (wi === null || wi === undefined || di === null || di === undefined) return null;
        w += wi;
        t += di;
      }
      return t > 0 ? { rate: w / t, w, t } : null;
    };
    const pb = pooled(0);
    const pr = pooled(TREND_SPAN);
    if (!(pb && pr && pb.rate > 0 && inGap(pr.rate, pb.rate, s.gapThreshold) === true)) return null;
    const metric: StatKey = useClosed ? 'closedWinRate' : 'winPerOpportunity';
    return {
      id: 'win-rate-falling',
      kind: 'pattern',
      title: 'Win rate falling',
      detail: `Win rate ${x.pct(pr.rate)} (${x.count(pr.w)} of ${x.count(pr.t)}) in the last ${spanOf(TREND_SPAN)} vs ${x.pct(pb.rate)} (${x.count(pb.w)} of ${x.count(pb.t)}) in the ${TREND_SPAN} before.${pr.t < s.minEventsForConfidence ? ' Few deals behind it: watch, do not conclude.' : ''}`,
      evidence: six.map((p, i) => {
        const di = denom(i);
        const wi = W[i] ?? null;
        return row(p, metric, wi !== null && di !== null && di !== undefined && di > 0 ? wi / di : null, null);
      }),
    };
  },
};

/** 4. Lengthening cycle. */
const cycleLengthening: WarningRule = {
  id: 'cycle-lengthening',
  check({ s, x, six, series, spanOf, row }) {
    const C = series('cycleDaysMedian');
    const mean = (xs: ReadonlyArray<number | null>) => {
      const k = xs.filter((v): v is number => v !== null);
      return k.length === TREND_SPAN ? k.reduce((a, b) => a + b, 0) / k.length : null;
    };
    const cb = mean(C.slice(0, TREND_SPAN));
    const cr = mean(C.slice(TREND_SPAN));
    if (!(cb !== null && cr !== null && cb > 0 && inGap(cr, cb, s.gapThreshold, false) === true)) return null;
    return {
      id: 'cycle-lengthening',
      kind: 'pattern',
      title: 'Sales cycle lengthening',
      detail: `Median cycle ${x.num(cr, 0)} days on average in the last ${spanOf(TREND_SPAN)} vs ${x.num(cb, 0)} in the ${TREND_SPAN} before.`,
      evidence: six.map((p, i) => row(p, 'cycleDaysMedian', C[i] ?? null, null)),
    };
  },
};

/** 5. Complaints. */
const complaints: WarningRule = {
  id: 'complaints',
  check({ x, six, series, sum, spanOf, row }) {
    const X = series('complaints');
    const recentTotal = X.slice(TREND_SPAN).reduce<number>((a, b) => a + (b ?? 0), 0);
    if (recentTotal <= 0) return null;
    const b = sum(X.slice(0, TREND_SPAN));
    const rising = b !== null && recentTotal > b;
    return {
      id: 'complaints',
      kind: 'pattern',
      title: rising ? 'Customer complaints rising' : 'Customer complaints',
      detail: `${x.count(recentTotal)} complaint${Math.round(recentTotal) === 1 ? '' : 's'} in the last ${spanOf(TREND_SPAN)}${b !== null ? ` (${x.count(b)} in the ${TREND_SPAN} before)` : ''}.`,
      evidence: six.flatMap((p, i) => ((X[i] ?? 0) > 0 ? [row(p, 'complaints', X[i] ?? null, null)] : [])),
    };
  },
};

/**
 * 6. Pipeline coverage below 1 ÷ win rate: at the benchmark win rate (expectation, else team
 * median), the open pipeline cannot produce the quota — whatever the rep's own skill.
 */
const pipelineCoverage: WarningRule = {
  id: 'pipeline-coverage',
  check({ x, period, row, now }) {
    if (!now) return null;
    const { values, t, q, peers } = now;
    const benchWinRate = t.targets.winRate ?? peers?.get('closedWinRate')?.median ?? null;
    if (!(values.pipeline !== null && q.quota !== null && q.quota > 0 && benchWinRate !== null && benchWinRate > 0)) return null;
    const coverage = values.pipeline / q.quota;
    const needed = 1 / benchWinRate;
    if (coverage >= needed - 1e-12) return null;
    return {
      id: 'pipeline-coverage',
      kind: 'check-system',
      title: 'Pipeline cannot cover the quota',
      detail: `Open pipeline ${x.money(values.pipeline)} is ${x.num(coverage, 1)}× the quota of ${x.money(q.quota)}; at the ${t.targets.winRate !== null ? 'expected' : 'team median'} win rate of ${x.pct(benchWinRate)} it takes ${x.num(needed, 1)}×. Check lead flow and territory before judging; where activity is also low, prospecting is the first lever.`,
      evidence: [
        row(period, 'pipeline', values.pipeline, needed * q.quota),
        row(period, 'effectiveQuota', q.quota, null),
        row(period, 'closedWinRate', benchWinRate, null),
      ],
    };
  },
};

/** 7. Quota far above the team's. */
const quotaAboveTeam: WarningRule = {
  id: 'quota-above-team',
  check({ x, period, row, now }) {
    if (!now) return null;
    const { q, peers } = now;
    const teamQuota = peers?.get('effectiveQuota')?.median ?? null;
    if (!(q.quota !== null && teamQuota !== null && teamQuota > 0 && q.quota > teamQuota * QUOTA_VS_TEAM_FACTOR * (1 + GAP_EPSILON))) return null;
    return {
      id: 'quota-above-team',
      kind: 'check-system',
      title: 'Quota far above the team’s',
      detail: `Quota ${x.money(q.quota)} is ${x.num(q.quota / teamQuota, 1)}× the team median of ${x.money(teamQuota)}. Check the quota before judging the result.`,
      evidence: [row(period, 'effectiveQuota', q.quota, teamQuota)],
    };
  },
};

/** 8. Ramp anomaly: in ramp, held to (nearly) the full target. */
const rampAnomaly: WarningRule = {
  id: 'ramp-anomaly',
  check({ s, x, period, row, now }) {
    if (!now) return null;
    const { t, q } = now;
    const rampQuota = t.targets.quota;
    if (!(
      t.inRamp &&
      q.source === 'data' &&
      rampQuota !== null &&
      q.quota !== null &&
      (inGap(q.quota, rampQuota, s.gapThreshold, false) ?? q.quota > 0)
    ))
      return null;
    return {
      id: 'ramp-anomaly',
      kind: 'check-system',
      title: 'In ramp but held to a fuller target',
      detail: `${t.tenureMonth !== null ? `Month ${t.tenureMonth} of tenure` : 'In ramp'}: ${x.pct(t.rampShare)} of the target is expected (${x.money(rampQuota)}), but the quota in the data is ${x.money(q.quota)}. Check the ramp before judging.`,
      evidence: [row(period, 'quota', q.quota, rampQuota)],
    };
  },
};

/** 9. Sudden collapse of all activity to near zero. */
const activityCollapse: WarningRule = {
  id: 'activity-collapse',
  check({ x, idx, period, row, now }) {
    if (!now) return null;
    const prior = trailingPeriods(period, 4)
      .slice(0, 3)
      .map((p) => idx.rows.get(p));
    const collapseRows: EvidenceRow[] = [];
    let checked = 0;
    let collapsed = 0;
    for (const k of COLLAPSE_KEYS) {
      const v = now.values[k];
      const prev: number[] = [];
      for (const r of prior) {
        const pv = r?.[k] ?? null;
        if (pv !== null) prev.push(pv);
      }
      if (v === null || prev.length === 0) continue;
      const mean = prev.reduce((a, b) => a + b, 0) / prev.length;
      if (mean <= 0) continue;
      checked++;
      if (v < mean * COLLAPSE_SHARE) collapsed++;
      collapseRows.push(row(period, k, v, mean));
    }
    if (!(checked >= 1 && collapsed === checked)) return null;
    return {
      id: 'activity-collapse',
      kind: 'check-system',
      title: 'All activity dropped to near zero',
      detail: `Every activity measure fell below ${x.pct(COLLAPSE_SHARE)} of its average over the previous periods at once. That pattern usually means leave, a territory change or broken tooling: check the system first.`,
      evidence: collapseRows,
    };
  },
};

/** 10. The target sits above the benchmark funnel. */
const targetAboveFunnel: WarningRule = {
  id: 'target-above-funnel',
  check({ x, period, window, row }) {
    if (window.rule.id !== 'factors-meet-target-short') return null;
    const outcome = window.result.metric === 'revenue' ? x.money : x.count;
    return {
      id: 'target-above-funnel',
      kind: 'check-system',
      title: 'Target above what the expected funnel produces',
      detail: `Every factor meets its benchmark, yet the result (${outcome(window.result.value)}) is short of the target (${outcome(window.result.target)}); the benchmark funnel produces ${outcome(window.decomposition.benchmarkOutcome)}. Check the target.`,
      evidence: [row(period, window.result.metric, window.result.value, window.result.target)],
    };
  },
};

/** Every warning sign, in the order they are shown. */
export const WARNING_RULES: readonly WarningRule[] = [
  missedPeriods,
  activityDrop,
  winRateFalling,
  cycleLengthening,
  complaints,
  pipelineCoverage,
  quotaAboveTeam,
  rampAnomaly,
  activityCollapse,
  targetAboveFunnel,
];
