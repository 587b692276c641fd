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
} from '@shared/domain/conversation';
import type { TextFormat } from '@shared/lib/format';
import { useMemo } from 'react';
import { useFormat } from '@renderer/ui/format';

export type { WordingFlag, WordingResult };
export type CoachMetric = ConversationMetric;

let banks: ConversationBanks | null = null;
const getBanks = () => (banks ??= loadConversationBanks());

export function coach(text: string, metrics?: readonly CoachMetric[]): WordingResult {
  return coachWording(text, metrics ? { metrics: [...metrics] } : {});
}

/** The draft for this input; its numbers and money are written in `format` (the manager's setting; default en-US, no symbol). */
export function draft(input: ConversationInput, format: TextFormat = {}): ConversationDraft | null {
  return draftConversation(input, getBanks(), format);
}

/** The manager's locale and currency (Settings → Number format), for the texts the planner drafts. */
export function useTextFormat(): { locale: string; currency: string } {
  const { locale, currency } = useFormat();
  return useMemo(() => ({ locale, currency }), [locale, currency]);
}

export function rehearsalSummary(replies: { objectionId: string; reply: string }[], metrics?: readonly CoachMetric[]): RehearsalSummary {
  return summariseRehearsal(replies, metrics ? { metrics: [...metrics] } : {});
}
