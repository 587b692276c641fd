// A figure short of what it is measured against, read from the figure's shape rather than a list
// of phrases: sarcasm often praises one ("Wow, 41% of quota"), and plain praise never does.
import { FAILURE_VERBS, NEGATIVE_CUES, NUMBER_WORDS, WORD_VALUES } from './lexicon';
import type { Token } from './tokenize';

/** What a figure can fall short of: "41% of quota", "half your number", "a third of plan". */
const TARGETS = new Set(['quota', 'target', 'targets', 'plan', 'goal', 'goals', 'number', 'attainment', 'forecast', 'budget', 'pace']);
const FRACTIONS = new Set(['half', 'third', 'quarter', 'fifth', 'fraction', 'tenth']);
const SCANT = new Set(['only', 'just', 'barely', 'merely', 'grand']);

/** Whether a word of `words`, not in quotes, is among tokens a..b. */
const anyOf = (tokens: readonly Token[], a: number, b: number, words: ReadonlySet<string>) => {
  for (let k = a; k <= b; k++) if (words.has(tokens[k]!.norm) && !tokens[k]!.quoted) return true;
  return false;
};
const targetWithin = (tokens: readonly Token[], from: number, to: number) => anyOf(tokens, from, to, TARGETS);

/**
 * A target word near the percentage at k that is not another figure's: in "128% of quota, a 34% win
 * rate" the quota is the 128%'s, and the 34% is a rate of its own.
 */
function targetOfPercent(tokens: readonly Token[], k: number, a: number, b: number): boolean {
  for (let m = Math.max(a, k - 3); m <= Math.min(b, k + 4); m++) {
    const t = tokens[m]!;
    if (!TARGETS.has(t.norm) || t.quoted) continue;
    const owner = tokens[m - 1]?.norm === 'of' ? m - 2 : m - 1;
    if (owner !== k && owner >= a && tokens[owner]?.kind === 'number') continue;
    return true;
  }
  return false;
}

/**
 * A figure short of what it is measured against, whatever words sit around it: a percentage under
 * 100 near a target ("41% of quota", "62% attainment"), a fraction of one ("half your number", "a
 * third of plan"), a count said to be scant or spread over a whole period ("just two demos", "a grand
 * total of 3 calls", "two demos all month"), less than half of what it is out of ("2 out of 60"), a
 * figure against a target, under a figure or down to one, or nothing at all ("$0 closed"); or an
 * outcome far short of what was planned or worked for (outcomeShort below: "commit said 80k, closed
 * 12k").
 */
export function shortfallFigure(tokens: readonly Token[], a: number, b: number): boolean {
  if (outcomeShort(tokens, a, b)) return true;
  // "Up to 62% from 30%" is progress, whatever it is short of; "down from 30% to 12%" is not.
  if (anyOf(tokens, a, b, RISING) && !anyOf(tokens, a, b, FALLING)) return false;
  for (let k = a; k <= b; k++) {
    const t = tokens[k]!;
    if (t.quoted) continue;
    if (t.kind === 'number' && (wholePeriodAfter(tokens, k, b) || smallShare(tokens, k, b) || nothingOf(t.norm))) return true;
    // "R80,000 of pipeline against an R1.2m target", "down to 9%", "under 50%".
    if (t.kind === 'number' && measuredAgainst(tokens, k, b)) return true;
    if (t.kind === 'number' && k > a && (FALLEN.has(tokens[k - 1]!.norm) || (tokens[k - 1]!.norm === 'to' && tokens[k - 2]?.norm === 'down')))
      return true;
    if (t.kind === 'number' && t.norm.endsWith('%')) {
      const v = Number.parseFloat(t.norm);
      if (v < 100 && targetOfPercent(tokens, k, a, b)) return true;
    }
    if (t.kind !== 'word') continue;
    if (FRACTIONS.has(t.norm) && targetWithin(tokens, k + 1, Math.min(b, k + 4)) && (tokens[k + 1]?.norm === 'of' || tokens[k + 1]?.norm === 'your'))
      return true;
    const next = tokens[k + 1];
    if (SCANT.has(t.norm) && k < b && next && (next.kind === 'number' || (NUMBER_WORDS.has(next.norm) && next.norm !== 'a'))) return true;
    if (t.norm === 'total' && tokens[k + 1]?.norm === 'of') return true;
    // "two demos all month", "3 calls the whole week": a count over a whole period.
    if (NUMBER_WORDS.has(t.norm) && t.norm !== 'a' && wholePeriodAfter(tokens, k, b)) return true;
  }
  return false;
}

/** Words of progress: a figure that rose is not praised as a failure. */
export const RISING = new Set([
  'up',
  'from',
  'rose',
  'risen',
  'grew',
  'grown',
  'improved',
  'improving',
  'climbed',
  'jumped',
  'doubled',
  'tripled',
  'increased',
  'better',
  'higher',
  'recovered',
]);
const FALLING = new Set(['down', 'fell', 'fallen', 'dropped', 'slipped', 'slid', 'declined', 'lower', 'worse', 'sank']);
const AGAINST = new Set(['against', 'vs', 'versus']);
const FALLEN = new Set(['under', 'below']);
/** What a figure is set against or held to: "against £140k", "the floor is 50", "a target of 12". */
const HELD_TO = new Set([...AGAINST, ...TARGETS, 'floor', 'minimum', 'bar', 'benchmark', 'expectation', 'standard']);

function measuredAgainst(tokens: readonly Token[], k: number, b: number): boolean {
  for (let m = k + 1; m <= Math.min(b, k + 4); m++) {
    if (!AGAINST.has(tokens[m]!.norm) || !targetWithin(tokens, m + 1, Math.min(b, m + 4))) continue;
    // "40k against a 30k target" is past it: with both figures given, the first must be the smaller.
    const mine = valueOf(tokens[k]);
    for (let n = m + 1; n <= Math.min(b, m + 3); n++) {
      const theirs = tokens[n]!.kind === 'number' ? valueOf(tokens[n]) : null;
      if (theirs !== null && mine !== null) return mine < theirs;
    }
    return true;
  }
  return false;
}

/** "$0 closed", "0% of plan", "nil": a figure of nothing. */
const nothingOf = (n: string) => /^[^0-9]*0(\.0+)?[%kmx]?$/.test(n);

/** "2 demos out of 60 leads", "3 of 14 call blocks": a count less than half of what it is out of. */
function smallShare(tokens: readonly Token[], k: number, b: number): boolean {
  const value = (t: Token) => Number.parseFloat(t.norm.replace(/[^0-9.]/g, ''));
  for (let m = k + 1; m < Math.min(b, k + 5); m++) {
    const of = tokens[m + 1];
    if (tokens[m]!.norm !== 'of' || of?.kind !== 'number') continue;
    return value(of) > 0 && value(tokens[k]!) < value(of) / 2;
  }
  return false;
}

const PERIODS = new Set(['day', 'week', 'month', 'quarter', 'year', 'fortnight']);
function wholePeriodAfter(tokens: readonly Token[], k: number, b: number): boolean {
  for (let m = k + 1; m <= Math.min(b - 1, k + 4); m++) {
    const w = tokens[m]!.norm;
    if ((w === 'all' || w === 'whole' || w === 'entire') && (PERIODS.has(tokens[m + 1]?.norm ?? '') || PERIODS.has(tokens[m + 2]?.norm ?? '')))
      return true;
  }
  return false;
}

const BEAT = new Set(['beat', 'beaten', 'exceeded', 'smashed', 'over', 'above', 'past', 'surpassed', 'overachieved', 'topped', 'cleared']);

/**
 * A figure at or past its target: "134% of quota", "118% of target", "beat your number", "above
 * plan". Praise of it is praise, not sarcasm.
 */
export function targetMet(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) {
    const t = tokens[k]!;
    if (t.quoted) continue;
    if (t.kind === 'number' && t.norm.endsWith('%') && Number.parseFloat(t.norm) >= 100 && targetOfPercent(tokens, k, a, b)) return true;
    if (t.kind === 'word' && BEAT.has(t.norm) && targetWithin(tokens, k + 1, Math.min(b, k + 4))) return true;
  }
  return false;
}

/** The value of a figure ("40k" 40,000, "$1.2m" 1,200,000, "eleven" 11), or null for anything else. */
function valueOf(t: Token | undefined): number | null {
  if (!t || t.quoted) return null;
  if (t.kind === 'word') return WORD_VALUES[t.norm] ?? null;
  if (t.kind !== 'number') return null;
  const v = Number.parseFloat(t.norm.replace(/[^0-9.]/g, ''));
  if (!Number.isFinite(v)) return null;
  return /k$/.test(t.norm) ? v * 1e3 : /m$/.test(t.norm) ? v * 1e6 : v;
}

/** What was planned or promised: "commit said 80k", "14 call blocks scheduled", "eleven callbacks promised". */
const PLANNED = new Set([
  'commit',
  'committed',
  'forecast',
  'forecasted',
  'said',
  'called',
  'promised',
  'scheduled',
  'planned',
  'set',
  'diary',
  'predicted',
  'expected',
]);
/** What came of it: "closed 12k", "landed $72k", "3 actually done", "zero made", "one reply". */
const DONE = new Set([
  'done',
  'made',
  'closed',
  'landed',
  'delivered',
  'brought',
  'signed',
  'held',
  'completed',
  'kept',
  'happened',
  'reply',
  'replies',
  'attended',
  'showed',
]);
/** What a count of nothing is a failure of: "zero meetings", "nought deals", "zero next steps". */
const ACTIVITY = new Set([
  'deal',
  'deals',
  'meeting',
  'meetings',
  'call',
  'calls',
  'demo',
  'demos',
  'quote',
  'quotes',
  'sale',
  'sales',
  'opp',
  'opps',
  'next',
  'replies',
  'callbacks',
  'bookings',
  'appointments',
  'visits',
  'leads',
  'signed',
  'new',
  'closed',
  'booked',
  'made',
  'done',
]);

/** What a small figure came from ("off 140 dials"); failures whose absence is good news ("lost"). */
const FROM = new Set(['from', 'off', 'on', 'out']);
const FAILED = new Set([...FAILURE_VERBS, ...NEGATIVE_CUES]);
const EXCESS = new Set(['over', 'above', 'beyond', 'outside', 'past']);

/** A word of `words` within three tokens of k, inside from..to (k itself is a figure, never one of them). */
const near = (tokens: readonly Token[], k: number, from: number, to: number, words: ReadonlySet<string>) =>
  anyOf(tokens, Math.max(from, k - 3), Math.min(to, k + 3), words);

/**
 * An outcome far short of what was planned or worked for, read from two figures: "commit said 80k,
 * closed 12k", "14 call blocks scheduled and 3 actually done" (the second less than half the first,
 * one said as planned, the other as done); "3 sales off 140 dials", "4 replies from 120 emails"
 * (less than a tenth of what it came from); "zero meetings booked", "nought deals" (nothing of an
 * activity).
 */
function outcomeShort(tokens: readonly Token[], a: number, b: number): boolean {
  const figures: number[] = [];
  for (let k = a; k <= b; k++) {
    const v = valueOf(tokens[k]);
    if (v === null) continue;
    // Nothing of an activity ("zero meetings booked"), but not nothing of a failure ("zero deals
    // lost on price") or of an excess ("zero deals over the discount limit"), which is good news.
    if (
      v === 0 &&
      tokens[k]!.kind === 'word' &&
      near(tokens, k, k + 1, Math.min(b, k + 3), ACTIVITY) &&
      !near(tokens, k, k + 1, Math.min(b, k + 3), FAILED) &&
      !EXCESS.has(tokens[k + 2]?.norm ?? '')
    )
      return true;
    figures.push(k);
  }
  for (let x = 0; x < figures.length; x++)
    for (let y = x + 1; y < figures.length; y++) {
      const i = figures[x]!;
      const j = figures[y]!;
      const first = valueOf(tokens[i])!;
      const second = valueOf(tokens[j])!;
      if (first > 0 && second < first / 2 && near(tokens, i, a, j - 1, PLANNED) && near(tokens, j, i + 1, b, DONE)) return true;
      // "£18k against a £150k quarter", "8 calls a day when the floor is 50": a figure set against a
      // larger one, or against a target named just before it.
      if (second > 0 && first < second / 2 && j - i <= 8 && near(tokens, j, i + 1, j - 1, HELD_TO)) return true;
      // "3 sales off 140 dials": the small figure first, what it came from after.
      if (second > 0 && first < second / 10 && j - i <= 6) {
        for (let m = i + 1; m < j; m++) if (FROM.has(tokens[m]!.norm)) return true;
      }
    }
  return false;
}
