import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  cleanName,
  detectDateOrder,
  detectDateOrders,
  detectNumberFormat,
  excelSerialToDate,
  formatIsoDate,
  parseDateCell,
  parseNumberCell,
  parsePeriodCell,
  periodEnd,
  periodOf,
} from './values';

const num = (s: string, format: 'us' | 'eu' = 'us') => {
  const r = parseNumberCell(s, { format });
  return r.ok ? r.value : `error: ${r.reason}`;
};

describe('parseNumberCell', () => {
  it.each([
    ['1,234.56', 'us', 1234.56],
    ['1.234,56', 'eu', 1234.56],
    ['1\u202f234,56', 'eu', 1234.56],
    ["1'234.56", 'us', 1234.56],
    ['12,34,567.89', 'us', 1234567.89],
    ['(1,234.00)', 'us', -1234],
    ['1234-', 'us', -1234],
    ['\u22121234', 'us', -1234],
    ['1e+05', 'us', 100000],
    ['0012', 'us', 12],
    ['.5', 'us', 0.5],
    ['$1,200', 'us', 1200],
    ['-$1,200', 'us', -1200],
    ['€ 1.200,00', 'eu', 1200],
    ['1.200,00 €', 'eu', 1200],
    ['EUR 1200', 'us', 1200],
    ["CHF 1'200.50", 'us', 1200.5],
    ['¥1,200', 'us', 1200],
    ['45%', 'us', 0.45],
    ['45,6 %', 'eu', 0.456],
    ['Amount\u00a0', 'us', 'error: not a number'],
  ] as const)('%s (%s) → %s', (input, format, expected) => {
    expect(num(input, format)).toBe(expected);
  });

  it.each(['1.2.3', 'NaN', 'Infinity', 'abc', '--5', '$€5'])('rejects %s with a reason', (s) => {
    expect(num(s)).toMatch(/^error: /);
  });

  it.each(['', '  ', '-', 'N/A', 'n/a'])('reads %j as missing (null), not 0', (s) => {
    expect(num(s)).toBeNull();
  });

  it.each(['#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?'])('reads Excel error %s as null with a warning', (s) => {
    const r = parseNumberCell(s, { format: 'us' });
    expect(r).toMatchObject({ ok: true, value: null });
    expect(r.ok && r.warning).toContain(s);
  });

  it('carries the currency it stripped', () => {
    const r = parseNumberCell('€ 1.200,00', { format: 'eu' });
    expect(r.ok && r.currency).toBe('EUR');
  });

  it('rejects long numbers Excel turned into scientific notation: they cannot be read exactly', () => {
    const r = parseNumberCell('1.23457E+17', { format: 'us' });
    expect(r).toMatchObject({ ok: false, reason: expect.stringMatching(/damaged by Excel/) as unknown });
  });

  it('rejects numbers too long to hold exactly, never Infinity or a rounded value', () => {
    for (const s of ['9'.repeat(400), '1' + '0'.repeat(15), '1,000,000,000,000,000', '-' + '9'.repeat(30)]) {
      expect(num(s)).toMatch(/^error: too many digits/);
    }
    expect(parseNumberCell(1e300, { format: 'us' }).ok).toBe(false);
    expect(num('999999999999999')).toBe(999999999999999);
  });

  it('rejects separators that do not fit the column format instead of dropping them', () => {
    expect(num('1,5', 'us')).toMatch(/does not fit this column's number format/);
    expect(num('1.234,56', 'us')).toMatch(/^error: /);
    expect(num('1.5', 'eu')).toMatch(/does not fit this column's number format/);
    expect(num('1,234.56', 'eu')).toMatch(/^error: /);
    expect(num('1,5', 'eu')).toBe(1.5);
    expect(num('1.234,56', 'eu')).toBe(1234.56);
    expect(num('12,34,567', 'us')).toBe(1234567);
  });
});

describe('detectNumberFormat', () => {
  it('decides from values that carry both separators or a non-3-digit group', () => {
    expect(detectNumberFormat(['1.234,56', '12'])).toMatchObject({ format: 'eu', ambiguous: false });
    expect(detectNumberFormat(['1,234.56'])).toMatchObject({ format: 'us', ambiguous: false });
    expect(detectNumberFormat(['12,5'])).toMatchObject({ format: 'eu' });
    expect(detectNumberFormat(['1.234.567'])).toMatchObject({ format: 'eu' });
  });
  it('calls "1,234"-only columns ambiguous instead of guessing', () => {
    expect(detectNumberFormat(['1,234', '2,500'])).toMatchObject({ ambiguous: true });
    expect(detectNumberFormat(['1,234', '2,500', '3,000.5'])).toMatchObject({ format: 'us', ambiguous: false });
  });
});

describe('dates', () => {
  const d = (s: string | number | Date, order: 'mdy' | 'dmy' = 'mdy') => {
    const r = parseDateCell(s, order);
    return r.ok ? (r.value ? formatIsoDate(r.value) : null) : `error: ${r.reason}`;
  };
  it.each([
    ['2024-03-04', 'mdy', '2024-03-04'],
    ['2024-03-04T23:30:00Z', 'mdy', '2024-03-04'],
    ['03/04/2024', 'mdy', '2024-03-04'],
    ['03/04/2024', 'dmy', '2024-04-03'],
    ['04.03.2024', 'mdy', '2024-03-04'],
    ['4-Mar-2024', 'mdy', '2024-03-04'],
    ['Mar 4, 2024', 'dmy', '2024-03-04'],
    ['3/4/24', 'mdy', '2024-03-04'],
    ['3/4/2024 10:15 AM', 'mdy', '2024-03-04'],
    ['45355', 'mdy', '2024-03-04'],
    ['20240304', 'mdy', '2024-03-04'],
  ] as const)('%s (%s) → %s', (input, order, expected) => {
    expect(d(input, order)).toBe(expected);
  });
  it('reads Excel serials, including the 1900 leap-year bug boundary', () => {
    expect(excelSerialToDate(1)).toEqual({ y: 1900, m: 1, d: 1 });
    expect(excelSerialToDate(59)).toEqual({ y: 1900, m: 2, d: 28 });
    expect(excelSerialToDate(60)).toBeNull();
    expect(excelSerialToDate(61)).toEqual({ y: 1900, m: 3, d: 1 });
    expect(d(45355)).toBe('2024-03-04');
  });
  it('reads Date objects in UTC (no day shift)', () => {
    expect(d(new Date(Date.UTC(2024, 2, 4)))).toBe('2024-03-04');
  });
  it('rejects impossible dates and a date that contradicts the column order', () => {
    expect(d('2024-02-30')).toMatch(/^error/);
    expect(d('13/01/2024', 'mdy')).toMatch(/month\/day order/);
    expect(d('N/A')).toBeNull();
  });
  it('detects order from values > 12 and asks when all are ≤ 12', () => {
    expect(detectDateOrder(['13/01/2024', '01/02/2024'])).toMatchObject({ format: 'dmy', ambiguous: false });
    expect(detectDateOrder(['01/13/2024'])).toMatchObject({ format: 'mdy', ambiguous: false });
    expect(detectDateOrder(['01/02/2024', '03/04/2024'])).toMatchObject({ ambiguous: true });
  });
  it('lets a decided date column settle an ambiguous one in the same file', () => {
    const m = detectDateOrders([
      { header: 'Created', values: ['01/02/2024'] },
      { header: 'Closed', values: ['25/02/2024'] },
    ]);
    expect(m.get('Created')).toMatchObject({ format: 'dmy', ambiguous: false, fromFile: true });
  });
});

describe('periods', () => {
  const p = (s: string) => {
    const r = parsePeriodCell(s, 'month', 'mdy');
    return r.ok ? (r.value?.key ?? null) : 'error';
  };
  it.each([
    ['2026-10', '2026-10'],
    ['Oct 2026', '2026-10'],
    ['October 2026', '2026-10'],
    ['10/2026', '2026-10'],
    ['Q3-2025', '2025-Q3'],
    ['2025-Q3', '2025-Q3'],
    ['Q3 2025', '2025-Q3'],
    ['2026-W07', '2026-W07'],
    ['2026-10-15', '2026-10'],
    ['2026-W54', 'error'],
    ['2026-13', 'error'],
  ])('%s → %s', (input, expected) => {
    expect(p(input)).toBe(expected);
  });
  it('maps dates to ISO weeks across the year boundary and to quarters', () => {
    expect(periodOf({ y: 2021, m: 1, d: 3 }, 'week')).toBe('2020-W53');
    expect(periodOf({ y: 2024, m: 12, d: 30 }, 'week')).toBe('2025-W01');
    expect(periodOf({ y: 2025, m: 8, d: 1 }, 'quarter')).toBe('2025-Q3');
    expect(periodEnd('2026-W07')).toEqual({ y: 2026, m: 2, d: 15 });
    expect(periodEnd('2024-02')).toEqual({ y: 2024, m: 2, d: 29 });
  });
});

describe('cleanName', () => {
  it('removes NUL, other controls and bidi overrides, and folds spacing', () => {
    expect(cleanName('Ana\u0000 Lima')).toMatchObject({ name: 'Ana Lima', changed: true });
    expect(cleanName('\u202eanA\u202c  Lima\t')).toMatchObject({ name: 'anA Lima', changed: true });
    expect(cleanName('  Ana   Lima ')).toMatchObject({ name: 'Ana Lima', changed: false, cut: false });
    // Stored as written (NFC, no compatibility folding); nameKey folds it only to match reps.
    expect(cleanName('Ｊｏｅ')).toMatchObject({ name: 'Ｊｏｅ', changed: false });
  });
  it('caps a 30-million-character name at 200 characters (the limit of a rep record) without copying it whole', () => {
    const r = cleanName('x'.repeat(30_000_000));
    expect(r.name).toHaveLength(200);
    expect(r.cut).toBe(true);
  });
  it('never returns a control or bidi character, nor more than 200 characters (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
        const { name } = cleanName(s);
        expect(name.length).toBeLessThanOrEqual(200);
        // eslint-disable-next-line no-control-regex -- control characters are what must be absent
        expect(name).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
        expect(name).toBe(name.trim());
      }),
    );
  });
});
