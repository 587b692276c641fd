// Praise of a figure the rep's own record shows short: "Great job on your win rate this quarter"
// said to a rep whose opportunity → win rate is 9% against a team median of 22%. No word in the
// line is negative, so only the rep's numbers show it; the rep hears sarcasm, or praise the
// record does not carry, and either way the gap goes unsaid. Read only when the coach is given the
// rep's metrics (the planner gives it the plan's), by the diagnosis's one gap rule (fit.ts) and
// the manager's gap threshold, so the coach and the plan agree on what is short.
import type { ConversationMetric } from '@shared/schemas/conversation';
import { familyOf } from '../metrics';
import { DEFAULT_GAP_THRESHOLD, isGap } from './fit';
import {
  ACCLAIM,
  FAMILY_NAMES,
  NAME_KEYS,
  RECOVERY,
  NEGATORS,
  NOT_JUDGING,
  SUPERLATIVES,
  MILD_PRAISE,
  LINKS,
  BEING,
  INTENSE,
  PERIOD_FILLERS,
  FOLLOWERS,
} from './lexicon';
import { describeMetric, shortfall, type NumberFormatOptions, type SourceContext } from './format';
import { RISING } from './shortfall';
import { isHardKind, type Span } from './spans';
import type { Sentence, Token } from './tokenize';
import { valence } from './valence';

export type PraisedGap = { first: number; last: number; metric: ConversationMetric; named: string };

const CLAUSE_MARKS = new Set([',', ';', ':', '-', '–', '—', '(', ')']);
const TURNS = new Set(['but', 'though', 'although', 'yet', 'while', 'whereas', 'except', 'however']);

/** The names by their first word, longest first: "win rate" is tried before "win". */
const NAMES = new Map<string, { family: string; words: string[] }[]>();
for (const [family, names] of Object.entries(FAMILY_NAMES))
  for (const n of names) {
    const words = n.split(' ');
    const list = NAMES.get(words[0]!) ?? [];
    list.push({ family, words });
    list.sort((a, b) => b.words.length - a.words.length);
    NAMES.set(words[0]!, list);
  }

/** The metric family named at token k ("win rate", "pipeline"), with the words that name it. */
function familyAt(tokens: readonly Token[], k: number, last: number): { family: string; named: string; end: number } | null {
  if (tokens[k]!.quoted) return null;
  for (const n of NAMES.get(tokens[k]!.norm) ?? []) {
    if (k + n.words.length - 1 > last) continue;
    if (n.words.every((w, i) => tokens[k + i]!.norm === w && !tokens[k + i]!.quoted))
      return { family: n.family, named: n.words.join(' '), end: k + n.words.length - 1 };
  }
  return null;
}

/**
 * Praise that judges: a strongly positive word ("great", "brilliant", "stellar") or one of the
 * few milder ones said of a figure ("a strong win rate", "a healthy pipeline"); not a word that
 * only sounds kind ("thanks", "happy to help", "clean the pipeline", "honest"), and not negated
 * ("not great").
 */
function praiseAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.kind !== 'word' || t.quoted || NOT_JUDGING.has(t.norm) || NEGATORS.has(tokens[k - 1]?.norm ?? '')) return false;
  return valence(t.norm) >= 3 || ACCLAIM.has(t.norm) || MILD_PRAISE.has(t.norm) || (t.norm === 'done' && tokens[k - 1]?.norm === 'well');
}

/** "Great job on your win rate", "brilliant emails", "really impressed with your calls": praise a few linking words before the name. */
function praisedBefore(tokens: readonly Token[], a: number, name: number): boolean {
  for (let k = name - 1; k >= Math.max(a, name - 5); k--) {
    // "Your five best opps", "your top calls": a superlative just before the name picks some out.
    if (k === name - 1 && SUPERLATIVES.has(tokens[k]!.norm)) return false;
    if (praiseAt(tokens, k)) return true;
    // A figure may sit inside what is praised: "great job on your 12% win rate".
    if (!LINKS.has(tokens[k]!.norm) && tokens[k]!.kind !== 'number') return false;
  }
  return false;
}

/** "Your win rate is excellent", "calls look great this month": the name, a verb of being, then praise. */
function praisedAfter(tokens: readonly Token[], end: number, b: number): boolean {
  let k = end + 1;
  // "Your win rate this quarter is …", "your win rate of 12% is …".
  while (
    k <= b &&
    (PERIOD_FILLERS.has(tokens[k]!.norm) ||
      tokens[k]!.kind === 'number' ||
      ((tokens[k]!.norm === 'of' || tokens[k]!.norm === 'at') && tokens[k + 1]?.kind === 'number'))
  )
    k++;
  if (k > b || !BEING.has(tokens[k]!.norm)) return false;
  for (let m = k + 1; m <= Math.min(b, k + 3); m++) {
    if (praiseAt(tokens, m)) return true;
    if (!BEING.has(tokens[m]!.norm) && !INTENSE.has(tokens[m]!.norm)) return false;
  }
  return false;
}

/** "Pipeline review", "calls list": the name describes the next word, which is what is praised. */
function compound(tokens: readonly Token[], end: number, b: number): boolean {
  const t = tokens[end + 1];
  if (!t || end + 1 > b || t.kind !== 'word' || t.quoted) return false;
  return !BEING.has(t.norm) && !PERIOD_FILLERS.has(t.norm) && !FOLLOWERS.has(t.norm);
}

/**
 * A figure the manager wrote in the praised clause is a fact of its own: the praise stands unless
 * it is a rate short of the rep's benchmark too ("great job on your 9% win rate"). A count or an
 * amount ("31 meetings booked in November") may cover another span than the plan's window, so it
 * is not set against it.
 */
function figureWritten(tokens: readonly Token[], a: number, b: number, hit: readonly ConversationMetric[], threshold: number): boolean {
  for (let k = a; k <= b; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'number' || t.quoted) continue;
    const rate = t.norm.endsWith('%') ? Number.parseFloat(t.norm) / 100 : null;
    if (rate === null || !Number.isFinite(rate)) return true;
    if (!hit.some((m) => m.unit === 'rate' && isGap({ ...m, value: rate }, threshold))) return true;
  }
  return false;
}

function anyProgress(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (!tokens[k]!.quoted && (RISING.has(tokens[k]!.norm) || RECOVERY.has(tokens[k]!.norm))) return true;
  return false;
}

/** Whether any word of the sentence can open a metric's name: most sentences name none. */
function namesAny(tokens: readonly Token[], s: Sentence): boolean {
  for (let k = s.first; k <= s.last; k++) if (NAMES.has(tokens[k]!.norm)) return true;
  return false;
}

/** The clauses of a sentence: split at commas, dashes and colons and before "but", "though" … */
function clauses(tokens: readonly Token[], s: Sentence): [number, number][] {
  const out: [number, number][] = [];
  let from = s.first;
  for (let k = s.first; k <= s.last; k++) {
    const t = tokens[k]!;
    const mark = t.kind === 'punct' && CLAUSE_MARKS.has(t.norm);
    if (mark || (t.kind === 'word' && TURNS.has(t.norm) && k > from)) {
      if (k > from) out.push([from, k - 1]);
      from = mark ? k + 1 : k;
    }
  }
  if (from <= s.last) out.push([from, s.last]);
  return out;
}

/**
 * The first clause of sentence s that praises a metric family the rep's record shows short, and
 * the metric that shows it (the one furthest short when several of the family are); null when
 * none does. Not read: praise that is negated ("not great"), praise of progress or of a recovery
 * ("great to see your win rate up from 9%"), questions, quoted words.
 */
export function praisedGap(
  tokens: readonly Token[],
  s: Sentence,
  metrics: readonly ConversationMetric[],
  threshold = DEFAULT_GAP_THRESHOLD,
): PraisedGap | null {
  return praisedIn(tokens, s, metrics, threshold);
}

/** The rep's metrics further than the threshold short of their benchmarks (the diagnosis's one rule). */
const shortOf = (metrics: readonly ConversationMetric[], threshold = DEFAULT_GAP_THRESHOLD) =>
  metrics.filter((m) => m.value !== null && isGap(m, threshold));

function praisedIn(
  tokens: readonly Token[],
  s: Sentence,
  metrics: readonly ConversationMetric[],
  threshold: number,
  short: readonly ConversationMetric[] = shortOf(metrics, threshold),
): PraisedGap | null {
  if (s.question || short.length === 0 || !namesAny(tokens, s)) return null;
  // Praise of progress is fair even while the figure is still short: "great job, up from 6% in May".
  if (anyProgress(tokens, s.first, s.last)) return null;
  for (const [a, b] of clauses(tokens, s)) {
    for (let k = a; k <= b; k++) {
      const f = familyAt(tokens, k, b);
      if (!f) continue;
      if (!compound(tokens, f.end, b) && (praisedBefore(tokens, a, k) || praisedAfter(tokens, f.end, b))) {
        // "Calls" name the calls: a short emails figure in the same family is not what was praised.
        const key = NAME_KEYS[f.named];
        const own = key ? metrics.filter((m) => m.key === key && m.value !== null) : [];
        const hit = own.length > 0 ? short.filter((m) => m.key === key) : short.filter((m) => familyOf(m.key) === f.family);
        // The one furthest short of its benchmark: the fact the rewrite should cite.
        if (hit.length > 0 && !figureWritten(tokens, a, b, hit, threshold))
          return { first: a, last: b, metric: hit.reduce((x, y) => ((shortfall(y) ?? 0) > (shortfall(x) ?? 0) ? y : x)), named: f.named };
      }
      k = f.end;
    }
  }
  return null;
}

/**
 * A sarcasm span for each sentence that praises a figure the record shows short and is not already
 * flagged too hard, saying which figure; `facts` gets that figure's line for the sentence, so the
 * rewrite cites it.
 */
export function praisedGapSpans(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  spans: readonly Span[],
  metrics: readonly ConversationMetric[],
  context: { gapThreshold?: number | undefined; cite?: NumberFormatOptions & SourceContext },
  facts: Map<number, string | null>,
): Span[] {
  const out: Span[] = [];
  const short = shortOf(metrics, context.gapThreshold);
  if (short.length === 0) return out;
  for (const s of sentences) {
    if (spans.some((sp) => sp.sentence === s.index && isHardKind(sp.kind))) continue;
    const hit = praisedIn(tokens, s, metrics, context.gapThreshold ?? DEFAULT_GAP_THRESHOLD, short);
    if (!hit) continue;
    let last = hit.last;
    while (last > hit.first && tokens[last]!.kind === 'punct') last--;
    const fact = describeMetric(hit.metric, context.cite ?? {});
    facts.set(s.index, fact);
    out.push({
      start: tokens[hit.first]!.start,
      end: tokens[last]!.end,
      kind: 'sarcasm',
      cat: 'praising-failure',
      sentence: s.index,
      because: [`praise of the ${hit.named}, where the rep's record shows ${fact}`],
    });
  }
  return out;
}
