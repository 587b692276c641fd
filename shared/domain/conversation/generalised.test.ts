// The shapes added in the round after the first never-tuned batch: each is checked on sentences
// written here (in none of the corpus files), with a look-alike the coach must leave alone.
import { describe, expect, it } from 'vitest';
import { coachWording } from './coach';

const kinds = (text: string) => coachWording(text).flags.map((f) => f.kind);
const tone = (text: string) => coachWording(text).tone;

describe('praise on a failure', () => {
  it('after lead-in words ("Oh that\'s just lovely, …")', () => {
    expect(kinds('Oh that is just lovely, the demo crashed again.')).toContain('sarcasm');
    expect(tone('Oh that is just lovely news, you signed Orbis on Friday.')).toBe('balanced');
  });
  it('underlined by an aside ("Superb job, honestly, …")', () => {
    expect(kinds('Superb job, honestly, one meeting all month.')).toContain('sarcasm');
    expect(tone('Superb job on the Orbis demo, honestly.')).toBe('balanced');
    expect(tone('Great work, really.')).toBe('balanced');
  });
  it('praise after the loss does not cancel it', () => {
    expect(kinds('Wonderful, you lost Kessler two days before they would have signed.')).toContain('sarcasm');
    expect(tone('Wonderful, you signed Kessler two days before the deadline.')).toBe('balanced');
  });
  it('praise cut off by a clause that praises nothing ("Stellar month, Dana. One demo booked.")', () => {
    expect(kinds('Stellar month, Dana. One demo booked.')).toContain('sarcasm');
    expect(tone('Nice one. Only took you three weeks to send the proposal.')).toBe('too-hard');
    expect(tone('Lovely idea, Marco. Now go and make the calls you skipped.')).toBe('too-hard');
    expect(tone('Stellar month, Dana. Four new logos signed.')).toBe('balanced');
    expect(tone('Great quarter, Priya. You earned every bit of it.')).toBe('balanced');
    expect(tone('Congrats on the Halden renewal, it was a long road.')).toBe('balanced');
  });
  it('a hyphenated "no-" names what did not happen', () => {
    expect(kinds('Fantastic effort, four no-shows this week.')).toContain('sarcasm');
  });
});

describe('a named colleague held up to the rep', () => {
  it('"<Name> never needs …", "<Name> would never have …", "Even <Name> managed …"', () => {
    expect(kinds('Dana never needs chasing for her forecast.')).toContain('comparison');
    expect(kinds('Ravi would never have let that slip.')).toContain('comparison');
    expect(kinds('Even Sam managed to book a meeting.')).toContain('comparison');
  });
  it('leaves a complaint about a customer, or a name in the middle of a fact, alone', () => {
    expect(tone('Acme never pays on time.')).toBe('balanced');
    expect(tone('Even so, Sam booked twelve meetings in May.')).toBe('balanced');
    expect(tone('The customer said Ravi would never call back.')).toBe('balanced');
  });
});

describe('the shapes added to the pattern rows', () => {
  it.each([
    ['Folks have been let go for less.', 'threat'],
    ['You are out of chances.', 'threat'],
    ['Same excuse, different quarter.', 'personal'],
    ['You let the Orbis contract lapse.', 'blame'],
    ['I am raising this because the VP asked.', 'deflecting'],
    ['Your conversion looks too low.', 'vague'],
    ['I do not have time for this today.', 'contempt'],
    ['Everyone else on the floor hit 90% in May.', 'comparison'],
  ])('%s → %s', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });
  it('a number takes a claim of too little out of "vague"', () => {
    expect(kinds('Your conversion looks too low at 12% in May.')).not.toContain('vague');
  });
});

describe('plain facts of a pipeline are not loaded words', () => {
  it('"stalling", "stuck"', () => {
    expect(tone('Which deals are stalling at legal, and why?')).toBe('balanced');
    expect(tone('Why are the deals stuck in legal?')).toBe('balanced');
  });
});
