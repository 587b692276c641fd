import { describe, expect, it } from 'vitest';
import { DocumentInputError, makeFormatter, NOT_AVAILABLE } from './format';

const gb = makeFormatter({ locale: 'en-GB', currency: 'GBP' });
const de = makeFormatter({ locale: 'de-DE', currency: 'EUR' });
const us = makeFormatter({ locale: 'en-US', currency: 'USD' });

// Intl may use narrow no-break spaces; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/gu, ' ');

describe('makeFormatter', () => {
  it('writes values in their unit and locale', () => {
    expect(gb.value(48250, 'money')).toBe('£48,250');
    expect(plain(de.value(48250, 'money'))).toBe('48.250 €');
    // Amounts as people write them in a plan: whole units.
    expect(us.value(1234.5, 'money')).toBe('$1,235');
    expect(us.value(2535.55, 'money')).toBe('$2,536');
    expect(us.gap(-1580.97, 'money')).toBe('-$1,581');
    // Percentages as the app writes them: whole from 10% up, one decimal below.
    expect(gb.value(0.235, 'rate')).toBe('24%');
    expect(gb.value(2 / 17, 'rate')).toBe('12%');
    expect(gb.value(0.075, 'rate')).toBe('7.5%');
    expect(plain(de.value(0.235, 'rate'))).toBe('24 %');
    expect(gb.value(41, 'days')).toBe('41 days');
    expect(gb.value(1, 'days')).toBe('1 day');
    expect(gb.value(62.94, 'days')).toBe('63 days');
    expect(gb.value(2.5, 'days')).toBe('2.5 days');
    expect(gb.value(12, 'count')).toBe('12');
    expect(de.value(4.25, 'decimal')).toBe('4,25');
    expect(de.value(4.61, 'ratio')).toBe('4,6×');
    expect(de.gap(0.61, 'ratio')).toBe('+0,6×');
  });
  it('writes counts whole from 10 up, amounts without a symbol when no currency is set', () => {
    expect(gb.value(35.5, 'count')).toBe('36');
    expect(gb.value(3.5, 'count')).toBe('3.5');
    expect(gb.gap(-13.5, 'count')).toBe('-14');
    const noSymbol = makeFormatter({ locale: 'en-US' });
    expect(noSymbol.value(12_500, 'money')).toBe('12,500');
    expect(noSymbol.value(12.5, 'money')).toBe('13');
    expect(noSymbol.gap(-1200, 'money')).toBe('-1,200');
    expect(makeFormatter({ locale: 'de-DE', currency: null }).value(12_500, 'money')).toBe('12.500');
  });

  it('shows zero as zero and unknown as not available', () => {
    expect(gb.value(0, 'count')).toBe('0');
    expect(gb.value(0, 'money')).toBe('£0');
    expect(gb.value(null, 'money')).toBe(NOT_AVAILABLE);
    expect(gb.value(Number.NaN, 'count')).toBe(NOT_AVAILABLE);
    expect(gb.gap(null, 'rate')).toBe(NOT_AVAILABLE);
  });
  it('writes gaps with their sign, rates in percentage points', () => {
    expect(gb.gap(3, 'count')).toBe('+3');
    expect(gb.gap(-1200, 'money')).toBe('-£1,200');
    expect(gb.gap(0, 'count')).toBe('0');
    expect(gb.gap(-0.045, 'rate')).toBe('-4.5 pts');
    expect(gb.gap(0.1, 'rate')).toBe('+10 pts');
    expect(gb.gap(16, 'days')).toBe('+16 days');
  });
  it('writes dates in the locale, whatever the machine time zone', () => {
    expect(gb.date('2026-11-22')).toBe('22 November 2026');
    expect(us.date('2026-11-22')).toBe('November 22, 2026');
    expect(de.date('2026-01-01')).toBe('1. Januar 2026');
  });
  it('refuses what is not a calendar date, saying which field', () => {
    expect(() => gb.date('2026-02-30', 'Deadline of action 2')).toThrow(/Deadline of action 2: "2026-02-30" is not a calendar date/u);
    expect(() => gb.date('22/11/2026')).toThrow(DocumentInputError);
  });
  it('keeps one formatter per locale and currency, never mixing their settings', () => {
    expect(makeFormatter({ locale: 'en-GB', currency: 'GBP' })).toBe(gb);
    // Same locale, other currency; then more locales than are kept, and back again.
    expect(makeFormatter({ locale: 'en-GB', currency: 'EUR' }).value(5, 'money')).toBe('€5');
    for (const locale of ['fr-FR', 'es-ES', 'it-IT', 'nl-NL', 'pt-PT', 'sv-SE', 'pl-PL', 'ja-JP', 'he-IL'])
      makeFormatter({ locale, currency: 'EUR' });
    expect(makeFormatter({ locale: 'en-GB', currency: 'GBP' }).value(5, 'money')).toBe('£5');
    expect(plain(makeFormatter({ locale: 'de-DE', currency: 'EUR' }).value(5, 'money'))).toBe('5 €');
  });
  it('refuses an unknown currency', () => {
    expect(() => makeFormatter({ locale: 'en-GB', currency: 'POUNDS' })).toThrow(/currency "POUNDS"/u);
    // Refused every time: a failed build is not kept.
    expect(() => makeFormatter({ locale: 'en-GB', currency: 'POUNDS' })).toThrow(/currency "POUNDS"/u);
  });
});
