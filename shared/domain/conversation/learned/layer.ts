// The learned layer over the hand rules. The model reads a passage as it was trained to read a
// labelled statement (a run of at most three sentences, features.ts) and decides its tone: too
// hard, too soft or balanced. The rule spans that agree with it are kept (they mark the exact
// words); those that disagree are dropped; a passage the model calls too hard or too soft with no
// rule span of that kind gets one over its sentence that leans furthest that way, naming the category
// the category model picks and the features that decided it. The decision leans away from "too hard": a balanced statement
// called too hard is the one mistake that must not happen, so the hard score must clear a margin,
// and short praise with nothing negative in it is never read as sarcasm.
import type { CategoryId } from '../categories';
import { CATEGORIES } from '../categories';
import type { Span } from '../spans';
import type { Sentence, Token } from '../tokenize';
import { featureLabel, featuresOf } from './features';
import { plainPraise, recoveryPraised } from './praise';
import type { Model } from './model';
import { shieldSafePhrases } from '../rules';
import { logits, reasons } from './model';

/**
 * The two models and the margins of the decision: `hardMargin` is taken off the hard score always;
 * `softMargin` is what the soft score must clear over the balanced one when no rule found the
 * passage too soft (soft wording is what the rules already name well); a rule's "too hard" stands
 * unless the model reads another tone by more than `keepMargin`; short praise with a clause that
 * praises nothing is kept from "too hard" only while the model's raw hard score leads the others by
 * less than `praiseMargin` (praise in every clause, or of a figure past its target, always is).
 */
export type Coach = { tone: Model; category: Model; hardMargin: number; softMargin: number; keepMargin: number; praiseMargin: number };

export const TONES = ['hard', 'soft', 'balanced'] as const;
const HARD = 0;
const SOFT = 1;
const BALANCED = 2;

/** The corpus's category names, as the coach's categories (categories.ts). */
export const CATEGORY_OF: Record<string, CategoryId> = {
  'praising-failure': 'praising-failure',
  contempt: 'contempt',
  'assumed-intent': 'intent',
  comparison: 'comparison',
  'job-threat': 'job-threat',
  generalisation: 'generalisation',
  'rhetorical-question': 'rhetorical',
  'contempt-standard': 'contempt-standard',
  personal: 'personal',
  absolute: 'absolute',
  loaded: 'loaded',
  blame: 'blame',
  threat: 'threat',
  shouting: 'shouting',
  minimising: 'minimising',
  'someone-elses-message': 'deflecting',
  permission: 'permission',
  hedge: 'hedge',
  apology: 'apology',
  vague: 'vague',
};

const SOFT_KINDS = new Set(['hedge', 'apology', 'minimising', 'vague', 'deflecting', 'permission']);
const isHardCat = (id: string) => !SOFT_KINDS.has(CATEGORIES[id as CategoryId]?.kind ?? 'hedge');

/**
 * The tone the model gives a feature list: 0 hard, 1 soft, 2 balanced. The hard score must clear
 * the hard margin. When no rule found the wording too soft, the soft score must also beat the
 * balanced one by the soft margin, or the wording is balanced; the soft margin guards fair wording
 * from "too soft", so it does not weigh between soft and hard. The raw scores come back too,
 * before any margin.
 */
export function decide(coach: Coach, features: readonly string[], softFound = true): { tone: number; runnerUp: number; scores: number[] } {
  const scores = logits(coach.tone, features);
  const hard = scores[HARD]! - coach.hardMargin;
  const soft = scores[SOFT]!;
  const balanced = scores[BALANCED]!;
  // The quieter tone: soft only by the soft margin over balanced when no rule found it too soft.
  const quiet = soft - (softFound ? 0 : coach.softMargin) >= balanced ? SOFT : BALANCED;
  if (hard >= soft && hard >= balanced) return { tone: HARD, runnerUp: quiet, scores };
  const other = quiet === SOFT ? balanced : soft;
  return { tone: quiet, runnerUp: hard >= other ? HARD : quiet === SOFT ? BALANCED : SOFT, scores };
}

/** The category the category model names first; a passage with a number or a date is never "vague". */
function categoryFor(coach: Coach, features: readonly string[], hard: boolean): CategoryId {
  const z = logits(coach.category, features);
  const numbered = features.includes('f:number');
  let best: CategoryId = hard ? 'personal' : numbered ? 'hedge' : 'vague';
  let top = -Infinity;
  coach.category.classes.forEach((c, i) => {
    if (numbered && c === 'vague') return;
    if (isHardCat(c) === hard && z[i]! > top) {
      top = z[i]!;
      best = c as CategoryId;
    }
  });
  return best;
}

const categoryName = (id: string) => CATEGORIES[id as CategoryId]?.name ?? null;

function passageSpan(tokens: readonly Token[], from: Sentence, to: Sentence, cat: CategoryId, because: string[]): Span {
  let last = to.last;
  while (last > from.first && tokens[last]?.kind === 'punct') last--;
  let first = from.first;
  while (first < last && tokens[first]?.kind === 'punct') first++;
  const kind = CATEGORIES[cat].kind;
  return { start: tokens[first]!.start, end: tokens[last]!.end, kind, cat, sentence: from.index, because };
}

/**
 * "I am frustrated with the forecast": the speaker's feeling in a short passage with no figure or
 * date to tie it to. Facts, not feelings: when a rule finds it too hard, the model cannot overrule it.
 */
const bareFeeling = (features: readonly string[]) => features.includes('f:i-feel') && features.includes('f:short') && !features.includes('f:number');

/**
 * "If the targets aren't met, we'll have to consider your position": a threat a rule found, to the
 * rep's job. The model, which has read more fair consequences with dates than threats to the job,
 * cannot overrule it.
 */
const jobThreat = (features: readonly string[], spans: readonly Span[]) => features.includes('f:you+job') && spans.some((sp) => sp.kind === 'threat');

/**
 * The sentence of a passage of several that leans furthest toward the tone the passage was given,
 * read alone, with its features, so the flag marks it rather than the whole passage ("Sam was the
 * better hire …" and not the praise after it); null for a passage of one sentence.
 */
function leaning(
  coach: Coach,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  run: readonly Sentence[],
  spans: readonly Span[],
  tone: number,
): { sentence: Sentence; features: string[] } | null {
  if (run.length < 2) return null;
  let best: { sentence: Sentence; features: string[] } | null = null;
  let top = -Infinity;
  for (const s of run) {
    const features = featuresOf(
      tokens,
      sentences,
      s.first,
      s.last,
      spans.filter((sp) => sp.sentence === s.index),
    );
    const z = logits(coach.tone, features);
    const lean = z[tone]! - Math.max(...z.filter((_, i) => i !== tone));
    if (lean > top) {
      top = lean;
      best = { sentence: s, features };
    }
  }
  return best;
}

/**
 * At most three reasons, none that only repeats the words of one before it: after "lovely",
 * "opening with "lovely"" says nothing new.
 */
export function distinct(labels: readonly string[], n = 3): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const label of labels) {
    const quoted = label.match(/"[^"]+"/g) ?? [];
    if (quoted.length > 0 && quoted.every((q) => seen.has(q))) continue;
    for (const q of quoted) seen.add(q);
    out.push(label);
    if (out.length === n) break;
  }
  return out;
}

/** The most sentences the model reads at once: the labelled statements it learns from are one to three. */
export const PASSAGE_SENTENCES = 3;

/** The text's sentences in runs of at most three, in order; each run is read as one statement. */
export function passages(sentences: readonly Sentence[]): Sentence[][] {
  const count = Math.ceil(sentences.length / PASSAGE_SENTENCES);
  const out: Sentence[][] = [];
  for (let k = 0, from = 0; k < count; k++) {
    const size = Math.ceil((sentences.length - from) / (count - k));
    out.push(sentences.slice(from, from + size));
    from += size;
  }
  return out;
}

/**
 * The model's reading of each passage decides its tone. A rule's "too hard" stands unless the
 * model reads another tone by more than the keep margin.
 * Too hard: the rules' hard spans in the passage stand, and its soft spans while they weigh less;
 * with no hard span, one over the sentence that leans furthest that way says why. Too soft: the same, the other
 * way round. Balanced: the rules' spans in it are dropped. Short plain praise is never too hard and
 * a safe phrase of the rules ("sorry to hear") never too soft, unless a rule says so; a bare feeling
 * or a threat to the rep's job a rule finds too hard stays too hard.
 */
export function applyLearned(
  coach: Coach,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  spans: readonly Span[],
  weight: (kind: Span['kind']) => number,
): Span[] {
  const out: Span[] = [];
  const safe = shieldSafePhrases(tokens, new Uint8Array(tokens.length));
  for (const run of passages(sentences)) {
    const from = run[0]!;
    const to = run[run.length - 1]!;
    const mine = spans.filter((sp) => sp.sentence >= from.index && sp.sentence <= to.index);
    // A passage with no word in it (",,,,", "—") says nothing the model can weigh: only a rule may flag it.
    if (!tokens.slice(from.first, to.last + 1).some((t) => t.kind === 'word')) {
      out.push(...mine);
      continue;
    }
    const features = featuresOf(tokens, sentences, from.first, to.last, mine);
    const hardFound = mine.some((sp) => !SOFT_KINDS.has(sp.kind));
    const softFound = mine.some((sp) => SOFT_KINDS.has(sp.kind));
    const decided = decide(coach, features, softFound);
    let { tone } = decided;
    const { runnerUp, scores: z } = decided;
    if (hardFound && tone !== HARD && (z[tone]! - z[HARD]! <= coach.keepMargin || bareFeeling(features) || jobThreat(features, mine))) tone = HARD;
    else if (tone === HARD && !hardFound) {
      const slight = z[HARD]! - Math.max(z[SOFT]!, z[BALANCED]!) < coach.praiseMargin;
      if (plainPraise(tokens, from.first, to.last, slight) || recoveryPraised(tokens, from.first, to.last)) tone = runnerUp;
    }
    // Sympathy a rule knows ("sorry to hear about your father") is not an apology for the message.
    if (tone === SOFT && !softFound && safe.subarray(from.first, to.last + 1).includes(1)) tone = BALANCED;
    if (tone === BALANCED) continue;
    const hard = tone === HARD;
    const kept = mine.filter((sp) => SOFT_KINDS.has(sp.kind) !== hard);
    if (kept.length === 0) {
      const other = tone === runnerUp ? BALANCED : runnerUp;
      const at = leaning(coach, tokens, sentences, run, mine, tone);
      const because = distinct(reasons(coach.tone, at?.features ?? features, tone, other, 6).map((f) => featureLabel(f, categoryName)));
      kept.push(passageSpan(tokens, at?.sentence ?? from, at?.sentence ?? to, categoryFor(coach, features, hard), because));
    }
    out.push(...kept);
    // In a passage read as too hard, the rules' soft spans are still shown while they weigh less than
    // the hard ones ("HR asked me to have this talk" beside "you're clearly not trying").
    if (!hard) continue;
    let room = kept.reduce((n, sp) => n + weight(sp.kind), 0);
    for (const sp of mine.filter((x) => SOFT_KINDS.has(x.kind))) {
      if (weight(sp.kind) >= room) continue;
      room -= weight(sp.kind);
      out.push(sp);
    }
  }
  return out;
}
