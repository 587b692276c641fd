// Use case: measure a plan's action items on the newest data. The app's check-in screen and
// `candor checkin` both call it. It reads the plan's facts (each item's baseline is the value of
// its snapshot window) and the data through the diagnosis input (loadDiagnosisData), over the same
// window length, ending at the latest complete period up to the day asked for. A period that is
// still going on, or that the diagnosis marks as an incomplete tail, is shown and said to be
// incomplete, never measured as a fall.
import { diagnoseTeam, comparePeriods, type RepDiagnosis } from '../domain/diagnosis/index';
import {
  findWins,
  PACE_RULE_TEXT,
  paceOf,
  paceRule,
  periodDays,
  type FoundWin,
  type NotMeasurableReason,
  type Pace,
  type PaceStatus,
} from '../domain/followup/index';
import { isFlow, metricFacts } from '../domain/metrics';
import { metricOf } from '../domain/plan';
import { formatDate, formatPeriod, formatPeriodRange, periodNoun, type TextFormat } from '../lib/format';
import type { PeriodKey } from '../schemas/common';
import type { MetricUnit } from '../schemas/conversation';
import type { ActionItem, Plan } from '../schemas/plan';
import { loadDiagnosisData, withPeriodKind, type DiagnosisData } from './diagnosis';
import type { Store } from './store';

/** One point of an item's small chart: the value over the window ending at `period`. */
export type ProgressPoint = {
  period: PeriodKey;
  value: number | null;
  /** The periods the value covers, oldest first. */
  window: PeriodKey[];
  /** The plan's facts period (the baseline), drawn first. */
  baseline: boolean;
  /** False for a period still going on or marked incomplete: drawn, never measured. */
  complete: boolean;
};

export type ItemProgress = {
  itemId: string;
  metric: string | null;
  label: string;
  unit: MetricUnit | null;
  higherIsBetter: boolean;
  baseline: number | null;
  target: number | null;
  current: number | null;
  expected: number | null;
  status: PaceStatus;
  reason: NotMeasurableReason | null;
  /** Share of the time from the plan's start to the item's due date gone (0..1), where a pace applies. */
  elapsedShare: number | null;
  /** Share of the way from baseline to target made (1 = at the target). */
  progressShare: number | null;
  due: string | null;
  /** One line with the numbers the rule used and the status. */
  rule: string;
  series: ProgressPoint[];
  /** Said when a later period is incomplete (and so left out); null otherwise. */
  incompleteNote: string | null;
};

export type PlanProgress = {
  planId: string;
  repId: string;
  repName: string;
  asOf: string;
  /** The plan's start (its check-in start date, else the day it was created). */
  start: string;
  periodKind: PlanFacts['periodKind'];
  windowLength: number;
  /** The plan's facts period; new data is read from the period after it. */
  since: PeriodKey | null;
  /** The last complete period measured; null when there is none yet. */
  measuredThrough: PeriodKey | null;
  /** The periods the current values cover, oldest first. */
  window: PeriodKey[];
  /** New periods left out as incomplete (going on at asOf, or an incomplete tail of the export). */
  incompletePeriods: PeriodKey[];
  incompleteNote: string | null;
  items: ItemProgress[];
  wins: FoundWin[];
  /** The pace rule in words. */
  ruleText: string;
};

type PlanFacts = Plan['snapshot'];

export type MeasurePlanOptions = {
  /** The day to measure on (YYYY-MM-DD): periods that end after it are incomplete. */
  asOf: string;
  format?: TextFormat;
};

export type MeasurePlanResult = { ok: true; progress: PlanProgress } | { ok: false; message: string };

/** Reads the plan and the data from the store and measures the plan (see measurePlanOn). */
export async function measurePlan(store: Store, planId: string, opts: MeasurePlanOptions): Promise<MeasurePlanResult> {
  const plan = await store.table('plans').get(planId);
  if (!plan) return { ok: false, message: 'This plan is not in Candor any more, so its progress cannot be measured.' };
  const data = await loadDiagnosisData(store);
  return { ok: true, progress: measurePlanOn(plan, data, opts) };
}

type PeriodRead = { period: PeriodKey; complete: boolean; rep: RepDiagnosis | null; window: PeriodKey[] };

const valueOf = (d: RepDiagnosis | null, key: string, which: 'window' | 'current'): number | null =>
  d?.[which].metrics.find((m) => m.key === key)?.value ?? null;

/** The rep's diagnosis over the window ending at each new period up to asOf, oldest first. */
function readNewPeriods(plan: Plan, data: DiagnosisData, windowLength: number, asOf: string, incomplete: ReadonlySet<string>): PeriodRead[] {
  const since = plan.snapshot.period;
  if (since === null) return [];
  return data.periods
    .filter((p) => comparePeriods(p, since) > 0 && (periodDays(p)?.first ?? '9999') <= asOf)
    .map((p) => {
      const team = diagnoseTeam({ ...data.input, period: p, window: windowLength });
      return {
        period: p,
        complete: (periodDays(p)?.last ?? '9999') <= asOf && !incomplete.has(p),
        rep: team.reps.find((r) => r.repId === plan.repId) ?? null,
        window: team.windowPeriods,
      };
    });
}

function incompleteNoteOf(left: readonly PeriodRead[], through: PeriodKey | null, kind: string | null, asOf: string, locale: string): string | null {
  if (left.length === 0) return null;
  const names = left.map((r) => formatPeriod(r.period, locale)).join(', ');
  const measured = through ? `measured up to ${formatPeriod(through, locale)}` : 'not measured yet';
  return `${names} ${left.length === 1 ? 'is' : 'are'} still incomplete on ${formatDate(asOf, locale)} (the ${periodNoun(kind, left.length)} not over, or recent deals not all in yet): ${measured}, and not read as a fall.`;
}

/** Measures every action item of a plan on data already read (the app's shared diagnosis data, or a store's). */
export function measurePlanOn(plan: Plan, loaded: DiagnosisData, opts: MeasurePlanOptions): PlanProgress {
  const s = plan.snapshot;
  const locale = opts.format?.locale ?? 'en-US';
  const byKind = s.periodKind ? withPeriodKind(loaded, s.periodKind, true) : loaded;
  const data = byKind === null || typeof byKind === 'string' ? null : byKind;
  const windowLength = Math.max(1, s.windowPeriods.length);
  const start = plan.content.checkIns.startDate ?? plan.createdAt.slice(0, 10);
  const incomplete = new Set(data ? diagnoseTeam({ ...data.input, window: windowLength }).incompletePeriods : []);
  const reads = data ? readNewPeriods(plan, data, windowLength, opts.asOf, incomplete) : [];
  const complete = reads.filter((r) => r.complete);
  const end = complete[complete.length - 1] ?? null;
  const left = reads.filter((r) => !r.complete && (end === null || comparePeriods(r.period, end.period) > 0));
  const incompleteNote = incompleteNoteOf(left, end?.period ?? null, s.periodKind, opts.asOf, locale);
  const ctx: ItemContext = { plan, start, reads, complete, end, incompleteNote, asOf: opts.asOf, format: opts.format ?? {} };
  const items = plan.content.actionItems.map((item) => measureItem(item, ctx));
  const window = end?.window ?? [];
  const metrics = s.metrics.map((m) => ({
    key: m.key,
    label: m.label,
    unit: m.unit,
    higherIsBetter: m.higherIsBetter,
    before: m.value,
    benchmark: m.benchmark,
    now: end ? valueOf(end.rep, m.key, 'window') : null,
  }));
  return {
    planId: plan.id,
    repId: plan.repId,
    repName: s.repName,
    asOf: opts.asOf,
    start,
    periodKind: s.periodKind,
    windowLength,
    since: s.period,
    measuredThrough: end?.period ?? null,
    window,
    incompletePeriods: left.map((r) => r.period),
    incompleteNote,
    items,
    wins: findWins({ items, metrics, window }, opts.format ?? {}),
    ruleText: PACE_RULE_TEXT,
  };
}

type ItemContext = {
  plan: Plan;
  start: string;
  reads: readonly PeriodRead[];
  complete: readonly PeriodRead[];
  end: PeriodRead | null;
  incompleteNote: string | null;
  asOf: string;
  format: TextFormat;
};

/** The new complete periods of the end's window that lack the figure (a flow's window total would read low). */
function missingPeriods(key: string, ctx: ItemContext): { absent: boolean; missingIn: PeriodKey[] } {
  const singles = ctx.complete.map((r) => ({ period: r.period, value: valueOf(r.rep, key, 'current') }));
  const absent = singles.length > 0 && singles.every((x) => x.value === null);
  const inWindow = new Set(ctx.end?.window ?? []);
  const missingIn = isFlow(key) ? singles.filter((x) => x.value === null && inWindow.has(x.period)).map((x) => x.period) : [];
  return { absent, missingIn };
}

function measureItem(item: ActionItem, ctx: ItemContext): ItemProgress {
  const s = ctx.plan.snapshot;
  const key = item.metricKey;
  const facts = key ? metricOf(s, key) : undefined;
  const catalogue = key ? metricFacts(key) : undefined;
  const label = facts?.label ?? catalogue?.label ?? item.action.slice(0, 80);
  const unit = facts?.unit ?? catalogue?.unit ?? null;
  const higherIsBetter = facts?.higherIsBetter ?? catalogue?.higherIsBetter ?? true;
  const { absent, missingIn } = key ? missingPeriods(key, ctx) : { absent: false, missingIn: [] };
  let missing: 'no-metric' | 'metric-absent' | 'no-complete-period' | undefined;
  if (!key) missing = 'no-metric';
  else if (ctx.end === null) missing = 'no-complete-period';
  else if (absent || missingIn.length > 0) missing = 'metric-absent';
  const current = missing === undefined && key && ctx.end ? valueOf(ctx.end.rep, key, 'window') : null;
  const at = ctx.end ? (periodDays(ctx.end.period)?.last ?? null) : null;
  const pace: Pace = paceOf({
    higherIsBetter,
    baseline: item.baseline,
    target: item.target,
    current,
    missing: missing ?? 'metric-absent',
    start: ctx.start,
    due: item.deadline,
    at,
  });
  const rule = paceRule(
    pace,
    {
      label,
      unit,
      baseline: item.baseline,
      target: item.target,
      current,
      start: ctx.start,
      due: item.deadline,
      at,
      window: ctx.end?.window ?? [],
      since: s.period,
      periodKind: s.periodKind,
      missingIn,
    },
    ctx.format,
  );
  return {
    itemId: item.id,
    metric: key,
    label,
    unit,
    higherIsBetter,
    baseline: item.baseline,
    target: item.target,
    current,
    expected: pace.expected,
    status: pace.status,
    reason: pace.reason,
    elapsedShare: pace.elapsedShare,
    progressShare: pace.progressShare,
    due: item.deadline,
    rule,
    series: key ? seriesOf(key, item, ctx) : [],
    incompleteNote: ctx.incompleteNote,
  };
}

function seriesOf(key: string, item: ActionItem, ctx: ItemContext): ProgressPoint[] {
  const s = ctx.plan.snapshot;
  const first: ProgressPoint[] = s.period
    ? [{ period: s.period, value: item.baseline, window: [...s.windowPeriods], baseline: true, complete: true }]
    : [];
  return [
    ...first,
    ...ctx.reads.map((r) => ({ period: r.period, value: valueOf(r.rep, key, 'window'), window: r.window, baseline: false, complete: r.complete })),
  ];
}

/** The window a progress is measured over, as people say it ("Oct to Dec 2026"); empty when none. */
export function progressWindowLabel(p: Pick<PlanProgress, 'window'>, locale = 'en-US'): string {
  return p.window.length > 0 ? formatPeriodRange(p.window[0] ?? '', p.window[p.window.length - 1] ?? '', locale) : '';
}
