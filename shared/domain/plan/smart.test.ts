import { describe, expect, it } from 'vitest';
import type { ActionItem } from '@shared/schemas/plan';
import { smartCheck } from './smart';

const item = (over: Partial<ActionItem> = {}): ActionItem => ({
  id: 'a1',
  action: 'Hold at least 40 meetings a month',
  metricKey: 'meetingsHeld',
  baseline: 26,
  target: 40,
  deadline: '2027-02-22',
  owner: 'Dev Patel',
  ...over,
});

describe('SMART check', () => {
  it('passes a complete item', () => {
    expect(smartCheck(item())).toEqual([]);
  });

  it.each([
    [{ target: null }, 'target'],
    [{ baseline: null }, 'baseline'],
    [{ deadline: null }, 'deadline'],
    [{ owner: '  ' }, 'owner'],
    [{ metricKey: null }, 'metric'],
    [{ action: '' }, 'action'],
  ] as const)('flags %o as missing %s', (over, issue) => {
    expect(smartCheck(item(over))).toEqual([issue]);
  });

  it('flags every gap at once on an empty item', () => {
    expect(smartCheck(item({ action: '', metricKey: null, baseline: null, target: null, deadline: null, owner: '' }))).toEqual([
      'action',
      'metric',
      'target',
      'baseline',
      'deadline',
      'owner',
    ]);
  });

  it('flags a target that asks for no improvement, in the direction of the metric', () => {
    expect(smartCheck(item({ target: 26 }))).toEqual(['target-not-beyond-baseline']);
    const lowerIsBetter = (k: string) => k !== 'cycleDaysMedian';
    expect(smartCheck(item({ metricKey: 'cycleDaysMedian', baseline: 44, target: 38 }), lowerIsBetter)).toEqual([]);
    expect(smartCheck(item({ metricKey: 'cycleDaysMedian', baseline: 44, target: 50 }), lowerIsBetter)).toEqual(['target-not-beyond-baseline']);
  });

  it('treats a zero baseline as known (zero is a real measurement, not a missing one)', () => {
    expect(smartCheck(item({ baseline: 0, target: 10 }))).toEqual([]);
  });
});
