import { z } from 'zod';
import { idSchema, isoDateSchema, isoDateTimeSchema, periodKeySchema } from './common';
import { weakStageSchema } from './diagnosis';

/** Trimmed, non-empty text with a readable message and a size cap. */
const said = (max: number, what: string) => z.string().trim().min(1, `Write ${what}`).max(max, `Keep ${what} under ${max} characters`);

/** A slug-like key: lower-case letters, digits and dashes (stable in files and links). */
export const scriptKeySchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'Use lower-case letters, digits and dashes');

/** The sales skill a script trains. */
export const roleplaySkillSchema = z.enum([
  'prospecting',
  'gatekeeper',
  'discovery',
  'qualification',
  'demo',
  'objection-handling',
  'negotiation',
  'closing',
  'follow-up',
]);
export type RoleplaySkill = z.infer<typeof roleplaySkillSchema>;

export const difficultySchema = z.enum(['foundation', 'intermediate', 'advanced']);
export type Difficulty = z.infer<typeof difficultySchema>;

export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

export const rubricCriterionSchema = z.object({
  id: scriptKeySchema,
  name: said(120, 'the criterion'),
  /** Observable behaviour that earns a 1, a 3 and a 5. */
  anchors: z.object({
    '1': said(400, 'what a 1 looks like'),
    '3': said(400, 'what a 3 looks like'),
    '5': said(400, 'what a 5 looks like'),
  }),
});
export type RubricCriterion = z.infer<typeof rubricCriterionSchema>;

export const rubricSchema = z
  .object({
    criteria: z.array(rubricCriterionSchema).min(4, 'A rubric needs at least 4 criteria').max(8, 'A rubric has at most 8 criteria'),
    /** The average score (1–5) a session must reach to pass. */
    passMark: z
      .number()
      .min(SCORE_MIN, `The pass mark is an average from ${SCORE_MIN} to ${SCORE_MAX}`)
      .max(SCORE_MAX, `The pass mark is an average from ${SCORE_MIN} to ${SCORE_MAX}`)
      .multipleOf(0.1, 'Give the pass mark to one decimal'),
  })
  .superRefine((r, ctx) => uniqueIds(r.criteria, ['criteria'], 'criterion', ctx));
export type Rubric = z.infer<typeof rubricSchema>;

/**
 * What a buyer line takes as true, or makes true: "decision" → "undecided", "call" → "over".
 * Keys and values are short slugs; a test walks every path of every script and checks that no
 * line assumes something an earlier line on that path said otherwise.
 */
export const buyerStateSchema = z.record(scriptKeySchema, scriptKeySchema);
export type BuyerState = z.infer<typeof buyerStateSchema>;

/** Where the conversation goes after a line: the id of a later step, or END_OF_SCRIPT. */
export const END_OF_SCRIPT = 'end';
const nextSchema = scriptKeySchema.nullable().default(null);

/** Another way the buyer may answer at a step: the coach picks it when the rep's move calls for it. */
export const buyerBranchSchema = z.object({
  id: scriptKeySchema,
  /** When to use it, e.g. "The rep talks price before value". */
  when: said(300, 'when the coach uses this line'),
  buyer: said(1000, 'the buyer’s line'),
  /** What the buyer takes as true when saying this line. */
  assumes: buyerStateSchema.default({}),
  /** What the line makes true for the rest of the conversation. */
  sets: buyerStateSchema.default({}),
  /** The step this line leads to (a later one, or "end"); null = the next step in order. */
  next: nextSchema,
});
export type BuyerBranch = z.infer<typeof buyerBranchSchema>;

export const scriptStepSchema = z
  .object({
    id: scriptKeySchema,
    /** The buyer's line at this step. */
    buyer: said(1000, 'the buyer’s line'),
    /** What a good answer from the rep does here (both parties see it). */
    repAim: said(500, 'what the rep aims for'),
    /** For the observer only: what to watch for. Never in the rep's copy. */
    coachNote: z.string().trim().max(500).default(''),
    branches: z.array(buyerBranchSchema).max(6, 'At most 6 branches per step'),
    /** The main line's buyer state, as for a branch. */
    assumes: buyerStateSchema.default({}),
    sets: buyerStateSchema.default({}),
    next: nextSchema,
  })
  .superRefine((s, ctx) => uniqueIds(s.branches, ['branches'], 'branch', ctx));
export type ScriptStep = z.infer<typeof scriptStepSchema>;

export const buyerPersonaSchema = z.object({
  name: said(80, 'the buyer’s name'),
  role: said(120, 'the buyer’s role'),
  company: z.string().trim().max(200).default(''),
  goals: z.array(said(300, 'a goal')).min(1, 'Give the buyer at least one goal').max(6),
  temperament: said(500, 'the buyer’s temperament'),
});
export type BuyerPersona = z.infer<typeof buyerPersonaSchema>;

export const roleplayScriptSchema = z
  .object({
    id: scriptKeySchema,
    title: said(120, 'a title'),
    skill: roleplaySkillSchema,
    /** The funnel stage the skill moves: matches the diagnosis' weak stage. */
    stage: weakStageSchema,
    difficulty: difficultySchema,
    /** Suggested length of the role-play, in minutes. */
    minutes: z.number().int('Whole minutes').min(2, 'At least 2 minutes').max(60, 'At most 60 minutes'),
    scenario: said(2000, 'the scenario'),
    /** What the rep knows going in. */
    context: said(2000, 'the context'),
    persona: buyerPersonaSchema,
    repObjective: said(500, 'the rep’s objective'),
    /** The buyer's state as the role-play opens: the questions still open ("decision" → "undecided"). */
    startState: buyerStateSchema.default({}),
    steps: z.array(scriptStepSchema).min(2, 'A script needs at least 2 steps').max(20, 'At most 20 steps'),
    /** For the observer only: what to watch for across the session. */
    observerPrompts: z.array(said(500, 'a prompt')).min(1, 'Give the observer at least one prompt').max(10),
    rubric: rubricSchema,
    /** 'library' scripts ship with Candor and are read-only; copies and new scripts are 'custom'. */
    origin: z.enum(['library', 'custom']),
    updatedAt: isoDateTimeSchema.nullable(),
  })
  .superRefine((s, ctx) => {
    uniqueIds(s.steps, ['steps'], 'step', ctx);
    forwardLinks(s.steps, ctx);
  });
export type RoleplayScript = z.infer<typeof roleplayScriptSchema>;
export type RoleplayScriptInput = z.input<typeof roleplayScriptSchema>;

/** A script as a file to share with another coach. */
export const SCRIPT_FILE_FORMAT = 'candor-roleplay-script';
export const scriptFileSchema = z.object({
  format: z.literal(SCRIPT_FILE_FORMAT, { error: 'This is not a Candor role-play script file' }),
  version: z.literal(1, { error: 'This script file comes from a newer Candor' }),
  script: roleplayScriptSchema,
});
export type ScriptFile = z.infer<typeof scriptFileSchema>;

export const scoreSchema = z.number().int().min(SCORE_MIN).max(SCORE_MAX);

/** The buyer line the coach used at a step: null = the main line, else a branch id. */
export const sessionStepSchema = z.object({
  stepId: scriptKeySchema,
  branchId: scriptKeySchema.nullable(),
  note: z.string().max(2000),
});

export const roleplaySessionSchema = z.object({
  id: idSchema,
  scriptId: scriptKeySchema,
  /** The script as it was run: later edits never change a scored session. */
  script: roleplayScriptSchema,
  repId: idSchema,
  /** Day the session was held (YYYY-MM-DD). */
  date: isoDateSchema,
  status: z.enum(['in-progress', 'completed']),
  elapsedSeconds: z.number().int().min(0).max(86_400),
  /** Index of the step on screen. */
  currentStep: z.number().int().min(0),
  steps: z.array(sessionStepSchema).max(20),
  /** Scores by criterion id; a criterion not scored yet is absent, never zero. */
  scores: z.record(scriptKeySchema, scoreSchema),
  notes: z.string().max(5000),
  /** Optional link to a development-plan item this session works on. */
  planItemId: idSchema.nullable(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  completedAt: isoDateTimeSchema.nullable(),
});
export type RoleplaySession = z.infer<typeof roleplaySessionSchema>;

/**
 * Practice the manager sets from a development plan: a script to run with the rep, the average
 * that counts as a pass, and the day it is due. Sessions of that script count toward it.
 */
export const roleplayAssignmentSchema = z.object({
  id: idSchema,
  repId: idSchema,
  scriptId: scriptKeySchema,
  /** The script's title when assigned: still readable if the script is later deleted. */
  scriptTitle: z.string().trim().min(1).max(120),
  /** The development-plan item it serves, and its plan. */
  planId: idSchema,
  planItemId: idSchema,
  passMark: z
    .number()
    .min(SCORE_MIN, `The pass mark is an average from ${SCORE_MIN} to ${SCORE_MAX}`)
    .max(SCORE_MAX, `The pass mark is an average from ${SCORE_MIN} to ${SCORE_MAX}`)
    .multipleOf(0.1, 'Give the pass mark to one decimal'),
  dueDate: isoDateSchema,
  createdAt: isoDateTimeSchema,
});
export type RoleplayAssignment = z.infer<typeof roleplayAssignmentSchema>;

/** A 1–5 rating. */
const rating = z.number().int().min(1).max(5);

/**
 * The rep's own view of a period: their estimate of each metric the data holds for it, a 1–5
 * rating of each stage of the sale, what got in the way and the support they want. Filled on the
 * manager's laptop or in Word. Rows stored before these fields existed read with them empty.
 */
export const selfAssessmentSchema = z.object({
  id: idSchema,
  repId: idSchema,
  /** The day it was filled in. */
  date: isoDateSchema,
  /** The period the estimates are about; null in rows written before periods were asked. */
  period: periodKeySchema.nullable().default(null),
  /** The rep's estimate per metric key (a rate as a fraction: 0.18 for 18%). */
  estimates: z.record(z.string().max(60), z.number().finite().min(0)).default({}),
  /** 1–5 per stage of the sale (weak-stage keys). */
  stageRatings: z.record(z.string().max(60), rating).default({}),
  obstacles: z.string().max(3000).default(''),
  supportWanted: z.string().max(3000).default(''),
  /** When it was saved (absent in rows written before it was kept). */
  createdAt: isoDateTimeSchema.optional(),
  /** Where it was filled: on the manager's laptop or in the Word form. */
  via: z.enum(['laptop', 'word']).default('laptop'),
  /** Ratings 1–5 keyed by metric or skill name (the first version's fields, kept readable). */
  activityRatings: z.record(z.string().max(60), rating).default({}),
  skillRatings: z.record(z.string().max(60), rating).default({}),
  comments: z.string().max(5000).default(''),
});
export type SelfAssessment = z.infer<typeof selfAssessmentSchema>;

function uniqueIds(items: readonly { id: string }[], path: (string | number)[], what: string, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [...path, i, 'id'], message: `Two ${what}s share the id “${item.id}”` });
    seen.add(item.id);
  });
}

/** A line leads to a later step or to the end, never back: every conversation comes to an end. */
function forwardLinks(
  steps: readonly { id: string; next: string | null; branches: readonly { next: string | null }[] }[],
  ctx: z.RefinementCtx,
): void {
  const at = new Map(steps.map((s, i) => [s.id, i]));
  steps.forEach((step, i) => {
    if (step.id === END_OF_SCRIPT)
      ctx.addIssue({ code: 'custom', path: ['steps', i, 'id'], message: `“${END_OF_SCRIPT}” marks the end of the script: use another id` });
    const check = (next: string | null, path: (string | number)[]) => {
      if (next === null || next === END_OF_SCRIPT) return;
      const target = at.get(next);
      if (target === undefined) ctx.addIssue({ code: 'custom', path, message: `There is no step “${next}” to go to` });
      else if (target <= i) ctx.addIssue({ code: 'custom', path, message: `A line can only lead to a later step, not back to “${next}”` });
    };
    check(step.next, ['steps', i, 'next']);
    step.branches.forEach((b, j) => check(b.next, ['steps', i, 'branches', j, 'next']));
  });
}
