// Praise of a figure the rep's own record shows short is read as sarcasm, and only then: the
// figures below are the rep's (as the planner passes them), and the expected readings are a sales
// coach's, not the code's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConversationMetric } from '@shared/schemas/conversation';
import { coachWording } from './coach';
import { praisedGap } from './praised-gap';
import { tokenize } from './tokenize';

const winRate = (value: number, benchmark = 0.22): ConversationMetric => ({
  key: 'winPerOpportunity',
  label: 'Opportunity → win',
  value,
  benchmark,
  benchmarkSource: 'team-median',
  unit: 'rate',
});
const RECORD: ConversationMetric[] = [
  winRate(0.09),
  { key: 'calls', label: 'Calls', value: 410, benchmark: 400, benchmarkSource: 'expectation', unit: 'count' },
  { key: 'emails', label: 'Emails', value: 100, benchmark: 300, benchmarkSource: 'expectation', unit: 'count' },
  { key: 'cycleDaysMedian', label: 'Median sales cycle', value: 95, benchmark: 60, benchmarkSource: 'team-median', unit: 'days' },
  { key: 'pipeline', label: 'Open pipeline', value: 40_000, benchmark: 150_000, benchmarkSource: 'expectation', unit: 'money' },
  { key: 'opportunitiesCreated', label: 'Opportunities created', value: 4, benchmark: 12, benchmarkSource: 'expectation', unit: 'count' },
  { key: 'revenueWon', label: 'Won revenue', value: 30_000, benchmark: 90_000, benchmarkSource: 'expectation', unit: 'money' },
];
const coach = (text: string, metrics = RECORD, gapThreshold?: number) =>
  coachWording(text, gapThreshold === undefined ? { metrics } : { metrics, gapThreshold });

describe('praise of a figure the record shows short', () => {
  it.each([
    ['Great job on your win rate this quarter!', 'Opportunity → win: 9% against the team median of 22% (59% below)'],
    ['Your win rate this quarter is really excellent.', 'Opportunity → win: 9%'],
    ['Well done on the win rate.', 'Opportunity → win: 9%'],
    ['Great job on your 9% win rate.', 'Opportunity → win: 9%'],
    ['Your win rate of 9% is outstanding.', 'Opportunity → win: 9%'],
    ['Brilliant emails this month.', 'Emails: 100 against the expectation of 300 (67% below)'],
    ['What a healthy pipeline you have built.', 'Open pipeline: 40,000'],
    // Lower is better: 95 days against a median of 60 is the long side.
    ['Lovely sales cycle on your deals lately.', 'Median sales cycle: 95 days'],
  ])('flags "%s" as sarcasm and cites the figure', (text, fact) => {
    const r = coach(text);
    expect(r.tone).toBe('too-hard');
    const flag = r.flags.find((f) => f.kind === 'sarcasm');
    expect(flag?.why).toContain('Sarcasm: praising a failure');
    expect(flag?.why).toContain(fact);
    expect(flag?.suggestion).toContain(`Cite: ${fact}`);
  });

  it.each([
    // Calls meet their expectation; the short emails figure is not what was praised.
    'Great job on your calls this quarter.',
    'Your win rate is not great, 9% against 22%.',
    'Great to see your win rate up from 6%.',
    'Great job on your win rate, up from 6% in May.',
    'Great work on calls, but the win rate needs attention.',
    'Thanks for walking me through the win rate.',
    'Good to see you focusing on win rate.',
    "I'm happy to help with your emails.",
    'Is your win rate looking good this month?',
    'The buyer told me "great win rate, shame about the price".',
    'Brilliant save on the Acme renewal, and the win rate is 9% against 22%.',
    // Not praise of the figure: a noun the name describes, a pick among them, a word that only sounds kind, a count written out.
    'Brilliant pipeline review this morning: every opp had a next step.',
    "Let's pick your five best opps and I'll coach you on each.",
    'Happy to help you clean the pipeline this afternoon.',
    'Well done on the 31 emails you sent to the Acme buying group in November.',
    'I need to be honest that attainment is at 45%.',
    // A rate written out that is not short is praise of that rate, whatever the record says.
    'Great job on your 30% win rate in October.',
  ])('leaves "%s" alone', (text) => {
    expect(coach(text).flags.filter((f) => f.kind === 'sarcasm')).toEqual([]);
  });

  it('reads praise that is negated as no praise ("not great emails"), whatever else the coach makes of the line', () => {
    const read = (text: string) => {
      const { tokens, sentences } = tokenize(text);
      return praisedGap(tokens, sentences[0]!, RECORD)?.metric.key ?? null;
    };
    expect(read('Great emails this month.')).toBe('emails');
    expect(read('Not great emails this month.')).toBeNull();
  });

  it('cites the figure as the plan writes it: its period, the role and the manager’s currency', () => {
    const record: ConversationMetric[] = [
      { key: 'dealSize', label: 'Average deal size', value: 1423, benchmark: 2536, benchmarkSource: 'team-median', unit: 'money' },
    ];
    const r = coachWording('Great job on your deal size this quarter!', {
      metrics: record,
      cite: { periodLabel: 'Aug to Oct 2017', roleLabel: 'AE', locale: 'en-US', currency: 'USD' },
    });
    expect(r.flags[0]?.suggestion).toBe(
      'Say plainly what fell short and by how much. Cite: Average deal size in Aug to Oct 2017: $1,423 against the team median of $2,536 (44% below).',
    );
  });

  it('needs the rep’s figures: the same line with no metrics is read on its words alone', () => {
    expect(coach('Great job on your win rate this quarter!').tone).toBe('too-hard');
    expect(coachWording('Great job on your win rate this quarter!').tone).toBe('balanced');
  });

  it('uses the manager’s gap threshold: 59% short is no gap at a threshold of 70%', () => {
    expect(coach('Great job on your win rate this quarter!', RECORD, 0.7).tone).toBe('balanced');
    expect(coach('Great job on your win rate this quarter!', RECORD, 0.5).tone).toBe('too-hard');
  });

  it('flags exactly when the win rate is further below its benchmark than the threshold', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 100 }), fc.integer({ min: 5, max: 60 }), (v, b, t) => {
        const value = v / 100;
        const benchmark = b / 100;
        const threshold = t / 100;
        const r = coach('Great job on your win rate this quarter!', [winRate(value, benchmark)], threshold);
        // Short means under benchmark × (1 − threshold), with a hair's room for rounding either side.
        const ratio = value / benchmark;
        if (Math.abs(ratio - (1 - threshold)) < 1e-6) return;
        expect(r.flags.some((f) => f.kind === 'sarcasm')).toBe(ratio < 1 - threshold);
      }),
    );
  });
});
