// Leave-one-batch-out: each batch of labelled statements is scored by a coach whose learned layer
// was trained on every other batch, never on it. This is the honest figure for wording the model has
// not seen (the hand rules under it were tuned on the older batches; see the README).
import { coachWording } from '../coach';
import type { Label, Labelled } from './data';
import type { TrainOptions } from './model';
import { TRAIN_DEFAULTS } from './model';
import type { MARGINS } from './train-coach';
import { trainCoach } from './train-coach';

const TONE: Record<Label, string> = { hard: 'too-hard', soft: 'too-soft', balanced: 'balanced' };

export type Scored = Labelled & { got: string };
export type BatchScore = { batch: string; right: number; total: number; balancedTooHard: number; scored: Scored[] };

export function leaveOneBatchOut(
  batches: ReadonlyMap<string, readonly Labelled[]>,
  only: readonly string[] = [...batches.keys()],
  margins: Partial<typeof MARGINS> = {},
  opts: TrainOptions = TRAIN_DEFAULTS,
): BatchScore[] {
  return only.map((name) => {
    const rest = [...batches.entries()].filter(([b]) => b !== name).flatMap(([, items]) => items);
    const coach = trainCoach(rest, margins, opts);
    const scored = (batches.get(name) ?? []).map((i) => ({ ...i, got: coachWording(i.text, {}, coach).tone }));
    return {
      batch: name,
      right: scored.filter((i) => i.got === TONE[i.label]).length,
      total: scored.length,
      balancedTooHard: scored.filter((i) => i.label === 'balanced' && i.got === 'too-hard').length,
      scored,
    };
  });
}

export const isRight = (i: Scored) => i.got === TONE[i.label];
