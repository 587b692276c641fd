import { X } from 'lucide-react';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useAppStore } from '../state/store';
import { placeAwayFrom } from '../ui/placement';

export function Toasts() {
  const toasts = useAppStore((s) => s.toasts);
  const dismiss = useAppStore((s) => s.dismiss);
  const region = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const last = toasts[toasts.length - 1];
    if (!last || last.tone === 'error') return;
    const t = setTimeout(() => dismiss(last.id), 5000);
    return () => clearTimeout(t);
  }, [toasts, dismiss]);
  // A message never covers the page's primary action, and where it can it covers no control at
  // all (the field being typed in first): it moves to a corner that leaves them clear.
  useLayoutEffect(() => {
    const node = region.current;
    if (!node || toasts.length === 0) return;
    const primary = '.btn-primary, [data-primary-action]';
    const controls = `${primary}, input, textarea, select, button, a[href], [tabindex="0"], :focus`;
    const place = () => placeAwayFrom(node, controls, `${primary}, :focus`, primary);
    place();
    window.addEventListener('resize', place);
    window.addEventListener('scroll', place, true);
    const observer = new MutationObserver(place);
    observer.observe(document.getElementById('main') ?? document.body, { childList: true, subtree: true });
    return () => {
      window.removeEventListener('resize', place);
      window.removeEventListener('scroll', place, true);
      observer.disconnect();
    };
  }, [toasts]);
  return (
    <div className="toasts" role="status" aria-live="polite" ref={region}>
      {toasts.map((t) => (
        <div key={t.id} className={`toast toast-${t.tone}`}>
          <span>{t.text}</span>
          <button type="button" className="icon-btn" aria-label="Dismiss message" onClick={() => dismiss(t.id)}>
            <X size={16} aria-hidden="true" />
          </button>
        </div>
      ))}
    </div>
  );
}
