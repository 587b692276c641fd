// The script form's values and their schema. The form speaks text boxes (goals one per line,
// buyer-state marks as "decision: undecided", "" for "the next step"); the stored script is the
// shared schema, validated again on save.
import { z } from 'zod';
import { parseStateText, stateText } from '@shared/domain/roleplay';
import { buyerBranchSchema, buyerPersonaSchema, roleplayScriptSchema, rubricSchema, scriptStepSchema, type RoleplayScript } from '@shared/schemas';

const S = roleplayScriptSchema.shape;
const P = buyerPersonaSchema.shape;
const number = (inner: z.ZodNumber) => z.coerce.number<string>({ error: 'Enter a number' }).pipe(inner);
/** One item per line in a text box. */
const lines = (inner: z.ZodArray<z.ZodString>) =>
  z
    .string()
    .transform((t) =>
      t
        .split('\n')
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .pipe(inner);
/** Buyer-state marks typed as text. */
const marks = z.string().transform((t, ctx) => {
  const read = parseStateText(t);
  if (read.ok) return read.state;
  ctx.addIssue({ code: 'custom', message: read.message });
  return z.NEVER;
});
/** Where a line leads: "" is the next step in order. */
const leadsTo = z.string().transform((v) => (v === '' ? null : v));
const lineFields = { assumes: marks, sets: marks, next: leadsTo };

const formStep = z.object({
  ...scriptStepSchema.shape,
  ...lineFields,
  branches: z.array(z.object({ ...buyerBranchSchema.shape, ...lineFields })).max(6, 'At most 6 branches per step'),
});

export const formSchema = z.object({
  title: S.title,
  skill: S.skill,
  stage: S.stage,
  difficulty: S.difficulty,
  minutes: number(S.minutes),
  scenario: S.scenario,
  context: S.context,
  persona: z.object({ name: P.name, role: P.role, company: P.company, goals: lines(P.goals), temperament: P.temperament }),
  repObjective: S.repObjective,
  startState: marks,
  observerPrompts: lines(S.observerPrompts),
  steps: z.array(formStep).min(2, 'A script needs at least 2 steps').max(20, 'At most 20 steps'),
  criteria: rubricSchema.shape.criteria,
  passMark: number(rubricSchema.shape.passMark),
});
export type FormIn = z.input<typeof formSchema>;
export type FormOut = z.output<typeof formSchema>;
export type FormStep = FormIn['steps'][number];

export const newKey = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2, 8)}`;
const noMarks = { assumes: '', sets: '', next: '' };
export const emptyStep = (): FormStep => ({ id: newKey('step'), buyer: '', repAim: '', coachNote: '', branches: [], ...noMarks });
export const emptyBranch = (): FormStep['branches'][number] => ({ id: newKey('branch'), when: '', buyer: '', ...noMarks });
const emptyCriterion = () => ({ id: newKey('criterion'), name: '', anchors: { '1': '', '3': '', '5': '' } });

type Marked = { assumes?: Record<string, string>; sets?: Record<string, string>; next?: string | null };
const marksOf = (l: Marked) => ({ assumes: stateText(l.assumes), sets: stateText(l.sets), next: l.next ?? '' });

export function toForm(s: RoleplayScript | null): FormIn {
  if (!s)
    return {
      title: '',
      skill: 'closing',
      stage: 'opportunity-to-win',
      difficulty: 'intermediate',
      minutes: '10',
      scenario: '',
      context: '',
      persona: { name: '', role: '', company: '', goals: '', temperament: '' },
      repObjective: '',
      startState: '',
      observerPrompts: '',
      steps: [emptyStep(), emptyStep()],
      criteria: [emptyCriterion(), emptyCriterion(), emptyCriterion(), emptyCriterion()],
      passMark: '3.5',
    };
  return {
    ...s,
    minutes: String(s.minutes),
    persona: { ...s.persona, goals: s.persona.goals.join('\n') },
    startState: stateText(s.startState),
    steps: s.steps.map((st) => ({ ...st, ...marksOf(st), branches: st.branches.map((b) => ({ ...b, ...marksOf(b) })) })),
    observerPrompts: s.observerPrompts.join('\n'),
    criteria: s.rubric.criteria,
    passMark: String(s.rubric.passMark),
  };
}

export { emptyCriterion };
