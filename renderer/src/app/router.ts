import { useSyncExternalStore } from 'react';

/** Hash routes: #/team, #/team/<repId>, #/import, #/plans, #/roleplay, #/settings. */
export type Route =
  { page: 'team' } | { page: 'rep'; repId: string } | { page: 'import' } | { page: 'plans' } | { page: 'roleplay' } | { page: 'settings' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  switch (parts[0]) {
    case 'team':
      return parts[1] ? { page: 'rep', repId: parts[1] } : { page: 'team' };
    case 'import':
      return { page: 'import' };
    case 'plans':
      return { page: 'plans' };
    case 'roleplay':
      return { page: 'roleplay' };
    case 'settings':
      return { page: 'settings' };
    default:
      return { page: 'team' };
  }
}

export function hrefFor(route: Route): string {
  return route.page === 'rep' ? `#/team/${encodeURIComponent(route.repId)}` : `#/${route.page}`;
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
