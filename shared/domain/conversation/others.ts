// Comparison with a named colleague: the rep is held against someone else by name, although the
// sentence never says "you". The shape is a third person who opens the sentence (a capitalised
// name, not a pronoun or a determiner) and is praised where the rep is implied to fall short:
//
//   <Name> never <a failure or a nudge>   "Mark never needs a reminder", "Ana never misses"
//   <Name> would never / not have …       "Jess would never have let that deal slip"
//   even <Name> <did it>                  "Even Tom managed to update his pipeline"
//
// A name followed by a complaint about them ("Acme never pays on time" is about a customer, and
// says nothing of the rep) is left alone: the comparison praises the other person.
import type { Ctx } from './spans';
import { FAILURE_VERBS } from './lexicon';
import type { Token } from './tokenize';
import { valence } from './valence';

/** Openers that are not a person's name, though capitalised at the start of a sentence. */
const NOT_A_NAME = new Set(
  'i you we they he she it this that these those there here the a an our your my their his her its what why how when where who which please if so and but then also maybe perhaps honestly nobody everyone someone people customers clients buyers'.split(
    ' ',
  ),
);
/** What the rep is implied to need and the colleague does not: "never needs a reminder". */
const NUDGES = new Set(['reminder', 'reminders', 'chasing', 'chaser', 'nudge', 'push', 'pushing', 'telling', 'prompting', 'help']);
const DID_IT = new Set([
  'managed',
  'manages',
  'did',
  'does',
  'can',
  'could',
  'got',
  'gets',
  'hit',
  'hits',
  'made',
  'makes',
  'remembered',
  'closed',
  'found',
]);

const isName = (t: Token | undefined) => !!t && t.kind === 'word' && !t.quoted && /^\p{Lu}\p{Ll}+$/u.test(t.raw) && !NOT_A_NAME.has(t.norm);

/** After "never" within three words: a failure ("misses", "let … slip") or a nudge the rep needs. */
function neverFails(tokens: readonly Token[], k: number): boolean {
  for (let m = k + 1; m <= k + 5; m++) {
    const t = tokens[m];
    if (!t || t.kind !== 'word' || t.sentence !== tokens[k]?.sentence) return false;
    if (FAILURE_VERBS.has(t.norm) || NUDGES.has(t.norm) || t.norm === 'slip' || (valence(t.norm) <= -1 && m > k + 1)) return true;
  }
  return false;
}

export function namedColleagueRule(c: Ctx, i: number, t: Token) {
  const { tokens } = c;
  const s = c.sentences[t.sentence];
  if (!s) return;
  // "Even Tom managed …", "even Priya can …"
  if (t.norm === 'even' && isName(tokens[i + 1]) && DID_IT.has(tokens[i + 2]?.norm ?? '')) {
    c.add(i, i + 2, 'comparison');
    return;
  }
  if (i !== s.first || !isName(t)) return;
  let k = i + 1;
  if (tokens[k]?.norm === 'would' || tokens[k]?.norm === 'will') k++;
  if (tokens[k]?.norm === 'never' || (tokens[k]?.norm === 'not' && tokens[k + 1]?.norm === 'have')) {
    if (tokens[k]?.norm === 'not' || neverFails(tokens, k)) c.add(i, k, 'comparison');
  }
}
