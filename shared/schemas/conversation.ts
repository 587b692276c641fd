// Conversation content: the planner's input (a rep's facts and diagnosis), the content banks
// shipped in resources/conversation/*.json, the generated draft, and the wording coach's output.
// long-module: zod schemas only, one per shape the planner reads or writes, read as a list
import { z } from 'zod';
import { verdictSchema, weakStageSchema } from './diagnosis';

const line = (max: number) => z.string().trim().min(1).max(max);

// ── input ────────────────────────────────────────────────────────────────────────────────

/** A genuine obstacle the manager recorded: it turns the plan toward support. */
export const obstacleKindSchema = z.enum(['territory-change', 'leave', 'lead-quality', 'tooling', 'other']);
export type ObstacleKind = z.infer<typeof obstacleKindSchema>;

export const metricUnitSchema = z.enum(['count', 'rate', 'money', 'days', 'ratio']);
export type MetricUnit = z.infer<typeof metricUnitSchema>;

/** One number the conversation may cite. Unknown is null, never zero. Rates are in [0, 1]. */
export const conversationMetricSchema = z
  .object({
    /** A MetricKey or a derived key of the diagnosis (e.g. winPerOpportunity). */
    key: z.string().min(1).max(60),
    label: line(120),
    value: z.number().finite().nullable(),
    benchmark: z.number().finite().nullable(),
    benchmarkSource: z.enum(['expectation', 'team-median']).nullable(),
    /** Where an expectation comes from (role target, rep's own, quota in the data, team median); absent in older inputs. */
    benchmarkOrigin: z.enum(['role', 'rep', 'data', 'team-median']).nullable().optional(),
    /** The target was scaled down by the new-hire ramp. */
    rampAdjusted: z.boolean().optional(),
    /** The peer group a team median comes from ("the role AE"); absent in older inputs. */
    peerGroup: line(200).optional(),
    unit: metricUnitSchema,
  })
  .refine(
    (m) =>
      m.unit !== 'rate' || ((m.value === null || (m.value >= 0 && m.value <= 1)) && (m.benchmark === null || (m.benchmark >= 0 && m.benchmark <= 1))),
    {
      message: 'A rate must lie between 0 and 1',
    },
  )
  .refine((m) => (m.benchmark === null) === (m.benchmarkSource === null), {
    message: 'A benchmark needs its source, and a source needs a benchmark',
  });
export type ConversationMetric = z.infer<typeof conversationMetricSchema>;

export const conversationInputSchema = z.object({
  repName: line(200),
  roleLabel: z.string().trim().max(60).nullable(),
  periodLabel: line(60),
  verdict: verdictSchema,
  weakStage: weakStageSchema.nullable(),
  /** Up to three metric keys (or labels) the manager chose to focus on; first is most important. */
  focusAreas: z.array(z.string().max(120)).max(3),
  metrics: z.array(conversationMetricSchema).max(60),
  /** Evidence sentences from the diagnosis, shown as they are. */
  evidence: z.array(z.string().max(1000)).max(40),
  obstacles: z.array(obstacleKindSchema).max(5),
  /** "Check the system first" signs (warning ids such as quota-above-team). */
  systemSigns: z.array(z.string().max(200)).max(20),
  /** The manager's gap threshold (Settings): a metric further than this short of its benchmark is a gap. Default 0.2. */
  gapThreshold: z.number().min(0.01).max(0.9).optional(),
});
export type ConversationInput = z.infer<typeof conversationInputSchema>;

// ── banks (resources/conversation/*.json) ───────────────────────────────────────────────

/** Placeholders a bank text may use; anything else in braces is rejected on load. */
export const BANK_PLACEHOLDERS = ['repName', 'firstName', 'periodLabel', 'label', 'value', 'benchmark', 'benchmarkSource', 'gap', 'cite'] as const;
export type BankPlaceholder = (typeof BANK_PLACEHOLDERS)[number];

const PLACEHOLDER_RE = /\{([^{}]*)\}/g;
const bankText = (max: number, allowed: readonly BankPlaceholder[] = BANK_PLACEHOLDERS) =>
  line(max).superRefine((s, ctx) => {
    for (const m of s.matchAll(PLACEHOLDER_RE)) {
      const name = m[1] ?? '';
      if (!(allowed as readonly string[]).includes(name)) {
        ctx.addIssue({ code: 'custom', message: `unknown placeholder {${name}} (allowed: ${allowed.join(', ')})` });
      }
    }
    if (/[{}]/.test(s.replace(PLACEHOLDER_RE, ''))) ctx.addIssue({ code: 'custom', message: 'unbalanced brace' });
  });

/**
 * What a bank text takes for granted in the data: a target someone set (a quota in the data or
 * an expectation), meetings, or calls and emails. A text whose need the rep's facts do not meet
 * is left out of the draft.
 */
export const dataNeedSchema = z.enum(['targets', 'meetings', 'calls']);
export type DataNeed = z.infer<typeof dataNeedSchema>;

const bankId = z.string().regex(/^[a-z0-9][a-z0-9-]{1,59}$/, 'ids are lower-case words joined by hyphens');
export const talkingPointKindSchema = z.enum(['activity', 'behaviour', 'result', 'acknowledge']);
export type TalkingPointKind = z.infer<typeof talkingPointKindSchema>;

/** A metric-bound sentence: "{label} was {value} in {periodLabel}, against {benchmarkSource} of {benchmark} ({gap})…". */
export const talkingPointTemplateSchema = z.object({
  id: bankId,
  kind: talkingPointKindSchema,
  /** The metric keys this template speaks about; "*" matches any key (a generic fallback). */
  metricKeys: z.array(z.string().min(1).max(60)).min(1),
  /** below: the metric is short of its benchmark; meets: at or better than it. */
  when: z.enum(['below', 'meets']),
  text: bankText(600),
});

export const questionGapSchema = z.enum(['effort', 'skill', 'obstacle', 'system', 'on-track', 'insufficient-data', 'general']);
export type QuestionGap = z.infer<typeof questionGapSchema>;
export const questionTemplateSchema = z.object({
  id: bankId,
  gap: questionGapSchema,
  /** For skill questions: the stage it probes; null = any stage. */
  stage: weakStageSchema.nullable(),
  /** effort questions: obstacles, time or priorities. */
  topic: z.enum(['obstacles', 'time', 'priorities', 'stage', 'self-assessment', 'support', 'data', 'opening']),
  text: bankText(400, ['repName', 'firstName', 'periodLabel']),
  needs: z.array(dataNeedSchema).default([]),
});

export const objectionTemplateSchema = z.object({
  id: bankId,
  /** Short name of the objection, shown to the manager. */
  objection: line(120),
  /** As the rep might say it, for rehearsal. */
  repLine: bankText(400, []),
  /** The fact-based way to answer; {cite} is filled with this rep's most relevant number. */
  approach: bankText(800),
  /** Used when no relevant number is known: never a made-up figure. */
  approachWithoutNumbers: bankText(800, ['repName', 'firstName', 'periodLabel']),
  /** Metric keys to cite, most relevant first. */
  metricKeys: z.array(z.string().min(1).max(60)),
  /** The diagnoses this objection is likely under; all five = universal. */
  verdicts: z.array(verdictSchema).min(1),
  /** More likely when one of these obstacles is recorded. */
  obstacles: z.array(obstacleKindSchema),
  needs: z.array(dataNeedSchema).default([]),
});

export const supportKindSchema = z.enum(['coaching', 'training', 'ride-along', 'role-play', 'tools', 'mentoring']);
export type SupportKind = z.infer<typeof supportKindSchema>;
export const supportTemplateSchema = z.object({
  id: bankId,
  kind: supportKindSchema,
  verdicts: z.array(verdictSchema),
  obstacles: z.array(obstacleKindSchema),
  /** For stage-specific support; null = any stage. */
  stage: weakStageSchema.nullable(),
  text: bankText(500, ['repName', 'firstName', 'periodLabel']),
});

/** A text chosen by diagnosis, with or without a recorded obstacle (openings, consequences). */
const byDiagnosisText = (max: number) =>
  z.object({
    id: bankId,
    verdicts: z.array(verdictSchema).min(1),
    /** true: used when an obstacle is recorded (support first). */
    withObstacle: z.boolean(),
    text: bankText(max, ['repName', 'firstName', 'periodLabel']),
  });

export const consequenceTemplateSchema = byDiagnosisText(800);

export const developmentTemplateSchema = z.object({
  id: bankId,
  /** The weak stage this builds; "effort" for the routine behind activity levels. */
  stage: z.union([weakStageSchema, z.literal('effort')]),
  skill: line(200),
  activities: z.array(line(400)).min(1).max(10),
  resources: z.array(line(400)).min(1).max(10),
});

export const reminderTemplateSchema = z.object({
  id: bankId,
  /** Empty = always; else only for these diagnoses. */
  verdicts: z.array(verdictSchema),
  text: bankText(400, ['repName', 'firstName']),
});

export const openingTemplateSchema = byDiagnosisText(600);

/** A "check the system first" sign (a warning id of the diagnosis) and the manager's own part to check. */
export const systemCheckTemplateSchema = z.object({
  id: bankId,
  area: z.enum(['hiring', 'onboarding', 'territory', 'quota', 'coaching', 'tooling']),
  text: bankText(500, []),
});

const uniqueIds = <T extends { id: string }>(items: T[], ctx: z.RefinementCtx) => {
  const seen = new Set<string>();
  for (const [i, it] of items.entries()) {
    if (seen.has(it.id)) ctx.addIssue({ code: 'custom', message: `duplicate id "${it.id}"`, path: [i, 'id'] });
    seen.add(it.id);
  }
};

export const conversationBanksSchema = z.object({
  talkingPoints: z.array(talkingPointTemplateSchema).min(1).superRefine(uniqueIds),
  questions: z.array(questionTemplateSchema).min(1).superRefine(uniqueIds),
  pushback: z.array(objectionTemplateSchema).min(20, 'the pushback library needs at least 20 objections').superRefine(uniqueIds),
  support: z.array(supportTemplateSchema).min(1).superRefine(uniqueIds),
  consequences: z.array(consequenceTemplateSchema).min(1).superRefine(uniqueIds),
  development: z.array(developmentTemplateSchema).min(1).superRefine(uniqueIds),
  reminders: z.array(reminderTemplateSchema).min(1).superRefine(uniqueIds),
  openings: z.array(openingTemplateSchema).min(1).superRefine(uniqueIds),
  systemChecks: z.array(systemCheckTemplateSchema).superRefine(uniqueIds),
});
export type ConversationBanks = z.infer<typeof conversationBanksSchema>;

// ── the draft ────────────────────────────────────────────────────────────────────────────

/** why: one line on why the draft suggests the item. */
export const draftTalkingPointSchema = z.object({
  id: z.string(),
  text: z.string(),
  metricKey: z.string().nullable(),
  kind: talkingPointKindSchema,
  why: z.string(),
});
export const draftQuestionSchema = z.object({ id: z.string(), text: z.string(), gap: questionGapSchema, why: z.string() });
export const draftPushbackSchema = z.object({ id: z.string(), objection: z.string(), repLine: z.string(), approach: z.string(), why: z.string() });
export const draftSupportSchema = z.object({ kind: supportKindSchema, text: z.string() });
export const draftDevelopmentSchema = z.object({ skill: z.string(), activities: z.array(z.string()), resources: z.array(z.string()) });
export const activityFloorSchema = z.object({
  metricKey: z.string(),
  label: z.string(),
  floor: z.number().finite(),
  current: z.number().finite().nullable(),
});

export const conversationDraftSchema = z.object({
  opening: z.string(),
  talkingPoints: z.array(draftTalkingPointSchema),
  questions: z.array(draftQuestionSchema),
  pushback: z.array(draftPushbackSchema),
  consequences: z.string(),
  support: z.array(draftSupportSchema),
  development: z.array(draftDevelopmentSchema),
  reminders: z.array(z.string()),
  /** Which parts of the plan this diagnosis calls for. */
  focus: z.object({
    actionPlan: z.boolean(),
    developmentPlan: z.boolean(),
    supportPlan: z.boolean(),
    /** Effort gaps are followed up weekly; otherwise every two weeks. */
    checkIns: z.enum(['weekly', 'fortnightly']),
  }),
  /** The manager's own part to check first, one per "check the system" sign in the input. */
  systemChecks: z.array(z.object({ sign: z.string(), area: z.string(), text: z.string() })),
  /** Activity floors for an effort gap: the benchmark of each activity metric that is short (never invented). */
  activityFloors: z.array(activityFloorSchema),
});
export type ConversationDraft = z.infer<typeof conversationDraftSchema>;
export type DraftTalkingPoint = z.infer<typeof draftTalkingPointSchema>;
export type DraftQuestion = z.infer<typeof draftQuestionSchema>;
export type DraftPushback = z.infer<typeof draftPushbackSchema>;

// ── wording coach ───────────────────────────────────────────────────────────────────────

export const WORDING_HARD_KINDS = [
  'personal',
  'absolute',
  'loaded',
  'blame',
  'sarcasm',
  'shouting',
  'threat',
  'contempt',
  'intent',
  'comparison',
  'rhetorical',
] as const;
export const WORDING_SOFT_KINDS = ['hedge', 'apology', 'minimising', 'vague', 'deflecting', 'permission'] as const;
export const wordingKindSchema = z.enum([...WORDING_HARD_KINDS, ...WORDING_SOFT_KINDS]);
export type WordingKind = z.infer<typeof wordingKindSchema>;
export const wordingToneSchema = z.enum(['too-hard', 'too-soft', 'balanced']);
export type WordingTone = z.infer<typeof wordingToneSchema>;

export const wordingFlagSchema = z.object({
  /** UTF-16 offsets into the text: text.slice(start, end) is the flagged span. */
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  kind: wordingKindSchema,
  severity: z.enum(['too-hard', 'too-soft']),
  why: z.string(),
  suggestion: z.string(),
});
export type WordingFlag = z.infer<typeof wordingFlagSchema>;

export const wordingResultSchema = z.object({
  tone: wordingToneSchema,
  /** −1 (too soft) … 0 (balanced) … +1 (too hard). */
  meter: z.number().min(-1).max(1),
  flags: z.array(wordingFlagSchema),
});
export type WordingResult = z.infer<typeof wordingResultSchema>;

// ── rehearsal ───────────────────────────────────────────────────────────────────────────

export const rehearsalReplySchema = z.object({ objectionId: z.string().min(1).max(60), reply: z.string().max(4000) });
export type RehearsalReply = z.infer<typeof rehearsalReplySchema>;

export const rehearsalReplyResultSchema = rehearsalReplySchema.extend({
  tone: wordingToneSchema,
  meter: z.number().min(-1).max(1),
  flags: z.array(wordingFlagSchema),
});
export type RehearsalReplyResult = z.infer<typeof rehearsalReplyResultSchema>;

export const rehearsalSummarySchema = z.object({
  replies: z.array(rehearsalReplyResultSchema),
  totals: z.object({
    count: z.number().int().min(0),
    /** Objection ids, in the order replied. */
    tooHard: z.array(z.string()),
    tooSoft: z.array(z.string()),
    balanced: z.array(z.string()),
    /** Replies left empty: not judged. */
    empty: z.array(z.string()),
  }),
});
export type RehearsalSummary = z.infer<typeof rehearsalSummarySchema>;
