import { useRoute } from '../../../state/router';

/**
 * Where the coach is on the Role-play page, kept in the address (#/roleplay?rep=…&run=…) so
 * a reload or a crash brings them back to the same place, and other pages can link here.
 */
export type View =
  { kind: 'home' } | { kind: 'script'; id: string } | { kind: 'edit'; id: string | null; copyOf: string | null } | { kind: 'run'; sessionId: string };

/** `show` is whose reps the rep list offers (filterText, as on the Team page); absent means "my team". */
export type RoleplayLocation = { rep: string | null; view: View; show?: string };

export function parseLocation(hash: string): RoleplayLocation {
  const query = hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '';
  const p = new URLSearchParams(query);
  const rep = p.get('rep') || null;
  const run = p.get('run');
  const script = p.get('script');
  const edit = p.get('edit');
  const view: View = run
    ? { kind: 'run', sessionId: run }
    : edit !== null
      ? { kind: 'edit', id: edit || null, copyOf: p.get('copy') || null }
      : script
        ? { kind: 'script', id: script }
        : { kind: 'home' };
  const show = p.get('show');
  return show ? { rep, view, show } : { rep, view };
}

export function hrefLocation({ rep, view, show }: RoleplayLocation): string {
  const p = new URLSearchParams();
  if (show) p.set('show', show);
  if (rep) p.set('rep', rep);
  if (view.kind === 'run') p.set('run', view.sessionId);
  if (view.kind === 'script') p.set('script', view.id);
  if (view.kind === 'edit') {
    p.set('edit', view.id ?? '');
    if (view.copyOf) p.set('copy', view.copyOf);
  }
  const q = p.toString();
  return q ? `#/roleplay?${q}` : '#/roleplay';
}

export function go(loc: RoleplayLocation): void {
  window.location.hash = hrefLocation(loc);
}

/** Re-renders on every address change (through the app router) and reads this page's part of it. */
export function useRoleplayLocation(): RoleplayLocation {
  useRoute();
  return parseLocation(window.location.hash);
}
