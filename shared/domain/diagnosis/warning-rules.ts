// The pattern warning signs, one small rule each (the check-the-system ones: warning-checks.ts). A rule reads the facts gathered once per rep and period
// (WarningFacts, built in warnings.ts) and returns its sign, or null when it does not apply.
// Pattern signs ask for early action; "check the system first" signs ask the manager to look at
// the set-up (quota, ramp, territory, tooling, leave) before judging the rep.
import type { PeriodKey } from '@shared/schemas/common';
import type { MetricValues } from '@shared/schemas/metrics';
import type { DiagnosisSettings } from '@shared/schemas/settings';
import type { Engine, RepIndex, StatLookup } from './indexing';
import { periodResult } from './assess';
import type { quotaFor, targetsFor } from './rep-window';
import type { sentenceFormat } from './format';
import { inGap } from './thresholds';
import { METRIC_LABELS } from './vocabulary';
import { trailingPeriods } from './periods';
import { medianName } from './evidence';
import type { Assessment, EvidenceRow, StatKey, WarningId, WarningSign } from './types';

/** A quota more than this multiple of the team's median quota is flagged. */
export const QUOTA_VS_TEAM_FACTOR = 1.5;
/** Every activity metric below this share of the rep's own previous three periods: a collapse. */
export const COLLAPSE_SHARE = 0.15;
/** Trend signs compare the last TREND_SPAN periods with the TREND_SPAN before. */
export const TREND_SPAN = 3;

const ACTIVITY_KEYS = ['calls', 'emails', 'meetingsBooked', 'meetingsHeld'] as const;
// Activity only: opportunities created thinning out at the end of a deals export is the export's tail, not a collapse.
export const COLLAPSE_KEYS = ACTIVITY_KEYS;

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
    // Without a target the reference is the peer median, and the sign says whose.
    const below = window.result.target === null ? `well below ${medianName(window)}` : 'below target';
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

/** The pattern signs, in the order they are shown (the check-the-system signs follow: warning-checks.ts). */
export const PATTERN_RULES: readonly WarningRule[] = [missedPeriods, activityDrop, winRateFalling, cycleLengthening, complaints];
