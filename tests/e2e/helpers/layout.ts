import type { Page } from '@playwright/test';

export type LayoutProblem = {
  kind: 'page-scrolls-sideways' | 'beyond-viewport' | 'clipped' | 'overflows-cell' | 'scrolls-sideways' | 'toast-covers-action' | 'choice-cut-off';
  what: string;
  by: number;
};

/**
 * Finds what a person would see cut off: the page scrolling sideways, any visible element
 * whose right edge lies past the viewport, content clipped by an `overflow: hidden` box,
 * any box that scrolls sideways unless it is a named, focusable scroll region (a wide data
 * table a keyboard user can scroll), a message (toast) lying over a primary action, and a
 * drop-down whose chosen option is wider than the box that shows it (the browser cuts it off
 * without any overflow to see).
 */
export async function layoutProblems(page: Page): Promise<LayoutProblem[]> {
  return page.evaluate(() => {
    const out: { kind: LayoutProblem['kind']; what: string; by: number }[] = [];
    const vw = document.documentElement.clientWidth;
    const describe = (el: Element) => {
      const id = el.id ? `#${el.id}` : '';
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).slice(0, 2).join('.')}` : '';
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `${el.tagName.toLowerCase()}${id}${cls}${text ? ` "${text}"` : ''}`;
    };
    const scroller = document.scrollingElement ?? document.documentElement;
    if (scroller.scrollWidth > scroller.clientWidth + 1) {
      out.push({ kind: 'page-scrolls-sideways', what: 'document', by: scroller.scrollWidth - scroller.clientWidth });
    }
    // Inside a region that scrolls, an element's position is relative to the scrolled content.
    const insideScroller = (el: Element) => {
      for (let p = el.parentElement; p; p = p.parentElement) {
        const ox = getComputedStyle(p).overflowX;
        if (ox === 'auto' || ox === 'scroll') return true;
      }
      return false;
    };
    const hiddenForEveryone = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width <= 1 || r.height <= 1;
    };
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      if (el.closest('svg') && el.tagName.toLowerCase() !== 'svg') continue;
      if (hiddenForEveryone(el)) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden') continue;
      // Visually hidden on purpose (text for screen readers only).
      if (style.clip === 'rect(0px, 0px, 0px, 0px)' || style.clipPath === 'inset(50%)') continue;
      const r = el.getBoundingClientRect();
      if (r.right > vw + 1 && !insideScroller(el)) out.push({ kind: 'beyond-viewport', what: describe(el), by: Math.round(r.right - vw) });
      const ox = style.overflowX;
      const html = el as HTMLElement;
      if ((ox === 'hidden' || ox === 'clip') && html.scrollWidth > html.clientWidth + 1 && html.clientWidth > 1) {
        out.push({ kind: 'clipped', what: describe(el), by: html.scrollWidth - html.clientWidth });
      }
      // A table cell whose content runs past its edge spills over (or under) its neighbour.
      if ((el.tagName === 'TD' || el.tagName === 'TH') && html.scrollWidth > html.clientWidth + 1) {
        out.push({ kind: 'overflows-cell', what: describe(el), by: html.scrollWidth - html.clientWidth });
      }
      const namedRegion = el.getAttribute('role') === 'region' && el.getAttribute('tabindex') === '0' && !!el.getAttribute('aria-label');
      if (!namedRegion && (ox === 'auto' || ox === 'scroll') && html.scrollWidth > html.clientWidth + 1) {
        out.push({ kind: 'scrolls-sideways', what: describe(el), by: html.scrollWidth - html.clientWidth });
      }
    }
    const ruler = document.createElement('canvas').getContext('2d');
    for (const select of Array.from(document.querySelectorAll('select'))) {
      const chosen = select.selectedOptions[0]?.textContent ?? '';
      const style = getComputedStyle(select);
      if (!ruler || !chosen || select.getBoundingClientRect().width <= 1 || style.visibility === 'hidden') continue;
      ruler.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      // The arrow takes about 20 px of the box's inner width.
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
      const need = ruler.measureText(chosen).width;
      if (need > room + 1) out.push({ kind: 'choice-cut-off', what: describe(select.closest('.field') ?? select), by: Math.round(need - room) });
    }
    const toasts = Array.from(document.querySelectorAll('.toast')).map((t) => t.getBoundingClientRect());
    for (const action of Array.from(document.querySelectorAll('.btn-primary, [data-primary-action]'))) {
      const a = action.getBoundingClientRect();
      if (a.width <= 1 || a.height <= 1) continue;
      for (const t of toasts) {
        if (t.left < a.right && a.left < t.right && t.top < a.bottom && a.top < t.bottom) {
          out.push({ kind: 'toast-covers-action', what: describe(action), by: Math.round(Math.min(t.right, a.right) - Math.max(t.left, a.left)) });
        }
      }
    }
    return out;
  });
}
