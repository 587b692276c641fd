import { useRoute } from '../../../state/router';

/**
 * Where the coach is on the Role-play page, kept in the address (#/roleplay?rep=…&run=…) so
 * a reload or a crash brings them back to the same place, and other pages can link here.
 */
export type View =
  { kind: 'home' } | { kind: 'script'; id: string } | { kind: 'edit'; id: string | null; copyOf: string | null } | { kind: 'run'; sessionId: string };

export type RoleplayLocation = { rep: string | null; view: View };

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
  return { rep, view };
}

export function hrefLocation({ rep, view }: RoleplayLocation): string {
  const p = new URLSearchParams();
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
