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
  const xs = new Float64Array(n);
  let i = 0;
  for (const v of values) if (Number.isFinite(v)) xs[i++] = v;
  if (n <= SORT_BELOW) {
    // A typed array sorts numerically without a comparator.
    xs.sort();
    return { q1: quantileSorted(xs, 0.25), median: quantileSorted(xs, 0.5), q3: quantileSorted(xs, 0.75), n };
  }
  // Larger groups: only the (at most six) order statistics the three quartiles read are put in
  // place, in ascending order, each search starting past the previous one: linear, not n·log n.
  const pos = [(n - 1) * 0.25, (n - 1) * 0.5, (n - 1) * 0.75];
  let from = 0;
  for (const p of pos)
    for (const k of [Math.floor(p), Math.ceil(p)])
      if (k >= from) {
        selectInPlace(xs, k, from, n - 1);
        from = k + 1;
      }
  return { q1: quantileSorted(xs, 0.25), median: quantileSorted(xs, 0.5), q3: quantileSorted(xs, 0.75), n };
}

/** Up to this many values a full typed-array sort is quicker than selecting (measured). */
const SORT_BELOW = 1000;

/**
 * Rearranges a[left..right] so that a[k] holds the value a full ascending sort would put there,
 * with nothing larger before it and nothing smaller after it (Hoare's selection, median-of-three pivot).
 */
function selectInPlace(a: Float64Array, k: number, left: number, right: number): void {
  while (right > left) {
    const x = a[left] as number;
    const y = a[(left + right) >>> 1] as number;
    const z = a[right] as number;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = left;
    let j = right;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const t = a[i] as number;
        a[i] = a[j] as number;
        a[j] = t;
        i++;
        j--;
      }
    }
    // a[left..j] ≤ pivot ≤ a[i..right], and everything between equals the pivot.
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
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
