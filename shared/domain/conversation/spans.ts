// What the wording coach's rules share: the span a rule adds, the context every rule sees, and
// small readings of a sentence (is it praise, a criticism, does it give a number or a date).
import type { WordingKind } from '@shared/schemas/conversation';
import { WORDING_HARD_KINDS } from '@shared/schemas/conversation';
import type { CategoryId } from './categories';
import type { Phrase } from './lexicon';
import { DATE_WORDS, NEGATIVE_CUES, NUMBER_WORDS, PERIOD_LEADS, PERIOD_WORDS, PRAISE_CUES } from './lexicon';
import type { Sentence, Token } from './tokenize';
import { valence } from './valence';

const HARD = new Set<WordingKind>(WORDING_HARD_KINDS);
/** A kind of wording that is too hard (the rest are too soft). */
export const isHardKind = (k: WordingKind) => HARD.has(k);

export const firstWordIndex = (phrases: readonly Phrase[]) => {
  const m = new Map<string, Phrase[]>();
  for (const p of phrases) {
    const w = p.words[0] ?? '';
    const arr = m.get(w);
    if (arr) arr.push(p);
    else m.set(w, [p]);
  }
  return m;
};

export type Span = {
  start: number;
  end: number;
  kind: WordingKind;
  cat: CategoryId;
  sentence: number;
  /** Set when the learned layer or the rep's figures, not a word rule, found the span: what decided it. */
  because?: string[];
};

/** Tokens i.. match the phrase words (same sentence, unquoted, not shielded): returns the last index, or -1. */
export function matchAt(tokens: readonly Token[], i: number, words: readonly string[], shield: Uint8Array | null): number {
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

export function clauseEnd(tokens: readonly Token[], from: number, max: number): number {
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
export function isPraise(tokens: readonly Token[], a: number, b: number, ignore?: ReadonlySet<string>): boolean {
  let pos = false;
  for (let k = a; k <= b; k++) {
    const t = tokens[k];
    if (!t || t.kind !== 'word' || ignore?.has(t.norm)) continue;
    if (NEGATIVE_CUES.has(t.norm)) return false;
    if (PRAISE_CUES.has(t.norm) || valence(t.norm) >= 3 || (t.norm === 'time' && tokens[k - 1]?.norm === 'on')) pos = true;
  }
  return pos;
}

export function sentenceIsPraise(tokens: readonly Token[], s: Sentence): boolean {
  return isPraise(tokens, s.first, s.last);
}

/** What every rule sees: the tokens, the sentences, the shielded tokens, and where to add a span. */
export type Ctx = {
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  shield: Uint8Array;
  add: (a: number, b: number, kind: WordingKind, cat?: CategoryId) => void;
  facts: (SentenceFacts | undefined)[];
};

/** Sentence facts the shapes ask about, worked out once per sentence when first needed. */
export type SentenceFacts = { number: boolean; praise: boolean; you: boolean };

export function criticism(tokens: readonly Token[], s: Sentence): boolean {
  let neg = false;
  for (let k = s.first; k <= s.last; k++) {
    const t = tokens[k];
    if (!t || t.kind !== 'word' || t.quoted) continue;
    if (PRAISE_CUES.has(t.norm)) return false;
    if (NEGATIVE_CUES.has(t.norm)) neg = true;
  }
  return neg;
}

export function hasNumberOrDate(tokens: readonly Token[], s: Sentence): boolean {
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
