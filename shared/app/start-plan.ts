// Use case: start a plan for one diagnosed rep. The one way the app (Plans → New, Prepare a
// conversation) and `candor plan` build a plan: the rep's diagnosis for the chosen period and
// window → the facts snapshot → the prefill with the conversation engine's draft. Pure: the
// clock, the ids and the conversation engine are passed in.
import type { RepDiagnosis } from '../domain/diagnosis';
import { isoDay, onWorkingDay, prefillWithConversation, snapshotFromDiagnosis } from '../domain/plan';
import type { ConversationDraft, ConversationInput } from '../schemas/conversation';
import type { PeriodKind } from '../schemas/common';
import { factsSnapshotSchema, planContentSchema, type FactsSnapshot, type PlanContent } from '../schemas/plan';
import type { IdSource } from '../lib/ids';
import type { TextFormat } from '../lib/format';

export type StartPlanDeps = {
  ids: IdSource;
  now: () => Date;
  /** The conversation engine with its banks loaded (the app parses them once, the CLI on demand). */
  draft: (input: ConversationInput) => ConversationDraft | null;
};

export type StartPlanRequest = {
  /** The rep's diagnosis for the period and window the manager is looking at. */
  diagnosis: RepDiagnosis;
  periodKind: PeriodKind | null;
  managerName: string;
  /** The manager's gap threshold (Settings → diagnosis). */
  gapThreshold: number;
  /** The day the plan starts (milestones and check-ins count from it); default: today, moved to a working day. */
  start?: string | null | undefined;
  format?: TextFormat | undefined;
  document?: PlanContent['document'] | undefined;
};

export type PlanStart = { ok: true; snapshot: FactsSnapshot; content: PlanContent } | { ok: false; message: string };

const MAX_NAME = 200;

/**
 * What the diagnosis says, made storable: a name longer than a plan holds is shortened, and an
 * attainment below zero (negative won revenue) is kept as it is, since the schema allows it.
 */
function storable(d: RepDiagnosis): RepDiagnosis {
  const name = d.name.trim().replace(/\s+/gu, ' ');
  return name.length > MAX_NAME ? { ...d, name: `${name.slice(0, MAX_NAME - 1)}…` } : { ...d, name };
}

/** The first problem zod found, as a sentence a manager can read (no paths, no codes). */
function problemOf(what: string, issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  const first = issues[0];
  const where = first ? first.path.filter((p) => typeof p === 'string').join(' → ') : '';
  return `Candor could not prepare a plan from these facts: ${what}${where ? ` (${where})` : ''} does not fit a plan. Check the rep's figures on the Rep page.`;
}

export function startPlan(req: StartPlanRequest, deps: StartPlanDeps): PlanStart {
  const at = deps.now();
  const snapshot = snapshotFromDiagnosis(storable(req.diagnosis), req.periodKind, at, { gapThreshold: req.gapThreshold });
  const checked = factsSnapshotSchema.safeParse(snapshot);
  if (!checked.success) return { ok: false, message: problemOf('a figure', checked.error.issues) };
  const start = onWorkingDay(req.start ?? isoDay(at));
  const prefilled = prefillWithConversation(
    { snapshot: checked.data, managerName: req.managerName, start, ids: deps.ids, format: req.format ?? {} },
    deps.draft,
  );
  const content = req.document ? { ...prefilled, document: req.document } : prefilled;
  const valid = planContentSchema.safeParse(content);
  if (!valid.success) return { ok: false, message: problemOf('a prefilled text', valid.error.issues) };
  return { ok: true, snapshot: checked.data, content: valid.data };
}
