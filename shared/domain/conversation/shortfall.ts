// A figure short of what it is measured against, read from the figure's shape rather than a list
// of phrases: sarcasm often praises one ("Wow, 41% of quota"), and plain praise never does.
import { NUMBER_WORDS } from './lexicon';
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
 * figure against a target, under a figure or down to one, or nothing at all ("$0 closed").
 */
export function shortfallFigure(tokens: readonly Token[], a: number, b: number): boolean {
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
const RISING = new Set([
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

function measuredAgainst(tokens: readonly Token[], k: number, b: number): boolean {
  for (let m = k + 1; m <= Math.min(b, k + 4); m++) if (AGAINST.has(tokens[m]!.norm) && targetWithin(tokens, m + 1, Math.min(b, m + 4))) return true;
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
