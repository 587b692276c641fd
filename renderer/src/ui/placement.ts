export const CORNERS = ['bottom-right', 'top-right', 'bottom-left', 'top-left'] as const;
export type Corner = (typeof CORNERS)[number];

type Box = { left: number; top: number; right: number; bottom: number };

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The first corner whose box (as measured there) overlaps none of the boxes to keep clear. */
export function chooseCorner(measure: (c: Corner) => Box, keepClear: Box[]): Corner {
  for (const c of CORNERS) {
    const box = measure(c);
    if (!keepClear.some((k) => overlaps(box, k))) return c;
  }
  return CORNERS[0];
}

function visibleBoxes(node: HTMLElement, selector: string): Box[] {
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  return Array.from(document.querySelectorAll<HTMLElement>(selector))
    .filter((el) => !node.contains(el))
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < vh && r.right > 0 && r.left < vw);
}

/**
 * Moves a fixed element (via data-corner) to a corner where it covers nothing matching the
 * selectors. The selectors go from the strictest set to the most important one: the first set
 * that some corner leaves wholly clear wins (e.g. every form control, else the primary actions).
 */
export function placeAwayFrom(node: HTMLElement, ...selectors: string[]): Corner {
  const measure = (c: Corner) => {
    node.dataset.corner = c;
    return node.getBoundingClientRect();
  };
  for (const selector of selectors) {
    const keepClear = visibleBoxes(node, selector);
    const corner = CORNERS.find((c) => !keepClear.some((k) => overlaps(measure(c), k)));
    if (corner) {
      node.dataset.corner = corner;
      return corner;
    }
  }
  const corner = chooseCorner(measure, visibleBoxes(node, selectors[selectors.length - 1] ?? ''));
  node.dataset.corner = corner;
  return corner;
}
