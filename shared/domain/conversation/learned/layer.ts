// The learned layer on top of the hand rules. For each sentence it reads the features (features.ts)
// and decides: too hard, too soft or balanced. The hand rules' spans that agree are kept (they mark
// the exact words); spans that disagree are dropped; a sentence the model calls too hard or too soft
// with no rule span gets one over the sentence, with the category the category model names and the
// features that decided it. The decision leans away from "too hard": a balanced statement called
// too hard is the one mistake that must not happen, so the hard score must clear a margin.
import type { CategoryId } from '../categories';
import { CATEGORIES } from '../categories';
import type { Span } from '../spans';
import type { Sentence, Token } from '../tokenize';
import { featureLabel, featuresOf } from './features';
import type { Model } from './model';
import { logits, reasons } from './model';

export type Coach = { tone: Model; category: Model; hardMargin: number };

export const TONES = ['hard', 'soft', 'balanced'] as const;
const HARD = 0;
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

/** The tone the model gives a feature list: 0 hard, 1 soft, 2 balanced; the hard score must clear the margin. */
export function decide(coach: Coach, features: readonly string[]): { tone: number; runnerUp: number } {
  const z = logits(coach.tone, features);
  z[HARD]! -= coach.hardMargin;
  const order = [HARD, 1, BALANCED].sort((a, b) => z[b]! - z[a]! || a - b);
  return { tone: order[0]!, runnerUp: order[1]! };
}

function categoryFor(coach: Coach, features: readonly string[], hard: boolean): CategoryId {
  const z = logits(coach.category, features);
  let best: CategoryId = hard ? 'personal' : 'vague';
  let top = -Infinity;
  coach.category.classes.forEach((c, i) => {
    if (isHardCat(c) === hard && z[i]! > top) {
      top = z[i]!;
      best = c as CategoryId;
    }
  });
  return best;
}

const categoryName = (id: string) => CATEGORIES[id as CategoryId]?.name ?? null;

function sentenceSpan(tokens: readonly Token[], s: Sentence, cat: CategoryId, because: string[]): Span {
  let last = s.last;
  while (last > s.first && tokens[last]?.kind === 'punct') last--;
  let first = s.first;
  while (first < last && tokens[first]?.kind === 'punct') first++;
  const kind = CATEGORIES[cat].kind;
  return { start: tokens[first]!.start, end: tokens[last]!.end, kind, cat, sentence: s.index, because };
}

/**
 * The rule spans, and what the model adds. On wording they were not tuned on, the rules miss
 * statements that are too hard far more often than anything else (they still call no balanced
 * statement too hard, and name too soft wording well), so the model has one job: a sentence no
 * hard rule flagged, that it reads as too hard with the margin to spare, gets a flag over the whole
 * sentence, naming the category and the features that decided it. Every rule span stands.
 */
export function applyLearned(coach: Coach, tokens: readonly Token[], sentences: readonly Sentence[], spans: readonly Span[]): Span[] {
  const out: Span[] = [...spans];
  const bySentence = new Map<number, Span[]>();
  for (const sp of spans) bySentence.set(sp.sentence, [...(bySentence.get(sp.sentence) ?? []), sp]);
  for (const s of sentences) {
    const mine = bySentence.get(s.index) ?? [];
    if (mine.some((sp) => !SOFT_KINDS.has(sp.kind))) continue;
    const features = featuresOf(tokens, sentences, s.first, s.last, mine);
    const { tone, runnerUp } = decide(coach, features);
    if (tone !== HARD) continue;
    const because = reasons(coach.tone, features, tone, runnerUp).map((f) => featureLabel(f, categoryName));
    out.push(sentenceSpan(tokens, s, categoryFor(coach, features, true), because));
  }
  return out;
}
