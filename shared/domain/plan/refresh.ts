// Bringing a plan up to date without losing the manager's words. A plan keeps the prefill its
// content started from (its baseline): whatever still reads as the baseline is Candor's
// suggestion and may be drafted again; whatever differs was written or changed by the manager and
// stays, marked so they check it against the new facts.
import type { FactsSnapshot, Plan, PlanContent, SnapshotMetric } from '@shared/schemas/plan';
import { STAGE_SHORT_LABELS, VERDICT_LABELS } from '../diagnosis/vocabulary';
import { formatValue } from './units';
import { benchmarkSourceName } from '../metrics';
import { snapshotPeriodLabel } from './conversation';
import { diffSnapshots } from './snapshot';
import type { TextFormat } from '@shared/lib/format';

/** Lists of items (each with an id) that the prefill fills and the manager may edit item by item. */
export const PREFILLED_LISTS = ['expectations', 'talkingPoints', 'questions', 'pushback', 'support', 'actionItems', 'development'] as const;
export type PrefilledList = (typeof PREFILLED_LISTS)[number];
/** Prefilled fields taken or kept as a whole. */
export const PREFILLED_WHOLE = ['focusAreas', 'opening', 'consequences'] as const;
export type PrefilledWhole = (typeof PREFILLED_WHOLE)[number];
export type PrefilledField = PrefilledList | PrefilledWhole | 'systemFixes';

/** Each prefilled field as a manager reads it. */
export const FIELD_LABELS: Record<PrefilledField, string> = {
  focusAreas: 'focus areas',
  expectations: 'expectations',
  opening: 'opening',
  talkingPoints: 'talking points',
  questions: 'questions',
  pushback: 'pushback',
  consequences: 'consequences',
  support: 'support',
  actionItems: 'action items',
  development: 'development plan',
  systemFixes: 'your part to fix',
};

/** What the manager should check after a refresh: whole fields, and single items by id. */
export type CheckMarks = { fields: string[]; items: string[] };

type Item = { id: string } & Record<string, unknown>;

/**
 * An item as compared: everything but its id (a re-derived baseline has new ids) and its `why`
 * (the engine's note on why it was suggested, not the manager's words; the step forms do not
 * keep it, so an untouched suggestion saved by a form must still count as untouched).
 */
const body = (item: Item): string => {
  const { id: _id, why: _why, ...rest } = item;
  return JSON.stringify(rest, Object.keys(rest).sort());
};
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Two items that are about the same thing: one metric's action or expectation, one objection. */
function identity(field: PrefilledList | 'systemFixes', item: Item): string | null {
  if (field === 'actionItems' || field === 'expectations') return typeof item.metricKey === 'string' ? `m:${item.metricKey}` : null;
  if (field === 'pushback') return item.own === true ? null : `p:${item.id}`;
  return null;
}

export type ListMerge<T extends Item> = {
  items: T[];
  /** The manager's items kept (edited suggestions and their own). */
  kept: T[];
  /** Suggestions dropped because the manager had not touched them. */
  replaced: T[];
};

/**
 * One list: suggestions the manager left as they were give way to the fresh ones; every item the
 * manager changed or added stays, after the fresh suggestions, and a fresh suggestion about the
 * same thing as one of theirs (the same metric, the same objection) is left out.
 */
export function mergeList<T extends Item>(
  field: PrefilledList | 'systemFixes',
  current: readonly T[],
  baseline: readonly T[],
  fresh: readonly T[],
): ListMerge<T> {
  const untouched = new Set(baseline.map(body));
  const kept = current.filter((i) => !untouched.has(body(i)));
  const replaced = current.filter((i) => untouched.has(body(i)));
  const taken = new Set(kept.map((i) => identity(field, i)).filter((k) => k !== null));
  const ids = new Set(kept.map((i) => i.id));
  const suggestions = fresh.filter((i) => !ids.has(i.id) && !taken.has(identity(field, i) ?? ''));
  return { items: [...suggestions, ...kept], kept, replaced };
}

export type RefreshOutcome = {
  content: PlanContent;
  /** Fields drafted again from the new facts. */
  redrafted: PrefilledField[];
  /** Fields in which the manager's words were kept (whole or some items). */
  keptFields: PrefilledField[];
  marks: CheckMarks;
};

/**
 * The plan's content for new facts. `baseline` is the prefill the current content started from;
 * `fresh` the prefill for the new facts. The diagnosis follows the new facts unless the manager
 * overrode it (an override has a reason); obstacles, rehearsal, meeting, dates and names are the
 * manager's and stay.
 */
export function refreshContent(current: PlanContent, baseline: PlanContent, fresh: PlanContent): RefreshOutcome {
  const content: PlanContent = structuredClone(current);
  const redrafted: PrefilledField[] = [];
  const keptFields: PrefilledField[] = [];
  const marks: CheckMarks = { fields: [], items: [] };
  const note = (field: PrefilledField, keptAny: boolean, changed: boolean) => {
    if (keptAny) keptFields.push(field);
    if (changed) redrafted.push(field);
  };

  for (const field of PREFILLED_WHOLE) {
    const untouched = same(current[field], baseline[field]);
    if (untouched) (content as Record<string, unknown>)[field] = structuredClone(fresh[field]);
    else marks.fields.push(field);
    note(field, !untouched, untouched && !same(current[field], fresh[field]));
  }
  const lists: [PrefilledList, Item[], Item[], Item[]][] = PREFILLED_LISTS.map((f) => [f, current[f], baseline[f], fresh[f]]);
  for (const [field, cur, base, next] of lists) {
    const m = mergeList(field, cur, base, next);
    (content as Record<string, unknown>)[field] = structuredClone(m.items);
    marks.items.push(...m.kept.map((i) => i.id));
    note(field, m.kept.length > 0, !same(m.replaced.map(body), next.map(body)));
  }
  const fixes = mergeList('systemFixes', current.diagnosis.systemFixes, baseline.diagnosis.systemFixes, fresh.diagnosis.systemFixes);
  marks.items.push(...fixes.kept.map((i) => i.id));
  note('systemFixes', fixes.kept.length > 0, !same(fixes.replaced.map(body), fresh.diagnosis.systemFixes.map(body)));

  const overridden = current.diagnosis.overrideReason.trim() !== '';
  const focusKept = marks.fields.includes('focusAreas');
  content.diagnosis = {
    ...content.diagnosis,
    verdict: overridden ? current.diagnosis.verdict : fresh.diagnosis.verdict,
    weakStage: overridden ? current.diagnosis.weakStage : fresh.diagnosis.weakStage,
    // A reading confirmed for other facts is confirmed again by the manager, not by Candor.
    confirmed: overridden ? current.diagnosis.confirmed : current.diagnosis.confirmed && fresh.diagnosis.verdict === current.diagnosis.verdict,
    perFocus: focusKept ? current.diagnosis.perFocus : structuredClone(fresh.diagnosis.perFocus),
    systemFixes: fixes.items,
  };
  return { content, redrafted, keptFields, marks };
}

/** The baseline after a refresh: the fresh prefill, so a later refresh still tells the manager's words apart. */
export const baselineAfterRefresh = (fresh: PlanContent): PlanContent => structuredClone(fresh);

const verdictText = (s: Pick<FactsSnapshot, 'verdict' | 'weakStage'>) =>
  `${VERDICT_LABELS[s.verdict]}${s.weakStage ? ` at ${STAGE_SHORT_LABELS[s.weakStage]}` : ''}`;

/** Whether other facts are for a later period than the plan's, the same one, or an earlier one. */
export function periodDirection(plan: Pick<FactsSnapshot, 'period'>, other: Pick<FactsSnapshot, 'period'>): 'later' | 'same' | 'earlier' {
  const a = plan.period ?? '';
  const b = other.period ?? '';
  return a === b ? 'same' : b > a ? 'later' : 'earlier';
}

/**
 * What is different in other facts, in plain words: the period reviewed, the reading, and each
 * metric that moved ("Win rate over Aug to Oct 2017: 48% → 55%").
 */
export function describeChanges(before: FactsSnapshot, after: FactsSnapshot, format: TextFormat = {}): string[] {
  const locale = format.locale;
  const out: string[] = [];
  const range = snapshotPeriodLabel(after, locale);
  for (const c of diffSnapshots(before, after)) {
    if (c.kind === 'period') out.push(`Period reviewed: ${snapshotPeriodLabel(before, locale)} → ${range}`);
    else if (c.kind === 'verdict') out.push(`Reading: ${verdictText(before)} → ${verdictText(after)}`);
    else out.push(`${c.label} over ${range}: ${formatValue(c.before, c.unit, format)} → ${formatValue(c.after, c.unit, format)}`);
  }
  // What the rep is measured against: a target set or taken away moves the benchmark alone.
  const old = new Map(before.metrics.map((m) => [m.key, m]));
  for (const m of after.metrics) {
    const was = old.get(m.key);
    if (!was) continue;
    // A plan from before the origin was kept has none: that alone is no change.
    const sameOrigin = was.benchmarkOrigin === undefined || (was.benchmarkOrigin ?? null) === (m.benchmarkOrigin ?? null);
    if (was.benchmark === m.benchmark && was.benchmarkSource === m.benchmarkSource && sameOrigin) continue;
    if (was.benchmark === null && m.benchmark === null) continue;
    const bench = (x: SnapshotMetric) =>
      x.benchmark === null
        ? 'none'
        : `${formatValue(x.benchmark, x.unit, format)} (${benchmarkSourceName(x, x === m ? after.roleLabel : before.roleLabel).replace(/^the /, '')})`;
    out.push(`${m.label} over ${range}, measured against: ${bench(was)} → ${bench(m)}`);
  }
  return out;
}

/** One sentence on what a refresh did to the manager's content. */
export function describeOutcome(o: Pick<RefreshOutcome, 'redrafted' | 'keptFields'>): string {
  const list = (fs: PrefilledField[]) => fs.map((f) => FIELD_LABELS[f]).join(', ');
  const parts: string[] = [];
  if (o.redrafted.length > 0) parts.push(`Drafted again from the new facts: ${list(o.redrafted)}.`);
  else parts.push('No suggestion needed drafting again.');
  if (o.keptFields.length > 0) parts.push(`Kept as you wrote them, marked to check against the new facts: ${list(o.keptFields)}.`);
  return parts.join(' ');
}

/**
 * The plan on new facts: content merged as refreshContent does, the previous state kept for an
 * undo, and a line in the history. `fresh` is the prefill for the new facts; `baseline` is the
 * plan's own, else (older plans) the prefill of its current facts worked out again.
 */
export function applyRefresh(
  plan: Plan,
  snapshot: FactsSnapshot,
  fresh: PlanContent,
  fallbackBaseline: PlanContent,
  now: Date,
  locale?: string,
): { plan: Plan; outcome: RefreshOutcome } {
  const outcome = refreshContent(plan.content, plan.baseline ?? fallbackBaseline, fresh);
  const at = now.toISOString();
  const before: NonNullable<Plan['beforeRefresh']> = {
    at,
    snapshot: plan.snapshot,
    content: plan.content,
    ...(plan.baseline ? { baseline: plan.baseline } : {}),
    ...(plan.toCheck ? { toCheck: plan.toCheck } : {}),
  };
  const next: Plan = {
    ...plan,
    snapshot,
    content: outcome.content,
    baseline: baselineAfterRefresh(fresh),
    toCheck: outcome.marks,
    beforeRefresh: before,
    updatedAt: at,
    history: [
      ...plan.history,
      {
        at,
        revision: plan.revision,
        event: 'facts-refreshed',
        detail: `facts of ${snapshotPeriodLabel(snapshot, locale)} (were ${snapshotPeriodLabel(plan.snapshot, locale)})`,
      },
    ],
  };
  return { plan: next, outcome };
}

/** Whether the last refresh can still be undone: nothing was changed since (an undo would lose it). */
export const canUndoRefresh = (plan: Pick<Plan, 'beforeRefresh' | 'updatedAt'>): boolean => plan.beforeRefresh?.at === plan.updatedAt;

/**
 * Puts back the facts and content a plan held before its last refresh; null when there is none,
 * or when the plan was changed since (the undo would throw those words away).
 */
export function undoRefresh(plan: Plan, now: Date, locale?: string): Plan | null {
  const b = plan.beforeRefresh;
  if (!b || !canUndoRefresh(plan)) return null;
  const at = now.toISOString();
  const { beforeRefresh: _dropped, baseline: _b, toCheck: _t, ...rest } = plan;
  return {
    ...rest,
    snapshot: b.snapshot,
    content: b.content,
    ...(b.baseline ? { baseline: b.baseline } : {}),
    ...(b.toCheck ? { toCheck: b.toCheck } : {}),
    updatedAt: at,
    history: [
      ...plan.history,
      { at, revision: plan.revision, event: 'facts-restored', detail: `back to the facts of ${snapshotPeriodLabel(b.snapshot, locale)}` },
    ],
  };
}
