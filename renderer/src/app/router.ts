import { useSyncExternalStore } from 'react';

/** Hash routes: #/team, #/team/<repId>, #/import, #/plans, #/roleplay, #/settings. */
export type Route =
  | { page: 'team' }
  | { page: 'rep'; repId: string }
  | { page: 'import' }
  | { page: 'plans'; repId?: string }
  | { page: 'roleplay' }
  | { page: 'settings' };

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const params = new URLSearchParams(query);
  const parts = path.split('/').filter(Boolean).map(safeDecode);
  switch (parts[0]) {
    case 'team':
      return parts[1] ? { page: 'rep', repId: parts[1] } : { page: 'team' };
    case 'import':
      return { page: 'import' };
    case 'plans': {
      const repId = params.get('rep');
      return repId ? { page: 'plans', repId } : { page: 'plans' };
    }
    case 'roleplay':
      return { page: 'roleplay' };
    case 'settings':
      return { page: 'settings' };
    default:
      return { page: 'team' };
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function hrefFor(route: Route): string {
  if (route.page === 'rep') return `#/team/${encodeURIComponent(route.repId)}`;
  if (route.page === 'plans' && route.repId) return `#/plans?rep=${encodeURIComponent(route.repId)}`;
  return `#/${route.page}`;
}

export function navigate(route: Route): void {
  window.location.hash = hrefFor(route);
}

function subscribe(cb: () => void): () => void {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
