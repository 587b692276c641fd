// A feeling the speaker owns and ties to a fact, a feeling of the rep's that the speaker acknowledges,
// and praise that sits in a later clause of an "every time" sentence are fair wording; the bare
// feeling, the judgement dressed as empathy and the complaint with "every time" are not.
import { describe, expect, it } from 'vitest';
import { coachWording } from './coach';

const tone = (s: string) => coachWording(s).tone;

describe('feelings and "every time" said fairly', () => {
  it.each([
    "I'm disappointed that the Meridian renewal slipped again; it was due on the 3rd and signed on the 20th.",
    'I am frustrated because we agreed the pipeline review in May and it has not happened once.',
    "I know you're upset about the territory change, and your calls fell from 60 to 35 a week since.",
    "It's clear you are annoyed about the split, and the Q3 number is still 41% of target.",
    'Every time you present to finance they sign off faster, that is a real strength.',
    'Every single time you lead the kickoff the client leaves confident, thank you.',
  ])('balanced: %s', (s) => {
    expect(tone(s)).toBe('balanced');
  });

  it.each([
    "Frankly, I'm disappointed.",
    'I am frustrated with the forecast.',
    "You're upset all the time.",
    "I can see you're useless at this.",
    'Every single time I check, your CRM is empty.',
    'Every single time I check your CRM is empty, that is a real problem.',
  ])('too hard: %s', (s) => {
    expect(tone(s)).toBe('too-hard');
  });
});
