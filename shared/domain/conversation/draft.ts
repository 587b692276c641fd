// From a rep's facts and diagnosis to prefilled conversation content. Every number in the text
// comes from input.metrics; a template whose number is unknown is skipped, never filled in.
import type {
  ConversationBanks,
  ConversationDraft,
  ConversationInput,
  ConversationMetric,
  DraftPushback,
  DraftQuestion,
  QuestionGap,
} from '@shared/schemas/conversation';
import type { Verdict, WeakStage } from '@shared/schemas/diagnosis';
import type { NumberFormatOptions } from './format';
import { ACTIVITY_KEYS, RESULT_KEYS } from '../metrics';
import { describeMetric } from './format';
import { fitsData, isGap, pushbackWhy, questionWhy, thresholdOf } from './fit';
import { fillTemplate, talkingPoints, textVars } from './talking-points';
import { STAGE_PHRASES } from '../diagnosis/vocabulary';

/**
 * Kept for callers that name it: the share a metric once had to be short to be talked about.
 * Since the draft reads the manager's gap threshold (input.gapThreshold), a metric is talked
 * about as "below" only when it is a gap by the diagnosis's rule (fit.ts).
 */
export const BELOW_SHARE = 0.05;
export { ACTIVITY_KEYS, RESULT_KEYS };

/** The question banks each diagnosis draws on. */
const QUESTION_GAPS: Record<Verdict, QuestionGap[]> = {
  effort: ['effort'],
  skill: ['skill'],
  mixed: ['effort', 'skill'],
  'on-track': ['on-track'],
  'insufficient-data': ['insufficient-data'],
};
const questionGaps = (input: ConversationInput): QuestionGap[] => [
  ...(input.systemSigns.length ? ['system' as const] : []),
  ...(input.obstacles.length ? ['obstacle' as const] : []),
  ...QUESTION_GAPS[input.verdict],
];

function questions(input: ConversationInput, banks: ConversationBanks): DraftQuestion[] {
  const vars = textVars(input);
  const gaps = questionGaps(input);
  const fits = (q: ConversationBanks['questions'][number]) =>
    q.gap !== 'skill' ||
    q.stage === null ||
    input.weakStage === null ||
    q.stage === input.weakStage ||
    (input.verdict === 'mixed' && q.stage === 'prospecting');
  const fitting = banks.questions.filter((q) => fitsData(input, q.needs));
  const chosen = [
    ...fitting.filter((q) => q.gap === 'general' && q.topic === 'opening'),
    ...gaps.flatMap((g) => fitting.filter((q) => q.gap === g && fits(q))),
    ...fitting.filter((q) => q.gap === 'general' && q.topic !== 'opening'),
  ];
  const out: DraftQuestion[] = [];
  for (const q of chosen) {
    const text = fillTemplate(q.text, vars);
    const why = questionWhy(q.gap, q.stage, (st) => STAGE_PHRASES[st]);
    if (text && !out.some((o) => o.id === q.id)) out.push({ id: q.id, text, gap: q.gap, why });
  }
  return out;
}

/**
 * The number an answer should cite: of the objection's own keys (the numbers that answer it),
 * the first that is a gap, else the first known at all; none when the objection names no key
 * (an emotion is not answered with a number) or the data has none of them.
 */
function citeFor(keys: readonly string[], input: ConversationInput, threshold: number, fmt: NumberFormatOptions): string | null {
  const known = keys.map((k) => input.metrics.find((m) => m.key === k && m.value !== null)).filter((m): m is ConversationMetric => m !== undefined);
  const m = known.find((x) => isGap(x, threshold)) ?? known[0];
  return m ? describeMetric(m, { ...fmt, roleLabel: input.roleLabel, periodLabel: input.periodLabel }) : null;
}

const ALL_VERDICTS = 5;

function pushback(input: ConversationInput, banks: ConversationBanks, fmt: NumberFormatOptions): DraftPushback[] {
  const vars = textVars(input);
  const threshold = thresholdOf(input);
  const short = new Set(input.metrics.filter((m) => m.value !== null && isGap(m, threshold)).map((m) => m.key));
  // Most likely first: a recorded obstacle's objections; then those specific to this diagnosis
  // that touch one of this rep's gaps; then the rest (including silence, tears, anger), in bank order.
  const tier = (o: ConversationBanks['pushback'][number]): 0 | 1 | 2 =>
    o.obstacles.some((k) => input.obstacles.includes(k)) ? 0 : o.verdicts.length < ALL_VERDICTS && o.metricKeys.some((k) => short.has(k)) ? 1 : 2;
  const gapLabel = (o: ConversationBanks['pushback'][number]) =>
    input.metrics.find((m) => o.metricKeys.includes(m.key) && short.has(m.key))?.label ?? null;
  const chosen = banks.pushback
    .filter((o) => fitsData(input, o.needs) && (o.verdicts.includes(input.verdict) || tier(o) === 0))
    .map((o, i) => ({ o, i, t: tier(o) }))
    .sort((a, b) => a.t - b.t || a.i - b.i);
  const out: DraftPushback[] = [];
  for (const { o, t } of chosen) {
    const cite = citeFor(o.metricKeys, input, threshold, fmt);
    const approach = (cite ? fillTemplate(o.approach, { ...vars, cite }) : null) ?? fillTemplate(o.approachWithoutNumbers, vars);
    if (approach) out.push({ id: o.id, objection: o.objection, repLine: o.repLine, approach, why: pushbackWhy(t, gapLabel(o)) });
  }
  return out;
}

function byVerdictAndObstacle<T extends { verdicts: Verdict[]; withObstacle: boolean }>(
  items: readonly T[],
  input: ConversationInput,
): T | undefined {
  const withObstacle = input.obstacles.length > 0;
  return (
    items.find((x) => x.withObstacle === withObstacle && x.verdicts.includes(input.verdict)) ??
    items.find((x) => !x.withObstacle && x.verdicts.includes(input.verdict))
  );
}

export type DraftOptions = NumberFormatOptions;

export function draftConversation(input: ConversationInput, banks: ConversationBanks, opts: DraftOptions = {}): ConversationDraft {
  const v = input.verdict;
  const vars = textVars(input);
  const effortSide = v === 'effort' || v === 'mixed';
  const skillSide = v === 'skill' || v === 'mixed';

  const points = talkingPoints(input, banks, opts);

  const opening = fillTemplate(byVerdictAndObstacle(banks.openings, input)?.text ?? '', vars) ?? '';
  const consequences = fillTemplate(byVerdictAndObstacle(banks.consequences, input)?.text ?? '', vars) ?? '';

  const support = [
    ...input.obstacles.flatMap((k) => banks.support.filter((s) => s.obstacles.includes(k))),
    ...banks.support.filter((s) => s.verdicts.includes(v) && (s.stage === null || s.stage === input.weakStage)),
  ]
    .filter((s, i, all) => all.indexOf(s) === i)
    .map((s) => ({ kind: s.kind, text: fillTemplate(s.text, vars) ?? s.text }));

  const devStages: (WeakStage | 'effort')[] = [];
  if (effortSide) devStages.push('effort');
  if (skillSide && input.weakStage) devStages.push(input.weakStage);
  const development = devStages
    .map((s) => banks.development.find((d) => d.stage === s))
    .filter((d): d is ConversationBanks['development'][number] => d !== undefined)
    .map((d) => ({ skill: d.skill, activities: [...d.activities], resources: [...d.resources] }));

  const reminders = banks.reminders
    .filter((r) => r.verdicts.length === 0 || r.verdicts.includes(v))
    .map((r) => fillTemplate(r.text, vars))
    .filter((t): t is string => t !== null);

  const activityFloors = effortSide
    ? input.metrics
        .filter((m) => ACTIVITY_KEYS.has(m.key) && m.benchmark !== null && isGap(m, thresholdOf(input)))
        .map((m) => ({ metricKey: m.key, label: m.label, floor: m.benchmark as number, current: m.value }))
    : [];

  return {
    opening,
    talkingPoints: points,
    questions: questions(input, banks),
    pushback: pushback(input, banks, opts),
    consequences,
    support,
    development,
    reminders,
    focus: {
      actionPlan: effortSide,
      developmentPlan: skillSide,
      supportPlan: input.obstacles.length > 0,
      checkIns: effortSide ? 'weekly' : 'fortnightly',
    },
    activityFloors,
    systemChecks: input.systemSigns.flatMap((sign) => {
      const c = banks.systemChecks.find((x) => x.id === sign);
      // A sign the bank does not know is still shown, never dropped.
      return [
        c ? { sign, area: c.area, text: c.text } : { sign, area: 'other', text: `Check the set-up behind the sign "${sign}" before the meeting.` },
      ];
    }),
  };
}
