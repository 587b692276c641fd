import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FALLBACK_FILE_NAME, MAX_FILE_NAME_BYTES, sanitizeFileName } from './filename';

const bytes = (s: string) => new TextEncoder().encode(s).length;
// eslint-disable-next-line no-control-regex -- the test looks for exactly these
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\\/:*?"<>|\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\ufeff\u2215\u2044\uff0f\uff3c]/u;
const RESERVED_STEM = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/iu;

// Any UTF-16 text, unpaired surrogates included (built from code units: fc.string's
// 'binary' unit is slow under vitest).
const codeUnit = fc.oneof(
  fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('\u0000', '\u001f', '\ufffe', '\uffff', '\u202e', '\n', ' ', '.'),
);
const anyText = (maxLength: number) => fc.array(codeUnit, { maxLength }).map((u) => u.join(''));

// Strings biased towards the awkward parts of Unicode: controls, bidi, slashes, dots, spaces.
const nasty = fc.constantFrom(
  '.',
  ' ',
  '/',
  '\\',
  ':',
  '\u202e',
  '\u200f',
  '\u0000',
  '\t',
  '\n',
  '\u2215',
  '\uff0f',
  'CON',
  'nul',
  'é',
  'e\u0301',
  '👩‍💻',
  'ی',
  '\ud800',
);
const nameArb = fc.oneof(
  anyText(80),
  fc.array(fc.oneof(nasty, fc.string({ maxLength: 6 })), { maxLength: 40 }).map((parts) => parts.join('')),
  fc.tuple(fc.string({ unit: 'grapheme', minLength: 150, maxLength: 400 }), fc.constantFrom('', '.docx', '.pdf', '.')).map(([a, b]) => a + b),
);

describe('sanitizeFileName', () => {
  it.each([
    ['2026-11-22 Jordan Reyes - Action Plan.docx', '2026-11-22 Jordan Reyes - Action Plan.docx'],
    ['a/b\\c:d', 'a-b-c-d'],
    ['what? *really* <now> | "x"', 'what- -really- -now- - -x-'],
    ['con', '_con'],
    ['CON.docx', '_CON.docx'],
    ['nul .txt', '_nul .txt'],
    ['COM1', '_COM1'],
    ['LPT9.docx', '_LPT9.docx'],
    ['COM¹', '_COM¹'],
    ['Conrad.docx', 'Conrad.docx'],
    ['.hidden', 'hidden'],
    ['...', FALLBACK_FILE_NAME],
    ['', FALLBACK_FILE_NAME],
    ['name. . .', 'name'],
    ['  padded  ', 'padded'],
    ['tab\there\nnew\u0007line', 'tab here new line'],
    ['invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['\u2067مریم\u2069 Ahmadi', 'مریم Ahmadi'],
    ['Jordan\u2215Reyes', 'Jordan-Reyes'],
    ['Jordan\uFF0FReyes', 'Jordan-Reyes'],
    ['Jordan\u2044Reyes', 'Jordan-Reyes'],
    ['Jose\u0301', 'José'],
    ['bad\ud800half', 'badhalf'],
  ])('%j → %j', (input, expected) => {
    expect(sanitizeFileName(input)).toBe(expected);
  });

  it('keeps Persian zero-width non-joiners and emoji sequences', () => {
    expect(sanitizeFileName('می\u200cخواهم 👩‍💻')).toBe('می\u200cخواهم 👩‍💻');
  });

  it('caps the length in UTF-8 bytes and keeps the extension', () => {
    const out = sanitizeFileName(`${'Ω'.repeat(300)}.docx`);
    expect(bytes(out)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(out.endsWith('Ω.docx')).toBe(true);
  });

  it('does not split a grapheme when it cuts', () => {
    const out = sanitizeFileName('👩‍💻'.repeat(100));
    expect(bytes(out)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(out.length % '👩‍💻'.length).toBe(0);
  });

  it('does not leave a trailing dot or space where it cuts', () => {
    const out = sanitizeFileName(`${'a'.repeat(MAX_FILE_NAME_BYTES - 7)} . . . . . . . tail.docx`);
    expect(out).toMatch(/a\.docx$/u);
  });

  it('property: output is always a safe, non-empty, bounded name', () => {
    fc.assert(
      fc.property(nameArb, (name) => {
        const out = sanitizeFileName(name);
        expect(out.length).toBeGreaterThan(0);
        expect(bytes(out)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
        expect(out).not.toMatch(UNSAFE);
        expect(out).not.toMatch(/^[\s.]|[\s.]$/u);
        expect(out).not.toMatch(/\s\s/u);
        expect(RESERVED_STEM.test(out.split('.')[0]!.trimEnd())).toBe(false);
        expect(out).toBe(out.normalize('NFC'));
        // Round-trips through UTF-8 (no lone surrogates).
        expect(new TextDecoder().decode(new TextEncoder().encode(out))).toBe(out);
      }),
      { numRuns: 1000 },
    );
  }, 30_000);

  it('property: idempotent', () => {
    fc.assert(
      fc.property(nameArb, (name) => {
        const once = sanitizeFileName(name);
        expect(sanitizeFileName(once)).toBe(once);
      }),
      { numRuns: 1000 },
    );
  }, 30_000);

  it('property: an already-safe name is left as it is', () => {
    const safe = fc
      .array(fc.constantFrom(...'abcXYZ019-_()é,'.split('')), { minLength: 1, maxLength: 60 })
      .map((c) => c.join(''))
      .filter((s) => !RESERVED_STEM.test(s));
    fc.assert(
      fc.property(safe, safe, (a, b) => {
        expect(sanitizeFileName(`${a} ${b}.docx`)).toBe(`${a} ${b}.docx`);
      }),
    );
  });
});
