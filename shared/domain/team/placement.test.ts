import { describe, expect, it } from 'vitest';
import { activeOn, placementAt } from './placement';

const moved = {
  placements: [
    { from: '2026-06-01', team: 'East', manager: 'Rosa', office: 'Central' },
    { from: '2026-01-01', team: 'West', manager: 'Dustin', office: 'Central' },
  ],
};

describe('placementAt', () => {
  it('gives the placement in force on the day, whatever order they were stored in', () => {
    expect(placementAt(moved, '2026-05-31')).toEqual({ team: 'West', manager: 'Dustin', office: 'Central' });
    expect(placementAt(moved, '2026-06-01')).toEqual({ team: 'East', manager: 'Rosa', office: 'Central' });
  });
  it('knows nothing before the first placement, or with none', () => {
    expect(placementAt(moved, '2025-12-31')).toEqual({ team: null, manager: null, office: null });
    expect(placementAt({}, '2026-06-01')).toEqual({ team: null, manager: null, office: null });
  });
});

describe('activeOn', () => {
  it('counts a rep up to the day before the leaving date', () => {
    expect(activeOn({ leftDate: '2026-07-01' }, '2026-06-30')).toBe(true);
    expect(activeOn({ leftDate: '2026-07-01' }, '2026-07-01')).toBe(false);
    expect(activeOn({ leftDate: null }, '2030-01-01')).toBe(true);
    expect(activeOn({}, '2030-01-01')).toBe(true);
  });
});
