import { useEffect, type RefObject } from 'react';

/**
 * Makes everything on the page except `node` (and its ancestors) inert: no focus, no clicks,
 * hidden from assistive technology. For a full-screen view that stays where it is in the tree
 * (so print styles still find it). Returns the function that puts everything back.
 */
export function inertOutside(node: HTMLElement): () => void {
  const changed: HTMLElement[] = [];
  for (let child: HTMLElement | null = node; child && child !== document.body; child = child.parentElement) {
    const parent: HTMLElement | null = child.parentElement;
    if (!parent) break;
    for (const sibling of Array.from(parent.children) as Element[]) {
      if (sibling === child || !(sibling instanceof HTMLElement) || sibling.inert) continue;
      sibling.inert = true;
      changed.push(sibling);
    }
  }
  return () => {
    for (const el of changed) el.inert = false;
  };
}

/** While `open`: the rest of the page is inert, focus goes to `initial`, and Escape calls `onClose`. */
export function useFullScreenView(
  ref: RefObject<HTMLElement | null>,
  open: boolean,
  onClose: () => void,
  initial?: RefObject<HTMLElement | null>,
): void {
  useEffect(() => {
    const node = ref.current;
    if (!open || !node) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const restore = inertOutside(node);
    (initial?.current ?? node).focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      restore();
      if (before?.isConnected) before.focus();
    };
  }, [ref, open, onClose, initial]);
}
