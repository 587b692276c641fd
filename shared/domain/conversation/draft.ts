// From a rep's facts and diagnosis to prefilled conversation content. Every number in the text
// comes from input.metrics; a template whose number is unknown is skipped, never filled in.
import type {
  ConversationBanks,
  ConversationDraft,
  ConversationInput,
  ConversationMetric,
  DraftPushback,
  DraftQuestion,
  DraftTalkingPoint,
  QuestionGap,
  TalkingPointKind,
} from '@shared/schemas/conversation';
import type { Verdict, WeakStage } from '@shared/schemas/diagnosis';
import type { NumberFormatOptions } from './format';
import { ACTIVITY_KEYS, RESULT_KEYS, familyOf, roleOf, stageMetrics } from '../metrics';
import { benchmarkSourceText, describeMetric, formatGap, formatValue, metricGap, shortfall } from './format';
import { fitsData, isGap, pushbackWhy, questionWhy, talkingPointWhy, thresholdOf } from './fit';
import { STAGE_PHRASES } from '../diagnosis/vocabulary';

/**
 * Kept for callers that name it: the share a metric once had to be short to be talked about.
 * Since the draft reads the manager's gap threshold (input.gapThreshold), a metric is talked
 * about as "below" only when it is a gap by the diagnosis's rule (fit.ts).
 */
export const BELOW_SHARE = 0.05;
/** At most this many points besides the acknowledgements (focus areas always get theirs). */
export const MAX_POINTS = 5;

export { ACTIVITY_KEYS, RESULT_KEYS };
/** The metrics that show each weak stage (the metric catalogue's stage). */
export const STAGE_KEYS: Record<WeakStage, string[]> = {
  prospecting: stageMetrics('prospecting'),
  'meeting-to-opportunity': stageMetrics('meeting-to-opportunity'),
  'opportunity-to-win': stageMetrics('opportunity-to-win'),
  'deal-size': stageMetrics('deal-size'),
  'cycle-length': stageMetrics('cycle-length'),
};
/**
 * Targets and timing (the catalogue's not-judged metrics), and a count of losses, which the win
 * rate says better: never a talking point of their own.
 */
const isNotTalked = (key: string) => roleOf(key) === 'not-judged' || key === 'dealsLost';
/** Keys of one catalogue family say the same thing: only one of each is talked about (the most relevant, then the furthest short). */
const groupOf = familyOf;

export function metricKind(key: string): Exclude<TalkingPointKind, 'acknowledge'> {
  if (ACTIVITY_KEYS.has(key)) return 'activity';
  if (RESULT_KEYS.has(key)) return 'result';
  return 'behaviour';
}

type Vars = Partial<Record<string, string>>;
/** Fills {placeholders}; null when one has no value (the template is then not used). */
export function fillTemplate(text: string, vars: Vars): string | null {
  let missing = false;
  const out = text.replace(/\{([a-zA-Z]+)\}/g, (_, name: string) => {
    const v = vars[name];
    if (v === undefined || v === '') {
      missing = true;
      return '';
    }
    return v;
  });
  return missing ? null : out;
}

function metricVars(input: ConversationInput, m: ConversationMetric, fmt: NumberFormatOptions): Vars {
  return {
    ...textVars(input),
    label: m.label,
    ...(m.value !== null ? { value: formatValue(m.value, m.unit, fmt) } : {}),
    // Said to the rep: "against your own target", "against the AE target", "against the team median".
    ...(m.benchmark !== null
      ? { benchmark: formatValue(m.benchmark, m.unit, fmt), benchmarkSource: benchmarkSourceText(m, { roleLabel: input.roleLabel, voice: 'rep' }) }
      : {}),
    ...(metricGap(m) !== null ? { gap: formatGap(metricGap(m), fmt.locale) } : {}),
  };
}

const isFocus = (input: ConversationInput, m: ConversationMetric) => {
  const wanted = input.focusAreas.map((f) => f.trim().toLowerCase());
  return wanted.includes(m.key.toLowerCase()) || wanted.includes(m.label.trim().toLowerCase());
};

type Scored = { m: ConversationMetric; short: number };

function talkingPoints(input: ConversationInput, banks: ConversationBanks, fmt: NumberFormatOptions): DraftTalkingPoint[] {
  const comparable: Scored[] = [];
  for (const m of input.metrics) {
    const s = shortfall(m);
    if (m.value !== null && s !== null && !isNotTalked(m.key)) comparable.push({ m, short: s });
  }
  const threshold = thresholdOf(input);
  const below = comparable.filter((x) => isGap(x.m, threshold)).sort((a, b) => b.short - a.short);
  const meets = comparable.filter((x) => x.short <= 0).sort((a, b) => a.short - b.short);
  const v = input.verdict;
  const stageKeys = new Set(input.weakStage ? STAGE_KEYS[input.weakStage] : []);
  const relevance = (x: Scored): number => {
    const k = metricKind(x.m.key);
    if (isFocus(input, x.m)) return 0;
    if ((v === 'effort' || v === 'mixed') && k === 'activity') return 1;
    if ((v === 'skill' || v === 'mixed') && stageKeys.has(x.m.key)) return 1;
    if ((v === 'skill' || v === 'mixed') && k === 'behaviour') return 2;
    if (x.m.key === 'revenue' || x.m.key === 'revenueWon') return 3;
    if (k === 'result') return 3.5;
    return 4;
  };
  const ordered = [...below].sort((a, b) => relevance(a) - relevance(b));

  const pick = (x: Scored, when: 'below' | 'meets'): DraftTalkingPoint | null => {
    const kind = when === 'meets' ? 'acknowledge' : metricKind(x.m.key);
    const t =
      banks.talkingPoints.find((tp) => tp.when === when && tp.metricKeys.includes(x.m.key) && (when === 'meets' || tp.kind === kind)) ??
      banks.talkingPoints.find((tp) => tp.when === when && tp.kind === kind && tp.metricKeys.includes('*'));
    if (!t) return null;
    const text = fillTemplate(t.text, metricVars(input, x.m, fmt));
    const why = talkingPointWhy(x.m, when, isFocus(input, x.m), threshold, { locale: fmt.locale, roleLabel: input.roleLabel });
    return text ? { id: `tp-${t.id}-${x.m.key}`, text, metricKey: x.m.key, kind: t.kind, why } : null;
  };

  const out: DraftTalkingPoint[] = [];
  const used = new Set<string>();
  // Acknowledge first: on track, two things that work; otherwise one.
  const ackWanted = v === 'on-track' ? 2 : 1;
  const ackOrder = [...meets].sort((a, b) => {
    // For a skill gap the effort is there: say so.
    const pa = v === 'skill' && ACTIVITY_KEYS.has(a.m.key) ? 0 : 1;
    const pb = v === 'skill' && ACTIVITY_KEYS.has(b.m.key) ? 0 : 1;
    return pa - pb || (isFocus(input, b.m) ? 1 : 0) - (isFocus(input, a.m) ? 1 : 0);
  });
  for (const x of ackOrder) {
    if (out.length >= ackWanted) break;
    if (used.has(groupOf(x.m.key))) continue;
    const tp = pick(x, 'meets');
    if (tp) {
      out.push(tp);
      used.add(groupOf(x.m.key));
    }
  }
  const maxPoints = out.length + MAX_POINTS;
  for (const x of ordered) {
    if (out.length >= maxPoints && !isFocus(input, x.m)) continue;
    if (used.has(groupOf(x.m.key))) continue;
    const tp = pick(x, 'below');
    if (tp) {
      out.push(tp);
      used.add(groupOf(x.m.key));
    }
  }
  return out;
}

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

/** The names every bank text may use: the full name, the first name, the period. */
function textVars(input: ConversationInput) {
  return { repName: input.repName, firstName: input.repName.trim().split(/\s+/)[0] ?? input.repName, periodLabel: input.periodLabel };
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
