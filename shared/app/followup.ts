// Use case: measure a plan's action items on the newest data. The app's check-in screen and
// `candor checkin` both call it. It reads the plan's facts (each item's baseline is the value of
// its snapshot window) and the data through the diagnosis input (loadDiagnosisData), over the same
// window length, ending at the latest complete period up to the day asked for. A period that is
// still going on, or that the diagnosis marks as an incomplete tail, is shown and said to be
// incomplete, never measured as a fall.
import { planStart } from '../domain/checkin/index';
import { diagnoseTeam, comparePeriods, type TeamDiagnosis } from '../domain/diagnosis/index';
import { findWins, overallPace, PACE_RULE_TEXT, periodDays, type FoundWin, type PaceStatus } from '../domain/followup/index';
import { formatDate, formatPeriod, formatPeriodRange, periodNoun, type TextFormat } from '../lib/format';
import type { PeriodKey } from '../schemas/common';
import type { Plan } from '../schemas/plan';
import { loadDiagnosisData, withPeriodKind, type DiagnosisData } from './diagnosis';
import type { Store } from './store';
import { measureItem, missingPeriods, valueOf, type ItemContext, type ItemProgress, type PeriodRead } from './followup-item';

export type { ItemProgress, ProgressPoint } from './followup-item';

export type PlanProgress = {
  planId: string;
  repId: string;
  repName: string;
  asOf: string;
  /** The plan's start (planStart: the day of the conversation, else its check-in start date, else the day it was created). */
  start: string;
  periodKind: PlanFacts['periodKind'];
  windowLength: number;
  /** The plan's facts period; new data is read from the period after it. */
  since: PeriodKey | null;
  /** The periods the baselines cover (the plan's facts window), oldest first. */
  baselineWindow: PeriodKey[];
  /** The last complete period measured; null when there is none yet. */
  measuredThrough: PeriodKey | null;
  /** The periods the current values cover, oldest first. */
  window: PeriodKey[];
  /** New periods left out as incomplete (going on at asOf, or an incomplete tail of the export). */
  incompletePeriods: PeriodKey[];
  incompleteNote: string | null;
  /** Said when the data cannot be read by the plan's kind of period (then nothing is measured); null otherwise. */
  dataNote: string | null;
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

/**
 * Every signed plan (or the plans named) measured on one read of the data, with its overall
 * status (the worst measured item), for lists such as the Team page.
 */
export async function measurePlans(
  store: Store,
  opts: MeasurePlanOptions & { planIds?: readonly string[] },
): Promise<Array<{ progress: PlanProgress; status: PaceStatus }>> {
  const plans = await store.table('plans').all();
  const chosen = opts.planIds ? plans.filter((p) => opts.planIds?.includes(p.id)) : plans.filter((p) => p.status === 'signed');
  if (chosen.length === 0) return [];
  return measurePlansOn(chosen, await loadDiagnosisData(store), opts);
}

/** The plans given measured on data already read (the app's shared diagnosis data), each with its overall status. */
export function measurePlansOn(
  plans: readonly Plan[],
  data: DiagnosisData,
  opts: MeasurePlanOptions,
): Array<{ progress: PlanProgress; status: PaceStatus }> {
  return plans.map((plan) => {
    const progress = measurePlanOn(plan, data, opts);
    return { progress, status: overallPace(progress.items.map((i) => i.status)) };
  });
}

/** Reads the plan and the data from the store and measures the plan (see measurePlanOn). */
export async function measurePlan(store: Store, planId: string, opts: MeasurePlanOptions): Promise<MeasurePlanResult> {
  const plan = await store.table('plans').get(planId);
  if (!plan) return { ok: false, message: 'This plan is not in Candor any more, so its progress cannot be measured.' };
  const data = await loadDiagnosisData(store);
  return { ok: true, progress: measurePlanOn(plan, data, opts) };
}

/**
 * Team diagnoses already worked out on one read of the data, by period kind, period and window:
 * measuring every open plan (the Team page) runs each once, not once per plan. Dropped with the data.
 */
const diagnosed = new WeakMap<DiagnosisData, Map<string, TeamDiagnosis>>();

function teamOn(loaded: DiagnosisData, data: DiagnosisData, period: PeriodKey | undefined, window: number): TeamDiagnosis {
  let byKey = diagnosed.get(loaded);
  if (!byKey) diagnosed.set(loaded, (byKey = new Map()));
  const key = `${data.periodKind ?? ''}|${period ?? ''}|${window}`;
  let team = byKey.get(key);
  if (!team) byKey.set(key, (team = diagnoseTeam({ ...data.input, ...(period ? { period } : {}), window })));
  return team;
}

/** The rep's diagnosis over the window ending at each new period up to asOf, oldest first. */
function readNewPeriods(
  plan: Plan,
  data: { loaded: DiagnosisData; byKind: DiagnosisData },
  windowLength: number,
  asOf: string,
  incomplete: ReadonlySet<string>,
): PeriodRead[] {
  const since = plan.snapshot.period;
  if (since === null) return [];
  return data.byKind.periods
    .filter((p) => comparePeriods(p, since) > 0 && (periodDays(p)?.first ?? '9999') <= asOf)
    .map((p) => {
      const team = teamOn(data.loaded, data.byKind, p, windowLength);
      return {
        period: p,
        complete: (periodDays(p)?.last ?? '9999') <= asOf && !incomplete.has(p),
        rep: team.reps.find((r) => r.repId === plan.repId) ?? null,
        window: team.windowPeriods,
      };
    });
}

function incompleteNoteOf(
  left: readonly PeriodRead[],
  ctx: { through: PeriodKey | null; kind: string | null; asOf: string; locale: string },
): string | null {
  if (left.length === 0) return null;
  const { through, kind, asOf, locale } = ctx;
  const names = left.map((r) => formatPeriod(r.period, locale)).join(', ');
  const going = left.some((r) => (periodDays(r.period)?.last ?? '') > asOf);
  const why = going
    ? `the ${periodNoun(kind)} is not over on ${formatDate(asOf, locale)}`
    : `the whole team's opportunities created fell below half of a usual ${periodNoun(kind)}, as when recent deals are not all in yet`;
  const measured = through ? `measured up to ${formatPeriod(through, locale)}` : 'nothing measured yet';
  return `${names} ${left.length === 1 ? 'is' : 'are'} still incomplete (${why}): ${measured}, and not read as a fall.`;
}

/** Measures every action item of a plan on data already read (the app's shared diagnosis data, or a store's). */
export function measurePlanOn(plan: Plan, loaded: DiagnosisData, opts: MeasurePlanOptions): PlanProgress {
  const s = plan.snapshot;
  const locale = opts.format?.locale ?? 'en-US';
  const byKind = s.periodKind ? withPeriodKind(loaded, s.periodKind, true) : loaded;
  const data = byKind === null || typeof byKind === 'string' ? null : byKind;
  const windowLength = Math.max(1, s.windowPeriods.length);
  // Paced from the day the plan began (the conversation), as its milestones and escalation marks are.
  const start = planStart(plan);
  const incomplete = new Set(data ? teamOn(loaded, data, undefined, windowLength).incompletePeriods : []);
  const reads = data ? readNewPeriods(plan, { loaded, byKind: data }, windowLength, opts.asOf, incomplete) : [];
  // Measured: complete periods with at least one day of the plan in them (a plan started on an older period's facts
  // must not be judged on the months before it began).
  const complete = reads.filter((r) => r.complete && (periodDays(r.period)?.last ?? '') >= start);
  const end = complete[complete.length - 1] ?? null;
  const left = reads.filter((r) => !r.complete && (end === null || comparePeriods(r.period, end.period) > 0));
  const incompleteNote = incompleteNoteOf(left, { through: end?.period ?? null, kind: s.periodKind, asOf: opts.asOf, locale });
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
    // As for an item: a figure the new periods do not carry is unknown, never the older months' value.
    now: end && !isMissing(m.key, ctx) ? valueOf(end.rep, m.key, 'window') : null,
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
    baselineWindow: [...s.windowPeriods],
    measuredThrough: end?.period ?? null,
    window,
    incompletePeriods: left.map((r) => r.period),
    incompleteNote,
    dataNote: typeof byKind === 'string' ? `The plan's facts are by ${s.periodKind ?? 'period'}, but ${byKind}, so nothing can be measured.` : null,
    items,
    wins: findWins({ items, metrics, window }, opts.format ?? {}),
    ruleText: PACE_RULE_TEXT,
  };
}

function isMissing(key: string, ctx: ItemContext): boolean {
  const m = missingPeriods(key, ctx);
  return m.absent || m.missingIn.length > 0;
}

/** The window a progress is measured over, as people say it ("Oct to Dec 2026"); empty when none. */
export function progressWindowLabel(p: Pick<PlanProgress, 'window'>, locale = 'en-US'): string {
  return p.window.length > 0 ? formatPeriodRange(p.window[0] ?? '', p.window[p.window.length - 1] ?? '', locale) : '';
}
