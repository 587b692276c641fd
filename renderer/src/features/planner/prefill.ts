import { isoDay, onWorkingDay, prefillWithConversation } from '@shared/domain/plan';
import { startPlan, type PlanStart } from '@shared/app';
import type { RepDiagnosis } from '@shared/domain/diagnosis';
import { randomId } from '@shared/lib/ids';
import type { FactsSnapshot, PeriodKind, PlanContent } from '@shared/schemas';
import type { TextFormat } from '@shared/lib/format';
import { draft } from './engine';

/**
 * A new plan for a diagnosed rep, through the one use case the CLI also calls (shared/app):
 * snapshot of the window the Rep page shows, prefill with the conversation engine's draft.
 */
export function startPlanFor(
  d: RepDiagnosis,
  periodKind: PeriodKind | null,
  managerName: string,
  gapThreshold: number,
  format: TextFormat = {},
  now: () => Date = () => new Date(),
): PlanStart {
  return startPlan({ diagnosis: d, periodKind, managerName, gapThreshold, format }, { ids: randomId, now, draft: (input) => draft(input, format) });
}

/** A plan's content prefilled again from a stored snapshot (as startPlan does for a fresh one). */
export function prefillFromSnapshot(snapshot: FactsSnapshot, managerName: string, now: Date, format: TextFormat = {}): PlanContent {
  return prefillWithConversation({ snapshot, managerName, start: onWorkingDay(isoDay(now)), ids: randomId, format }, (input) => draft(input, format));
}
