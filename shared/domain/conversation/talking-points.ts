// The talking points of a drafted conversation, and the templates every drafted text is filled
// from: which metrics are talked about, in which order, and with which bank text.
import type { ConversationBanks, ConversationInput, ConversationMetric, DraftTalkingPoint, TalkingPointKind } from '@shared/schemas/conversation';
import type { WeakStage } from '@shared/schemas/diagnosis';
import type { NumberFormatOptions } from './format';
import { ACTIVITY_KEYS, RESULT_KEYS, familyOf, roleOf, stageMetrics } from '../metrics';
import { benchmarkSourceText, formatGap, formatValue, metricGap, shortfall } from './format';
import { isGap, talkingPointWhy, thresholdOf } from './fit';

/** At most this many points besides the acknowledgements (focus areas always get theirs). */
export const MAX_POINTS = 5;

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

/**
 * The talking points: first what works (two when on track, else one), then the gaps most
 * relevant to the diagnosis (focus areas always), one per metric family, at most MAX_POINTS.
 */
export function talkingPoints(input: ConversationInput, banks: ConversationBanks, fmt: NumberFormatOptions): DraftTalkingPoint[] {
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

/** The names every bank text may use: the full name, the first name, the period. */
export function textVars(input: ConversationInput) {
  return { repName: input.repName, firstName: input.repName.trim().split(/\s+/)[0] ?? input.repName, periodLabel: input.periodLabel };
}
