// A tiny pattern language over the coach's tokens, so that a category is written as the shape of
// a sentence rather than as a list of whole sentences:
//
//   you @BE? @CERTAIN        a word, a word class (@NAME, see CLASSES), "?" makes a step optional
//   stop|quit *3 @COMPLAINT  "a|b" are alternatives; "*3" skips up to three words
//   ^whatever ,              "^" anchors at the sentence start; punctuation matches itself
//
// Patterns never reach into quotation marks or across a sentence, and the words of a shielded
// phrase ("sorry to hear") are never matched. Matching is a small backtracking walk over at most
// a dozen tokens, indexed by the first step's words, so a 500-word text stays well under 1 ms.
import type { Token } from './tokenize';

type Step = { words: ReadonlySet<string> | null; optional: boolean; gap: number; anchor: boolean };
export type Pattern = { steps: Step[]; source: string };

export function compile(source: string, classes: Readonly<Record<string, ReadonlySet<string>>>): Pattern {
  const steps: Step[] = [];
  let anchor = false;
  for (let part of source.split(' ')) {
    if (!part) continue;
    if (part === '^') {
      anchor = true;
      continue;
    }
    if (part.startsWith('^')) {
      anchor = true;
      part = part.slice(1);
    }
    if (/^\*\d$/.test(part)) {
      steps.push({ words: null, optional: true, gap: Number(part.slice(1)), anchor: false });
      continue;
    }
    const optional = part.length > 1 && part.endsWith('?');
    const body = optional ? part.slice(0, -1) : part;
    const words = new Set<string>();
    for (const alt of body.split('|')) {
      if (alt.startsWith('@')) {
        const cls = classes[alt.slice(1)];
        if (!cls) throw new Error(`Pattern "${source}" names an unknown class ${alt}.`);
        for (const w of cls) words.add(w);
      } else words.add(alt);
    }
    steps.push({ words, optional, gap: 0, anchor: steps.length === 0 && anchor });
  }
  const first = steps[0];
  if (!first || first.optional || !first.words) throw new Error(`Pattern "${source}" must start with a required word.`);
  return { steps, source };
}

export type MatchScope = { tokens: readonly Token[]; shield: Uint8Array; sentenceFirst: number };

function usable(scope: MatchScope, k: number, sentence: number): Token | null {
  const t = scope.tokens[k];
  if (!t || t.quoted || t.sentence !== sentence || scope.shield[k]) return null;
  return t;
}

/** The index of the last token matched when the pattern matches from token i, else -1. */
export function matchPattern(p: Pattern, scope: MatchScope, i: number): number {
  const start = scope.tokens[i];
  if (!start) return -1;
  if (p.steps[0]?.anchor && i !== scope.sentenceFirst) return -1;
  return walk(p.steps, scope, start.sentence, 0, i, i);
}

/** Steps s.. from token k (a plain function, not a closure: this runs on every keystroke). */
function walk(steps: readonly Step[], scope: MatchScope, sentence: number, s: number, k: number, last: number): number {
  const step = steps[s];
  if (!step) return last;
  if (step.words === null) {
    // A gap: try the rest after skipping 0..gap words (never punctuation).
    for (let skip = 0; skip <= step.gap; skip++) {
      if (skip > 0) {
        const t = usable(scope, k + skip - 1, sentence);
        if (!t || t.kind !== 'word') break;
      }
      const r = walk(steps, scope, sentence, s + 1, k + skip, skip > 0 ? k + skip - 1 : last);
      if (r >= 0) return r;
    }
    return -1;
  }
  const t = usable(scope, k, sentence);
  if (t && step.words.has(t.norm)) {
    const r = walk(steps, scope, sentence, s + 1, k + 1, k);
    if (r >= 0) return r;
  }
  return step.optional ? walk(steps, scope, sentence, s + 1, k, last) : -1;
}

/** Patterns grouped by every word their first step can start with. */
export function indexPatterns<T extends { pattern: Pattern }>(items: readonly T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const item of items) {
    for (const w of item.pattern.steps[0]?.words ?? []) {
      const arr = m.get(w);
      if (arr) arr.push(item);
      else m.set(w, [item]);
    }
  }
  return m;
}
