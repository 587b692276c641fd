import { describe, expect, it } from 'vitest';
import { compile, matchPattern } from './patterns';
import { tokenize } from './tokenize';

const CLASSES = { BE: new Set(['is', 'are']), CERT: new Set(['clearly', 'obviously']) };

/** The matched text for a pattern run from every token, or [] when nothing matches. */
function matches(source: string, text: string, shieldAt: number[] = []): string[] {
  const p = compile(source, CLASSES);
  const { tokens, sentences } = tokenize(text);
  const shield = new Uint8Array(tokens.length);
  for (const k of shieldAt) shield[k] = 1;
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const s = sentences.find((x) => x.first <= i && i <= x.last)!;
    const j = matchPattern(p, { tokens, shield, sentenceFirst: s.first }, i);
    if (j >= 0) out.push(text.slice(tokens[i]!.start, tokens[j]!.end));
  }
  return out;
}

describe('the coach pattern language', () => {
  it('a class, an optional step and alternatives', () => {
    expect(matches('you @BE? @CERT', 'You are clearly tired. You obviously know.')).toEqual(['You are clearly', 'You obviously']);
    expect(matches('stop|quit whining', 'Quit whining and stop whining.')).toEqual(['Quit whining', 'stop whining']);
  });
  it('a gap skips up to its number of words, never punctuation', () => {
    expect(matches('stop *2 excuses', 'Stop the endless excuses.')).toEqual(['Stop the endless excuses']);
    expect(matches('stop *2 excuses', 'Stop all the endless excuses.')).toEqual([]);
    expect(matches('stop *2 excuses', 'Stop, excuses.')).toEqual([]);
  });
  it('"^" anchors at the start of a sentence, and punctuation matches itself', () => {
    expect(matches('^whatever ,', 'Whatever, do it. Do whatever, then.')).toEqual(['Whatever,']);
  });
  it('never reaches into quotation marks, across a sentence, or into a shielded word', () => {
    expect(matches('you @BE? @CERT', 'He said "you are clearly wrong".')).toEqual([]);
    expect(matches('stop *2 excuses', 'Stop. Excuses are fine.')).toEqual([]);
    expect(matches('you @BE? @CERT', 'You are clearly tired.', [2])).toEqual([]);
  });
  it('refuses a pattern with an unknown class or without a required first word', () => {
    expect(() => compile('you @NOPE', CLASSES)).toThrow('names an unknown class @NOPE');
    expect(() => compile('maybe? you', CLASSES)).toThrow('must start with a required word');
    expect(() => compile('*2 you', CLASSES)).toThrow('must start with a required word');
  });
});
