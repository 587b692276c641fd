// One action item of a plan measured on the periods read since the plan's facts: its current
// value over the window, why it cannot be measured where it cannot, its pace and its series.
// Part of the follow-up use case (followup.ts), which reads the periods.
import type { RepDiagnosis } from '../domain/diagnosis/index';
import { paceOf, paceRule, periodDays, type NotMeasurableReason, type Pace, type PaceStatus } from '../domain/followup/index';
import { isFlow, metricFacts } from '../domain/metrics';
import { metricOf } from '../domain/plan';
import type { TextFormat } from '../lib/format';
import type { PeriodKey } from '../schemas/common';
import type { MetricUnit } from '../schemas/conversation';
import type { ActionItem, Plan } from '../schemas/plan';

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

/** The rep's diagnosis over the window ending at one new period. */
export type PeriodRead = { period: PeriodKey; complete: boolean; rep: RepDiagnosis | null; window: PeriodKey[] };

export const valueOf = (d: RepDiagnosis | null, key: string, which: 'window' | 'current'): number | null =>
  d?.[which].metrics.find((m) => m.key === key)?.value ?? null;

export type ItemContext = {
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
export function missingPeriods(key: string, ctx: ItemContext): { absent: boolean; missingIn: PeriodKey[] } {
  const singles = ctx.complete.map((r) => ({ period: r.period, value: valueOf(r.rep, key, 'current') }));
  const absent = singles.length > 0 && singles.every((x) => x.value === null);
  const inWindow = new Set(ctx.end?.window ?? []);
  const missingIn = isFlow(key) ? singles.filter((x) => x.value === null && inWindow.has(x.period)).map((x) => x.period) : [];
  return { absent, missingIn };
}

export function measureItem(item: ActionItem, ctx: ItemContext): ItemProgress {
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
