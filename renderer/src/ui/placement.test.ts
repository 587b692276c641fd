import { afterEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../state/store';
import { chooseCorner, placeAwayFrom, type Corner } from './placement';

const CORNERS_ALL: Corner[] = ['bottom-right', 'top-right', 'bottom-left', 'top-left'];
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

describe('placing a toast on the page', () => {
  afterEach(() => document.body.replaceChildren());
  const at = (el: HTMLElement, box: { left: number; top: number; right: number; bottom: number }) => {
    el.getBoundingClientRect = () => ({
      ...box,
      x: box.left,
      y: box.top,
      width: box.right - box.left,
      height: box.bottom - box.top,
      toJSON: () => box,
    });
    return el;
  };
  function setUp() {
    const toast = document.createElement('div');
    toast.getBoundingClientRect = () => {
      const b = BOXES[(toast.dataset.corner ?? 'bottom-right') as Corner];
      return { ...b, x: b.left, y: b.top, width: b.right - b.left, height: b.bottom - b.top, toJSON: () => b };
    };
    document.body.append(toast);
    const add = (tag: string, box: (typeof BOXES)[Corner], cls = '') => {
      const el = at(document.createElement(tag), box);
      if (cls) el.className = cls;
      document.body.append(el);
      return el;
    };
    return { toast, add };
  }

  it('prefers a corner that covers no control at all', () => {
    const { toast, add } = setUp();
    add('button', { left: 820, top: 630, right: 960, bottom: 666 }, 'btn-primary');
    add('input', { left: 720, top: 30, right: 990, bottom: 60 });
    expect(placeAwayFrom(toast, 'button, input', '.btn-primary')).toBe('bottom-left');
    expect(toast.dataset.corner).toBe('bottom-left');
  });

  it('when every corner has a control, keeps the field being typed in and the primary action clear', () => {
    const { toast, add } = setUp();
    for (const c of CORNERS_ALL) add('input', BOXES[c]);
    add('button', { left: 820, top: 630, right: 960, bottom: 666 }, 'btn-primary');
    const typing = add('textarea', { left: 720, top: 30, right: 990, bottom: 60 });
    typing.tabIndex = 0;
    typing.focus();
    expect(document.activeElement).toBe(typing);
    expect(placeAwayFrom(toast, 'button, input, textarea', '.btn-primary, :focus', '.btn-primary')).toBe('bottom-left');
  });

  it('ignores controls that are off screen or have no size', () => {
    const { toast, add } = setUp();
    add('button', { left: 820, top: 900, right: 960, bottom: 940 }, 'btn-primary');
    add('input', { left: 0, top: 0, right: 0, bottom: 0 });
    expect(placeAwayFrom(toast, 'button, input')).toBe('bottom-right');
  });
});

describe('toast messages', () => {
  afterEach(() => useAppStore.setState({ toasts: [] }));
  it('a newer confirmation replaces the earlier one; errors stay, up to three', () => {
    const { notify } = useAppStore.getState();
    notify('success', 'Saved one');
    notify('success', 'Saved two');
    expect(useAppStore.getState().toasts.map((t) => t.text)).toEqual(['Saved two']);
    notify('error', 'E1');
    notify('success', 'Saved three');
    notify('error', 'E2');
    notify('error', 'E3');
    notify('error', 'E4');
    expect(useAppStore.getState().toasts.map((t) => t.text)).toEqual(['E2', 'E3', 'E4']);
    notify('success', 'Saved four');
    expect(useAppStore.getState().toasts.map((t) => t.text)).toEqual(['E2', 'E3', 'E4', 'Saved four']);
  });
});
