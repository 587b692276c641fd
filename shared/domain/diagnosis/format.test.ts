// fmtNum's whole-number shortcut must print exactly what toFixed prints.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fmtNum, fmtPct, sentenceFormat } from './format';

/** toFixed's digits with the thousands separators fmtNum adds taken out, and trailing zeros dropped. */
const plain = (s: string) => s.replace(/,/g, '').replace('−', '-');
const viaToFixed = (x: number, d: number) => {
  const abs = Math.abs(x);
  const s = abs
    .toFixed(abs >= 100 ? 0 : d)
    .replace(/(\.\d*?)0+$/, '$1')
    .replace(/\.$/, '');
  return x < 0 && s !== '0' ? `-${s}` : s;
};

describe('fmtNum', () => {
  it('rounds halves up and groups thousands', () => {
    expect(fmtNum(2.5, 0)).toBe('3');
    expect(fmtNum(0.5, 0)).toBe('1');
    expect(fmtNum(100.5)).toBe('101');
    expect(fmtNum(-1234567.5)).toBe('−1,234,568');
    expect(fmtNum(-0.4, 0)).toBe('0');
    expect(fmtNum(12.25, 1)).toBe('12.3');
    expect(fmtNum(2 ** 55)).toBe('36,028,797,018,963,968');
  });

  it('prints the digits toFixed prints, for any value and any number of decimals', () => {
    const values = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e17, max: 1e17 }),
      fc.integer({ min: -1e9, max: 1e9 }).map((n) => n + 0.5),
      fc.integer({ min: -1e9, max: 1e9 }),
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e20, max: 1e20 }),
    );
    fc.assert(
      fc.property(values, fc.integer({ min: 0, max: 3 }), (x, d) => plain(fmtNum(x, d)) === viaToFixed(x, d)),
      { numRuns: 20_000 },
    );
  });
});

describe('percentages in sentences', () => {
  it('take the same decimals as tables: one below 10%, none above (3.4% in the sentence beside 3.4% in the table)', () => {
    expect(fmtPct(2 / 58)).toBe('3.4%');
    expect(fmtPct(0.31)).toBe('31%');
    expect(fmtPct(0)).toBe('0%');
    expect(sentenceFormat({ locale: 'en-US' }).pct(2 / 58)).toBe('3.4%');
    expect(sentenceFormat({ locale: 'de-DE' }).pct(2 / 58)).toMatch(/^3,4\s%$/);
    expect(sentenceFormat({ locale: 'de-DE' }).pct(0.31)).toMatch(/^31\s%$/);
    // An explicit number of decimals still wins.
    expect(fmtPct(2 / 58, 0)).toBe('3%');
  });
});
