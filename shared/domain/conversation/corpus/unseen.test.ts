// How the wording coach does on wording it has not seen, measured leave-one-batch-out: each batch
// below is scored by a coach whose learned layer was trained on every other batch and never on it.
//
// Which batches: the hand rules under the learned layer were tuned on the corpus, the eight fresh
// batches and never-tuned 1 and 2, so those would flatter it here (the bench prints them too:
// `npm run bench -- wording --lobo`). Never-tuned 3 was written after the last change to the rules
// and scored at 70 of 88 by the rules alone; since issue 20 batches 1–3 are tuning data for the
// learned layer (each is still left out of its own score here). The three batches written for
// issue 20 (written-20.json) were scored by the rules alone when written (a 186 of 222, b 108 of
// 138, c 103 of 144); two rules were then corrected for balanced statements of a and c. Batch b
// was put aside: its misses were not read while choosing features or rules.
//
// The test prints each batch's figure and fails on a balanced statement called too hard (other than
// the three known ones below), or on a batch more than two statements below the figure recorded in
// the README.
import { beforeAll, describe, expect, it } from 'vitest';
import { labelledBatches } from '../learned/data';
import type { BatchScore } from '../learned/lobo';
import { isRight, leaveOneBatchOut } from '../learned/lobo';

/** Right answers per batch when the README figures were taken (leave-one-batch-out). */
const RECORDED: Record<string, number> = { 'never-tuned-3': 78, 'written-20-a': 205, 'written-20-b': 115, 'written-20-c': 121 };
/**
 * The balanced statements of these batches called too hard when the figures were taken: two by the
 * learned layer (praise or shared regret in strongly negative words) and one by the comparison
 * rule. The goal is none; the test fails on any other.
 */
const KNOWN_TOO_HARD = [
  'Nobody on the team handles a furious customer better than you.',
  'That was a painful loss for all of us.',
  "You handled a hostile buyer better than anyone I've seen.",
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
  }, 240_000);

  it('no statement is in two batches (a batch left out is really left out)', () => {
    // labelledBatches throws on a statement written twice; the batches scored here are all there.
    expect(Object.keys(RECORDED).every((b) => (batches.get(b)?.length ?? 0) >= 80)).toBe(true);
  });
  it('calls no balanced statement too hard but the three known ones', () => {
    const found = scores.flatMap((s) => s.scored.filter((i) => i.label === 'balanced' && i.got === 'too-hard').map((i) => i.text));
    expect(found.filter((t) => !KNOWN_TOO_HARD.includes(t))).toEqual([]);
  });
  it.each(Object.entries(RECORDED))('%s: at least the recorded figure less 2', (batch, recorded) => {
    const s = scores.find((x) => x.batch === batch);
    expect(s?.scored.filter(isRight).length).toBeGreaterThanOrEqual(recorded - MARGIN);
  });
});
