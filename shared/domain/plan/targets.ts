// An action item's target: the metric's benchmark, rounded as people write it, and only where it
// improves on the baseline in the metric's direction.
import type { SnapshotMetric } from '@shared/schemas/plan';

const EPS = 1e-9;

/** Rounds towards the better side: up when higher is better, down when lower is better. */
function roundTowards(x: number, step: number, up: boolean): number {
  const q = x / step;
  const r = up ? Math.ceil(q - EPS) : Math.floor(q + EPS);
  return Number((r * step).toFixed(6));
}

/** The step a value of this unit is written in: whole percent, whole amounts, whole days, tenths of a ratio. */
function stepOf(m: Pick<SnapshotMetric, 'unit' | 'basis'>, x: number): number {
  switch (m.unit) {
    case 'rate':
      return 0.01;
    case 'ratio':
      return 0.1;
    case 'count':
      return m.basis === 'level' && Math.abs(x) < 10 ? 0.1 : 1;
    default:
      return 1;
  }
}

/** Whether `a` is better than `b` for this metric. */
export const isBetter = (m: Pick<SnapshotMetric, 'higherIsBetter'>, a: number, b: number): boolean => (m.higherIsBetter ? a > b : a < b);

/**
 * The benchmark as a target: rounded as people write it ($2,536, 63%, 57 days), towards the
 * better side; null when there is no benchmark or it does not improve on the rep's value.
 */
export function improvedTarget(m: Pick<SnapshotMetric, 'unit' | 'basis' | 'higherIsBetter' | 'value' | 'benchmark'>): number | null {
  if (m.benchmark === null) return null;
  const t = roundTowards(m.benchmark, stepOf(m, m.benchmark), m.higherIsBetter);
  if (m.value === null) return t;
  return isBetter(m, t, m.value) ? t : null;
}
