// The wording coach's word rules: each looks at one token in its sentence and adds the spans it
// recognises (word lists, traits, always/never, praise on a failure, the category shapes, loaded
// words by their charge). findSpans runs them all, then the surface checks (capitals, "!", vague).
import type { WordingKind } from '@shared/schemas/conversation';
import type { CategoryId } from './categories';
import { CATEGORIES } from './categories';
import { ABSOLUTE_PHRASES, ABSOLUTES, FAILURE_VERBS, NEGATIVE_CUES, PHRASES, SAFE_PHRASES, STANDARD_MODALS, TRAIT_FILLERS, TRAITS } from './lexicon';
import { matchPattern } from './patterns';
import { CLASSES, SHAPE_INDEX } from './shapes';
import type { Ctx, SentenceFacts, Span } from './spans';
import { clauseEnd, firstWordIndex, hasNumberOrDate, isPraise, matchAt, sentenceIsPraise } from './spans';
import { shouting, vague } from './surface';
import type { Sentence, Token } from './tokenize';
import { NOT_LOADED, valence } from './valence';
import { namedColleagueRule } from './others';
import { praiseOnFailureRule } from './sarcasm';

const PHRASE_INDEX = firstWordIndex(PHRASES);
const SAFE_INDEX = firstWordIndex(SAFE_PHRASES.map((words) => ({ words, kind: 'hedge' as const })));
const ABS_INDEX = firstWordIndex(ABSOLUTE_PHRASES.map((words) => ({ words, kind: 'absolute' as const })));

/** Words that may sit between "you" and "always"/"never": "you are always", "you seem to always". */
const ABSOLUTE_BRIDGES = new Set(['are', 'have', 'just', 'were', 'do', 'almost', 'seem', 'seemed', 'to', 'really', 'basically', 'literally', 'tend']);

/** Word lists: personal, blame, sarcasm, threat, loaded, hedge, apology, minimising phrases. */
/**
 * "I'm disappointed that the proposal went out late; it was due Monday": the speaker owns the
 * feeling and names the fact it is about (a that/because/when clause of three words or more), which
 * is the fair way to say it. A bare "Frankly, I'm disappointed." still names a feeling and no fact.
 */
const FACT_LINKS = new Set(['that', 'because', 'when', 'since', 'as']);
function feelingTiedToFact(tokens: readonly Token[], k: number): boolean {
  const link = tokens[k];
  if (!link || !FACT_LINKS.has(link.norm)) return false;
  let words = 0;
  for (let m = k + 1; m < tokens.length && tokens[m]?.sentence === link.sentence; m++) if (tokens[m]?.kind === 'word') words++;
  return words >= 3;
}

/** "I can see you're frustrated", "it's clear you are upset": the rep's feeling, acknowledged. */
const ACKNOWLEDGING = new Set(['see', 'know', 'understand', 'get', 'appreciate', 'clear', 'realise', 'realize', 'hear', 'sense']);
function acknowledgesFeeling(tokens: readonly Token[], you: number): boolean {
  for (let m = you - 1; m >= Math.max(0, you - 3); m--) {
    const w = tokens[m];
    if (!w || w.sentence !== tokens[you]?.sentence) return false;
    if (ACKNOWLEDGING.has(w.norm)) return true;
  }
  return false;
}

/** Verbs that report what the rep feels, thinks or said. */
const VIEW = new Set(['feel', 'felt', 'feels', 'think', 'thought', 'believe', 'believed', 'said', 'say', 'says', 'reckon', 'told']);
/**
 * "I know you feel the territory split was unfair", "you told me the leads were worthless": the
 * clause ending at the verb "to be" at `be` is the rep's view, reported, not the speaker's judgement.
 */
function repsView(tokens: readonly Token[], be: number): boolean {
  for (let m = be - 1; m >= Math.max(0, be - 6); m--) {
    const w = tokens[m]!;
    if (w.sentence !== tokens[be]?.sentence || (w.kind === 'punct' && w.norm !== "'")) return false;
    if (VIEW.has(w.norm) && (tokens[m - 1]?.norm === 'you' || tokens[m - 2]?.norm === 'you')) return true;
  }
  return false;
}

const NOT = new Set(['not', 'never', 'no']);
const THEY = new Set(['they', 'he', 'she', 'it', 'customer', 'client', 'buyer', 'account']);
/** A subject other than the rep just before token i: "they were halfway out the door". */
function aboutSomeoneElse(tokens: readonly Token[], i: number): boolean {
  for (let m = i - 1; m >= Math.max(0, i - 4); m--) {
    const w = tokens[m]!;
    if (w.sentence !== tokens[i]?.sentence || w.kind === 'punct') return false;
    if (THEY.has(w.norm)) return true;
  }
  return false;
}

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
    // "The freeze isn't your fault" takes the blame away; "they were halfway out the door" is the customer leaving.
    if (p.kind === 'blame' && t.norm === 'your' && NOT.has(c.tokens[i - 1]?.norm ?? '')) continue;
    if (p.kind === 'threat' && t.norm === 'out' && aboutSomeoneElse(c.tokens, i)) continue;
    // "I feel awful having to say this" is about the speaker: an apology, not a loaded word.
    if (p.kind === 'loaded' && c.tokens[i - 1]?.norm === 'feel') continue;
    if (p.kind === 'loaded' && t.norm === 'i' && feelingTiedToFact(c.tokens, j + 1)) continue;
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
      // "never over-promises" is praise too: the verb names an excess.
      if (FAILURE_VERBS.has(w) || valence(w) <= -1 || (w.startsWith('over') && w.length > 6)) return true;
    }
    return false;
  }
  if (isPraise(tokens, k + 1, end)) return true;
  let mild = false;
  let good = false;
  for (let m = k + 1; m <= end; m++) {
    const w = tokens[m]?.norm ?? '';
    // "You always keep the stage honest even when it hurts your number": what follows "even" is the
    // cost of the habit, not the habit.
    if (w === 'even') break;
    if (NEGATIVE_CUES.has(w) || ALWAYS_COMPLAINTS.has(w) || valence(w) <= -2 || (w.startsWith('un') && w.endsWith('ed'))) return false;
    if (valence(w) <= -1) mild = true;
    if (valence(w) >= 2) good = true;
  }
  // A mildly negative word is a complaint unless the habit is praised: "you always leave early" is,
  // "you always leave notes so clean anyone could pick up the account" is not.
  return !mild || good;
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
    // "You keep forgetting" is a complaint; "whether you keep the enterprise book" is not.
    if (j >= 0 && p.words.at(-1) === 'keep' && !(tokens[j + 1]?.norm ?? '').endsWith('ing')) continue;
    // "Every time you demo, they ask for more, that's a strength": the praise may sit in a later clause.
    const s = c.sentences[t.sentence];
    const praised = isPraise(tokens, j + 1, clauseEnd(tokens, j + 1, 12)) || (s !== undefined && isPraise(tokens, j + 1, s.last));
    if (j >= 0 && !praised) c.add(i, j, 'absolute');
  }
}

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
  const scope = { tokens: c.tokens, shield: c.shield, sentenceFirst: s.first };
  for (const shape of cands) {
    if (shape.q && !s.question) continue;
    let j = matchPattern(shape.pattern, scope, i);
    if (j < 0) continue;
    // A pattern may end on punctuation ("it is fine."); the mark stops at the last word.
    while (j > i && c.tokens[j]?.kind === 'punct') j--;
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
  // "I was frustrated", "we were upset": the speaker's own feeling, said as theirs, is not loaded.
  const subject = tokens[i - 1]?.norm;
  if (subject === 'i' || subject === 'we') return;
  if (subject === 'you' && acknowledgesFeeling(tokens, i - 1)) return;
  if (repsView(tokens, i)) return;
  let k = i + 1;
  if (tokens[k]?.norm === 'a' || tokens[k]?.norm === 'an' || tokens[k]?.norm === 'so' || tokens[k]?.norm === 'just') k++;
  const intensified = INTENSIFIERS.has(tokens[k]?.norm ?? '');
  if (intensified) k++;
  const w = tokens[k];
  if (!w || w.kind !== 'word' || w.quoted || w.sentence !== t.sentence || c.shield[k] || NOT_LOADED.has(w.norm)) return;
  const v = valence(w.norm);
  if (v <= -2 || (intensified && v < 0)) c.add(k, k, 'loaded');
}

const WORD_RULES = [phraseRule, traitRule, absoluteRule, praiseOnFailureRule, shapeRule, loadedRule, namedColleagueRule];

/** Marks in `shield` the words of every safe phrase ("sorry to hear", "sorry for your loss"). */
export function shieldSafePhrases(tokens: readonly Token[], shield: Uint8Array): Uint8Array {
  for (let i = 0; i < tokens.length; i++) {
    for (const p of SAFE_INDEX.get(tokens[i]?.norm ?? '') ?? []) {
      const j = matchAt(tokens, i, p.words, null);
      if (j >= 0) for (let k = i; k <= j; k++) shield[k] = 1;
    }
  }
  return shield;
}

export function findSpans(tokens: readonly Token[], sentences: readonly Sentence[]): Span[] {
  const spans: Span[] = [];
  const shield = new Uint8Array(tokens.length);
  const add = (a: number, b: number, kind: WordingKind, cat: CategoryId = kind) => {
    const ta = tokens[a];
    const tb = tokens[b];
    if (ta && tb) spans.push({ start: ta.start, end: tb.end, kind, cat, sentence: ta.sentence });
  };

  // Safe phrases first ("sorry to hear"): they shield their words from the lists.
  shieldSafePhrases(tokens, shield);

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
