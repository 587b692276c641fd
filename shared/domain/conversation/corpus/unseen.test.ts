// How the wording coach does on wording it has not seen, measured leave-one-batch-out: each batch
// below is scored by a coach whose learned layer was trained on every other batch and never on it.
//
// Which batches: five of the thirty-three written for issue 20 (the hand rules were never tuned on
// them, but for two corrections after batches a, c and never-tuned 4): never-tuned 3, written-20 b
// (put aside: its misses were never read while choosing features or rules), and three of the
// twenty-eight writers' batches, one blunt and slangy (2), one corporate (9), one of short lines (13).
// All thirty-three, with a table per category, are printed by `npm run bench -- wording` (about ten
// minutes); five keep this test near a minute.
//
// The test prints each batch's figure and fails on a balanced statement called too hard other than
// the known ones below, or on a batch more than two statements below the figure in the README.
import { beforeAll, describe, expect, it } from 'vitest';
import { labelledBatches } from '../learned/data';
import type { BatchScore } from '../learned/lobo';
import { isRight, leaveOneBatchOut } from '../learned/lobo';

/** Right answers per batch when the README figures were taken (leave-one-batch-out). */
const RECORDED: Record<string, number> = { 'never-tuned-3': 83, 'written-20-b': 133, 'writer-2': 300, 'writer-9': 305, 'writer-13': 300 };
/**
 * The balanced statements of these batches called too hard when the figures were taken (10 of 499
 * balanced; 15 the round before): praise in sarcasm-like words, standards said with "never"/"ever",
 * a firm statement of a shortfall, a plain statement of fact, and a judgement of the work said
 * plainly. The goal is none; the test fails on any other.
 */
const KNOWN_TOO_HARD = [
  "The forecast is the basis for the company's hiring plan.",
  'honestly your call blocks are a machine, every single day, 2 hrs, no skips. respect',
  "Straight up: 41% attainment isn't going to cut it, and I'm telling you now so nothing's a surprise in January.",
  "Whenever a deal gets messy, you're the one who picks up the phone instead of hiding behind email. I notice that.",
  "We don't mention another customer's breach in a pitch, ever, not even anonymously.",
  'Who else at Summit have you been able to get in front of besides IT?',
  "Don't ever book a demo without a confirmed agenda.",
  'Fair enough, the leads were poor. Conversion was 2%.',
  "Hard to lose to a cheaper rival. It's our third loss.",
  'That was a terrible handover; CS had no notes.',
];
const MARGIN = 2;

describe('wording the coach has not seen, leave-one-batch-out', () => {
  const batches = labelledBatches();
  let scores: BatchScore[] = [];
  beforeAll(() => {
    scores = leaveOneBatchOut(batches, Object.keys(RECORDED));
    let right = 0;
    let total = 0;
    for (const s of scores) {
      right += s.right;
      total += s.total;
      console.info(
        `${s.batch}: ${s.right} of ${s.total} (${((100 * s.right) / s.total).toFixed(1)}%), balanced called too hard: ${s.balancedTooHard}`,
      );
    }
    console.info(`together: ${right} of ${total} (${((100 * right) / total).toFixed(1)}%)`);
  }, 600_000);

  it('no statement is in two batches (a batch left out is really left out)', () => {
    // labelledBatches throws on a statement written twice; the batches scored here are all there.
    expect(Object.keys(RECORDED).every((b) => (batches.get(b)?.length ?? 0) >= 80)).toBe(true);
  });
  it('calls no balanced statement too hard but the known ones', () => {
    const found = scores.flatMap((s) => s.scored.filter((i) => i.label === 'balanced' && i.got === 'too-hard').map((i) => i.text));
    expect(found.filter((t) => !KNOWN_TOO_HARD.includes(t))).toEqual([]);
  });
  it.each(Object.entries(RECORDED))('%s: at least the recorded figure less 2', (batch, recorded) => {
    const s = scores.find((x) => x.batch === batch);
    expect(s?.scored.filter(isRight).length).toBeGreaterThanOrEqual(recorded - MARGIN);
  });
});
