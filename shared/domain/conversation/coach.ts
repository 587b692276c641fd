// The wording coach: flags spans that are too hard (about the person, absolute, loaded, blame,
// sarcasm, shouting, threats) or too soft (hedging, apologising, minimising, vague claims with no
// number or date), says why, and suggests the fact to cite. Deterministic: the same text and
// metrics always give the same flags. Words inside quotation marks are someone else's and are
// never flagged.
//
// Why no NLP library: measured on a 500-word text, compromise takes ~20 ms per parse (10× the
// keystroke budget of 2 ms) and parse-english (retext) ~0.6 ms for a tree we would then walk
// again. The rules need words, offsets, sentences and quotes, which this tokenizer gives in a
// single pass (see tests/bench/wording.ts for the figures).
import type { ConversationMetric, WordingFlag, WordingKind, WordingResult } from '../../schemas/conversation';
import { WORDING_HARD_KINDS } from '../../schemas/conversation';
import { describeMetric, shortfall } from './format';
import type { Phrase } from './lexicon';
import {
  ABSOLUTE_PHRASES,
  ABSOLUTES,
  ACRONYMS,
  DATE_WORDS,
  EMPHASIS_WORDS,
  FAILURE_VERBS,
  METRIC_CUES,
  NEGATIVE_CUES,
  NUMBER_WORDS,
  PRAISE_OPENERS,
  PERIOD_LEADS,
  PERIOD_WORDS,
  PHRASES,
  PRAISE_CUES,
  SAFE_PHRASES,
  STANDARD_MODALS,
  TRAIT_FILLERS,
  TRAITS,
  VAGUE_CUES,
  whyFor,
} from './lexicon';
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
};
/** When one span is inside another, the higher kind wins (shouting is about form and always stays). */
const PRIORITY: WordingKind[] = [
  'threat',
  'personal',
  'blame',
  'sarcasm',
  'absolute',
  'loaded',
  'apology',
  'minimising',
  'hedge',
  'vague',
  'shouting',
];
const rank = (k: WordingKind) => PRIORITY.indexOf(k);

const firstWordIndex = (phrases: readonly Phrase[]) => {
  const m = new Map<string, Phrase[]>();
  for (const p of phrases) {
    const w = p.words[0] ?? '';
    const arr = m.get(w);
    if (arr) arr.push(p);
    else m.set(w, [p]);
  }
  return m;
};
const PHRASE_INDEX = firstWordIndex(PHRASES);
const SAFE_INDEX = firstWordIndex(SAFE_PHRASES.map((words) => ({ words, kind: 'hedge' as const, why: '' })));
const VAGUE_INDEX = firstWordIndex(VAGUE_CUES.map((words) => ({ words, kind: 'vague' as const, why: '' })));
const PRAISE_INDEX = firstWordIndex(PRAISE_OPENERS.map((words) => ({ words, kind: 'sarcasm' as const, why: '' })));
const ABS_INDEX = firstWordIndex(ABSOLUTE_PHRASES.map((words) => ({ words, kind: 'absolute' as const, why: '' })));

/** Words that may sit between "you" and "always"/"never": "you are always", "you seem to always". */
const ABSOLUTE_BRIDGES = new Set(['are', 'have', 'just', 'were', 'do', 'almost', 'seem', 'seemed', 'to', 'really', 'basically', 'literally', 'tend']);

type Span = { start: number; end: number; kind: WordingKind; sentence: number };

/** Tokens i.. match the phrase words (same sentence, unquoted, not shielded): returns the last index, or -1. */
function matchAt(tokens: readonly Token[], i: number, words: readonly string[], shield: Uint8Array | null): number {
  const first = tokens[i];
  if (!first) return -1;
  let k = i;
  for (let w = 0; w < words.length; w++, k++) {
    const t = tokens[k];
    if (!t || t.kind !== 'word' || t.quoted || t.sentence !== first.sentence || t.norm !== words[w]) return -1;
    if (shield && shield[k]) return -1;
  }
  return k - 1;
}

function clauseEnd(tokens: readonly Token[], from: number, max: number): number {
  let k = from;
  const limit = Math.min(tokens.length - 1, from + max);
  while (k <= limit) {
    const t = tokens[k];
    if (!t) break;
    if (t.kind === 'punct' && (t.norm === ',' || t.norm === ';' || t.norm === '.' || t.norm === '!' || t.norm === '?' || t.norm === ':'))
      return k - 1;
    if (t.norm === 'but') return k - 1;
    k++;
  }
  return Math.min(k, tokens.length - 1);
}

/** Praise: a positive cue and no negative one in tokens a..b. */
function isPraise(tokens: readonly Token[], a: number, b: number): boolean {
  let pos = false;
  for (let k = a; k <= b; k++) {
    const t = tokens[k];
    if (!t || t.kind !== 'word') continue;
    if (NEGATIVE_CUES.has(t.norm)) return false;
    if (PRAISE_CUES.has(t.norm) || (t.norm === 'time' && tokens[k - 1]?.norm === 'on')) pos = true;
  }
  return pos;
}

function hasNegative(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (NEGATIVE_CUES.has(tokens[k]?.norm ?? '')) return true;
  return false;
}

function sentenceIsPraise(tokens: readonly Token[], s: Sentence): boolean {
  return isPraise(tokens, s.first, s.last);
}

/** What every rule sees: the tokens, the sentences, the shielded tokens, and where to add a span. */
type Ctx = {
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  shield: Uint8Array;
  add: (a: number, b: number, kind: WordingKind) => void;
};

/** Word lists: personal, blame, sarcasm, threat, loaded, hedge, apology, minimising phrases. */
function phraseRule(c: Ctx, i: number, t: Token) {
  const cands = PHRASE_INDEX.get(t.norm);
  if (!cands) return;
  for (const p of cands) {
    const j = matchAt(c.tokens, i, p.words, c.shield);
    if (j < 0) continue;
    // "Thanks to you, we won" is thanks; "I appreciate your attitude" is praise.
    if ((p.kind === 'blame' && t.norm === 'thanks') || (p.kind === 'personal' && t.norm === 'your')) {
      const s = c.sentences[t.sentence];
      if (s && sentenceIsPraise(c.tokens, s)) continue;
    }
    c.add(i, j, p.kind);
  }
}

const TRAIT_VERBS = new Set(['are', 'were', 'seem', 'seemed', 'look', 'sound', 'act', 'have']);
/** "You are (so) lazy", "you have been unprofessional", "stop being careless", "acting so defensive". */
function traitRule(c: Ctx, i: number, t: Token) {
  if (t.norm !== 'you' && t.norm !== 'being' && t.norm !== 'acting') return;
  const { tokens } = c;
  let k = i + 1;
  if (t.norm === 'you') {
    if (!TRAIT_VERBS.has(tokens[k]?.norm ?? '')) return;
    k++;
    if (tokens[k]?.norm === 'been') k++;
  }
  for (let steps = 0; steps < 4 && tokens[k] && TRAIT_FILLERS.has(tokens[k]!.norm) && !tokens[k]!.quoted; steps++) k++;
  const tk = tokens[k];
  if (tk && tk.kind === 'word' && !tk.quoted && tk.sentence === t.sentence && (TRAITS.has(tk.norm) || tk.norm === 'worst')) c.add(i, k, 'personal');
}

/** "You always …", "you never …" about the person; not a stated standard ("you must never …"), not praise ("you never miss …"). */
function absoluteRule(c: Ctx, i: number, t: Token) {
  const { tokens } = c;
  // "Can you always copy me in?" is a request, not an accusation.
  const request = STANDARD_MODALS.has(tokens[i - 1]?.norm ?? '') || tokens[i - 1]?.norm === 'could';
  if (t.norm === 'you' && !request) {
    for (let k = i + 1; k <= i + 4; k++) {
      const tk = tokens[k];
      if (!tk || tk.kind !== 'word' || tk.sentence !== t.sentence || tk.quoted) break;
      if (STANDARD_MODALS.has(tk.norm)) break;
      if (ABSOLUTES.has(tk.norm)) {
        const end = clauseEnd(tokens, k + 1, 12);
        let praise = false;
        if (tk.norm === 'never') {
          for (let m = k + 1; m <= Math.min(end, k + 3); m++) if (FAILURE_VERBS.has(tokens[m]?.norm ?? '')) praise = true;
        }
        if (!praise)
          praise = isPraise(tokens, k + 1, end) || (!hasNegative(tokens, k + 1, end) && sentenceIsPraise(tokens, c.sentences[t.sentence]!));
        if (!praise) c.add(i, k, 'absolute');
        break;
      }
      if (!ABSOLUTE_BRIDGES.has(tk.norm)) break;
    }
  }
  // "every single time", "all the time", "you keep …".
  for (const p of ABS_INDEX.get(t.norm) ?? []) {
    const j = matchAt(tokens, i, p.words, c.shield);
    if (j >= 0 && !isPraise(tokens, j + 1, clauseEnd(tokens, j + 1, 12))) c.add(i, j, 'absolute');
  }
}

/** "Great job missing the target again": praise on a failure is sarcasm. */
function praiseOnFailureRule(c: Ctx, i: number, t: Token) {
  const s = c.sentences[t.sentence];
  if (!s) return;
  for (const p of PRAISE_INDEX.get(t.norm) ?? []) {
    const j = matchAt(c.tokens, i, p.words, c.shield);
    if (j < 0) continue;
    // The rest of the sentence up to a "but": "Nice work on the demo, but …" is praise, then a point.
    let end = j + 1;
    while (end < s.last && c.tokens[end + 1]?.norm !== 'but') end++;
    if (criticism(c.tokens, { ...s, first: j + 1, last: end })) c.add(i, j, 'sarcasm');
  }
}

const WORD_RULES = [phraseRule, traitRule, absoluteRule, praiseOnFailureRule];

function findSpans(tokens: readonly Token[], sentences: readonly Sentence[]): Span[] {
  const spans: Span[] = [];
  const shield = new Uint8Array(tokens.length);
  const add = (a: number, b: number, kind: WordingKind) => {
    const ta = tokens[a];
    const tb = tokens[b];
    if (ta && tb) spans.push({ start: ta.start, end: tb.end, kind, sentence: ta.sentence });
  };

  // Safe phrases first ("sorry to hear"): they shield their words from the lists.
  for (let i = 0; i < tokens.length; i++) {
    for (const p of SAFE_INDEX.get(tokens[i]?.norm ?? '') ?? []) {
      const j = matchAt(tokens, i, p.words, null);
      if (j >= 0) for (let k = i; k <= j; k++) shield[k] = 1;
    }
  }

  const ctx: Ctx = { tokens, sentences, shield, add };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.quoted || t.kind !== 'word' || shield[i]) continue;
    for (const rule of WORD_RULES) rule(ctx, i, t);
  }

  shouting(tokens, sentences, spans);
  vague(tokens, sentences, shield, spans);
  return spans;
}

/** Words the lists know: a single one in capitals is emphasis, not a name. */
const KNOWN_WORDS = new Set<string>([
  ...EMPHASIS_WORDS,
  ...TRAITS,
  ...ABSOLUTES,
  ...NEGATIVE_CUES,
  ...PHRASES.filter((p) => p.words.length === 1).map((p) => p.words[0] ?? ''),
]);

function isShoutWord(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || t.quoted) return false;
  const r = t.raw;
  if (r.length < 2 || /\d/.test(r)) return false;
  if (r !== r.toUpperCase() || r === r.toLowerCase()) return false;
  const base = r.replace(/['\u2019]S$/, '');
  return !ACRONYMS.has(base) && !ACRONYMS.has(base.replace(/S$/, ''));
}

function shouting(tokens: readonly Token[], sentences: readonly Sentence[], spans: Span[]) {
  // Capitals: one word of 4+ letters, or two or more capitalised words in a row.
  let i = 0;
  while (i < tokens.length) {
    if (!isShoutWord(tokens[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && (isShoutWord(tokens[j + 1]) || (tokens[j + 1]?.start === tokens[j]?.start && tokens[j + 1]?.kind === 'word')))
      j++;
    const a = tokens[i]!;
    const b = tokens[j]!;
    const run = tokens.slice(i, j + 1);
    const distinct = new Set(run.map((t) => t.start)).size;
    // Three capitalised words in a row, or any run with a word the lists know ("STOP", "NOW"); "ACME CORP" is a name.
    if (distinct >= 3 || run.some((t) => KNOWN_WORDS.has(t.norm))) spans.push({ start: a.start, end: b.end, kind: 'shouting', sentence: a.sentence });
    i = j + 1;
  }
  // Exclamation marks: two or more together, or one on a criticism.
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || t.kind !== 'punct' || t.quoted || (t.norm !== '!' && t.norm !== '?')) continue;
    let m = k;
    let bangs = 0;
    while (
      m < tokens.length &&
      tokens[m]?.kind === 'punct' &&
      (tokens[m]?.norm === '!' || tokens[m]?.norm === '?') &&
      tokens[m]?.start === t.start + (m - k)
    ) {
      if (tokens[m]?.norm === '!') bangs++;
      m++;
    }
    const run = m - k;
    if (bangs >= 2 || (bangs >= 1 && run >= 2)) spans.push({ start: t.start, end: tokens[m - 1]!.end, kind: 'shouting', sentence: t.sentence });
    else if (bangs === 1) {
      const s = sentences[t.sentence];
      if (s && criticism(tokens, s)) spans.push({ start: t.start, end: t.end, kind: 'shouting', sentence: t.sentence });
    }
    k = m - 1;
  }
}

function criticism(tokens: readonly Token[], s: Sentence): boolean {
  let neg = false;
  for (let k = s.first; k <= s.last; k++) {
    const t = tokens[k];
    if (!t || t.kind !== 'word' || t.quoted) continue;
    if (PRAISE_CUES.has(t.norm)) return false;
    if (NEGATIVE_CUES.has(t.norm)) neg = true;
  }
  return neg;
}

function hasNumberOrDate(tokens: readonly Token[], s: Sentence): boolean {
  for (let k = s.first; k <= s.last; k++) {
    const t = tokens[k];
    if (!t) continue;
    if (t.kind === 'number') return true;
    if (t.kind !== 'word') continue;
    if (NUMBER_WORDS.has(t.norm) || DATE_WORDS.has(t.norm)) return true;
    // "May" is a month only with a capital inside a sentence or next to a number.
    if (t.norm === 'may' && t.raw === 'May' && k > s.first) return true;
    if (PERIOD_WORDS.has(t.norm) && PERIOD_LEADS.has(tokens[k - 1]?.norm ?? '')) return true;
  }
  return false;
}

function vague(tokens: readonly Token[], sentences: readonly Sentence[], shield: Uint8Array, spans: Span[]) {
  for (const s of sentences) {
    if (s.question || hasNumberOrDate(tokens, s)) continue;
    let found = false;
    for (let i = s.first; i <= s.last && !found; i++) {
      const t = tokens[i];
      if (!t || t.kind !== 'word' || t.quoted || shield[i]) continue;
      const cands = VAGUE_INDEX.get(t.norm);
      if (!cands) continue;
      for (const p of cands) {
        const j = matchAt(tokens, i, p.words, shield);
        if (j >= 0) {
          spans.push({ start: t.start, end: tokens[j]!.end, kind: 'vague', sentence: s.index });
          found = true;
          break;
        }
      }
    }
  }
}

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

const ADVICE: Record<WordingKind, string> = {
  personal: 'Describe the behaviour and what it led to',
  absolute: 'Say how often it happened, over which period',
  loaded: 'Use neutral words and let the number carry the weight',
  blame: 'Describe what happened and its effect, not whose fault it is',
  sarcasm: 'Say plainly what you saw',
  shouting: 'Write it in normal case, without exclamation marks; the fact is strong enough',
  threat: 'State the consequence plainly instead: the standard, the review date, and what follows if it is not met',
  hedge: 'Say it directly',
  apology: 'The conversation is fair: open with the facts',
  minimising: 'Say that it matters, and why',
  vague: 'Name the number and the period',
};

const GENERIC_FACT = "the number and the period from the rep's record (for example, meetings held this month against the expectation)";

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

function suggestion(kind: WordingKind, fact: string | null): string {
  if (fact) return `${ADVICE[kind]}. Cite: ${fact}.`;
  return kind === 'vague' ? `Name ${GENERIC_FACT}.` : `${ADVICE[kind]}. Cite ${GENERIC_FACT}.`;
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
      why: whyFor(s.kind),
      suggestion: suggestion(s.kind, facts.get(s.sentence) ?? null),
    };
  });
  return { ...toneOf(flags, sentences.length), flags };
}
