// What the wording coach can say about a span: its category (what the words do to the rep), the
// kind it counts as on the tone meter, a name the manager reads first, why it hurts the
// conversation, and how to rewrite it around a fact.
import type { WordingKind } from '@shared/schemas/conversation';

export type Category = { kind: WordingKind; name: string; why: string; advice: string };

const cat = (kind: WordingKind, name: string, why: string, advice: string): Category => ({ kind, name, why, advice });

export const CATEGORIES = {
  personal: cat(
    'personal',
    'About the person',
    'This is about the person, not about what they did. It invites a defence of who they are.',
    'Describe the behaviour and what it led to',
  ),
  generalisation: cat(
    'personal',
    'Generalisation about the person',
    'This turns one episode into a fixed trait ("that is how you are"), which leaves the rep nothing to change.',
    'Describe the episode and what it led to, with its date',
  ),
  absolute: cat(
    'absolute',
    'Always / never',
    '"Always" and "never" about a person are almost never literally true, so the rep will argue with the word instead of the fact.',
    'Say how often it happened, over which period',
  ),
  loaded: cat(
    'loaded',
    'Loaded word',
    'An emotional, loaded word. It raises the temperature and hides the fact behind a judgement.',
    'Use neutral words and let the number carry the weight',
  ),
  blame: cat(
    'blame',
    'Blame',
    'This assigns fault. Describe what happened and what it led to instead.',
    'Describe what happened and its effect, not whose fault it is',
  ),
  sarcasm: cat('sarcasm', 'Sarcasm', 'Sarcasm says the opposite of what is meant and reads as contempt.', 'Say plainly what you saw'),
  'praising-failure': cat(
    'sarcasm',
    'Sarcasm: praising a failure',
    'Praise wrapped around a shortfall says the opposite of what is meant and reads as contempt.',
    'Say plainly what fell short and by how much',
  ),
  shouting: cat(
    'shouting',
    'Shouting',
    'Capitals and stacked exclamation marks read as a raised voice.',
    'Write it in normal case, without exclamation marks; the fact is strong enough',
  ),
  threat: cat(
    'threat',
    'Threat',
    'This reads as a threat. A consequence stated plainly, with the standard and the date, is fair; a threat is not.',
    'State the consequence plainly instead: the standard, the review date, and what follows if it is not met',
  ),
  'job-threat': cat(
    'threat',
    'Threat or regret about the job',
    'Questioning the rep’s place in the job is a threat; it puts their livelihood on the table instead of the work.',
    'State the consequence plainly instead: the standard, the review date, and what follows if it is not met',
  ),
  contempt: cat(
    'contempt',
    'Contempt and dismissal',
    'This dismisses what the rep has to say. A rep who is not heard stops telling you what is really in the way.',
    'Ask what is in the way, then bring the conversation back to the number',
  ),
  'contempt-standard': cat(
    'contempt',
    'Contempt phrased as a standard',
    'This states the standard as a put-down ("any competent rep would …"), which makes falling short a matter of worth.',
    'State the standard itself and where the rep stands against it',
  ),
  intent: cat(
    'intent',
    'Assumed intent',
    'This claims to know why the rep did it (not trying, not caring). You can see what they did, not their motive, and they will defend the motive.',
    'Describe what you saw and ask what got in the way',
  ),
  comparison: cat(
    'comparison',
    'Comparison with others',
    'Comparing the rep with colleagues sets them against the team and invites "their territory is easier".',
    'Compare with the agreed expectation, not with a colleague',
  ),
  rhetorical: cat(
    'rhetorical',
    'Rhetorical blame question',
    'A question that is really a reproach leaves no answer but a defence.',
    'Make the statement it hides, with the number, or ask a real question (what got in the way?)',
  ),
  hedge: cat('hedge', 'Hedging', 'A hedge makes the point sound optional. Say it directly.', 'Say it directly'),
  apology: cat(
    'apology',
    'Apologising',
    'Apologising for the conversation tells the rep it is unfair or unimportant. It is neither.',
    'The conversation is fair: open with the facts',
  ),
  minimising: cat(
    'minimising',
    'Minimising',
    'This shrinks the issue. If it matters enough to raise, say that it matters.',
    'Say that it matters, and why',
  ),
  reassurance: cat(
    'minimising',
    'Over-reassurance',
    'Reassurance before the problem is named tells the rep there is nothing to act on.',
    'Say that it matters, and offer support tied to the number',
  ),
  deflecting: cat(
    'deflecting',
    "Passing the message off as someone else's",
    'Handing the message to HR or "upstairs" tells the rep you do not stand behind it, so it will not be taken seriously.',
    'Own the message: say what you expect and why',
  ),
  permission: cat(
    'permission',
    'Asking permission to speak',
    'Asking whether you may raise it makes the point optional; giving feedback is part of your job.',
    'Open with the point itself',
  ),
  vague: cat(
    'vague',
    'Vague claim',
    'A claim with no number or date: the rep cannot tell how big the gap is, or check it.',
    'Name the number and the period',
  ),
} as const satisfies Record<string, Category>;

export type CategoryId = keyof typeof CATEGORIES;

/** The explanation shown under a flag: the category's name first, then why. */
export const explain = (id: CategoryId) => `${CATEGORIES[id].name}: ${CATEGORIES[id].why}`;
