// The wording coach: flags spans that are too hard or too soft, names the category of each (see
// categories.ts: assumed intent, contempt, comparison with others, threats about the job,
// rhetorical blame questions, passing the message off, asking permission, …), says why, and
// suggests the fact to cite. Deterministic: the same text and metrics always give the same flags.
// Words inside quotation marks are someone else's and are never flagged.
//
// Two layers. The hand rules (rules.ts, shapes.ts: a small pattern language over the tokens, plus
// the AFINN-165 charge of words in valence.ts) mark the exact words of each category. On top, a
// small learned layer (learned/): a logistic regression over word stems, word pairs, the rules'
// findings and shape features, trained by tests/bench/train-wording.ts on every labelled statement
// (weights in learned/weights.json), decides each sentence's tone; rule spans that agree are kept,
// the others dropped, and a sentence it flags with no rule span gets one naming the category and
// the features that decided it. Measured leave-one-batch-out (corpus/unseen.test.ts). Why no
// parser or tagger: compromise takes ~20 ms per 500-word parse (10× the 2 ms keystroke budget).
import type { ConversationMetric, WordingFlag, WordingKind, WordingResult } from '@shared/schemas/conversation';
import { describeMetric, shortfall, type NumberFormatOptions, type SourceContext } from './format';
import { METRIC_CUES } from './lexicon';
import type { CategoryId } from './categories';
import { CATEGORIES, explain } from './categories';
import { findSpans } from './rules';
import { isHardKind, type Span } from './spans';
import type { Sentence, Token } from './tokenize';
import { tokenize } from './tokenize';
import type { Coach } from './learned/layer';
import { applyLearned } from './learned/layer';
import { praisedGapSpans } from './praised-gap';
import weights from './learned/weights.json';

/**
 * What the coach may know of the rep: their metrics, and the manager's gap threshold (the
 * diagnosis's; the Settings default when absent), so that praise of a figure the record shows
 * short is read as sarcasm (praised-gap.ts); `cite` writes the figures it cites as the plan does
 * (the period they cover, "the AE target", the manager's locale and currency).
 */
export type CoachContext = { metrics?: readonly ConversationMetric[]; gapThreshold?: number | undefined; cite?: CiteOptions };
export type CiteOptions = NumberFormatOptions & SourceContext;

export { isHardKind };

/** How much each kind moves the meter. */
export const KIND_WEIGHT: Record<WordingKind, number> = {
  threat: 3,
  personal: 2,
  blame: 2,
  sarcasm: 2,
  absolute: 1.5,
  loaded: 1.5,
  shouting: 1,
  apology: 1.5,
  minimising: 1.5,
  hedge: 1,
  vague: 1,
  contempt: 2,
  intent: 2,
  comparison: 2,
  rhetorical: 2,
  deflecting: 1.5,
  permission: 1,
};
/** When one span is inside another, the higher kind wins (shouting is about form and always stays). */
const PRIORITY: WordingKind[] = [
  'threat',
  'contempt',
  'personal',
  'intent',
  'comparison',
  'rhetorical',
  'blame',
  'sarcasm',
  'absolute',
  'loaded',
  'deflecting',
  'permission',
  'apology',
  'minimising',
  'hedge',
  'vague',
  'shouting',
];
const rank = (k: WordingKind) => PRIORITY.indexOf(k);

/**
 * Non-overlapping flags, so the UI can mark each span once: where two overlap, the higher kind
 * wins (threat over personal over …), then the longer span. Shouting is about form and is kept
 * alongside (it never overlaps another shouting span).
 */
function resolve(spans: Span[]): Span[] {
  const byRank = [...spans].sort((a, b) => rank(a.kind) - rank(b.kind) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Span[] = [];
  for (const s of byRank) {
    const clash = kept.some((o) => (o.kind === 'shouting') === (s.kind === 'shouting') && o.start < s.end && s.start < o.end);
    if (!clash) kept.push(s);
  }
  return kept.sort((a, b) => a.start - b.start || rank(a.kind) - rank(b.kind));
}

// ── suggestions ──────────────────────────────────────────────────────────────────────────

const GENERIC_FACT =
  "the number and the period from the rep's record (for example, meetings held this month against the target or the peers' median)";

function factFor(tokens: readonly Token[], s: Sentence | undefined, metrics: readonly ConversationMetric[], cite: CiteOptions = {}): string | null {
  const known = metrics.filter((m) => m.value !== null);
  if (known.length === 0) return null;
  let best: ConversationMetric | null = null;
  let bestScore = -1;
  let bestShort = -Infinity;
  const words = new Set<string>();
  if (s) for (let k = s.first; k <= s.last; k++) words.add(tokens[k]?.norm ?? '');
  for (const m of known) {
    let score = 0;
    for (const cue of METRIC_CUES[m.key] ?? []) if (words.has(cue)) score++;
    for (const w of m.label.toLowerCase().split(/[^\p{L}]+/u)) if (w.length > 3 && words.has(w)) score++;
    const sh = shortfall(m) ?? -Infinity;
    if (score > bestScore || (score === bestScore && sh > bestShort)) {
      best = m;
      bestScore = score;
      bestShort = sh;
    }
  }
  return best ? describeMetric(best, cite) : null;
}

function suggestion(cat: CategoryId, fact: string | null): string {
  const advice = CATEGORIES[cat].advice;
  if (fact) return `${advice}. Cite: ${fact}.`;
  return cat === 'vague' ? `Name ${GENERIC_FACT}.` : `${advice}. Cite ${GENERIC_FACT}.`;
}

// ── the public entry ─────────────────────────────────────────────────────────────────────

/** Overall balance: (hard weight − soft weight) ÷ (hard + soft + sentences), in (−1, 1). */
export function toneOf(flags: readonly Pick<WordingFlag, 'kind'>[], sentenceCount: number): Pick<WordingResult, 'tone' | 'meter'> {
  let hard = 0;
  let soft = 0;
  for (const f of flags) {
    if (isHardKind(f.kind)) hard += KIND_WEIGHT[f.kind];
    else soft += KIND_WEIGHT[f.kind];
  }
  const meter = hard + soft === 0 ? 0 : Math.round(((hard - soft) / (hard + soft + Math.max(1, sentenceCount))) * 1000) / 1000;
  return { tone: hard > soft ? 'too-hard' : soft > hard ? 'too-soft' : 'balanced', meter };
}

/** The learned layer as trained by tests/bench/train-wording.ts (weights.json). */
export const TRAINED: Coach = weights as Coach;

const why = (s: Span) => (s.because && s.because.length > 0 ? `${explain(s.cat)} Decided by ${s.because.join(', ')}.` : explain(s.cat));

/**
 * Coach a text. `coach` is the learned layer (the trained weights by default; the tests pass one
 * trained without a batch to score that batch, and null for the hand rules alone).
 */
export function coachWording(text: string, context: CoachContext = {}, coach: Coach | null = TRAINED): WordingResult {
  const { tokens, sentences } = tokenize(text);
  const found = findSpans(tokens, sentences);
  const read = coach ? applyLearned(coach, tokens, sentences, found, (kind) => KIND_WEIGHT[kind]) : found;
  const metrics = context.metrics ?? [];
  const facts = new Map<number, string | null>();
  const spans = resolve([...read, ...praisedGapSpans(tokens, sentences, read, metrics, context, facts)]);
  const flags: WordingFlag[] = spans.map((s) => {
    if (!facts.has(s.sentence)) facts.set(s.sentence, factFor(tokens, sentences[s.sentence], metrics, context.cite));
    return {
      start: s.start,
      end: s.end,
      kind: s.kind,
      severity: isHardKind(s.kind) ? 'too-hard' : 'too-soft',
      why: why(s),
      suggestion: suggestion(s.cat, facts.get(s.sentence) ?? null),
    };
  });
  return { ...toneOf(flags, sentences.length), flags };
}
