// Praise the learned layer may not call too hard (layer.ts): short praise with nothing negative in
// it, praise of a figure at or past its target, and praise of a failure turned round. The model has
// read far more sarcasm opening with praise than plain praise, so these readings hold it back.
import { RECOVERY } from '../lexicon';
import { recovered } from '../sarcasm';
import { shortfallFigure, targetMet } from '../shortfall';
import type { Token } from '../tokenize';
import { chargeOf } from './features';

/** The most words of praise that is read as plain praise when nothing negative is in it. */
const SHORT_PRAISE_WORDS = 12;
const BREAKS = new Set([',', ';', ':', '-', '–', '—', '.', '!', '?', '…']);

/**
 * Whether every clause of tokens a..b holds a word of praise ("Congratulations on the renewal!
 * Well deserved."), a clause being the words between two stops or commas; a clause of one word
 * ("Sam", "honestly") does not count. "Cute idea, Brandon. Now go do your actual job." has a clause
 * with none.
 */
function praiseThroughout(tokens: readonly Token[], a: number, b: number): boolean {
  let words = 0;
  let praised = false;
  for (let k = a; k <= b + 1; k++) {
    const t = tokens[k];
    if (k > b || !t || (t.kind === 'punct' && BREAKS.has(t.norm))) {
      if (words >= 2 && !praised) return false;
      words = 0;
      praised = false;
    } else if (t.kind === 'word' && !t.quoted) {
      words++;
      if (chargeOf(t.norm) === 'POS') praised = true;
    }
  }
  return true;
}

/**
 * Short praise with nothing negative, no failure and no figure short of its target in it
 * ("Congratulations on the renewal!", not "Congrats on a third of your number"), or praise of a
 * figure at or past its target: the model, which has read far more sarcasm opening with praise than
 * plain praise, may not call it too hard. Where a clause carries no praise ("Cute idea, Brandon.
 * Now go do your actual job.", "Stellar week. Two calls logged."), the praise is kept only while
 * the model's lean to "too hard" is `slight`.
 */
export function plainPraise(tokens: readonly Token[], a: number, b: number, slight: boolean): boolean {
  let words = 0;
  let praise = false;
  let negative = false;
  for (let k = a; k <= b; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.quoted) continue;
    words++;
    const charge = chargeOf(t.norm);
    if (charge === 'NEG') negative = true;
    if (charge === 'POS') praise = true;
  }
  if (!praise || shortfallFigure(tokens, a, b)) return false;
  // Praise of a figure at or past its target is praise at any length ("Superb quarter, 134% of
  // quota and not one discount over 10%").
  if (targetMet(tokens, a, b)) return true;
  return !negative && words <= SHORT_PRAISE_WORDS && (slight || praiseThroughout(tokens, a, b));
}

/** Praise of a failure turned round ("Brilliant save on Acme, they were close to cancelling"), which no rule found sarcastic. */
export function recoveryPraised(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++)
    if (!tokens[k]!.quoted && !RECOVERY.has(tokens[k]!.norm) && chargeOf(tokens[k]!.norm) === 'POS') return recovered(tokens, a, b);
  return false;
}
