import { describe, expect, it } from 'vitest';
import { rehearsalSummarySchema } from '@shared/schemas/conversation';
import { summariseRehearsal } from './rehearsal';

describe('summariseRehearsal', () => {
  it('coaches each reply and says which were too soft or too hard', () => {
    const s = summariseRehearsal([
      { objectionId: 'bad-territory', reply: 'Let us look at the territory separately. Meetings held were 9 against 16 in October.' },
      { objectionId: 'micromanaging', reply: 'Sorry, I guess it might feel a bit like that.' },
      { objectionId: 'others-same', reply: 'That is ridiculous, you always blame others!' },
      { objectionId: 'silence', reply: '   ' },
      { objectionId: 'anger', reply: 'I hear that this feels unfair. The figures are the same for everyone: 9 meetings against 16.' },
    ]);
    expect(s.totals).toEqual({
      count: 5,
      balanced: ['bad-territory', 'anger'],
      tooSoft: ['micromanaging'],
      tooHard: ['others-same'],
      empty: ['silence'],
    });
    expect(s.replies.map((r) => r.objectionId)).toEqual(['bad-territory', 'micromanaging', 'others-same', 'silence', 'anger']);
    expect(s.replies[1]!.flags.map((f) => f.kind)).toEqual(['apology', 'hedge', 'hedge']);
    expect(s.replies[2]!.flags.map((f) => f.kind)).toEqual(['loaded', 'absolute', 'shouting']);
    expect(s.replies[2]!.meter).toBeGreaterThan(0);
    expect(s.replies[3]).toMatchObject({ tone: 'balanced', flags: [] });
    expect(rehearsalSummarySchema.parse(s)).toEqual(s);
  });

  it('suggestions cite the rep’s numbers when given', () => {
    const s = summariseRehearsal([{ objectionId: 'x', reply: 'Maybe your calls are a bit low.' }], {
      metrics: [{ key: 'calls', label: 'Calls', value: 180, benchmark: 300, benchmarkSource: 'expectation', unit: 'count' }],
    });
    expect(s.replies[0]!.flags[0]!.suggestion).toBe('Say it directly. Cite: Calls: 180 against the expectation of 300 (40% below).');
  });

  it('no replies, empty totals', () => {
    expect(summariseRehearsal([])).toEqual({ replies: [], totals: { count: 0, tooHard: [], tooSoft: [], balanced: [], empty: [] } });
  });
});
