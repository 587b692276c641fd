// How the wording coach does on wording it has not seen, measured leave-one-batch-out: each batch
// below is scored by a coach whose learned layer was trained on every other batch and never on it.
//
// Which batches: five of the sixty-two written for issue 20 (the hand rules were never tuned on
// them, but for a few corrections named in the README): never-tuned 3, written-20 b (put aside: its
// misses were never read while choosing features or rules), and three of the fifty-seven writers'
// batches, one blunt and slangy (2), one corporate (9), one of short lines (13). All sixty-two, with
// a table per category, are printed by `npm run bench -- wording` (about half an hour); five keep
// this test to a few minutes.
//
// The test prints each batch's figure and fails on a balanced statement called too hard other than
// the known ones below, or on a batch more than two statements below the figure in the README.
import { beforeAll, describe, expect, it } from 'vitest';
import { labelledBatches } from '../learned/data';
import type { BatchScore } from '../learned/lobo';
import { isRight, leaveOneBatchOut } from '../learned/lobo';

/** Right answers per batch when the README figures were taken (leave-one-batch-out). */
const RECORDED: Record<string, number> = { 'never-tuned-3': 83, 'written-20-b': 133, 'writer-2': 307, 'writer-9': 306, 'writer-13': 305 };
/**
 * The balanced statements of these batches called too hard when the figures were taken (4 of 499
 * balanced; 10 the round before, 15 the one before that): a standard said with "ever", a question
 * about who else the rep has met, a loss acknowledged, and an offer of help that names what was
 * wrong with the leads. The goal is none; the test fails on any other.
 */
const KNOWN_TOO_HARD = [
  "I'll ask marketing for a better lead list for your region.",
  "We don't mention another customer's breach in a pitch, ever, not even anonymously.",
  'Who else at Summit have you been able to get in front of besides IT?',
  "Hard to lose to a cheaper rival. It's our third loss.",
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
  }, 1_200_000);

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
