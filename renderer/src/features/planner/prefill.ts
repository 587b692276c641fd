import { conversationInputFrom, isoDay, onWorkingDay, prefillContent } from '../../../../shared/domain/plan';
import { randomId } from '../../../../shared/lib/ids';
import type { FactsSnapshot, PlanContent } from '../../../../shared/schemas';
import { draft } from './engine';

/** A new plan's content: the pure prefill plus the conversation engine's draft for these facts. */
export function prefillFromSnapshot(snapshot: FactsSnapshot, managerName: string, now: Date): PlanContent {
  const start = onWorkingDay(isoDay(now));
  const base = prefillContent({ snapshot, managerName, start, ids: randomId, conversation: null });
  const conversation = draft(conversationInputFrom(snapshot, base));
  return conversation ? prefillContent({ snapshot, managerName, start, ids: randomId, conversation }) : base;
}
