// The held-back batches of issue 20 (held-back-5.json to held-back-26.json): 214 to 222 statements
// each by twenty-two writers who never saw the coach's code, rules or any other statement, never trained or
// tuned on, their misses never read (but for the four balanced statements called too hard, read once
// on 7 December 2026 to look for a misreading rule: held-back-14.json says what came of it). Each pair was written before a round's changes and scored once
// when it was finished (5 and 6, then 7 and 8, then 9 and 10; 11 and 12 before the last change of
// that round; 13 and 14 after the coach was finished, scored once on it; 15 and 16 kept unread
// until a change was tried, then scored once on the coach as it is and once on the trial, which was
// not kept; 17 and 18 scored once before the change of 7 December 2026 and once after it; 19 and 20
// written after it and scored once on it, before anything else was tried; 21 and 22 written after
// the last change of that day to how a statement is read on its own, and scored once); the
// earlier ones are scored again after each later change (all eighteen once after the margins of
// the decision were changed, later on 7 December 2026; 23 and 24 written after that change and
// scored once on it; 25 and 26 written in a later session that left the coach as it was, and
// scored once on it).
// The test fails if the learned layer is ever trained on any of them, or if the coach does worse on
// one than the figure recorded in its file and the README.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { coachWording } from '../coach';
import { labelledBatches } from '../learned/data';
import { HELD_BACK } from './held-back';
import { tally } from './report';

const schema = z.object({
  scoredAfter: z.string().regex(/^\d+ of \d+$/),
  balancedTooHardAfter: z.number().int().min(0),
  items: z.array(z.object({ label: z.enum(['hard', 'soft', 'balanced']), category: z.string(), text: z.string().min(3) })).min(200),
});
const TONE = { hard: 'too-hard', soft: 'too-soft', balanced: 'balanced' } as const;

describe.each(HELD_BACK)('held-back batch %s of issue 20', (name, raw) => {
  const batch = schema.parse(raw);
  const got = batch.items.map((i) => ({ ...i, tone: coachWording(i.text).tone }));
  const right = got.filter((i) => i.tone === TONE[i.label]).length;
  const [recorded, total] = batch.scoredAfter.split(' of ').map(Number);

  it('shares no statement with anything the learned layer is trained on', () => {
    const trained = new Set([...labelledBatches().values()].flat().map((i) => i.text));
    expect(batch.items.filter((i) => trained.has(i.text)).map((i) => i.text)).toEqual([]);
  });
  it('labels at least the recorded number right, and calls no more balanced statements too hard', () => {
    const by = tally(
      got,
      (i) => `${i.label}/${i.category}`,
      (i) => i.tone === TONE[i.label],
    );
    console.info(`held back ${name}: ${right} of ${got.length}; ${[...by].map(([k, [r, n]]) => `${k} ${r}/${n}`).join(', ')}`);
    expect(got.length).toBe(total);
    expect(right).toBeGreaterThanOrEqual(recorded!);
    expect(got.filter((i) => i.label === 'balanced' && i.tone === 'too-hard').length).toBeLessThanOrEqual(batch.balancedTooHardAfter);
  });
});
