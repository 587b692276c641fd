import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize';

const words = (text: string) => tokenize(text).tokens.map((t) => t.norm);

describe('tokenize', () => {
  it('words, numbers and punctuation with UTF-16 offsets', () => {
    const text = 'Calls: 1,250 (12.5%) — €3,000!';
    const { tokens } = tokenize(text);
    expect(tokens.map((t) => [t.kind, text.slice(t.start, t.end)])).toEqual([
      ['word', 'Calls'],
      ['punct', ':'],
      ['number', '1,250'],
      ['punct', '('],
      ['number', '12.5%'],
      ['punct', ')'],
      ['punct', '—'],
      ['number', '€3,000'],
      ['punct', '!'],
    ]);
  });
  it('reads figures in rand and rupees as numbers, and a capital R before letters as a word', () => {
    const kinds = (text: string) => tokenize(text).tokens.map((t) => [t.kind, t.raw]);
    expect(kinds('R80,000 of R1.2m')).toEqual([
      ['number', 'R80,000'],
      ['word', 'of'],
      ['number', 'R1.2m'],
    ]);
    expect(kinds('₹2,500 QR3 R&D')).toEqual([
      ['number', '₹2,500'],
      ['word', 'QR3'],
      ['word', 'R'],
      ['punct', '&'],
      ['word', 'D'],
    ]);
  });

  it('expands contractions into two words sharing the span', () => {
    expect(words("you're, don't, can't, won't, it’s, I'm, rep's")).toEqual([
      'you',
      'are',
      ',',
      'do',
      'not',
      ',',
      'can',
      'not',
      ',',
      'will',
      'not',
      ',',
      'it',
      'is',
      ',',
      'i',
      'am',
      ',',
      'rep',
    ]);
    const { tokens } = tokenize("you're");
    expect(tokens.map((t) => [t.start, t.end])).toEqual([
      [0, 6],
      [0, 6],
    ]);
  });
  it('keeps hyphenated and accented words whole', () => {
    expect(words('follow-up with José, one-to-one')).toEqual(['follow-up', 'with', 'josé', ',', 'one-to-one']);
  });
  it('splits sentences at stops, question marks and line breaks, and marks questions', () => {
    const { sentences } = tokenize('First one. Is it? Yes!\nNew line 3.5 stays');
    expect(sentences.map((s) => [s.question, s.first, s.last])).toEqual([
      [false, 0, 2],
      [true, 3, 5],
      [false, 6, 7],
      [false, 8, 11],
    ]);
  });
  it('marks words inside straight, curly and single quotes, not apostrophes', () => {
    const q = (text: string) =>
      tokenize(text)
        .tokens.filter((t) => t.kind === 'word')
        .map((t) => `${t.norm}${t.quoted ? '*' : ''}`);
    expect(q('He said "you are late" then left')).toEqual(['he', 'said', 'you*', 'are*', 'late*', 'then', 'left']);
    expect(q('She wrote “not now” twice')).toEqual(['she', 'wrote', 'not*', 'now*', 'twice']);
    expect(q("A ‘big’ deal and the team's plan")).toEqual(['a', 'big*', 'deal', 'and', 'the', 'team', 'plan']);
    expect(q("He said 'no' today")).toEqual(['he', 'said', 'no*', 'today']);
  });
  it('never loses or reorders text: token spans are increasing and inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (text) => {
        const { tokens, sentences } = tokenize(text);
        let last = 0;
        for (const t of tokens) {
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(t.end).toBeGreaterThan(t.start);
          expect(t.end).toBeLessThanOrEqual(text.length);
          last = t.start;
        }
        for (const s of sentences) expect(s.first).toBeLessThanOrEqual(s.last);
        const nonSpace = text.replace(/\s/g, '').length;
        if (nonSpace === 0) expect(tokens).toEqual([]);
      }),
      { numRuns: 400 },
    );
  }, 30_000);
});
