import { describe, expect, it } from 'vitest';
import { chooseCorner, type Corner } from './placement';

const BOXES: Record<Corner, { left: number; top: number; right: number; bottom: number }> = {
  'bottom-right': { left: 700, top: 600, right: 1000, bottom: 680 },
  'top-right': { left: 700, top: 20, right: 1000, bottom: 100 },
  'bottom-left': { left: 20, top: 600, right: 320, bottom: 680 },
  'top-left': { left: 20, top: 20, right: 320, bottom: 100 },
};

describe('toast placement', () => {
  it('stays bottom-right when nothing is there', () => {
    expect(chooseCorner((c) => BOXES[c], [{ left: 400, top: 300, right: 500, bottom: 340 }])).toBe('bottom-right');
  });
  it('moves away from a primary button in the bottom-right corner', () => {
    const button = { left: 820, top: 630, right: 960, bottom: 666 };
    expect(chooseCorner((c) => BOXES[c], [button])).toBe('top-right');
  });
  it('skips every corner that is taken', () => {
    const taken = [
      { left: 820, top: 630, right: 960, bottom: 666 },
      { left: 900, top: 40, right: 990, bottom: 80 },
    ];
    expect(chooseCorner((c) => BOXES[c], taken)).toBe('bottom-left');
  });
});
