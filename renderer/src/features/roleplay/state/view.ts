import { useRoute } from '@renderer/state/router';

/**
 * Where the coach is on the Role-play page, kept in the address (#/roleplay?rep=…&run=…) so
 * a reload or a crash brings them back to the same place, and other pages can link here. `item`
 * on the home view is the development-plan item to assign practice for (a link from the plan).
 */
export type View =
  | { kind: 'home'; item?: string }
  | { kind: 'script'; id: string }
  | { kind: 'edit'; id: string | null; copyOf: string | null }
  | { kind: 'run'; sessionId: string };

/** `show` is whose reps the rep list offers (filterText, as on the Team page); absent means "my team". */
export type RoleplayLocation = { rep: string | null; view: View; show?: string };

const homeView = (item: string | null): View => (item ? { kind: 'home', item } : { kind: 'home' });

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
        : homeView(p.get('item'));
  const show = p.get('show');
  return show ? { rep, view, show } : { rep, view };
}

export function hrefLocation({ rep, view, show }: RoleplayLocation): string {
  const p = new URLSearchParams();
  if (show) p.set('show', show);
  if (rep) p.set('rep', rep);
  if (view.kind === 'run') p.set('run', view.sessionId);
  if (view.kind === 'script') p.set('script', view.id);
  if (view.kind === 'home' && view.item) p.set('item', view.item);
  if (view.kind === 'edit') {
    p.set('edit', view.id ?? '');
    if (view.copyOf) p.set('copy', view.copyOf);
  }
  const q = p.toString();
  return q ? `#/roleplay?${q}` : '#/roleplay';
}

/**
 * The location with whose reps the current role-play address shows, where the location does not
 * say: the "Show" choice stays while the coach opens a script or a session and comes back, as on
 * the Team and Plans pages. A location that names `show` (even as absent) keeps its own.
 */
export function keepingShow(loc: RoleplayLocation, hash: string = window.location.hash): RoleplayLocation {
  if ('show' in loc || !/^#\/roleplay(\?|$)/.test(hash)) return loc;
  const { show } = parseLocation(hash);
  return show ? { ...loc, show } : loc;
}

/** The address of a role-play view, keeping the current "Show" choice (keepingShow). */
export function hrefWithin(loc: RoleplayLocation): string {
  return hrefLocation(keepingShow(loc));
}

export function go(loc: RoleplayLocation): void {
  window.location.hash = hrefWithin(loc);
}

/** Re-renders on every address change (through the app router) and reads this page's part of it. */
export function useRoleplayLocation(): RoleplayLocation {
  useRoute();
  return parseLocation(window.location.hash);
}
