// Praise on a failure is sarcasm: "Great job missing the target again", "Wonderful, zero
// meetings", "Well that's just perfect, the forecast is off again". The praise is found by the
// openers in the lexicon or by its charge (AFINN +3 and above) at the start of the sentence, said as
// an exclamation; the failure by a negative cue, a shortfall word or a strongly negative word up to
// where the sentence turns ("but", "though"). Praise that goes on praising is left alone, and so
// is praise of a failure turned round ("Great work rescuing the renewal after it slipped").
import { LOST_OUTCOMES, NEGATIVE_CUES, PRAISE_CUES, PRAISE_OPENERS, RECOVERY } from './lexicon';
import { shortfallFigure, targetMet } from './shortfall';
import type { Ctx } from './spans';
import { criticism, firstWordIndex, matchAt } from './spans';
import type { Token } from './tokenize';
import { valence } from './valence';

const PRAISE_INDEX = firstWordIndex(PRAISE_OPENERS.map((words) => ({ words, kind: 'sarcasm' as const })));

/** Words that report a shortfall, beside the negative cues: what praise is sarcastic about. */
const SHORTFALL = new Set([
  'lose',
  'nobody',
  'stuck',
  'whole',
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
const NEARLY = new Set(['nearly', 'almost', 'about', 'close', 'before']);
/** A deal or an account lost at k ("the renewal lapsed"), not one that nearly was ("the account that nearly churned"). */
const lostHere = (tokens: readonly Token[], k: number) =>
  LOST_OUTCOMES.has(tokens[k]!.norm) && !NEARLY.has(tokens[k - 1]?.norm ?? '') && !NEARLY.has(tokens[k - 2]?.norm ?? '');

/** Words of a deal won or brought back: "won them back", "you still closed it". */
const WON = new Set([
  'won',
  'win',
  'winning',
  'wins',
  'brought',
  'bring',
  'bringing',
  'got',
  'getting',
  'pulled',
  'clawed',
  'closed',
  'signed',
  'landed',
]);
const NOTHING = new Set(['nothing', 'zero', 'none', 'no', 'nil', 'nought']);
/** A recovery word in a..b, outside quotes, with no figure short of its target beside it. */
export function recovered(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) {
    const t = tokens[k]!;
    if (t.quoted) continue;
    // "… it slipped twice and you still closed it", not "you still closed nothing".
    if (t.norm === 'still' && WON.has(tokens[k + 1]?.norm ?? '') && !NOTHING.has(tokens[k + 2]?.norm ?? '')) return !shortfallFigure(tokens, a, b);
    // "Save the story for someone who cares" is a command, not a deal saved.
    if (!RECOVERY.has(t.norm) || (t.norm === 'save' && (k === 0 || tokens[k - 1]!.sentence !== t.sentence || tokens[k - 1]!.kind === 'punct')))
      continue;
    // "back" only as a deal won or brought back, not "pushed back" or "back to stage one".
    if (t.norm === 'back' && !WON.has(tokens[k - 1]?.norm ?? '') && !WON.has(tokens[k - 2]?.norm ?? '')) continue;
    return !shortfallFigure(tokens, a, b);
  }
  return false;
}

/** Words after which the sentence turns from praise to a point of its own. */
const CONTRAST = new Set(['but', 'though', 'although', 'however', 'yet', 'despite']);

/** "But", "though", …: the sentence turns here ("yet another" is no turn). */
const turns = (tokens: readonly Token[], k: number) => CONTRAST.has(tokens[k]?.norm ?? '') && tokens[k + 1]?.norm !== 'another';

function shortfallIn(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) {
    const t = tokens[k];
    if (!t || t.kind !== 'word' || t.quoted) continue;
    // "… when nobody else could" sets the rep above the rest: praise, not a shortfall.
    if (t.norm === 'nobody' && tokens[k + 1]?.norm === 'else') continue;
    if (NEGATIVE_CUES.has(t.norm) || SHORTFALL.has(t.norm) || lostHere(tokens, k) || (valence(t.norm) <= -2 && t.norm !== 'worry')) return true;
    // "no-shows", "no-go": a hyphenated "no" names something that did not happen.
    if (t.norm.startsWith('no-')) return true;
  }
  return false;
}

const NONE = new Set(['no', 'not', 'zero', 'without', 'never']);
const FILLERS = new Set(['one', 'a', 'single', 'any']);
/** The index of the failure word in "not one complaint", "zero errors", "without a single escalation"; -1 if k opens no such phrase. */
function absentFailure(tokens: readonly Token[], k: number, b: number): number {
  if (!NONE.has(tokens[k]!.norm)) return -1;
  let m = k + 1;
  while (m <= b && m <= k + 3 && FILLERS.has(tokens[m]!.norm)) m++;
  const w = tokens[m];
  if (m > b || !w || w.kind !== 'word') return -1;
  return NEGATIVE_CUES.has(w.norm) || valence(w.norm) <= -2 || ESCAPES.has(w.norm) ? m : -1;
}
/** "134% and not one complaint": every failure named is one that did not happen, so the praise is praise. */
function onlyAbsentFailures(tokens: readonly Token[], a: number, b: number): boolean {
  let absent = false;
  for (let k = a; k <= b; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.quoted) continue;
    const m = absentFailure(tokens, k, b);
    if (m > k) {
      absent = true;
      k = m;
      continue;
    }
    if (NEGATIVE_CUES.has(t.norm) || SHORTFALL.has(t.norm) || lostHere(tokens, k) || valence(t.norm) <= -2 || t.norm.startsWith('no-')) return false;
  }
  return absent && !shortfallFigure(tokens, a, b);
}
/** Failures whose absence is praised, beyond the lexicon's negative words. */
const ESCAPES = new Set(['escalation', 'escalations', 'discount', 'discounts', 'chargeback', 'chargebacks', 'churn', 'returns', 'refund', 'refunds']);

/** "Great job missing the target again", "Wonderful, zero meetings": praise on a failure is sarcasm. */
export function praiseOnFailureRule(c: Ctx, i: number, t: Token) {
  const s = c.sentences[t.sentence];
  if (!s) return;
  const { tokens } = c;
  let j = -1;
  for (const p of PRAISE_INDEX.get(t.norm) ?? []) j = Math.max(j, matchAt(tokens, i, p.words, c.shield));
  // Strong praise by its charge (AFINN +3 and above) opening the sentence, as an exclamation
  // does ("Wonderful, …", "Brilliant forecast, …", "Oh lovely, …"); "good conversations" inside a
  // sentence is not an exclamation.
  if (j < 0 && valence(t.norm) >= 3 && opensSentence(tokens, s.first, i) && exclaimed(tokens, i)) j = i;
  if (j < 0) return;
  // Praise of a figure past its target is praise: "Superb quarter, 134% of quota and not one discount over 10%".
  if (targetMet(tokens, s.first, s.last) && !shortfallFigure(tokens, s.first, s.last)) return;
  // "Amazing effort, really, two calls": the praise underlined by an aside is said for effect.
  const comma = tokens[j + 1]?.norm === ',' ? j + 1 : PRAISED.has(tokens[j + 1]?.norm ?? '') && tokens[j + 2]?.norm === ',' ? j + 2 : -1;
  if (comma > 0 && ASIDES.has(tokens[comma + 1]?.norm ?? '') && tokens[comma + 2]?.kind === 'punct' && comma + 3 <= s.last) {
    c.add(i, comma + 1, 'sarcasm', 'praising-failure');
    return;
  }
  // The rest of the sentence up to a turn: "Nice work on the demo, but …" is praise, then a point.
  let end = j;
  while (end < s.last && !turns(tokens, end + 1)) end++;
  // The failure may be a figure short of its target: "Stellar work, 41% of quota".
  if (!criticism(tokens, { ...s, first: j + 1, last: end }) && !shortfallIn(tokens, j + 1, end) && !shortfallFigure(tokens, j + 1, end)) return;
  if (onlyAbsentFailures(tokens, j + 1, end)) return;
  // "Great work rescuing the renewal after it slipped": the failure was turned round, and the praise is for that.
  if (recovered(tokens, j + 1, end)) return;
  if (hasPraiseAfter(tokens, j + 1, end)) return;
  c.add(i, j, 'sarcasm', 'praising-failure');
}

/** Words that may lead into an exclamation: "Well that's just perfect, …", "Oh how lovely, …". */
const LEAD_INS = new Set(['well', 'oh', 'that', 'this', 'is', 'just', 'how', 'so', 'really', 'what', 'a', 'ah', 'wow']);
const ASIDES = new Set(['really', 'honestly', 'seriously', 'truly']);

/** The word at i opens its sentence, after at most four lead-in words and never after "not". */
function opensSentence(tokens: readonly Token[], first: number, i: number): boolean {
  if (i - first > 4) return false;
  for (let k = first; k < i; k++) {
    const t = tokens[k];
    if (t?.kind === 'word' && !LEAD_INS.has(t.norm)) return false;
  }
  return true;
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
  for (let k = a; k <= b; k++) {
    // Praise after the failure is part of the failure: "you lost Hartwell the week before they signed".
    if (shortfallIn(tokens, k, k)) return false;
    if (PRAISE_CUES.has(tokens[k]?.norm ?? '') && tokens[k - 1]?.norm !== 'so') return true;
  }
  return false;
}
