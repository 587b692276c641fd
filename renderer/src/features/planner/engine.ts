// The conversation engine as the planner uses it. Every call into shared/domain/conversation
// goes through this file.
import type { ConversationDraftLike, ConversationInputLike } from '../../../../shared/domain/plan';

export type WordingKind = string;
export type WordingFlag = { start: number; end: number; kind: WordingKind; severity: 'too-hard' | 'too-soft'; why: string; suggestion: string };
export type WordingResult = { tone: 'too-hard' | 'too-soft' | 'balanced'; meter: number; flags: WordingFlag[] };
export type CoachMetric = ConversationInputLike['metrics'][number];

// TEMPORARY until the conversation engine (branch h-conv) is merged: neutral results.
export function coach(_text: string, _metrics?: readonly CoachMetric[]): WordingResult {
  return { tone: 'balanced', meter: 0, flags: [] };
}

export function draft(_input: ConversationInputLike): ConversationDraftLike | null {
  return null;
}

export type RehearsalLine = { objectionId: string; tone: WordingResult['tone']; flags: WordingFlag[] };
export function rehearsalSummary(replies: { objectionId: string; reply: string }[]): {
  lines: RehearsalLine[];
  tooSoft: string[];
  tooHard: string[];
} {
  const lines = replies.map((r) => ({ objectionId: r.objectionId, ...coach(r.reply) }));
  return {
    lines,
    tooSoft: lines.filter((l) => l.tone === 'too-soft').map((l) => l.objectionId),
    tooHard: lines.filter((l) => l.tone === 'too-hard').map((l) => l.objectionId),
  };
}
