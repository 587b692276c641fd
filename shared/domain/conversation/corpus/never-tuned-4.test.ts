// Batch 4 of wording the coach was not tuned on (never-tuned-4.json): written for issue 20 by a writer
// who had not seen the coach's code, rules or other statements, scored once when handed over (163 of
// 215 on the coach before the round, 175 of 215 after it). Its misses on balanced statements were then
// read and two rules corrected (feelings.test.ts), giving 180 of 215, and in the next round it became
// training data for the learned layer (learned/data.ts; leave-one-batch-out scores it in the unseen
// test). Here the trained coach must keep what it learned: no balanced statement called too hard, and
// at least the recorded figure less 2.
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
/** Right answers of the trained coach on it when the README figures were taken. */
const RECORDED = 214;

describe('never-tuned batch 4', () => {
  const batch = schema.parse(raw);
  const got = batch.items.map((i) => ({ ...i, tone: coachWording(i.text).tone }));
  const right = got.filter((i) => i.tone === TONE[i.label]).length;

  it('is in what the learned layer is trained on', () => {
    const trained = new Set([...labelledBatches().values()].flat().map((i) => i.text));
    expect(batch.items.filter((i) => !trained.has(i.text)).map((i) => i.text)).toEqual([]);
  });
  it('calls no balanced statement too hard', () => {
    expect(got.filter((i) => i.label === 'balanced' && i.tone === 'too-hard').map((i) => i.text)).toEqual([]);
  });
  it(`labels at least ${RECORDED} less 2 (it was ${batch.rightAfterThisRound} before it was trained on)`, () => {
    console.info(`never-tuned-4: ${right} of ${got.length} (${((100 * right) / got.length).toFixed(1)}%)`);
    expect(right).toBeGreaterThanOrEqual(RECORDED - 2);
  });
});
