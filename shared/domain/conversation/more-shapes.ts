// Shapes added after the never-tuned batch of 60 (corpus/never-tuned.json, now tuned on), each
// written for a kind of sentence rather than for the line that showed it missing:
// dismissal by the clock or by the listener ("I don't have time for this", "the floor is
// laughing"), the job put in doubt by its end ("let go", "out of chances", "still here"), a pattern
// pinned on the rep ("same story, different month"), blame for an outcome left to happen ("you let
// the renewal die"), the message handed on from someone else ("because finance asked"), and a
// claim of too little with no number ("too thin", "could be doing more", "has slipped").
// Same notation and conditions as shapes.ts.
import type { CategoryId } from './categories';

type Flag = 'q' | 'np' | 'nn' | 'you';
export type Row = [CategoryId, string, ...Flag[]];

export const MORE_ROWS: Row[] = [
  // Contempt and dismissal.
  ['contempt', 'do|does not have *1 time for this|that|your|it|excuses'],
  ['contempt', 'not interested in *2 story|stories|reasons|excuses|history|details|backstory'],
  ['contempt', 'laughing|laugh|laughed|laughs at'],
  ['contempt', 'laughing stock'],
  ['rhetorical', 'what is your problem|excuse|issue', 'q'],
  // Assumed intent.
  ['intent', 'hoping|hope|hoped|thought|think *3 not|never notice'],
  ['intent', 'just|only|barely *1 enough not|to'],
  ['job-threat', 'get|getting|got|be|been fired|sacked', 'nn'],
  ['intent', 'doing|do|does the minimum'],
  // Comparison with others, also when it gives a number: the number is theirs, not the rep's.
  ['comparison', 'everyone|everybody else *4 hit|hits|made|makes|closed|did|does|managed|got'],
  ['comparison', 'with|had|on|given the same leads|territory|patch|accounts|list|patches|tools'],
  ['comparison', 'only you who|that'],
  ['comparison', '@PEERS *2 twice|double|triple|half'],
  // Threats or regret about the job.
  ['job-threat', 'let go|fired|sacked|dismissed|terminated for'],
  ['job-threat', 'been|get|got|be|getting let go', 'nn'],
  ['job-threat', 'out of chances|road|rope'],
  ['job-threat', 'last|final chance|warning', 'nn'],
  ['job-threat', 'you are still here|around'],
  ['job-threat', 'get|getting|grow|too attached|comfortable to|in|here'],
  ['threat', 'again and we|this'],
  ['threat', 'different conversation'],
  // Generalisation: one episode made a pattern.
  ['generalisation', '^same story|thing|excuse|song|problem'],
  ['generalisation', 'same story|excuse|song , different|every|another'],
  // Blame for an outcome let happen.
  ['blame', 'you let *3 die|slip|lapse|rot|walk|expire|collapse|fall'],
  // The message handed on as someone else's.
  ['deflecting', 'because|since the|my|our? @AUTH *2 @ORDER|asked|said|says'],
  ['deflecting', 'only|just bringing|raising|mentioning this|it up? because'],
  ['deflecting', 'not me saying|asking|talking|deciding'],
  ['deflecting', 'i have|had|got to say|raise|mention|tell this|it'],
  ['deflecting', '^between us ,'],
  ['deflecting', 'it is the|company policy|rules'],
  // Asking permission.
  ['permission', 'is now|this|it a|an @OK|convenient time', 'q'],
  // Too little, with no number.
  ['vague', 'is|looks|feels too light|thin|low|small', 'nn'],
  ['vague', 'could|should|can be doing|do|give more|better', 'nn'],
  ['vague', 'needs|need to get|be|become better|stronger|sharper', 'nn'],
  ['vague', 'like to see better|more|higher|stronger|improved', 'nn'],
  ['vague', 'has|have slipped|dropped|declined|dipped|fallen|suffered', 'nn'],
];
