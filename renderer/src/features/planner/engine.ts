// The conversation engine as the planner uses it: every call into shared/domain/conversation
// goes through this file. The banks are parsed (zod) once, on first use.
import {
  coachWording,
  draftConversation,
  loadConversationBanks,
  summariseRehearsal,
  type ConversationBanks,
  type ConversationDraft,
  type ConversationInput,
  type ConversationMetric,
  type RehearsalSummary,
  type WordingFlag,
  type WordingResult,
} from '../../../../shared/domain/conversation';

export type { WordingFlag, WordingResult };
export type CoachMetric = ConversationMetric;

let banks: ConversationBanks | null = null;
const getBanks = () => (banks ??= loadConversationBanks());

export function coach(text: string, metrics?: readonly CoachMetric[]): WordingResult {
  return coachWording(text, metrics ? { metrics: [...metrics] } : {});
}

export function draft(input: ConversationInput): ConversationDraft | null {
  return draftConversation(input, getBanks());
}

export function rehearsalSummary(replies: { objectionId: string; reply: string }[], metrics?: readonly CoachMetric[]): RehearsalSummary {
  return summariseRehearsal(replies, metrics ? { metrics: [...metrics] } : {});
}
