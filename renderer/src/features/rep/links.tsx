import type { WinEntry } from '@shared/domain/recognition';
import type { TimelineRef } from '@shared/domain/timeline';
import { hrefFor } from '@renderer/state/router';
import { roleplayHref } from '../roleplay';

type Target = TimelineRef | WinEntry['ref'];

/** Where a reference opens: another page's address, or an element of this page to move to. */
function destination(t: Target, repId: string): { href: string } | { element: string } | null {
  switch (t.kind) {
    case 'plan':
      return { href: hrefFor({ page: 'plan', planId: t.planId }) };
    case 'check-in':
      return { href: t.slot === null ? hrefFor({ page: 'plan', planId: t.planId }) : hrefFor({ page: 'checkin', planId: t.planId, slot: t.slot }) };
    case 'import':
      return { href: hrefFor({ page: 'import' }) };
    case 'roleplay-session':
      return { href: roleplayHref({ rep: repId, view: { kind: 'run', sessionId: t.sessionId } }) };
    case 'assignment':
      return { href: roleplayHref({ rep: repId, view: { kind: 'home' } }) };
    case 'win':
      return { element: `win-${t.winId}` };
    case 'self-assessment':
      return { element: `sa-${t.assessmentId}` };
    case 'none':
      return null;
  }
}

/** A link that opens what an entry refers to; an entry on this page is scrolled to and focused. */
export function RefLink({ target, repId, label, className = 'small' }: { target: Target; repId: string; label: string; className?: string }) {
  const to = destination(target, repId);
  if (!to) return null;
  if ('href' in to)
    return (
      <a className={className} href={to.href}>
        {label}
      </a>
    );
  return (
    <button
      type="button"
      className={`link-button ${className}`}
      onClick={() => {
        const el = document.getElementById(to.element);
        if (!el) return;
        el.focus();
        el.scrollIntoView?.({ block: 'center' });
      }}
    >
      {label}
    </button>
  );
}
