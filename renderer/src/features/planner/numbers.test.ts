import { describe, expect, it } from 'vitest';
import { fromInput, toInput } from './numbers';

describe('planner number fields', () => {
  it('show a figure rounded as the documents write it', () => {
    expect(toInput(2535.547, 'money')).toBe('2536');
    expect(toInput(26.93, 'days')).toBe('27');
    expect(toInput(11.76, 'count')).toBe('12');
    expect(toInput(3.46, 'count')).toBe('3.5');
    expect(toInput(0.6283, 'rate')).toBe('63');
    expect(toInput(0.0567, 'rate')).toBe('5.7');
    expect(toInput(4.27, 'ratio')).toBe('4.3');
    expect(toInput(null, 'money')).toBe('');
  });

  it('keep the exact figure of a field left as shown, and read what the manager types', () => {
    expect(fromInput('2536', 'money', 2535.547)).toBe(2535.547);
    expect(fromInput('63', 'rate', 0.6283)).toBe(0.6283);
    // The first candidate that shows as the text wins: the stored figure before the fact's.
    expect(fromInput('5.7', 'rate', 0.0571, 0.0567)).toBe(0.0571);
    expect(fromInput('5.7', 'rate', 0.0811, 0.0567)).toBe(0.0567);
    expect(fromInput('2540', 'money', 2535.547)).toBe(2540);
    expect(fromInput('60%', 'rate', 0.6283)).toBe(0.6);
    expect(fromInput('$2,536', 'money')).toBe(2536);
    expect(fromInput('', 'money', 2535.547)).toBeNull();
  });
});
