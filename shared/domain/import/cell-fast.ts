// Hand-written readers for the shapes most export cells take (plain numbers, ISO dates, plain
// ASCII names), and the small numeric helpers of the session. Each says which general reader it
// stands in for and gives exactly what that reader gives for the texts it accepts. Also a blank
// set of metric values made by copying, cheaper than a new build for each rep-period.
import type { MetricValues } from '@shared/schemas/metrics';
import { METRIC_KEYS } from '@shared/schemas/metrics';
import type { DateParts } from './values';

export function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  // Typed-array sort is numeric and much faster than sort with a comparator.
  const s = Float64Array.from(xs).sort();
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] ?? null) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

export const dateNum = (p: DateParts) => p.y * 10_000 + p.m * 100 + p.d;

/** Days since 1970-01-01 of a valid calendar date, by integer arithmetic (same as Date.UTC / 86 400 000). */
export function dayNumber(p: DateParts): number {
  const y = p.m <= 2 ? p.y - 1 : p.y;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (p.m + (p.m > 2 ? -3 : 9)) + 2) / 5) + p.d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

const CHAR_0 = 48;
const CHAR_9 = 57;
const CHAR_MINUS = 45;

/**
 * Fast path for the common number shapes, with exactly the language of
 *   us: /^-?\d+(\.\d+)?$/ or /^-?\d{1,3}(,\d{3})+(\.\d+)?$/
 *   eu: /^-?\d{1,3}(\.\d{3})+(,\d+)?$/
 * Returns the value, or undefined when the text has another shape (the caller then takes the
 * full parser). The value is what Number() gives for the text without its group separators.
 */
export function fastNumber(s: string, eu: boolean): number | undefined {
  const n = s.length;
  let i = s.charCodeAt(0) === CHAR_MINUS ? 1 : 0;
  const start = i;
  const group = eu ? 46 : 44; // '.' : ','
  const point = eu ? 44 : 46;
  // Integer part: leading digits, then optional groups of exactly three.
  let value = 0;
  let digits = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c < CHAR_0 || c > CHAR_9) break;
    value = value * 10 + (c - CHAR_0);
    i++;
  }
  digits = i - start;
  if (digits === 0 || digits > 15) return undefined;
  let groups = 0;
  while (i < n && s.charCodeAt(i) === group) {
    for (let k = 1; k <= 3; k++) {
      const c = s.charCodeAt(i + k);
      if (!(c >= CHAR_0 && c <= CHAR_9)) return undefined;
      value = value * 10 + (c - CHAR_0);
    }
    i += 4;
    digits += 3;
    groups++;
  }
  if (digits > 15) return undefined; // the full parser says why it cannot be read exactly
  if (groups > 0 && i - start - groups * 4 > 3) return undefined; // first group longer than 3 digits
  if (eu && groups === 0) return undefined;
  let exact = digits <= 15;
  if (i < n) {
    if (s.charCodeAt(i) !== point) return undefined;
    const fracStart = ++i;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c < CHAR_0 || c > CHAR_9) return undefined;
      if (c !== CHAR_0) exact = false;
      i++;
    }
    if (i === fracStart) return undefined;
  }
  if (exact) return start === 1 ? -value : value;
  // Non-zero decimals or very long numbers: let Number() round exactly as before.
  if (eu) return Number(s.replace(/\./g, '').replace(',', '.'));
  return Number(groups > 0 ? s.replace(/,/g, '') : s);
}

/** The digits of a `dddd-dd-dd` text as one number (yyyymmdd), or -1 for any other text. */
export function isoDigits(s: string): number {
  if (s.length !== 10 || s.charCodeAt(4) !== CHAR_MINUS || s.charCodeAt(7) !== CHAR_MINUS) return -1;
  let n = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = s.charCodeAt(i);
    if (c < CHAR_0 || c > CHAR_9) return -1;
    n = n * 10 + (c - CHAR_0);
  }
  return n;
}

/** Plain printable ASCII with no edge spaces: needs no cleaning (the common case). */
export function isPlainText(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  const first = s.charCodeAt(0);
  const last = s.charCodeAt(n - 1);
  if (first < 0x21 || first > 0x7e || last < 0x21 || last > 0x7e) return false;
  for (let i = 1; i < n - 1; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

/** Number of entries ≤ x in an ascending array. */
export function upperBound(xs: Float64Array, x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((xs[mid] ?? 0) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Every metric unknown, in METRIC_KEYS order (as emptyMetricValues gives it). Built once and
// copied: one rep-period (or one period-sheet row) each, so a copy is cheaper than a new build.
const NO_VALUES = METRIC_KEYS.reduce((v, k) => {
  v[k] = null;
  return v;
}, {} as MetricValues);

/** A fresh set of metric values, every one unknown. */
export const unknownValues = (): MetricValues => ({ ...NO_VALUES });
