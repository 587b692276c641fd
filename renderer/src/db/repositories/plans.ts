import {
  applyRefresh,
  isReadOnly,
  newDraftPlan,
  newRevision,
  recordHrReview,
  transition,
  undoRefresh,
  type RefreshOutcome,
} from '@shared/domain/plan';
import { randomId, systemClock, type Clock, type IdSource } from '@shared/lib/ids';
import {
  planContentSchema,
  planExportSchema,
  planSchema,
  signatureSchema,
  type FactsSnapshot,
  type Plan,
  type PlanContent,
  type PlanExport,
  type PlanOutcome,
  type PlanProgress,
  type PlanStatus,
  type PlanStep,
  type Signature,
} from '@shared/schemas';
import type { CandorDB } from '../db';

// Plan writes run in read-write transactions on `plans`, which the strict-durability middleware
// (db.ts) flushes to disk before they report success.

export class PlanNotFoundError extends Error {
  override name = 'PlanNotFoundError';
  constructor() {
    super('This plan no longer exists.');
  }
}

export class ReadOnlyPlanError extends Error {
  override name = 'ReadOnlyPlanError';
  constructor() {
    super('This plan is signed: start a new revision to change it.');
  }
}

async function mustGet(db: CandorDB, id: string): Promise<Plan> {
  const plan = await db.plans.get(id);
  if (!plan) throw new PlanNotFoundError();
  return plan;
}

async function update(db: CandorDB, id: string, change: (plan: Plan) => Plan): Promise<Plan> {
  return db.transaction('rw', db.plans, async () => {
    const next = planSchema.parse(change(await mustGet(db, id)));
    await db.plans.put(next);
    return next;
  });
}

export async function createPlan(
  db: CandorDB,
  input: { repId: string; snapshot: FactsSnapshot; content: PlanContent },
  clock: Clock = systemClock,
  ids: IdSource = randomId,
): Promise<Plan> {
  const plan = newDraftPlan({ id: ids(), repId: input.repId, snapshot: input.snapshot, content: input.content, now: clock() });
  await db.transaction('rw', [db.plans, db.planProgress], async () => {
    await db.plans.add(plan);
    await db.planProgress.put({ planId: plan.id, step: 'facts', visited: ['facts'], updatedAt: plan.createdAt });
  });
  return plan;
}

export function getPlan(db: CandorDB, id: string): Promise<Plan | undefined> {
  return db.plans.get(id);
}

export function listPlans(db: CandorDB, repId?: string): Promise<Plan[]> {
  return (repId ? db.plans.where('repId').equals(repId) : db.plans.toCollection()).reverse().sortBy('updatedAt');
}

/** Saves part of the plan's content (one wizard step's fields). Refused on a signed plan. */
export function savePlanContent(db: CandorDB, id: string, patch: Partial<PlanContent>, clock: Clock = systemClock): Promise<Plan> {
  return update(db, id, (plan) => {
    if (isReadOnly(plan)) throw new ReadOnlyPlanError();
    return { ...plan, content: planContentSchema.parse({ ...plan.content, ...patch }), updatedAt: clock().toISOString() };
  });
}

export function saveSignatures(db: CandorDB, id: string, signatures: Signature[], clock: Clock = systemClock): Promise<Plan> {
  return update(db, id, (plan) => {
    if (isReadOnly(plan)) throw new ReadOnlyPlanError();
    return { ...plan, signatures: signatures.map((s) => signatureSchema.parse(s)), updatedAt: clock().toISOString() };
  });
}

export function changeStatus(
  db: CandorDB,
  id: string,
  to: PlanStatus,
  outcome: PlanOutcome | null = null,
  clock: Clock = systemClock,
): Promise<Plan> {
  return update(db, id, (plan) => transition(plan, to, clock(), outcome));
}

/** Editing a signed plan: a new revision in draft; the signed copy is kept as it was. */
export function startRevision(db: CandorDB, id: string, clock: Clock = systemClock): Promise<Plan> {
  return update(db, id, (plan) => newRevision(plan, clock()));
}

/**
 * The manager chose to bring the plan's facts up to date: every suggestion they left as it was is
 * drafted again from `fresh` (the prefill for the new facts), their own words stay and are marked.
 * `fallbackBaseline` stands in for the baseline of plans made before it was kept.
 */
export async function refreshFacts(
  db: CandorDB,
  id: string,
  input: { snapshot: FactsSnapshot; fresh: PlanContent; fallbackBaseline: PlanContent; locale?: string },
  clock: Clock = systemClock,
): Promise<RefreshOutcome> {
  let outcome: RefreshOutcome | null = null;
  await update(db, id, (plan) => {
    if (isReadOnly(plan)) throw new ReadOnlyPlanError();
    const r = applyRefresh(plan, input.snapshot, input.fresh, input.fallbackBaseline, clock(), input.locale);
    outcome = r.outcome;
    return r.plan;
  });
  if (!outcome) throw new PlanNotFoundError();
  return outcome;
}

/** Undoes the last refresh of the facts, while nothing was changed since. */
export function undoFactsRefresh(db: CandorDB, id: string, locale?: string, clock: Clock = systemClock): Promise<Plan> {
  return update(db, id, (plan) => {
    const back = undoRefresh(plan, clock(), locale);
    if (!back) throw new Error('The plan has changed since the facts were updated, so that update can no longer be undone.');
    return back;
  });
}

/** Saves what a redraft drafted for some fields as their new baseline (the suggestions they now hold). */
export function saveBaseline(db: CandorDB, id: string, patch: Partial<PlanContent>): Promise<Plan> {
  return update(db, id, (plan) => ({ ...plan, baseline: planContentSchema.parse({ ...(plan.baseline ?? plan.content), ...patch }) }));
}

export function recordExport(
  db: CandorDB,
  id: string,
  file: Pick<PlanExport, 'kind' | 'fileName' | 'sha256'>,
  clock: Clock = systemClock,
  ids: IdSource = randomId,
): Promise<Plan> {
  return update(db, id, (plan) => {
    const at = clock().toISOString();
    const entry = planExportSchema.parse({ id: ids(), ...file, exportedAt: at, revision: plan.revision });
    return {
      ...plan,
      exports: [...plan.exports, entry],
      history: [...plan.history, { at, revision: plan.revision, event: 'export', detail: file.fileName }],
    };
  });
}

export function getProgress(db: CandorDB, planId: string): Promise<PlanProgress | undefined> {
  return db.planProgress.get(planId);
}

/** Remembers the step the manager is on; never touches the plan row. */
export async function saveProgress(db: CandorDB, planId: string, step: PlanStep, clock: Clock = systemClock): Promise<void> {
  await db.transaction('rw', db.planProgress, async () => {
    const current = await db.planProgress.get(planId);
    const visited = current ? [...new Set([...current.visited, step])] : [step];
    await db.planProgress.put({ planId, step, visited, updatedAt: clock().toISOString() });
  });
}

/** Records an HR review before the plan is issued: reviewer and date, also in the plan's history. */
export function saveHrReview(db: CandorDB, id: string, reviewer: string, date: string, locale?: string, clock: Clock = systemClock): Promise<Plan> {
  return update(db, id, (plan) => recordHrReview(plan, reviewer, date, clock(), locale));
}
