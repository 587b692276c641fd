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

/** Moves a fixed element (via data-corner) to a corner where it covers nothing matching `selector`. */
export function placeAwayFrom(node: HTMLElement, selector: string): Corner {
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const keepClear = Array.from(document.querySelectorAll<HTMLElement>(selector))
    .filter((el) => !node.contains(el))
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < vh && r.right > 0 && r.left < vw);
  const corner = chooseCorner((c) => {
    node.dataset.corner = c;
    return node.getBoundingClientRect();
  }, keepClear);
  node.dataset.corner = corner;
  return corner;
}
