// Small statistics: quartiles (linear interpolation, as Excel QUARTILE.INC and numpy's default)
// and the Wilson score interval for a proportion.

export type Quartiles = { q1: number; median: number; q3: number; n: number };

/** Quantile of an ascending-sorted array (type 7). */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const pos = (n - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] ?? NaN;
  const b = sorted[hi] ?? NaN;
  return lo === hi ? a : a + (b - a) * (pos - lo);
}

/** Quartiles of the finite values; null when there are none. Does not modify the input. */
export function quartiles(values: readonly number[]): Quartiles | null {
  let n = 0;
  for (const v of values) if (Number.isFinite(v)) n++;
  if (n === 0) return null;
  // A typed array sorts numerically without a comparator: several times faster on big teams.
  const sorted = new Float64Array(n);
  let i = 0;
  for (const v of values) if (Number.isFinite(v)) sorted[i++] = v;
  sorted.sort();
  return { q1: quantileSorted(sorted, 0.25), median: quantileSorted(sorted, 0.5), q3: quantileSorted(sorted, 0.75), n };
}

export function median(values: readonly number[]): number | null {
  return quartiles(values)?.median ?? null;
}

export type Interval = { low: number; high: number };

/** z for a two-sided 95% interval. */
export const Z95 = 1.959963984540054;

/**
 * Wilson score interval for `successes` out of `trials`. null when there are no trials or the
 * counts are not a proportion (successes > trials, negatives, non-finite).
 */
export function wilsonInterval(successes: number, trials: number, z = Z95): Interval | null {
  if (!Number.isFinite(successes) || !Number.isFinite(trials) || trials <= 0 || successes < 0 || successes > trials) return null;
  const p = successes / trials;
  const z2 = z * z;
  const denom = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denom;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
