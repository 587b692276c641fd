import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanLine, cleanText, isLabel, isRightToLeft, paragraphsOf, plainText, softWrap, textRuns } from './text';

// Any UTF-16 text, unpaired surrogates and U+FFFE/U+FFFF included, biased to the edges.
const unit = fc.oneof(
  fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('\u0000', '\u0008', '\u000b', '\u001f', '\ufffe', '\uffff', '\u202e', '\r\n', '\u2028', ' ', '\t'),
);
const anyText = fc.array(unit, { maxLength: 120 }).map((u) => u.join(''));

// The XML 1.0 Char production.
const XML_CHAR = /^[\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u;

describe('cleanText', () => {
  it('removes characters XML 1.0 cannot hold', () => {
    expect(cleanText('a\u0000b\u0008c\u000bd\u001fe\ufffef\uffffg')).toBe('abcdefg');
  });
  it('removes lone surrogates but keeps real astral characters', () => {
    expect(cleanText('x\ud800y\udc00z 😀')).toBe('xyz 😀');
  });
  it('removes bidi overrides, keeps isolates', () => {
    expect(cleanText('a\u202eb\u202dc\u2067d\u2069')).toBe('abc\u2067d\u2069');
  });
  it('unifies line endings and trims', () => {
    expect(cleanText('  one\r\ntwo\rthree\u2028four  ')).toBe('one\ntwo\nthree\nfour');
  });
  it('property: output is always XML 1.0 text', () => {
    fc.assert(
      fc.property(anyText, (s) => XML_CHAR.test(cleanText(s)) && XML_CHAR.test(cleanLine(s)) && !/[\n\r\t]|\s\s/u.test(cleanLine(s))),
      { numRuns: 500 },
    );
  });
  it('property: text that is already clean is kept as typed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 100 }), (s) => {
        // eslint-disable-next-line no-control-regex -- strip what cleanText removes
        const clean = s.replace(/[\u0000-\u001f\u007f]/gu, '').trim();
        expect(cleanText(clean)).toBe(clean);
      }),
    );
  });
});

describe('runs', () => {
  it('turns newlines into line breaks', () => {
    expect(textRuns('one\ntwo')).toEqual([{ text: 'one' }, { break: true }, { text: 'two' }]);
    expect(plainText(textRuns('one\n\ntwo'))).toBe('one\n\ntwo');
  });
  it('gives no runs for blank text', () => {
    expect(textRuns(' \n\t ')).toEqual([]);
  });
  it('splits paragraphs on blank lines', () => {
    expect(paragraphsOf('first\nstill first\n\n  \nsecond').map(plainText)).toEqual(['first\nstill first', 'second']);
  });
  it('marks right-to-left text', () => {
    expect(textRuns('مریم احمدی')).toEqual([{ text: 'مریم احمدی', rtl: true }]);
    expect(textRuns('דנה לוי')[0]).toMatchObject({ rtl: true });
    expect(textRuns('Jordan Reyes')[0]).not.toHaveProperty('rtl');
    expect(isRightToLeft('Dana דנה לוי')).toBe(true);
    expect(isRightToLeft('2026-11-22')).toBe(false);
    expect(isRightToLeft('Jordan Reyes דנה')).toBe(false);
    expect(isRightToLeft('')).toBe(false);
  });
});

describe('isLabel', () => {
  it('is a paragraph all in bold, nothing else', () => {
    expect(isLabel([{ text: 'Activities', bold: true }])).toBe(true);
    expect(isLabel([{ text: 'Timeline: ', bold: true }, { text: 'December' }])).toBe(false);
    expect(isLabel([{ text: 'Check-in', bold: true }, { break: true }])).toBe(false);
    expect(isLabel([])).toBe(false);
  });
});

describe('softWrap', () => {
  it('lets very long unbroken words wrap, and keeps every character', () => {
    const long = 'W'.repeat(100);
    const wrapped = softWrap(`Name ${long} end`);
    expect(wrapped.replace(/\u200b/gu, '')).toBe(`Name ${long} end`);
    expect(
      wrapped
        .split(' ')[1]!
        .split('\u200b')
        .every((part) => part.length <= 24),
    ).toBe(true);
  });
  it('leaves ordinary words alone', () => {
    expect(softWrap('Jordan Reyes-Montgomery')).toBe('Jordan Reyes-Montgomery');
  });
});
