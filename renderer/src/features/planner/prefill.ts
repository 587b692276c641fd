import { isoDay, onWorkingDay, prefillWithConversation } from '../../../../shared/domain/plan';
import { randomId } from '../../../../shared/lib/ids';
import type { FactsSnapshot, PlanContent } from '../../../../shared/schemas';
import type { TextFormat } from '../../../../shared/lib/format';
import { draft } from './engine';

/** A new plan's content: the pure prefill plus the conversation engine's draft for these facts. */
export function prefillFromSnapshot(snapshot: FactsSnapshot, managerName: string, now: Date, format: TextFormat = {}): PlanContent {
  return prefillWithConversation({ snapshot, managerName, start: onWorkingDay(isoDay(now)), ids: randomId, format }, (input) => draft(input, format));
}
