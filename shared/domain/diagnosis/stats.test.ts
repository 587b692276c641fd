import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { median, quartiles, wilsonInterval } from './stats';

describe('quartiles', () => {
  it('interpolates like QUARTILE.INC', () => {
    expect(quartiles([1, 2, 3, 4])).toEqual({ q1: 1.75, median: 2.5, q3: 3.25, n: 4 });
    expect(median([5, 1, 3])).toBe(3);
    expect(quartiles([])).toBeNull();
    expect(quartiles([Number.NaN, 2])).toEqual({ q1: 2, median: 2, q3: 2, n: 1 });
  });
});

describe('quartiles of large groups (selection, not a full sort)', () => {
  const bySort = (xs: number[]) => {
    const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
    const at = (q: number) => {
      const pos = (s.length - 1) * q;
      const lo = Math.floor(pos);
      const hi = Math.ceil(pos);
      return lo === hi ? (s[lo] ?? NaN) : (s[lo] ?? NaN) + ((s[hi] ?? NaN) - (s[lo] ?? NaN)) * (pos - lo);
    };
    return s.length === 0 ? null : { q1: at(0.25), median: at(0.5), q3: at(0.75), n: s.length };
  };
  const same = (a: ReturnType<typeof quartiles>, b: ReturnType<typeof quartiles>) =>
    a === null || b === null ? a === b : a.q1 === b.q1 && a.median === b.median && a.q3 === b.q3 && a.n === b.n;

  it('gives exactly the quartiles of the sorted values, ties, odd and even sizes included', () => {
    const value = fc.oneof(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), fc.integer({ min: -3, max: 3 }), fc.constant(Number.NaN));
    fc.assert(
      fc.property(fc.array(value, { minLength: 0, maxLength: 2500, size: 'max' }), (xs) => same(quartiles(xs), bySort(xs))),
      { numRuns: 150, endOnFailure: true },
    );
  });

  it('handles sorted, reversed and constant inputs', () => {
    const up = Array.from({ length: 2001 }, (_, i) => i);
    expect(quartiles(up)).toEqual({ q1: 500, median: 1000, q3: 1500, n: 2001 });
    expect(quartiles([...up].reverse())).toEqual({ q1: 500, median: 1000, q3: 1500, n: 2001 });
    expect(quartiles(new Array<number>(1500).fill(7))).toEqual({ q1: 7, median: 7, q3: 7, n: 1500 });
    const even = Array.from({ length: 200 }, (_, i) => (i * 37) % 200);
    expect(quartiles(even)).toEqual({ q1: 49.75, median: 99.5, q3: 149.25, n: 200 });
  });
});

describe('Wilson interval', () => {
  it('matches published values', () => {
    const a = wilsonInterval(0, 10);
    expect(a?.low).toBe(0);
    expect(a?.high).toBeCloseTo(0.2775, 4);
    const b = wilsonInterval(5, 10);
    expect(b?.low).toBeCloseTo(0.2366, 4);
    expect(b?.high).toBeCloseTo(0.7634, 4);
  });
  it('is null for impossible counts', () => {
    expect(wilsonInterval(1, 0)).toBeNull();
    expect(wilsonInterval(5, 3)).toBeNull();
  });
  it('always contains the observed rate and narrows with more trials', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, share) => {
        const k = Math.round(n * share);
        const iv = wilsonInterval(k, n);
        expect(iv).not.toBeNull();
        if (!iv) return;
        expect(iv.low).toBeLessThanOrEqual(k / n + 1e-12);
        expect(iv.high).toBeGreaterThanOrEqual(k / n - 1e-12);
        const wider = wilsonInterval(k * 4, n * 4);
        if (wider) expect(wider.high - wider.low).toBeLessThanOrEqual(iv.high - iv.low + 1e-12);
      }),
    );
  });
});
