import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterChoices, filterText, inFilter, parseFilter, type TeamFilter } from './filter';

const moved = {
  placements: [
    { from: '2017-01-01', team: null, manager: 'Dustin Brinkmann', office: 'Central' },
    { from: '2017-06-01', team: null, manager: 'Rocco Neubert', office: 'East' },
  ],
  leftDate: '2017-10-01',
};

describe('inFilter', () => {
  it('follows the placement in force on the day, names compared as people type them', () => {
    expect(inFilter(moved, { kind: 'manager', name: 'dustin  brinkmann' }, '2017-05-31')).toBe(true);
    expect(inFilter(moved, { kind: 'manager', name: 'Dustin Brinkmann' }, '2017-06-01')).toBe(false);
    expect(inFilter(moved, { kind: 'office', name: 'East' }, '2017-06-01')).toBe(true);
    expect(inFilter(moved, { kind: 'office', name: 'Central' }, '2017-06-01')).toBe(false);
  });
  it('leaves out a rep from the day they left, even for everyone', () => {
    expect(inFilter(moved, { kind: 'everyone' }, '2017-09-30')).toBe(true);
    expect(inFilter(moved, { kind: 'everyone' }, '2017-10-01')).toBe(false);
    expect(inFilter(moved, { kind: 'office', name: 'East' }, '2017-10-01')).toBe(false);
  });
  it('holds nobody with no placement for a named team, manager or office', () => {
    expect(inFilter({}, { kind: 'team', name: 'East' }, '2017-06-01')).toBe(false);
    expect(inFilter({}, { kind: 'everyone' }, '2017-06-01')).toBe(true);
  });
});

describe('filter text', () => {
  it('reads back what it writes', () => {
    const filters = fc.oneof(
      fc.constant<TeamFilter>({ kind: 'everyone' }),
      fc.record({
        kind: fc.constantFrom('team' as const, 'manager' as const, 'office' as const),
        name: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() === s && s.length > 0),
      }),
    );
    fc.assert(
      fc.property(filters, (f) => {
        expect(parseFilter(filterText(f))).toEqual(f);
      }),
    );
  });
  it('refuses what is not a filter', () => {
    for (const t of ['', 'boss:Ann', 'manager:', 'manager:   ', null, 'Everyone!']) expect(parseFilter(t)).toBeNull();
  });
});

describe('filterChoices', () => {
  it('lists each manager and office once, on the day', () => {
    const other = { placements: [{ from: '2017-01-01', team: null, manager: 'Rocco Neubert', office: 'East' }] };
    expect(filterChoices([moved, other], '2017-03-01')).toEqual({
      team: [],
      manager: ['Dustin Brinkmann', 'Rocco Neubert'],
      office: ['Central', 'East'],
    });
    expect(filterChoices([moved, other], '2017-07-01')).toEqual({ team: [], manager: ['Rocco Neubert'], office: ['East'] });
  });
});
