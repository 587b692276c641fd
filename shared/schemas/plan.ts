// The plan row and its parts as zod schemas: the content a manager writes, its snapshot of the
// numbers, signatures, history and exports.
// long-module: one schema per part of a stored plan, read as a list; splitting it would scatter one row's shape over several files
import { z } from 'zod';
import { idSchema, isoDateSchema, isoDateTimeSchema, periodKeySchema, periodKindSchema } from './common';
import { metricUnitSchema, obstacleKindSchema, supportKindSchema } from './conversation';
import { verdictSchema, weakStageSchema } from './diagnosis';

// Plans, schema v3. A plan keeps a snapshot of the facts it was built on (a later import never
// changes what it says), the manager's content for each wizard step, its lifecycle and every
// revision and export. The wizard position lives outside the plan (planProgressSchema).

const text = (max: number) => z.string().max(max);

export const planStepSchema = z.enum([
  'facts',
  'expectations',
  'diagnosis',
  'talking-points',
  'questions',
  'pushback',
  'consequences-support',
  'action-plan',
  'development-plan',
  'review',
]);
export type PlanStep = z.infer<typeof planStepSchema>;
export const PLAN_STEPS = planStepSchema.options;

/** One metric as it stood when the plan was prepared. Unknown stays null, never zero. */
export const snapshotMetricSchema = z.object({
  key: z.string().min(1).max(60),
  label: text(120),
  unit: metricUnitSchema,
  higherIsBetter: z.boolean(),
  value: z.number().finite().nullable(),
  expectation: z.number().finite().nullable(),
  teamMedian: z.number().finite().nullable(),
  benchmark: z.number().finite().nullable(),
  benchmarkSource: z.enum(['expectation', 'team-median']).nullable(),
  /**
   * Whose number the benchmark is: the role's target, this rep's own target (an override), the
   * quota in the imported data, or the team median. Absent in older plans (then only
   * benchmarkSource tells expectation from team median).
   */
  benchmarkOrigin: z.enum(['role', 'rep', 'data', 'team-median']).nullable().optional(),
  /** The benchmark is a target the new-hire ramp scaled down. Absent in older plans. */
  rampAdjusted: z.boolean().optional(),
  /**
   * The peer group the team median comes from ("the role AE", "Dustin Brinkmann’s team"), as it
   * was when the plan was prepared: a later change of Settings never renames it. Absent in older plans.
   */
  peerGroup: text(200).optional(),
  /** value ÷ benchmark − 1; null when either is unknown. */
  gap: z.number().finite().nullable(),
  /** flow: summed over the window (the value is the window's total); level: a rate, average or stock. Absent in older plans. */
  basis: z.enum(['flow', 'level']).optional(),
});
export type SnapshotMetric = z.infer<typeof snapshotMetricSchema>;

export const factsSnapshotSchema = z.object({
  /** 'diagnosis': taken from the diagnosis engine; 'migrated': carried over from a v2 plan (text only). */
  source: z.enum(['diagnosis', 'migrated']),
  takenAt: isoDateTimeSchema,
  repName: text(200),
  roleLabel: text(60).nullable(),
  period: periodKeySchema.nullable(),
  periodKind: periodKindSchema.nullable(),
  /** The trailing window's periods, oldest first. */
  windowPeriods: z.array(periodKeySchema).max(60),
  verdict: verdictSchema,
  weakStage: weakStageSchema.nullable(),
  confidence: z.enum(['high', 'medium', 'low']).nullable(),
  overrideReason: text(2000).nullable(),
  rule: text(1000),
  /** Result ÷ target; below zero where won revenue is negative (refunds, corrections). */
  attainment: z.number().finite().nullable(),
  /** Headline figures over the trailing window (flow metrics summed over windowPeriods). */
  metrics: z.array(snapshotMetricSchema).max(60),
  /**
   * Plans prepared before one snapshot: the same figures for the single period. New snapshots
   * leave it empty; every figure of a plan comes from metrics (the window the Rep page showed).
   */
  periodMetrics: z.array(snapshotMetricSchema).max(60),
  /** The manager's gap threshold (Settings) when the snapshot was taken; absent in older plans (then 0.2). */
  gapThreshold: z.number().min(0.01).max(0.9).optional(),
  evidence: z.array(text(2000)).max(60),
  warnings: z.array(z.object({ id: text(60), kind: z.enum(['pattern', 'check-system']), title: text(300), detail: text(2000) })).max(30),
  /** A fingerprint of the numbers, to tell cheaply whether newer data differs. */
  fingerprint: text(200),
});
export type FactsSnapshot = z.infer<typeof factsSnapshotSchema>;

export const expectationItemSchema = z.object({
  id: idSchema,
  metricKey: z.string().max(60).nullable(),
  label: text(300),
  target: z.number().finite().nullable(),
  unit: metricUnitSchema.nullable(),
  note: text(1000),
});
export type ExpectationItem = z.infer<typeof expectationItemSchema>;

export const focusDiagnosisSchema = z.object({
  metricKey: z.string().max(60),
  gap: z.enum(['effort', 'skill', 'mixed', 'none']),
});

/** The conversation engine's support kinds, plus 'other' for what the manager writes (and v2 free text). */
export const planSupportKindSchema = z.enum([...supportKindSchema.options, 'other']);

/** A SMART action item: the metric it moves, from which baseline to which target, by when, who owns it. */
export const actionItemSchema = z.object({
  id: idSchema,
  action: text(1000),
  metricKey: z.string().max(60).nullable(),
  baseline: z.number().finite().nullable(),
  target: z.number().finite().nullable(),
  deadline: isoDateSchema.nullable(),
  owner: text(200),
  /** One line on why it was suggested (prefilled items only). */
  why: text(300).optional(),
});
export type ActionItem = z.infer<typeof actionItemSchema>;

export const developmentItemSchema = z.object({
  id: idSchema,
  skill: text(300),
  activities: z.array(text(500)).max(20),
  resources: z.array(text(500)).max(20),
  timeline: text(300),
  reviewDate: isoDateSchema.nullable(),
});
export type DevelopmentItem = z.infer<typeof developmentItemSchema>;

export const planContentSchema = z.object({
  managerName: text(200),
  /** Up to three metric keys the conversation is about. */
  focusAreas: z.array(z.string().max(60)).max(3),
  acknowledgements: text(3000),
  expectations: z.array(expectationItemSchema).max(30),
  diagnosis: z.object({
    verdict: verdictSchema,
    weakStage: weakStageSchema.nullable(),
    confirmed: z.boolean(),
    overrideReason: text(2000),
    perFocus: z.array(focusDiagnosisSchema).max(3),
    obstacles: z.array(z.object({ id: idSchema, kind: obstacleKindSchema, note: text(1000) })).max(10),
    /** The manager's own part to fix, per "check the system first" sign. */
    systemFixes: z.array(z.object({ id: idSchema, sign: text(300), ownPart: text(1000) })).max(10),
  }),
  talkingPoints: z
    .array(
      z.object({
        id: idSchema,
        text: text(2000),
        metricKey: z.string().max(60).nullable(),
        kind: z.enum(['activity', 'behaviour', 'result', 'acknowledge', 'own']),
        included: z.boolean(),
        why: text(300).optional(),
      }),
    )
    .max(60),
  questions: z.array(z.object({ id: idSchema, text: text(1000), gap: text(40), included: z.boolean(), why: text(300).optional() })).max(60),
  pushback: z
    .array(
      z.object({
        id: idSchema,
        objection: text(500),
        repLine: text(1000),
        approach: text(2000),
        included: z.boolean(),
        own: z.boolean(),
        why: text(300).optional(),
      }),
    )
    .max(60),
  consequences: text(3000),
  support: z.array(z.object({ id: idSchema, kind: planSupportKindSchema, text: text(1000) })).max(20),
  actionItems: z.array(actionItemSchema).max(50),
  milestones: z.array(z.object({ id: idSchema, date: isoDateSchema.nullable(), text: text(500) })).max(20),
  checkIns: z.object({ startDate: isoDateSchema.nullable(), everyDays: z.number().int().min(1).max(90), count: z.number().int().min(0).max(52) }),
  development: z.array(developmentItemSchema).max(20),
  reminders: z.array(text(500)).max(20),
  opening: text(2000),
  rehearsal: z.array(z.object({ objectionId: text(80), reply: text(2000) })).max(60),
  /** Names printed on the rep's document. */
  document: z.object({ company: text(200), team: text(200), hrName: text(200) }),
  meeting: z.object({
    date: isoDateSchema.nullable(),
    time: z.string().regex(/^$|^([01]\d|2[0-3]):[0-5]\d$/, 'Use the form HH:MM'),
    place: text(300),
    uninterrupted: z.boolean(),
    note: text(1000),
  }),
  /**
   * What HR expects beside the plan: guidance already given before it, the possible outcomes at
   * the end, the rep's written response, and a refusal to sign with its witness. Absent on older
   * plans (read as empty, with the standard outcomes).
   */
  hrRecord: z
    .object({
      priorGuidance: text(3000),
      outcomes: text(3000),
      repComments: text(3000),
      declined: z.object({ witness: text(200), date: isoDateSchema.nullable() }).nullable(),
    })
    .optional(),
});
export type PlanContent = z.infer<typeof planContentSchema>;

export const PLAN_STATUSES = ['draft', 'ready', 'held', 'signed', 'closed'] as const;
export const planStatusSchema = z.enum(PLAN_STATUSES);
export type PlanStatus = z.infer<typeof planStatusSchema>;
export const planOutcomeSchema = z.enum(['met', 'escalated', 'withdrawn']);
export type PlanOutcome = z.infer<typeof planOutcomeSchema>;

export const planExportSchema = z.object({
  id: idSchema,
  kind: z.enum(['plan-docx', 'guide-docx', 'print']),
  fileName: z.string().max(260),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable(),
  exportedAt: isoDateTimeSchema,
  revision: z.number().int().min(1),
});
export type PlanExport = z.infer<typeof planExportSchema>;

export const signatureSchema = z.object({
  role: z.enum(['rep', 'manager', 'hr']),
  name: text(200),
  date: isoDateSchema.nullable(),
  /** A drawn signature, PNG as base64. */
  pngBase64: z.string().max(2_000_000).nullable(),
  width: z.number().int().min(0).max(4000),
  height: z.number().int().min(0).max(4000),
});
export type Signature = z.infer<typeof signatureSchema>;

/** What was signed, frozen: never edited, only added to. */
export const signedSnapshotSchema = z.object({
  revision: z.number().int().min(1),
  signedAt: isoDateTimeSchema,
  content: planContentSchema,
  snapshot: factsSnapshotSchema,
  signatures: z.array(signatureSchema).max(3),
});
export type SignedSnapshot = z.infer<typeof signedSnapshotSchema>;

export const planSchema = z.object({
  id: idSchema,
  repId: idSchema,
  status: planStatusSchema,
  outcome: planOutcomeSchema.nullable(),
  revision: z.number().int().min(1),
  snapshot: factsSnapshotSchema,
  content: planContentSchema,
  signatures: z.array(signatureSchema).max(3),
  history: z
    .array(
      z.object({
        at: isoDateTimeSchema,
        revision: z.number().int().min(1),
        event: z.enum([
          'created',
          'status',
          'revision',
          'export',
          'facts-refreshed',
          'facts-restored',
          'hr-review',
          'migrated',
          // Follow-up: a check-in recorded or moved, the plan extended, flagged for escalation.
          'check-in',
          'check-in-moved',
          'extended',
          'escalation-flag',
        ]),
        detail: text(500),
      }),
    )
    .max(1000),
  signed: z.array(signedSnapshotSchema).max(100),
  exports: z.array(planExportSchema).max(500),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  /**
   * The prefill the content started from (at creation, or the last refresh): what still reads
   * as this is Candor's suggestion, anything else is the manager's. Absent on older plans (the
   * prefill of their facts is worked out again).
   */
  baseline: planContentSchema.optional(),
  /** After a refresh: the manager's fields and items kept as written, to check against the new facts. */
  toCheck: z.object({ fields: z.array(z.string().max(40)).max(20), items: z.array(idSchema).max(400) }).optional(),
  /** An HR review before the plan was issued (also in its history). */
  hrReview: z.object({ reviewer: text(200), date: isoDateSchema }).optional(),
  /** What the plan held before the last refresh of its facts, so it can be undone. */
  beforeRefresh: z
    .object({
      at: isoDateTimeSchema,
      snapshot: factsSnapshotSchema,
      content: planContentSchema,
      baseline: planContentSchema.optional(),
      toCheck: z.object({ fields: z.array(z.string().max(40)).max(20), items: z.array(idSchema).max(400) }).optional(),
    })
    .optional(),
});
export type Plan = z.infer<typeof planSchema>;

/** Where the manager is in the wizard: kept apart so moving between steps never rewrites the plan. */
export const planProgressSchema = z.object({
  planId: idSchema,
  step: planStepSchema,
  visited: z.array(planStepSchema).max(10),
  updatedAt: isoDateTimeSchema,
});
export type PlanProgress = z.infer<typeof planProgressSchema>;

export const itemStatusSchema = z.enum(['not-started', 'on-track', 'at-risk', 'off-track', 'met']);
export type ItemStatus = z.infer<typeof itemStatusSchema>;

/** What a check-in says of an action item: computed from pace, or the manager's word for it. */
export const progressStatusSchema = z.enum(['met', 'on-track', 'at-risk', 'off-track', 'not-measurable']);
export type ProgressStatus = z.infer<typeof progressStatusSchema>;

/** One action item as the check-in saw it: the numbers, the computed status and the manager's. */
export const checkInItemSchema = z.object({
  itemId: idSchema,
  action: text(1000),
  metricKey: z.string().max(60).nullable(),
  /** Carried forward from the last check-in (not met there, or added there as a new item). */
  carried: z.boolean(),
  baseline: z.number().finite().nullable(),
  current: z.number().finite().nullable(),
  target: z.number().finite().nullable(),
  expected: z.number().finite().nullable(),
  /** The status the pace rule gave; null when nothing was measured. */
  computed: progressStatusSchema.nullable(),
  /** The rule in words, with its numbers. */
  rule: text(1000),
  /** The manager's status when it differs from the computed one, with the reason. */
  status: progressStatusSchema.nullable(),
  reason: text(1000),
  /** The manager's word on the item, for the rep. */
  word: text(2000),
});
export type CheckInItem = z.infer<typeof checkInItemSchema>;

/** A check-in moved to another day, with why. */
export const checkInMoveSchema = z.object({ from: isoDateSchema, to: isoDateSchema, reason: text(500), at: isoDateTimeSchema });
export type CheckInMove = z.infer<typeof checkInMoveSchema>;

/** A role-play score or pass mark: an average from 1 to 5. */
const averageScore = z.number().min(1).max(5);

/**
 * One role-play assignment of the plan as the check-in saw it: the script, its pass mark and due
 * day, the sessions scored toward it since it was assigned and where it stood that day.
 */
export const checkInPracticeSchema = z.object({
  assignmentId: idSchema,
  planItemId: idSchema,
  /** The development item's skill as the plan named it; null when the item was no longer in the plan. */
  skill: text(300).nullable(),
  scriptTitle: text(120),
  passMark: averageScore,
  dueDate: isoDateSchema,
  /** Finished, fully scored sessions of the script with the rep since it was assigned. */
  sessions: z.number().int().min(0),
  /** The latest and the best average of those sessions; null when there were none. */
  latest: averageScore.nullable(),
  best: averageScore.nullable(),
  /** The day a session first reached the pass mark. */
  passedOn: isoDateSchema.nullable(),
  status: z.enum(['passed', 'open', 'overdue']),
});
export type CheckInPractice = z.infer<typeof checkInPracticeSchema>;

/** The facts the check-in was held with: the data it measured against, kept as it was. */
export const checkInFactsSchema = z.object({
  takenAt: isoDateTimeSchema,
  /** The day progress was measured as of. */
  asOf: isoDateSchema,
  /** The newest period of data it saw, and whether that period was still incomplete. */
  latestPeriod: periodKeySchema.nullable(),
  latestIncomplete: z.boolean(),
  /** Each measured item's values over the periods since the plan began, oldest first. */
  series: z
    .array(z.object({ itemId: idSchema, points: z.array(z.object({ period: periodKeySchema, value: z.number().finite().nullable() })).max(60) }))
    .max(100),
  /**
   * The role-play practice assigned from the plan, as it stood (empty: none was assigned). Absent
   * in check-ins recorded before it was kept: then nothing is known of it, which is not "none".
   */
  practice: z.array(checkInPracticeSchema).max(100).optional(),
});
export type CheckInFacts = z.infer<typeof checkInFactsSchema>;

/**
 * A check-in of a plan. Rows written before the follow-up work hold only the first fields; every
 * later field is optional so they still read. A row with no recordedAt is a draft (or a check-in
 * only moved so far); once recorded it is not changed again.
 */
export const checkInSchema = z.object({
  id: idSchema,
  planId: idSchema,
  repId: idSchema,
  dueDate: isoDateSchema,
  heldDate: isoDateSchema.nullable(),
  notes: text(5000),
  itemStatuses: z.array(z.object({ itemId: idSchema, status: itemStatusSchema })).max(100),
  wins: z.array(text(500)).max(50),
  /** Which of the plan's scheduled check-ins this is (0 = the first). */
  slot: z.number().int().min(0).max(200).optional(),
  moves: z.array(checkInMoveSchema).max(50).optional(),
  items: z.array(checkInItemSchema).max(100).optional(),
  /** Action items agreed at this check-in, beside the plan's own. */
  newItems: z.array(actionItemSchema).max(50).optional(),
  facts: checkInFactsSchema.optional(),
  recordedAt: isoDateTimeSchema.optional(),
  updatedAt: isoDateTimeSchema.optional(),
});
export type CheckIn = z.infer<typeof checkInSchema>;
