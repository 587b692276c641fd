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
} from './lexicon';
import type { CategoryId } from './categories';
import { CATEGORIES, explain } from './categories';
import { matchPattern } from './patterns';
import { CLASSES, SHAPE_INDEX } from './shapes';
import { NOT_LOADED, valence } from './valence';
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
const SAFE_INDEX = firstWordIndex(SAFE_PHRASES.map((words) => ({ words, kind: 'hedge' as const })));
const VAGUE_INDEX = firstWordIndex(VAGUE_CUES.map((words) => ({ words, kind: 'vague' as const })));
const PRAISE_INDEX = firstWordIndex(PRAISE_OPENERS.map((words) => ({ words, kind: 'sarcasm' as const })));
const ABS_INDEX = firstWordIndex(ABSOLUTE_PHRASES.map((words) => ({ words, kind: 'absolute' as const })));

/** Words that may sit between "you" and "always"/"never": "you are always", "you seem to always". */
const ABSOLUTE_BRIDGES = new Set(['are', 'have', 'just', 'were', 'do', 'almost', 'seem', 'seemed', 'to', 'really', 'basically', 'literally', 'tend']);

type Span = { start: number; end: number; kind: WordingKind; cat: CategoryId; sentence: number };

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
function isPraise(tokens: readonly Token[], a: number, b: number, ignore?: ReadonlySet<string>): boolean {
  let pos = false;
  for (let k = a; k <= b; k++) {
    const t = tokens[k];
    if (!t || t.kind !== 'word' || ignore?.has(t.norm)) continue;
    if (NEGATIVE_CUES.has(t.norm)) return false;
    if (PRAISE_CUES.has(t.norm) || valence(t.norm) >= 3 || (t.norm === 'time' && tokens[k - 1]?.norm === 'on')) pos = true;
  }
  return pos;
}

function sentenceIsPraise(tokens: readonly Token[], s: Sentence): boolean {
  return isPraise(tokens, s.first, s.last);
}

/** What every rule sees: the tokens, the sentences, the shielded tokens, and where to add a span. */
type Ctx = {
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  shield: Uint8Array;
  add: (a: number, b: number, kind: WordingKind, cat?: CategoryId) => void;
  facts: (SentenceFacts | undefined)[];
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
    // "I feel awful having to say this" is about the speaker: an apology, not a loaded word.
    if (p.kind === 'loaded' && c.tokens[i - 1]?.norm === 'feel') continue;
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

/** Words that make "you always …" a complaint: "always late", "always have an excuse", "always wait until the last day". */
const ALWAYS_COMPLAINTS = new Set([
  'reason',
  'reasons',
  'excuse',
  'excuses',
  'wait',
  'waits',
  'last',
  'until',
  'unprepared',
  'blame',
  'moan',
  'complain',
  'argue',
]);

/**
 * Is "you always/never …" here praise (or neutral), not an accusation? "Never" + a failure or a
 * negative word is praise ("you never miss", "you never lose your temper"); any other "never" is a
 * complaint. "Always" is an accusation only with something wrong in its clause ("always late",
 * "always an excuse"): "you always follow up within a day" is a habit worth naming.
 */
function absoluteIsPraise(c: Ctx, k: number): boolean {
  const { tokens } = c;
  const end = clauseEnd(tokens, k + 1, 12);
  if (tokens[k]?.norm === 'never') {
    for (let m = k + 1; m <= Math.min(end, k + 3); m++) {
      const w = tokens[m]?.norm ?? '';
      if (FAILURE_VERBS.has(w) || valence(w) <= -1) return true;
    }
    return false;
  }
  if (isPraise(tokens, k + 1, end)) return true;
  for (let m = k + 1; m <= end; m++) {
    const w = tokens[m]?.norm ?? '';
    if (NEGATIVE_CUES.has(w) || ALWAYS_COMPLAINTS.has(w) || valence(w) <= -1 || (w.startsWith('un') && w.endsWith('ed'))) return false;
  }
  return true;
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
        if (!absoluteIsPraise(c, k)) c.add(i, k, 'absolute');
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

/** Words that report a shortfall, beside the negative cues: what praise is sarcastic about. */
const SHORTFALL = new Set([
  'lose',
  'nobody',
  'zero',
  'none',
  'without',
  'empty',
  'lowest',
  'worst',
  'slipped',
  'crashed',
  'excuses',
  'instead',
  'half',
  'usual',
  'finally',
]);
/** Words after which the sentence turns from praise to a point of its own. */
const CONTRAST = new Set(['but', 'though', 'although', 'however', 'yet', 'despite']);

function shortfallIn(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) {
    const t = tokens[k];
    if (!t || t.kind !== 'word' || t.quoted) continue;
    if (NEGATIVE_CUES.has(t.norm) || SHORTFALL.has(t.norm) || (valence(t.norm) <= -2 && t.norm !== 'worry')) return true;
  }
  return false;
}

/** "Great job missing the target again", "Wonderful, zero meetings": praise on a failure is sarcasm. */
function praiseOnFailureRule(c: Ctx, i: number, t: Token) {
  const s = c.sentences[t.sentence];
  if (!s) return;
  const { tokens } = c;
  let j = -1;
  for (const p of PRAISE_INDEX.get(t.norm) ?? []) j = Math.max(j, matchAt(tokens, i, p.words, c.shield));
  // Strong praise by its charge (AFINN +3 and above) opening the sentence, as an exclamation
  // does ("Wonderful, …", "Brilliant forecast, …", "Oh lovely, …"); "good conversations" inside a
  // sentence is not an exclamation.
  if (j < 0 && valence(t.norm) >= 3 && i - s.first <= 2 && tokens[i - 1]?.norm !== 'not' && exclaimed(tokens, i)) j = i;
  if (j < 0) return;
  // The rest of the sentence up to a turn: "Nice work on the demo, but …" is praise, then a point.
  let end = j;
  while (end < s.last && !CONTRAST.has(tokens[end + 1]?.norm ?? '')) end++;
  if (!criticism(tokens, { ...s, first: j + 1, last: end }) && !shortfallIn(tokens, j + 1, end)) return;
  if (hasPraiseAfter(tokens, j + 1, end)) return;
  c.add(i, j, 'sarcasm', 'praising-failure');
}

const PRAISED = new Set(['work', 'job', 'effort', 'going', 'stuff', 'timing', 'performance', 'result', 'results']);
/**
 * Praise said as an exclamation: a comma, colon, dash or "!" within four tokens ("Wonderful, …",
 * "Perfect timing as usual, …"), a praised noun ("outstanding effort on …") or "lovely to see …".
 */
function exclaimed(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1]?.norm ?? '';
  if (PRAISED.has(next) || (next === 'to' && (tokens[i + 2]?.norm === 'see' || tokens[i + 2]?.norm === 'hear'))) return true;
  for (let k = i + 1; k <= i + 4; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== tokens[i]?.sentence) return false;
    if (t.kind === 'punct') return t.norm === ',' || t.norm === ':' || t.norm === '!' || t.norm === '\u2014' || t.norm === '-';
  }
  return false;
}

/** Real praise goes on praising ("well done, you never give up"); sarcasm turns to the failure. */
function hasPraiseAfter(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (PRAISE_CUES.has(tokens[k]?.norm ?? '') && tokens[k - 1]?.norm !== 'so') return true;
  return false;
}

/** Sentence facts the shapes ask about, worked out once per sentence when first needed. */
type SentenceFacts = { number: boolean; praise: boolean; you: boolean };

function factsOf(c: Ctx, sentence: number): SentenceFacts {
  let f = c.facts[sentence];
  if (f) return f;
  const s = c.sentences[sentence]!;
  let you = false;
  for (let k = s.first; k <= s.last && !you; k++) {
    const n = c.tokens[k]?.norm;
    you = !c.tokens[k]?.quoted && (n === 'you' || n === 'your' || n === 'yours' || n === 'yourself');
  }
  // "Clearly" praises a way of explaining, but is assumed intent in "you clearly think …".
  f = { number: hasNumberOrDate(c.tokens, s), praise: isPraise(c.tokens, s.first, s.last, CLASSES.CERTAIN), you };
  c.facts[sentence] = f;
  return f;
}

/** The category shapes (shapes.ts): intent, dismissal, comparison, job threats, permission … */
function shapeRule(c: Ctx, i: number, t: Token) {
  const cands = SHAPE_INDEX.get(t.norm);
  if (!cands) return;
  const s = c.sentences[t.sentence];
  if (!s) return;
  for (const shape of cands) {
    if (shape.q && !s.question) continue;
    const j = matchPattern(shape.pattern, { tokens: c.tokens, shield: c.shield, sentenceFirst: s.first }, i);
    if (j < 0) continue;
    if (shape.np || shape.nn || shape.you) {
      const f = factsOf(c, t.sentence);
      if ((shape.np && f.praise) || (shape.nn && f.number) || (shape.you && !f.you)) continue;
    }
    c.add(i, j, CATEGORIES[shape.cat].kind, shape.cat);
  }
}

/** "It was a complete shambles", "the demo was appalling": a strongly negative word that judges. */
const INTENSIFIERS = new Set(['total', 'complete', 'absolute', 'utter', 'real', 'proper']);
const BE = new Set(['is', 'was', 'are', 'were', 'been']);
function loadedRule(c: Ctx, i: number, t: Token) {
  if (!BE.has(t.norm)) return;
  const { tokens } = c;
  let k = i + 1;
  if (tokens[k]?.norm === 'a' || tokens[k]?.norm === 'an' || tokens[k]?.norm === 'so' || tokens[k]?.norm === 'just') k++;
  const intensified = INTENSIFIERS.has(tokens[k]?.norm ?? '');
  if (intensified) k++;
  const w = tokens[k];
  if (!w || w.kind !== 'word' || w.quoted || w.sentence !== t.sentence || c.shield[k] || NOT_LOADED.has(w.norm)) return;
  const v = valence(w.norm);
  if (v <= -2 || (intensified && v < 0)) c.add(k, k, 'loaded');
}

const WORD_RULES = [phraseRule, traitRule, absoluteRule, praiseOnFailureRule, shapeRule, loadedRule];

function findSpans(tokens: readonly Token[], sentences: readonly Sentence[]): Span[] {
  const spans: Span[] = [];
  const shield = new Uint8Array(tokens.length);
  const add = (a: number, b: number, kind: WordingKind, cat: CategoryId = kind) => {
    const ta = tokens[a];
    const tb = tokens[b];
    if (ta && tb) spans.push({ start: ta.start, end: tb.end, kind, cat, sentence: ta.sentence });
  };

  // Safe phrases first ("sorry to hear"): they shield their words from the lists.
  for (let i = 0; i < tokens.length; i++) {
    for (const p of SAFE_INDEX.get(tokens[i]?.norm ?? '') ?? []) {
      const j = matchAt(tokens, i, p.words, null);
      if (j >= 0) for (let k = i; k <= j; k++) shield[k] = 1;
    }
  }

  const ctx: Ctx = { tokens, sentences, shield, add, facts: [] };
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
    if (distinct >= 3 || run.some((t) => KNOWN_WORDS.has(t.norm)))
      spans.push({ start: a.start, end: b.end, kind: 'shouting', cat: 'shouting', sentence: a.sentence });
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
    if (bangs >= 2 || (bangs >= 1 && run >= 2))
      spans.push({ start: t.start, end: tokens[m - 1]!.end, kind: 'shouting', cat: 'shouting', sentence: t.sentence });
    else if (bangs === 1) {
      const s = sentences[t.sentence];
      if (s && (criticism(tokens, s) || barkedOrder(tokens, s)))
        spans.push({ start: t.start, end: t.end, kind: 'shouting', cat: 'shouting', sentence: t.sentence });
    }
    k = m - 1;
  }
}

const CHEER = new Set(['let', 'thank', 'thanks', 'welcome', 'congratulations', 'congrats', 'luck', 'well', 'happy', 'go', 'hello', 'hi']);
/** One "!" on anything but praise, thanks or cheer ("Do your job!", "Get it done by Friday!") is a raised voice. */
function barkedOrder(tokens: readonly Token[], s: Sentence): boolean {
  for (let k = s.first; k <= s.last; k++) {
    const n = tokens[k]?.norm ?? '';
    if (CHEER.has(n) || PRAISE_CUES.has(n) || valence(n) >= 2) return false;
  }
  return true;
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
    if (s.question || hasNumberOrDate(tokens, s) || sentenceIsPraise(tokens, s)) continue;
    let found = false;
    for (let i = s.first; i <= s.last && !found; i++) {
      const t = tokens[i];
      if (!t || t.kind !== 'word' || t.quoted || shield[i]) continue;
      const cands = VAGUE_INDEX.get(t.norm);
      if (!cands) continue;
      for (const p of cands) {
        const j = matchAt(tokens, i, p.words, shield);
        if (j >= 0) {
          spans.push({ start: t.start, end: tokens[j]!.end, kind: 'vague', cat: 'vague', sentence: s.index });
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
