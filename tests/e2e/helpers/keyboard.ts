import type { Page } from '@playwright/test';

export type KeyboardProblem = { kind: 'no-focus-ring' | 'focus-invisible' | 'focus-behind-dialog'; what: string };

/**
 * Walks the page with Tab from the top, as a keyboard user would, and reports every stop that
 * shows no focus indicator (outline or ring), that has no size on screen, or that lies outside
 * an open dialog. Stops once focus comes back round to where it started, or after `maxStops`.
 */
export async function keyboardProblems(page: Page, maxStops = 120): Promise<{ stops: number; problems: KeyboardProblem[] }> {
  // Start where a keyboard user starts: the top of the page (or of the open dialog).
  await page.evaluate(() => {
    const start = document.createElement('span');
    start.tabIndex = -1;
    start.dataset.keyboardWalkStart = '';
    const dialog = document.querySelector('[role="dialog"], [role="alertdialog"]');
    (dialog ?? document.body).prepend(start);
    window.scrollTo(0, 0);
    start.focus({ preventScroll: true });
  });
  const problems: KeyboardProblem[] = [];
  const seen: string[] = [];
  let stops = 0;
  for (let i = 0; i < maxStops; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const path: string[] = [];
      for (let n: Element | null = el; n && n !== document.body; n = n.parentElement) {
        const parent: Element | null = n.parentElement;
        path.unshift(`${n.tagName}${parent ? Array.from(parent.children).indexOf(n) : 0}`);
      }
      const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50);
      const what = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${label ? ` "${label}"` : ''}`;
      const s = getComputedStyle(el);
      const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || (s.boxShadow !== 'none' && s.boxShadow !== '');
      const r = el.getBoundingClientRect();
      const dialog = document.querySelector('[role="dialog"], [role="alertdialog"]');
      return { key: path.join('/'), what, ring, sized: r.width >= 1 && r.height >= 1, outsideDialog: !!dialog && !dialog.contains(el) };
    });
    if (!stop) {
      if (stops > 0) break; // past the last control: the browser's own UI is next
      continue;
    }
    if (stop.key === seen[0]) break; // round to the start (a dialog's focus trap, or the page again)
    if (stop.key === seen[seen.length - 1]) continue; // a date field's day, month and year parts
    seen.push(stop.key);
    if (process.env.KEYBOARD_WALK_LOG) console.log(`  tab ${stops + 1}: ${stop.what}`);
    stops += 1;
    if (!stop.sized) problems.push({ kind: 'focus-invisible', what: stop.what });
    else if (!stop.ring) problems.push({ kind: 'no-focus-ring', what: stop.what });
    if (stop.outsideDialog) problems.push({ kind: 'focus-behind-dialog', what: stop.what });
  }
  await page.evaluate(() => document.querySelector('[data-keyboard-walk-start]')?.remove());
  return { stops, problems };
}
