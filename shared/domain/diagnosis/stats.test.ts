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
