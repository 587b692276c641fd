import { describe, expect, it } from 'vitest';
import { fromTypedValue, parseTypedNumber } from './input';

describe('numbers as a manager types them', () => {
  it('accepts a percentage typed with its sign for a rate', () => {
    expect(fromTypedValue('60%', 'rate')).toBe(0.6);
    expect(fromTypedValue('60 %', 'rate')).toBe(0.6);
    expect(fromTypedValue('60', 'rate')).toBe(0.6);
    expect(fromTypedValue('12,5%', 'rate')).toBe(0.125);
  });

  it('reads amounts with a currency sign and thousands separators', () => {
    expect(parseTypedNumber('$2,536')).toBe(2536);
    expect(parseTypedNumber('2,536.50')).toBe(2536.5);
    expect(parseTypedNumber('2.536,50 €')).toBe(2536.5);
    expect(parseTypedNumber('12,5')).toBe(12.5);
    expect(parseTypedNumber('-3')).toBe(-3);
  });

  it('says empty is unknown and anything else is not a number', () => {
    expect(parseTypedNumber('  ')).toBeNull();
    expect(parseTypedNumber('sixty')).toBeNaN();
    expect(parseTypedNumber('6O')).toBeNaN();
    expect(parseTypedNumber('1.2.3')).toBeNaN();
  });
});
