import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { currencyForLocale, resolveNumberFormat } from './currency';
import {
  decimalMark,
  formatChange,
  formatCount,
  formatCoverage,
  formatDate,
  formatDateTime,
  formatDays,
  formatExact,
  formatMoney,
  formatMoneyShort,
  formatPeriod,
  formatPeriodRange,
  periodKindOf,
  periodNoun,
  formatPeriodShort,
  formatRate,
  formatTick,
  formatValue,
  isCurrencyCode,
  isRounded,
  safeLocale,
  UNKNOWN,
  type NumberFormat,
  type ValueUnit,
} from './format';

const US: NumberFormat = { locale: 'en-US', currency: 'USD' };
const DE: NumberFormat = { locale: 'de-DE', currency: 'EUR' };
const GB: NumberFormat = { locale: 'en-GB', currency: 'GBP' };

describe('counts', () => {
  it('shows whole numbers with grouping; the exact value stays available', () => {
    expect(formatCount(1051.5, US)).toBe('1,052');
    expect(formatExact(1051.5, US)).toBe('1,051.5');
    expect(formatCount(1234567, DE)).toBe('1.234.567');
    expect(formatCount(-3, US)).toBe('−3');
    expect(formatCount(-0.2, US)).toBe('0');
    expect(formatCount(0, US)).toBe('0');
  });
  it('unknown is never zero', () => {
    for (const v of [null, undefined, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(formatCount(v, US)).toBe(UNKNOWN);
      expect(formatMoney(v, US)).toBe(UNKNOWN);
      expect(formatRate(v, US)).toBe(UNKNOWN);
      expect(formatDays(v, US)).toBe(UNKNOWN);
      expect(formatCoverage(v, US)).toBe(UNKNOWN);
    }
  });
  it('never shows a fraction for any count (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (n) => {
        const s = formatCount(n, US);
        expect(s).not.toMatch(/\./);
        expect(Number(s.replace(/,/g, '').replace('−', '-'))).toBe(Math.round(n) === 0 ? 0 : Math.round(n));
      }),
    );
  });
});

describe('money', () => {
  it('carries the currency symbol of the setting', () => {
    expect(formatMoney(12400, US)).toBe('$12,400');
    expect(formatMoney(12.5, US)).toBe('$12.50');
    expect(formatMoney(12400, GB)).toBe('£12,400');
    expect(formatMoney(12400, DE)).toMatch(/^12\.400\s€$/);
    expect(formatMoney(-12400, US)).toBe('−$12,400');
    expect(formatMoneyShort(1_234_567, US)).toBe('$1.23M');
    expect(formatMoneyShort(9_000, US)).toBe('$9K');
    expect(formatMoneyShort(950, US)).toBe('$950');
  });
  it('always shows a symbol and a digit for any amount (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.constantFrom(US, DE, GB), (n, f) => {
        const s = formatMoney(n, f);
        expect(s).toMatch(/[$€£]/);
        expect(s).toMatch(/\d/);
        expect(s.startsWith('-')).toBe(false);
      }),
    );
  });
});

describe('rates, coverage, days, change', () => {
  it('writes rates as percentages', () => {
    expect(formatRate(0.256, US)).toBe('26%');
    expect(formatRate(0.054, US)).toBe('5.4%');
    expect(formatRate(0, US)).toBe('0%');
    expect(formatRate(1, US)).toBe('100%');
    expect(formatRate(0.256, US, 1)).toBe('25.6%');
  });
  it('a rate in [0,1] prints between 0% and 100% (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (r) => {
        const s = formatRate(r, US);
        expect(s).toMatch(/^\d{1,3}(\.\d)?%$/);
        const v = Number(s.slice(0, -1));
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(100);
      }),
    );
  });
  it('coverage as a multiple, days with a unit, change with a sign', () => {
    expect(formatCoverage(4.27, US)).toBe('4.3×');
    expect(formatCoverage(3, US)).toBe('3.0×');
    expect(formatCoverage(4.27, DE)).toBe('4,3×');
    expect(formatDays(1, US)).toBe('1 day');
    expect(formatDays(23.4, US)).toBe('23 days');
    expect(formatDays(4.55, US)).toBe('4.6 days');
    expect(formatChange(-0.35, US)).toBe('−35%');
    expect(formatChange(0.12, US)).toBe('+12%');
    expect(formatChange(0.001, US)).toBe('0%');
  });
  it('formatValue and formatTick dispatch on the unit', () => {
    const units: ValueUnit[] = ['count', 'money', 'rate', 'days', 'ratio', 'score'];
    const out = units.map((u) => formatValue(0.5, u, US));
    expect(out).toEqual(['1', '$0.50', '50%', '0.5 days', '0.5×', '0.5']);
    expect(formatTick(25_000, 'money', US)).toBe('$25K');
    expect(formatTick(25_000, 'count', US)).toBe('25K');
    expect(formatTick(1_200, 'count', US)).toBe('1.2K');
    expect(formatTick(12.4, 'days', US)).toBe('12');
    expect(isRounded(1051.5, 'count')).toBe(true);
    expect(isRounded(1051, 'count')).toBe(false);
    expect(isRounded(0.5, 'rate')).toBe(false);
  });
});

describe('periods and dates', () => {
  it('names periods as people say them', () => {
    expect(formatPeriod('2026-10')).toBe('Oct 2026');
    expect(formatPeriod('2026-Q3')).toBe('Q3 2026');
    expect(formatPeriod('2026-W42')).toBe('Week 42, 2026');
    expect(formatPeriod('2026-W07')).toBe('Week 7, 2026');
    expect(formatPeriod('2026-01', 'de-DE')).toBe('Jan. 2026');
    expect(formatPeriod('not a period')).toBe('not a period');
    expect(formatPeriodShort('2026-10')).toBe('Oct 26');
    expect(formatPeriodShort('2026-Q3')).toBe('Q3 26');
    expect(formatPeriodShort('2026-W42')).toBe('W42 26');
  });
  it('every month key gets a label with its year (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1970, max: 2200 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const key = `${y}-${String(m).padStart(2, '0')}`;
        const label = formatPeriod(key);
        expect(label).toMatch(new RegExp(`^[A-Z][a-z]{2} ${y}$`));
      }),
    );
  });
  it('writes a run of periods once, with the year once where it is shared', () => {
    expect(formatPeriodRange('2017-08', '2017-10')).toBe('Aug to Oct 2017');
    expect(formatPeriodRange('2017-11', '2018-01')).toBe('Nov 2017 to Jan 2018');
    expect(formatPeriodRange('2017-10', '2017-10')).toBe('Oct 2017');
    expect(formatPeriodRange('2026-Q1', '2026-Q3')).toBe('Q1 to Q3 2026');
    expect(formatPeriodRange('2025-Q4', '2026-Q2')).toBe('Q4 2025 to Q2 2026');
    expect(formatPeriodRange('2026-W40', '2026-W42')).toBe('Weeks 40 to 42, 2026');
    expect(formatPeriodRange('2025-W52', '2026-W02')).toBe('Week 52, 2025 to Week 2, 2026');
    expect(formatPeriodRange('2026-01', '2026-03', 'de-DE')).toBe('Jan. to März 2026');
    expect(formatPeriodRange('', '2026-03')).toBe('Mar 2026');
    expect(formatPeriodRange('2026-Q1', '2026-03')).toBe('Q1 2026 to Mar 2026');
  });
  it('no range of period keys keeps a raw key (property)', () => {
    const key = fc.oneof(
      fc.tuple(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
      fc.tuple(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`),
      fc.tuple(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 53 })).map(([y, w]) => `${y}-W${String(w).padStart(2, '0')}`),
    );
    fc.assert(
      fc.property(key, key, (a, b) => {
        const text = formatPeriodRange(a, b);
        expect(text).not.toMatch(/\b\d{4}-(\d{2}|Q\d|W\d{2})\b/);
        // Every year named in the keys is named in the text.
        for (const y of new Set([a.slice(0, 4), b.slice(0, 4)])) expect(text).toContain(y);
      }),
    );
  });
  it('names the kind of a period', () => {
    expect(periodKindOf('2026-10')).toBe('month');
    expect(periodKindOf('2026-Q3')).toBe('quarter');
    expect(periodKindOf('2026-W42')).toBe('week');
    expect(periodKindOf('2026-13')).toBeNull();
    expect(periodNoun('month', 3)).toBe('months');
    expect(periodNoun('quarter')).toBe('quarter');
    expect(periodNoun(null, 2)).toBe('periods');
  });
  it('one date format; invalid dates are unknown', () => {
    expect(formatDate('2026-12-01T10:00:00Z')).toBe('Dec 1, 2026');
    expect(formatDate('2026-12-01T10:00:00Z', 'en-GB')).toBe('1 Dec 2026');
    expect(formatDate('garbage')).toBe(UNKNOWN);
    expect(formatDateTime('2026-12-01T10:00:00Z', 'en-GB')).toMatch(/^1 Dec 2026/);
    expect(formatDateTime(Number.NaN)).toBe(UNKNOWN);
  });
});

describe('locale and currency defaults', () => {
  it('guesses the currency from the region of the locale', () => {
    expect(currencyForLocale('en-US')).toBe('USD');
    expect(currencyForLocale('en-GB')).toBe('GBP');
    expect(currencyForLocale('de-DE')).toBe('EUR');
    expect(currencyForLocale('fr')).toBe('EUR');
    expect(currencyForLocale('ja')).toBe('JPY');
    expect(currencyForLocale('en-AQ')).toBeNull();
  });
  it('the manager choice wins; otherwise system locale and guessed currency', () => {
    expect(resolveNumberFormat(undefined, 'en-GB')).toEqual({ locale: 'en-GB', currency: 'GBP', currencyGuessed: true });
    expect(resolveNumberFormat({ locale: 'de-DE', currency: 'usd' }, 'en-GB')).toEqual({ locale: 'de-DE', currency: 'USD', currencyGuessed: false });
    expect(resolveNumberFormat({ locale: null, currency: 'NOPE' }, 'sv-SE').currency).toBe('SEK');
    expect(resolveNumberFormat({ locale: null, currency: null }, 'en-AQ').currency).toBe('USD');
  });
  it('a bad locale never throws', () => {
    expect(safeLocale('xx_yy!!')).toBe('en-US');
    expect(formatCount(5, { locale: '!!', currency: 'USD' })).toBe('5');
    expect(isCurrencyCode('EUR')).toBe(true);
    expect(isCurrencyCode('EURO')).toBe(false);
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.double(), (locale, currency, n) => {
        const f = resolveNumberFormat({ locale, currency }, locale);
        expect(typeof formatMoney(n, f)).toBe('string');
        expect(typeof formatPeriod(locale, f.locale)).toBe('string');
      }),
    );
  });
});

describe('decimalMark', () => {
  it('is the mark each locale writes decimals with', () => {
    expect(['en-US', 'en-GB', 'de-DE', 'fr-FR', 'de-CH', 'not a locale'].map(decimalMark)).toEqual(['.', '.', ',', ',', '.', '.']);
  });
});
