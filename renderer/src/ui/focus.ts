// After moving to another page, focus goes to the new page's heading, so a keyboard or
// screen-reader user starts reading where the page starts (not on the link they left).

let pendingSince: number | null = null;

/** The page part of a URL's hash ("#/rep/…" without its query); a missing or odd URL counts as its own text. */
function pathOf(url: string | undefined): string {
  let hash = typeof url === 'string' ? url : '';
  try {
    hash = new URL(hash).hash;
  } catch {
    // A synthetic hashchange event (no URLs) or a relative string: compare the text as it is.
  }
  return (hash.split('?')[0] ?? '').replace(/\/+$/, '');
}

/** Remembers that the page changed; query-only changes (a new period) keep focus where it is. */
export function noteNavigation(oldURL: string | undefined, newURL: string | undefined, now = Date.now()): void {
  if (pathOf(oldURL) !== pathOf(newURL)) pendingSince = now;
}

/** True once after a page change (within a few seconds, while the page loads). */
export function takePendingHeadingFocus(now = Date.now()): boolean {
  const due = pendingSince !== null && now - pendingSince < 5000;
  pendingSince = null;
  return due;
}

if (typeof window !== 'undefined') {
  // Registered when this module loads, before React subscribes to the same event.
  window.addEventListener('hashchange', (e) => noteNavigation(e.oldURL, e.newURL));
}
