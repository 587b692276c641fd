import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConversationMetric } from '@shared/schemas/conversation';
import { coachWording, toneOf } from './coach';

/** Each case: the text and every flag expected, as "kind:exact span". Nothing more may be flagged. */
type Case = [string, string[]];

const spans = (text: string, metrics?: ConversationMetric[]) =>
  coachWording(text, metrics ? { metrics } : {}).flags.map((f) => `${f.kind}:${text.slice(f.start, f.end)}`);

const TOO_HARD: Case[] = [
  ['You are lazy.', ['personal:You are lazy']],
  ["You're so careless with the forecast.", ["personal:You're so careless"]],
  ['Stop being sloppy in your notes.', ['personal:being sloppy']],
  ['Your attitude in team meetings has to change.', ['personal:Your attitude']],
  ["You just don't care about the customers.", ["personal:You just don't care"]],
  ["What's wrong with you?", ["personal:What's wrong with you"]],
  ['People like you never last here.', ['personal:People like you']],
  ['You are not cut out for this role.', ['personal:not cut out for']],
  ["I'm disappointed in you.", ['personal:disappointed in you']],
  ['You have been really unprofessional.', ['personal:You have been really unprofessional']],
  ['You always miss the forecast call.', ['absolute:You always']],
  ['You never follow up after a demo.', ['absolute:You never']],
  ["You're always late to the pipeline review.", ["absolute:You're always"]],
  ['You keep forgetting to log your calls.', ['absolute:You keep']],
  ['Every single time we talk about this, nothing changes.', ['absolute:Every single time']],
  ['This happens all the time.', ['absolute:all the time']],
  ['That was a disaster of a quarter.', ['loaded:disaster']],
  ['Your forecast is a joke.', ['loaded:a joke']],
  ['Frankly, this is pathetic.', ['loaded:pathetic']],
  ["I'm sick and tired of chasing your updates.", ['loaded:sick and tired']],
  ["I can't believe you sent that proposal.", ["loaded:I can't believe"]],
  ['What were you thinking?', ['loaded:What were you thinking']],
  ['This is your fault.', ['blame:your fault']],
  ['We lost the Acme deal because of you.', ['blame:because of you']],
  ['You let the team down this month.', ['blame:You let the team down']],
  ['You dropped the ball on the renewal.', ['blame:You dropped the ball']],
  ['That one is on you.', ['blame:is on you']],
  ['Nice of you to join us.', ['sarcasm:Nice of you to join']],
  ['Thanks for finally sending the report.', ['sarcasm:Thanks for finally']],
  ['Oh great, another missed deadline.', ['sarcasm:Oh great']],
  ['Must be nice to leave at four.', ['sarcasm:Must be nice']],
  ['Sure you did.', ['sarcasm:Sure you did']],
  ['This is UNACCEPTABLE.', ['loaded:UNACCEPTABLE', 'shouting:UNACCEPTABLE']],
  ['I NEED THE REPORT NOW.', ['shouting:NEED THE REPORT NOW']],
  ['Why is this late?!', ['shouting:?!']],
  ['Send it today!!', ['shouting:!!']],
  ['You missed the target again!', ['shouting:!']],
  ['Improve or else.', ['threat:or else']],
  ["If you miss this again, you'll be fired.", ["threat:you'll be fired"]],
  ['This is your last chance.', ['threat:your last chance']],
  ['Your job is on the line here.', ['threat:Your job is on the line']],
  ["You'd better hit the number.", ["threat:You'd better"]],
  ['Consider this your final warning.', ['threat:final warning']],
  ['Do it NOW.', ['shouting:NOW']],
  ['DO NOT DO THAT', ['shouting:DO NOT DO THAT']],
  ['You seem really unmotivated lately.', ['personal:You seem really unmotivated', 'vague:lately']],
  ['Stop acting so defensive.', ['personal:acting so defensive']],
  ['Your personality is the problem.', ['personal:Your personality']],
  ['Not once did you update the CRM.', ['absolute:Not once']],
  ['You constantly interrupt the customer.', ['absolute:You constantly']],
  ['This forecast is ridiculous.', ['loaded:ridiculous']],
  ['Honestly, what a mess.', ['loaded:a mess']],
  ['You messed up the Delta proposal.', ['blame:You messed up']],
  ['Yeah right, the deal is about to close.', ['sarcasm:Yeah right']],
  ['Oh wonderful, the CRM is empty again.', ['sarcasm:Oh wonderful']],
  ["Hit the number or you're out.", ["threat:or you're out"]],
  ['Heads will roll if we miss this quarter.', ['threat:Heads will roll']],
  ['I will have to let you go.', ['threat:I will have to let you go']],
  ['You seem to always have a reason.', ['absolute:You seem to always']],
  ['Stop making excuses.', ['contempt:Stop making excuses']],
  ["Frankly, I'm disappointed.", ["loaded:I'm disappointed"]],
  ['This is totally unacceptable!!!', ['loaded:unacceptable', 'shouting:!!!']],
  ['You tend to never call back.', ['absolute:You tend to never']],
  ['I am frustrated with the forecast.', ['loaded:I am frustrated']],
  ['No excuses this time.', ['blame:No excuses']],
  ['Great job missing the target again.', ['sarcasm:Great job']],
  ['Brilliant, another lost deal.', ['sarcasm:Brilliant']],
  ["If the targets aren't met, we'll have to consider your position.", ['threat:consider your position']],
  ['Why do you never answer?', ['absolute:you never']],
];

const TOO_SOFT: Case[] = [
  ['Maybe we could look at your pipeline.', ['hedge:Maybe']],
  ['I was just wondering how the month went.', ['hedge:I was just wondering']],
  ["It's kind of below where it should be.", ['hedge:kind of']],
  ['I guess the numbers are sort of behind.', ['hedge:I guess', 'hedge:sort of', 'vague:behind']],
  [
    "Perhaps you could possibly book more meetings, if that's okay.",
    ['hedge:Perhaps', 'hedge:possibly', 'vague:more meetings', "hedge:if that's okay"],
  ],
  ['I just wanted to check in on the forecast.', ['hedge:I just wanted to']],
  ['Hopefully things pick up at some point.', ['hedge:Hopefully', 'hedge:at some point']],
  ['Sorry to do this, but we need to talk about your numbers.', ['apology:Sorry']],
  ['I apologise for bringing this up.', ['apology:I apologise']],
  ['I hate to say it, but the calls are down 30%.', ['apology:I hate to']],
  ["Don't take this the wrong way, but the forecast was off by 40%.", ["apology:Don't take this the wrong way"]],
  ["It's no big deal, but the report was late twice.", ['minimising:no big deal']],
  ["Don't worry, it's just a formality.", ["minimising:Don't worry", 'minimising:just a formality']],
  ["This is not a big deal, it's only a small thing.", ['minimising:not a big deal', 'minimising:a small thing']],
  ['Your numbers have been low lately.', ['vague:low']],
  ['Your activity is not where it needs to be.', ['vague:not where']],
  ['You need to improve.', ['vague:need to improve']],
  ['There are some issues with your pipeline.', ['vague:some issues']],
  ['Your results are disappointing.', ['vague:disappointing']],
  ["I'm not sure but the pipeline might be thin.", ["hedge:I'm not sure but"]],
  ['Whenever you can, send me the forecast.', ['hedge:Whenever you can']],
  ['When you get a chance, could you update the deals?', ['hedge:When you get a chance']],
  ['I feel bad about raising this.', ['apology:I feel bad']],
  ['This is awkward, but we need to talk.', ['apology:This is awkward']],
  ['No worries if not.', ['minimising:No worries']],
  ['There is nothing to worry about.', ['minimising:nothing to worry about']],
  ['Your pipeline is not good enough.', ['vague:not good enough']],
  ['Things have been slipping recently.', ['vague:slipping']],
  ['Your calls are behind where they should be.', ['vague:behind']],
  ['Your pipeline could be better.', ['vague:could be better']],
  ['I just want to check the forecast.', ['hedge:I just want to']],
  ['You need to make more calls.', ['vague:more calls']],
];

/** Must NOT be flagged: stated standards, praise, quoted words, number-backed statements, plain facts. */
const CLEAN: Case[] = [
  ['Never miss the Friday pipeline update.', []],
  ['Please always log every call on the same day.', []],
  ['You must never skip the weekly forecast.', []],
  ['You should always confirm the next step in writing.', []],
  ['You always prepare well for reviews.', []],
  ['You never miss a deadline.', []],
  ['You never forget to thank the customer.', []],
  ['You always help the new hires.', []],
  ['You always keep the stage honest even when it hurts your number.', []],
  ['Two more late renewals and we will review whether you keep the enterprise book.', []],
  ['The customer said "you never call back" and "this is a disaster".', []],
  ['Her exact words were “your attitude is the problem”.', []],
  ['Your meetings held were 9 against an expectation of 16 in October.', []],
  ['Your win rate fell from 31% to 18% over the last three months.', []],
  ['Calls dropped by 40 a week since March.', []],
  ['You booked 6 meetings last week against a floor of 12.', []],
  ['Thanks to you, we won the Acme renewal.', []],
  ['I appreciate your attitude in difficult deals.', []],
  ["Let's review the CRM report and the KPI targets for Q3.", []],
  ['Our QBR with the CEO is on Monday.', []],
  ['Great work on the Acme deal!', []],
  ["I'm sorry to hear about your father.", []],
  ["Let's agree three actions for the next 30 days.", []],
  ['Can you walk me through the last deal you lost at proposal?', []],
  ['The standard is 12 meetings held per week; in October you held 7.', []],
  ["You've always been reliable with your forecasts.", []],
  ['Call ACME CORP today.', []],
  ['We met IBM and SAP about the EMEA rollout.', []],
  ['We can let you go early on Friday.', []],
  ['You are behind on calls: 180 of 300 this month.', []],
  ['If the floor of 12 meetings a week is not met by 30 June, we will start a formal performance plan.', []],
  ['You held 9 meetings, the expectation is 16.', []],
  ['You always go the extra mile for your customers, thank you.', []],
  ['You never give up on a deal.', []],
  ['You always bring clear notes to our one-to-ones.', []],
  ['The buyer wrote: “sorry, this is a disaster for us”.', []],
  ['He said ‘your team is useless’ on the call.', []],
  ['Win rate: 18% (team median 30%) in Q3.', []],
  ['Sales cycle: 41 days against 30 for the team.', []],
  ['Please book 12 meetings per week from Monday.', []],
  ['I want to talk about the October numbers.', []],
  ["Let's look at the meetings held in September together.", []],
  ['I noticed you were late to three of the last four team meetings.', []],
  ['You did a great job on the Acme renewal, thank you.', []],
  ['You are the best closer on the team.', []],
  ["You're not lazy, but the calls are down 20% this month.", []],
  ['You really always deliver.', []],
  ['Nice work on the demo, but the follow-up was late.', []],
  ['Well done on the Acme deal.', []],
  ['Great work, the pipeline is up 20%.', []],
  ['Congratulations on the renewal!', []],
  ['Book 12 more meetings by Friday.', []],
  ['Can you always copy me on proposals?', []],
  ['Could you always log the call the same day?', []],
  ["You'll always have my support.", []],
  ['Please never send a proposal without a next step.', []],
];

describe('coachWording: too hard', () => {
  it.each(TOO_HARD)('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
    expect(coachWording(text).tone).toBe('too-hard');
  });
});

describe('coachWording: too soft', () => {
  it.each(TOO_SOFT)('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
    expect(coachWording(text).tone).toBe('too-soft');
  });
});

describe('coachWording: must not flag', () => {
  it.each(CLEAN)('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
    const r = coachWording(text);
    expect(r.tone).toBe('balanced');
    expect(r.meter).toBe(0);
  });
});

const METRICS: ConversationMetric[] = [
  { key: 'meetingsHeld', label: 'Meetings held', value: 9, benchmark: 16, benchmarkSource: 'expectation', unit: 'count' },
  { key: 'winPerOpportunity', label: 'Opportunity → win', value: 0.18, benchmark: 0.3, benchmarkSource: 'team-median', unit: 'rate' },
  { key: 'calls', label: 'Calls', value: 310, benchmark: 300, benchmarkSource: 'expectation', unit: 'count' },
  { key: 'csat', label: 'CSAT', value: null, benchmark: 4.2, benchmarkSource: 'team-median', unit: 'ratio' },
];

describe('coachWording: suggestions name the fact to cite', () => {
  it('cites the metric the sentence is about', () => {
    const [f] = coachWording('Your meetings have been low lately.', { metrics: METRICS }).flags;
    expect(f?.kind).toBe('vague');
    expect(f?.suggestion).toBe('Name the number and the period. Cite: Meetings held: 9 against the expectation of 16 (44% below).');
  });
  it('cites the win rate for a sentence about closing', () => {
    const [f] = coachWording('You never close anything.', { metrics: METRICS }).flags;
    expect(f?.kind).toBe('absolute');
    expect(f?.suggestion).toContain('Opportunity → win: 18% against the team median of 30% (40% below)');
  });
  it('without a cue word, cites the largest shortfall', () => {
    const [f] = coachWording('You are lazy.', { metrics: METRICS }).flags;
    expect(f?.suggestion).toContain('Meetings held: 9 against the expectation of 16 (44% below)');
  });
  it('never cites an unknown value', () => {
    const only: ConversationMetric[] = [METRICS[3]!];
    const [f] = coachWording('Customer satisfaction is poor.', { metrics: only }).flags;
    expect(f?.kind).toBe('vague');
    expect(f?.suggestion).not.toContain('CSAT');
    expect(f?.suggestion).toContain("from the rep's record");
  });
  it('without metrics, says what kind of fact to bring', () => {
    const [f] = coachWording('You are lazy.').flags;
    expect(f?.suggestion).toBe(
      "Describe the behaviour and what it led to. Cite the number and the period from the rep's record (for example, meetings held this month against the target or the peers' median).",
    );
  });
  it('a threat is answered with how to state a consequence plainly', () => {
    const [f] = coachWording('Improve or else.').flags;
    expect(f?.suggestion).toMatch(/^State the consequence plainly instead/);
    expect(f?.severity).toBe('too-hard');
    expect(f?.why).toMatch(/threat/);
  });
});

describe('coachWording: offsets, tone and meter', () => {
  it('offsets are UTF-16 indexes (emoji and accents before the span)', () => {
    const text = '🙂 José, 👍🏽 you are lazy.';
    const [f] = coachWording(text).flags;
    expect(text.slice(f!.start, f!.end)).toBe('you are lazy');
  });
  it('curly apostrophes and contractions are read like straight ones', () => {
    expect(spans('You’re always late.')).toEqual(['absolute:You’re always']);
    expect(spans('You don’t care.')).toEqual(['personal:You don’t care']);
  });
  it('several sentences on several lines keep their own offsets', () => {
    // Four sentences are read as two passages of two: the first too soft, the second too hard.
    const text = 'Thanks for coming.\nMaybe we look at calls.\nThe pipeline review is on Friday.\nYou are lazy.';
    expect(spans(text)).toEqual(['hedge:Maybe', 'personal:You are lazy']);
    expect(coachWording(text).flags.map((f) => f.start)).toEqual([19, 77]);
  });
  it('an unclosed quotation ends at the line break', () => {
    expect(spans('He said "this is a disaster\nYou are lazy.')).toEqual(['personal:You are lazy']);
  });
  it('the meter leans toward the heavier side and stays within (−1, 1)', () => {
    const hard = coachWording('You are lazy and this is pathetic. Or else.');
    const soft = coachWording('Sorry, maybe, kind of, no big deal.');
    expect(hard.meter).toBeGreaterThan(0.5);
    expect(soft.meter).toBeLessThan(-0.5);
    expect(coachWording('Sorry, you are lazy.').tone).toBe('too-hard');
    expect(coachWording('Sorry, maybe this is pathetic.').tone).toBe('too-soft');
  });
  it('one hedge weighs less in a long, factual text than alone', () => {
    const alone = coachWording('Maybe we look at calls.').meter;
    const long = coachWording('Maybe we look at calls. You made 180 calls in October. The floor is 300. We agreed 250 by June.').meter;
    expect(alone).toBeLessThan(long);
    expect(long).toBeLessThanOrEqual(0);
  });
  it('equal weights on both sides are balanced', () => {
    expect(toneOf([{ kind: 'hedge' }, { kind: 'shouting' }], 1)).toEqual({ tone: 'balanced', meter: 0 });
    expect(toneOf([], 3)).toEqual({ tone: 'balanced', meter: 0 });
  });
  it('empty and whitespace-only text is balanced with no flags', () => {
    expect(coachWording('')).toEqual({ tone: 'balanced', meter: 0, flags: [] });
    expect(coachWording('  \n\t ')).toEqual({ tone: 'balanced', meter: 0, flags: [] });
  });
});

const edgy = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc
    .array(
      fc.constantFrom(
        'you',
        'are',
        'lazy',
        'always',
        'never',
        'maybe',
        'sorry',
        'NOW',
        '!',
        '?',
        '"',
        '“',
        '”',
        "'",
        '’',
        '.',
        ',',
        '\n',
        ' ',
        '12',
        'calls',
        'low',
        'or else',
        '🙂',
        'é',
      ),
      { maxLength: 40 },
    )
    .map((xs) => xs.join(' ')),
);

describe('coachWording: properties', { timeout: 30_000 }, () => {
  it('flags are well-formed, sorted and inside the text', () => {
    fc.assert(
      fc.property(edgy, (text) => {
        const r = coachWording(text);
        expect(r.meter).toBeGreaterThanOrEqual(-1);
        expect(r.meter).toBeLessThanOrEqual(1);
        let last = 0;
        for (const f of r.flags) {
          expect(f.start).toBeGreaterThanOrEqual(last);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.why.length).toBeGreaterThan(0);
          expect(f.suggestion.length).toBeGreaterThan(0);
          last = f.start;
        }
        expect(r.tone === 'balanced').toBe(r.meter === 0);
        // Flags of the same family (words / shouting) never overlap: the UI marks each span once.
        for (const a of r.flags)
          for (const b of r.flags)
            if (a !== b && (a.kind === 'shouting') === (b.kind === 'shouting')) expect(a.end <= b.start || b.end <= a.start).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
  it('is deterministic', () => {
    fc.assert(
      fc.property(edgy, (text) => {
        expect(coachWording(text)).toEqual(coachWording(text));
      }),
      { numRuns: 200 },
    );
  });
  it('words inside quotation marks are never flagged', () => {
    fc.assert(
      fc.property(edgy, (inner) => {
        const clean = inner.replace(/["“”\n]/g, ' ');
        const text = `The customer wrote “${clean}” in the survey.`;
        const open = text.indexOf('“');
        const close = text.indexOf('”');
        for (const f of coachWording(text).flags) expect(f.end <= open || f.start > close).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
  it('adding a number or a date to a vague claim removes the vague flag', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('low', 'behind', 'slipping', 'not where it should be', 'down a lot'),
        fc.constantFrom('12', '40%', 'in March', 'last week', 'on Friday'),
        (claim, fact) => {
          const vague = `Your pipeline is ${claim}.`;
          expect(coachWording(vague).flags.map((f) => f.kind)).toContain('vague');
          expect(coachWording(`Your pipeline is ${claim} ${fact}.`).flags.map((f) => f.kind)).not.toContain('vague');
        },
      ),
    );
  });
});
