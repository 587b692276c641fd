// Small statistics: quartiles (linear interpolation, as Excel QUARTILE.INC and numpy's default)
// and the Wilson score interval for a proportion.

export type Quartiles = { q1: number; median: number; q3: number; n: number };

/** Quartiles of the finite values; null when there are none. Does not modify the input. */
export function quartiles(values: readonly number[]): Quartiles | null {
  let n = 0;
  for (const v of values) if (Number.isFinite(v)) n++;
  if (n === 0) return null;
  const xs = new Float64Array(n);
  let i = 0;
  for (const v of values) if (Number.isFinite(v)) xs[i++] = v;
  return quartilesInPlace(xs, 0, n);
}

/**
 * Quartiles of a[from .. from+n-1] (finite values; n > 0), rearranging that range. Only the order
 * statistics the three quartiles read are put in place: the median's over the whole range, then
 * the lower quartile's in the part below it and the upper quartile's in the part above it —
 * linear, not n·log n. The upper neighbour of an interpolated position is the smallest value
 * after it. The result is exactly that of a full sort.
 */
export function quartilesInPlace(a: Float64Array, from: number, n: number): Quartiles {
  const last = from + n - 1;
  const first = a[from] as number;
  // Constant values (a quota the whole team shares, a count that is zero for everyone): one pass.
  let j = from + 1;
  while (j <= last && a[j] === first) j++;
  if (j > last) return { q1: first, median: first, q3: first, n };
  const mid = (n - 1) * 0.5;
  const midLo = from + Math.floor(mid);
  selectInPlace(a, midLo, from, last);
  const lowPos = (n - 1) * 0.25;
  const lowLo = from + Math.floor(lowPos);
  if (lowLo < midLo) selectInPlace(a, lowLo, from, midLo - 1);
  // Its upper neighbour lies at or before the median's place: nothing after that is smaller.
  const q1 = orderStatistic(a, lowPos, from, lowLo, lowLo < midLo ? midLo : last);
  const highPos = (n - 1) * 0.75;
  const highLo = from + Math.floor(highPos);
  if (highLo > midLo) selectInPlace(a, highLo, midLo + 1, last);
  // The median's upper neighbour likewise lies at or before the upper quartile's place.
  const median = orderStatistic(a, mid, from, midLo, highLo > midLo ? highLo : last);
  const q3 = orderStatistic(a, highPos, from, highLo, last);
  return { q1, median, q3, n };
}

/**
 * The type-7 quantile at position pos (0-based, fractional) once a[k] (k = from + ⌊pos⌋) is in
 * place; when pos is fractional its upper neighbour is the smallest of a[k+1..last] (all ≥ a[k],
 * the order statistics after it; `last` may stop early where nothing smaller can follow).
 */
function orderStatistic(a: Float64Array, pos: number, from: number, k: number, last: number): number {
  const x = a[k] as number;
  if (k - from === pos) return x;
  let y = a[k + 1] as number;
  for (let j = k + 2; j <= last; j++) if ((a[j] as number) < y) y = a[j] as number;
  return x + (y - x) * (pos - (k - from));
}

/** Below this many values a range is finished by insertion sort. */
const INSERTION_BELOW = 16;

/**
 * Rearranges a[left..right] so that a[k] holds the value a full ascending sort would put there,
 * with nothing larger before it and nothing smaller after it. Hoare partitions around the median
 * of three (both scans stop at values equal to the pivot, so ties and constant ranges stay
 * linear), keeping the side that holds k; short ranges are finished by insertion sort.
 */
function selectInPlace(a: Float64Array, k: number, left: number, right: number): void {
  while (right - left >= INSERTION_BELOW) {
    const x = a[left] as number;
    const y = a[(left + right) >>> 1] as number;
    const z = a[right] as number;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = left;
    let j = right;
    do {
      while ((a[i] as number) < pivot) i++;
      while (pivot < (a[j] as number)) j--;
      if (i <= j) {
        const t = a[i] as number;
        a[i] = a[j] as number;
        a[j] = t;
        i++;
        j--;
      }
    } while (i <= j);
    // a[left..j] ≤ pivot ≤ a[i..right], and everything between j and i equals the pivot.
    if (j < k && k < i) return;
    if (k <= j) right = j;
    else left = i;
  }
  for (let i = left + 1; i <= right; i++) {
    const v = a[i] as number;
    let j = i - 1;
    while (j >= left && (a[j] as number) > v) {
      a[j + 1] = a[j] as number;
      j--;
    }
    a[j + 1] = v;
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
