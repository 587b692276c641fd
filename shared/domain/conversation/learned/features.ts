// What the learned layer sees of a stretch of text (one sentence when coaching, one labelled
// statement when training): word stems, pairs of neighbouring stems, the categories the hand
// rules recognised, and a few shape features (who the sentence is about, whether it is a
// question, gives a number, praises, carries a negative charge). Every feature has a name a
// manager can read (featureLabel), so a flag can say what decided it.
import { WORDING_SOFT_KINDS } from '@shared/schemas/conversation';
import type { Span } from '../spans';
import { hasNumberOrDate, isPraise } from '../spans';
import type { Sentence, Token } from '../tokenize';
import { valence } from '../valence';
import { ACCLAIM, DATE_WORDS, FAILURE_VERBS, JOB, LOST_OUTCOMES, NEGATIVE_CUES, OTHERS, PRAISE_CUES, TALK } from '../lexicon';
import { shortfallFigure, targetMet } from '../shortfall';

/** A light stemmer: enough to fold "calls/called/calling" and "excuses/excuse" together. */
export function stem(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ed') && !w.endsWith('eed')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

const SOFT_KINDS = new Set<string>(WORDING_SOFT_KINDS);
const SECOND = new Set(['you', 'your', 'yours', 'yourself']);

/** POS for a word of praise, NEG for a negative or failure word, TALK for the rep's talk brushed off, else null. */
export function chargeOf(norm: string): string | null {
  if (PRAISE_CUES.has(norm) || valence(norm) >= 2 || ACCLAIM.has(norm)) return 'POS';
  if (valence(norm) <= -2 || NEGATIVE_CUES.has(norm) || FAILURE_VERBS.has(norm) || LOST_OUTCOMES.has(norm)) return 'NEG';
  if (TALK.has(norm)) return 'TALK';
  return null;
}

/** The word of token k as the model reads it: quoted words are one marker, numbers one class. */
function wordOf(t: Token): string | null {
  if (t.quoted) return 'Q';
  if (t.kind === 'number') return 'N';
  if (t.kind === 'punct') return t.norm === '?' || t.norm === '!' ? t.norm : null;
  return stem(t.norm);
}

function shapeFeatures(tokens: readonly Token[], a: number, b: number, out: Set<string>) {
  let you = false;
  let youEarly = false;
  let neg = false;
  let strongNeg = false;
  let failure = false;
  let others = false;
  let job = false;
  let positiveWord = false;
  let words = 0;
  for (let k = a; k <= b; k++) {
    const t = tokens[k];
    if (!t || t.kind !== 'word' || t.quoted) continue;
    words++;
    if (positive(t)) positiveWord = true;
    const n = t.norm;
    if (SECOND.has(n)) {
      you = true;
      if (words <= 3) youEarly = true;
    }
    const v = valence(n);
    if (v <= -2 || NEGATIVE_CUES.has(n)) neg = true;
    if (v <= -3) strongNeg = true;
    if (FAILURE_VERBS.has(n) || LOST_OUTCOMES.has(n)) failure = true;
    if (OTHERS.has(n)) others = true;
    if (JOB.has(n)) job = true;
  }
  const praise = isPraise(tokens, a, b);
  if (you) out.add('f:you');
  if (youEarly) out.add('f:you-first');
  if (neg) out.add('f:neg');
  if (strongNeg) out.add('f:strong-neg');
  if (you && neg) out.add('f:you+neg');
  if (speakerFeels(tokens, a, b)) out.add('f:i-feel');
  if (praise) out.add('f:praise');
  if (praise && (neg || failure)) out.add('f:praise+failure');
  if (praise && !neg && !failure && !strongNeg) out.add('f:plain-praise');
  if (shortfallFigure(tokens, a, b)) {
    out.add('f:shortfall');
    if (positiveWord) out.add('f:praise+shortfall');
  } else if (targetMet(tokens, a, b)) {
    out.add('f:target-met');
    if (positiveWord) out.add('f:praise+target-met');
  }
  if (you && others) out.add('f:you+others');
  if (you && job) out.add('f:you+job');
  if (words <= 6) out.add('f:short');
  if (you && namedOther(tokens, a, b)) out.add('f:you+name');
  if (!you && aboutOther(tokens, a, b)) out.add('f:about-other');
  praiseOpener(tokens, a, b, out);
}

const positive = (t: Token) => t.kind === 'word' && !t.quoted && chargeOf(t.norm) === 'POS';

/**
 * Praise that opens the sentence and is then cut off ("Bravo, the renewal lapsed", "Great job
 * on losing …"): a praise word in the first clause of at most four words, then a clause with
 * no praise in it. The shape of sarcasm, whatever the words.
 */
function praiseOpener(tokens: readonly Token[], a: number, b: number, out: Set<string>) {
  let k = a;
  let words = 0;
  let praised = false;
  for (; k <= b && words <= 4; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && (t.norm === ',' || t.norm === ':' || t.norm === ';' || t.norm === '-' || t.norm === '–')) break;
    if (t.kind === 'word') words++;
    if (positive(t)) praised = true;
  }
  if (!praised || k > b || words > 4) return;
  let rest = 0;
  for (let m = k + 1; m <= b; m++) {
    const t = tokens[m]!;
    if (positive(t)) return;
    if (t.kind !== 'punct') rest++;
  }
  if (rest >= 2) out.add('f:praise-opener');
}

const THIRD = new Set(['they', 'their', 'them', 'he', 'she', 'his', 'her']);
const PARTIES = new Set([
  'customer',
  'customers',
  'client',
  'clients',
  'buyer',
  'buyers',
  'prospect',
  'prospects',
  'procurement',
  'board',
  'cfo',
  'ceo',
  'competitor',
  'competitors',
  'market',
  'distributor',
  'distributors',
  'partner',
  'partners',
  'supplier',
  'vendor',
  'legal',
  'finance',
]);
const ADVERBS = new Set(['never', 'always', 'still', 'just', 'also', 'only', 'already', 'rarely', 'usually', 'often']);
/** A verb as a third party does it: "pays", "booked". */
const thirdPersonVerb = (t: Token | undefined) =>
  !!t && t.kind === 'word' && !t.quoted && t.norm.length > 3 && (t.norm.endsWith('s') || t.norm.endsWith('ed')) && !t.norm.endsWith('ss');

/**
 * A sentence about someone other than the rep, said with no "you" in it: "The customer never signs
 * before month-end", "They went with the cheaper quote", "Acme never pays on time" (a name opening
 * the sentence and doing something). A complaint about a customer is not a judgement of the rep.
 */
function aboutOther(tokens: readonly Token[], a: number, b: number): boolean {
  let k = a;
  while (k <= b && tokens[k]!.kind !== 'word') k++;
  const t = tokens[k];
  if (!t || k > b || t.quoted) return false;
  const next = tokens[k + 1];
  if (THIRD.has(t.norm) || PARTIES.has(t.norm)) return true;
  if ((t.norm === 'the' || t.norm === 'our') && next && PARTIES.has(next.norm)) return true;
  const c = t.raw.charCodeAt(0);
  if (c < 65 || c > 90 || chargeOf(t.norm) !== null) return false;
  return thirdPersonVerb(next) || (!!next && ADVERBS.has(next.norm) && thirdPersonVerb(tokens[k + 2]));
}

const FEEL = new Set(['am', 'was', 'feel', 'felt', 'get', 'got', 'have', 'been']);
/** "I was frustrated", "I feel let down": the speaker's own feeling, said as theirs. */
function speakerFeels(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    if (tokens[k]!.norm !== 'i' || tokens[k]!.quoted) continue;
    if (FEEL.has(tokens[k + 1]?.norm ?? '')) return true;
  }
  return false;
}

/** A colleague named in the middle of a sentence about "you": "Priya books twice your meetings". */
function namedOther(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.quoted || t.raw.length < 3) continue;
    const c = t.raw.charCodeAt(0);
    // Not the first word (sentence case) and not a month or a day ("May" is not in DATE_WORDS: it is also a verb).
    if (k > a && c >= 65 && c <= 90 && t.raw !== t.raw.toUpperCase() && !DATE_WORDS.has(t.norm) && t.norm !== 'may') return true;
  }
  return false;
}

/** Whether a sentence range holds a number or a date (the lexicon's reading of dates and periods). */
function numberIn(tokens: readonly Token[], sentences: readonly Sentence[], a: number, b: number): boolean {
  for (const s of sentences) if (s.last >= a && s.first <= b && hasNumberOrDate(tokens, s)) return true;
  return false;
}

/**
 * The features of tokens a..b (inclusive), given the rule spans that start in it. Deterministic
 * and sorted, so the same text always gives the same list.
 */
export function featuresOf(tokens: readonly Token[], sentences: readonly Sentence[], a: number, b: number, spans: readonly Span[]): string[] {
  const out = new Set<string>(['bias']);
  let prev = '^';
  let prevCls: string | null = null;
  let question = false;
  for (let k = a; k <= b; k++) {
    const t = tokens[k];
    if (!t) continue;
    if (t.norm === '?' && !t.quoted) question = true;
    const w = wordOf(t);
    if (w === null) {
      if (t.kind === 'punct' && (t.norm === ',' || t.norm === ';' || t.norm === ':' || t.norm === '.')) prev = '|';
      continue;
    }
    if (w === 'Q' && prev === 'Q') continue;
    out.add(`w:${w}`);
    out.add(`b:${prev}_${w}`);
    // The word's charge stands in for it beside its neighbour, so "you … <any negative word>"
    // generalises beyond the words seen in training.
    const cls = t.kind === 'word' && !t.quoted ? chargeOf(t.norm) : null;
    if (cls) out.add(`b:${prevCls ?? prev}_${cls}`);
    if (prevCls) out.add(`b:${prevCls}_${w}`);
    prev = w;
    prevCls = cls;
  }
  if (question) out.add('f:question');
  if (question && out.has('w:you')) out.add('f:question+you');
  if (numberIn(tokens, sentences, a, b)) out.add('f:number');
  shapeFeatures(tokens, a, b, out);
  let hard = 0;
  let soft = 0;
  for (const s of spans) {
    out.add(`r:${s.cat}`);
    if (SOFT_KINDS.has(s.kind)) soft++;
    else hard++;
  }
  if (hard > 0) out.add(soft > 0 ? 'r:both' : 'r:hard');
  else if (soft > 0) out.add('r:soft');
  if (spans.length === 0) out.add('r:none');
  return [...out].sort();
}

const SHOW: Record<string, string> = {
  Q: 'quoted words',
  N: 'a number',
  '^': 'the start',
  '|': 'a comma',
  POS: 'a word of praise',
  NEG: 'a negative word',
  TALK: "the rep's words brushed off",
};

const SHAPE_LABELS: Record<string, string> = {
  'f:you': 'the sentence is about "you"',
  'f:you-first': 'it opens on "you"',
  'f:neg': 'a negative word',
  'f:strong-neg': 'a strongly negative word',
  'f:you+neg': '"you" with a negative word',
  'f:praise': 'a word of praise',
  'f:praise+failure': 'praise beside a failure',
  'f:plain-praise': 'praise with no failure beside it',
  'f:you+others': 'the rep set against others',
  'f:shortfall': 'a figure short of its target',
  'f:praise+shortfall': 'praise beside a figure short of its target',
  'f:target-met': 'a figure at or past its target',
  'f:praise+target-met': 'praise of a figure at or past its target',
  'f:you+job': 'the rep and their job',
  'f:short': 'a short sentence',
  'f:question': 'a question',
  'f:number': 'a number or a date',
  'r:none': 'no word rule matched',
  'r:hard': 'a word rule found it too hard',
  'r:soft': 'a word rule found it too soft',
  'r:both': 'word rules found it both too hard and too soft',
  'f:i-feel': 'the speaker says how they feel',
  'f:you+name': 'a colleague named beside "you"',
  'f:praise-opener': 'praise cut off by what follows',
  'f:question+you': 'a question about "you"',
  'f:about-other': 'it is about someone other than the rep',
};

/** A feature as a manager reads it: "clearly", "not trying", "a question", "rule: assumed intent". */
export function featureLabel(f: string, categoryName: (id: string) => string | null): string {
  const shape = SHAPE_LABELS[f];
  if (shape) return shape;
  const body = f.slice(2);
  if (f.startsWith('r:')) return `the shape "${categoryName(body) ?? body}"`;
  const show = (w: string) => SHOW[w] ?? `"${w}"`;
  if (f.startsWith('w:')) return show(body);
  const [x = '', y = ''] = body.split('_');
  if (x === '^') return `opening with ${show(y)}`;
  if (x === '|') return `${show(y)} after a comma`;
  return `${show(x)} then ${show(y)}`;
}
