// The batches that measure the coach on wording it was not tuned on (never-tuned-2.json and
// never-tuned-3.json). Batch 2 was written before the last round of changes (77 of 96 then; 92 of 96
// after), but its misses were read when that figure was recorded, so it is no longer unseen; batch 3 was
// written after the last change and scored without reading its misses (70 of 88; 68 of 88 on the
// coach before the round). Neither may be tuned on. The tests print the score and fail on a
// balanced statement called too hard, or below the score when written less a margin of 3.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { coachWording } from '../coach';
import { loadCorpus } from './index';
import fresh from './fresh-batches.json';
import batch1 from './never-tuned.json';
import batch2 from './never-tuned-2.json';
import batch3 from './never-tuned-3.json';

const label = z.enum(['hard', 'soft', 'balanced']);
const schema = z.object({
  rightWhenWritten: z.string().regex(/^\d+ of \d+$/),
  /** Batch 2 only: its score after the round its misses were seen in, the floor from now on. */
  rightAfterThisRound: z
    .string()
    .regex(/^\d+ of \d+$/)
    .optional(),
  items: z.array(z.object({ label, category: z.string().regex(/^[a-z-]+$/), text: z.string().min(3) })).min(80),
});
const TONE = { hard: 'too-hard', soft: 'too-soft', balanced: 'balanced' } as const;
const tuned = new Set([
  ...loadCorpus().map((i) => i.text),
  ...fresh.batches.flatMap((b) => b.items.map((i) => i.text)),
  ...batch1.items.map((i) => i.text),
]);

describe.each([
  ['never-tuned-2', batch2, 3],
  ['never-tuned-3', batch3, 3],
])('wording the coach was not tuned on: %s', (name, raw, margin) => {
  const batch = schema.parse(raw);
  const floor = batch.rightAfterThisRound ?? batch.rightWhenWritten;
  const written = Number(floor.split(' of ')[0]);
  const got = batch.items.map((i) => ({ ...i, tone: coachWording(i.text).tone }));
  const right = got.filter((i) => i.tone === TONE[i.label]).length;

  it('shares no statement with what the coach is tuned on, nor with the other batch', () => {
    const other = new Set((name === 'never-tuned-2' ? batch3 : batch2).items.map((i) => i.text));
    for (const i of batch.items) expect(tuned.has(i.text) || other.has(i.text), i.text).toBe(false);
    expect(new Set(batch.items.map((i) => i.text)).size).toBe(batch.items.length);
  });
  it('calls no balanced statement too hard', () => {
    expect(got.filter((i) => i.label === 'balanced' && i.tone === 'too-hard').map((i) => i.text)).toEqual([]);
  });
  it(`labels at least ${floor} less ${margin} as written`, () => {
    console.info(`${name}: ${right} of ${batch.items.length} (${((100 * right) / batch.items.length).toFixed(1)}%)`);
    expect(right).toBeGreaterThanOrEqual(written - margin);
  });
});
