/**
 * Conversation content: pure code shared by the planner UI and the CLI.
 *
 *   coachWording(text, { metrics?, gapThreshold?, cite? }) → { tone, meter, flags }: spans that are too hard or too
 *     soft, each with its category named in why (categories.ts) and a rewrite citing the fact.
 *     Runs on every keystroke (bench B7); measured on the labelled corpus in corpus/.
 *   loadConversationBanks() → the shipped banks (resources/conversation/*.json), zod-validated;
 *     parseConversationBanks(raw) validates edited data and throws ConversationBankError.
 *   draftConversation(input, banks, { locale?, currency? }) → opening, talking points,
 *     questions, pushback, consequences, support, development, reminders, plan focus and
 *     activity floors, prefilled from the rep's numbers and diagnosis.
 *   summariseRehearsal(replies) → each reply coached, and which were too soft or too hard.
 */
export type {
  ConversationBanks,
  ConversationDraft,
  ConversationInput,
  ConversationMetric,
  DraftPushback,
  DraftQuestion,
  DraftTalkingPoint,
  MetricUnit,
  ObstacleKind,
  QuestionGap,
  SupportKind,
  TalkingPointKind,
  WordingFlag,
  WordingKind,
  WordingResult,
  WordingTone,
} from '@shared/schemas/conversation';
export type { CiteOptions, CoachContext } from './coach';
export { KIND_WEIGHT, coachWording, isHardKind, toneOf } from './coach';
export { ConversationBankError, RAW_BANKS, loadConversationBanks, parseConversationBanks } from './banks';
export type { DraftOptions } from './draft';
export { ACTIVITY_KEYS, BELOW_SHARE, RESULT_KEYS, draftConversation } from './draft';
export { MAX_POINTS, STAGE_KEYS, fillTemplate, metricKind } from './talking-points';
export type { NumberFormatOptions } from './format';
export { benchmarkSourceText, describeMetric, formatGap, formatValue, lowerIsBetter, metricGap, shortfall } from './format';
export type { RehearsalReply, RehearsalReplyResult, RehearsalSummary } from './rehearsal';
export { summariseRehearsal } from './rehearsal';
export { tokenize } from './tokenize';
export type { Sentence, Token } from './tokenize';
export type { FromDiagnosisOptions } from './from-diagnosis';
export { conversationInputFromDiagnosis, conversationMetrics, unitOfMetric } from './from-diagnosis';
