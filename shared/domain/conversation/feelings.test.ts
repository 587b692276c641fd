// A feeling the speaker owns and ties to a fact, a feeling of the rep's that the speaker acknowledges,
// and praise that sits in a later clause of an "every time" sentence are fair wording; the bare
// feeling, the judgement dressed as empathy and the complaint with "every time" are not.
import { describe, expect, it } from 'vitest';
import { coachWording } from './coach';
import { ruleCats } from './testing';

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

  // The loaded-word rule reads "X was unfair" after "you feel" as the rep's view, reported.
  it.each([
    'I know you feel the territory split was unfair.',
    'You told me the new leads were worthless; bring me three examples by Friday.',
    'You said the pricing was unfair to small dealers.',
  ])("no loaded word in the rep's reported view: %s", (s) => {
    expect(ruleCats(s)).not.toContain('loaded');
  });
  it.each(['The territory split was unfair to nobody, and the forecast was pathetic.', 'You feel fine, but the demo was pathetic.'])(
    "a loaded word of the speaker's own: %s",
    (s) => {
      expect(ruleCats(s)).toContain('loaded');
    },
  );
});
