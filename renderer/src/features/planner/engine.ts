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
  type CoachContext,
} from '@shared/domain/conversation';
import type { TextFormat } from '@shared/lib/format';
import { useMemo } from 'react';
import { useFormat } from '@renderer/ui/format';

export type { WordingFlag, WordingResult };
export type CoachMetric = ConversationMetric;
/**
 * What the coach knows of the rep: the plan's metrics and the gap threshold its facts were read
 * with, and how the plan writes a figure (its period, the rep's role, the manager's number format).
 */
export type CoachFacts = CoachContext;

let banks: ConversationBanks | null = null;
const getBanks = () => (banks ??= loadConversationBanks());

export function coach(text: string, facts?: CoachFacts): WordingResult {
  return coachWording(text, facts);
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

export function rehearsalSummary(replies: { objectionId: string; reply: string }[], facts?: CoachFacts): RehearsalSummary {
  return summariseRehearsal(replies, facts);
}
