// Batch 4 of wording the coach was not tuned on (never-tuned-4.json): written for issue 20 by a writer
// who had not seen the coach's code, rules or other statements, scored once when handed over (163 of
// 215 on the coach before the round, 175 of 215 after it). Its misses on balanced statements were then
// read and two rules corrected (feelings.test.ts), giving 180 of 215, so it is tuning data from now on.
// The learned layer is not trained on it (learned/data.ts does not list it). The test fails on a
// balanced statement called too hard other than the two still known, or below the recorded figure.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { coachWording } from '../coach';
import { labelledBatches } from '../learned/data';
import raw from './never-tuned-4.json';

const schema = z.object({
  rightAfterThisRound: z.string().regex(/^\d+ of \d+$/),
  items: z.array(z.object({ label: z.enum(['hard', 'soft', 'balanced']), category: z.string(), text: z.string().min(3) })).min(200),
});
const TONE = { hard: 'too-hard', soft: 'too-soft', balanced: 'balanced' } as const;
const KNOWN_TOO_HARD = [
  "On the call you said 'this pricing is a joke', and the buyer heard it. That can't happen again.",
  "I'm frustrated, to be honest, because we agreed on this in March and the CRM still isn't up to date.",
];

describe('never-tuned batch 4', () => {
  const batch = schema.parse(raw);
  const got = batch.items.map((i) => ({ ...i, tone: coachWording(i.text).tone }));
  const right = got.filter((i) => i.tone === TONE[i.label]).length;

  it('shares no statement with what the learned layer is trained on', () => {
    const trained = new Set([...labelledBatches().values()].flat().map((i) => i.text));
    expect(batch.items.filter((i) => trained.has(i.text)).map((i) => i.text)).toEqual([]);
  });
  it('calls no balanced statement too hard but the two known ones', () => {
    const found = got.filter((i) => i.label === 'balanced' && i.tone === 'too-hard').map((i) => i.text);
    expect(found.filter((t) => !KNOWN_TOO_HARD.includes(t))).toEqual([]);
  });
  it(`labels at least ${batch.rightAfterThisRound} less 2`, () => {
    console.info(`never-tuned-4: ${right} of ${got.length} (${((100 * right) / got.length).toFixed(1)}%)`);
    expect(right).toBeGreaterThanOrEqual(Number(batch.rightAfterThisRound.split(' of ')[0]) - 2);
  });
});
