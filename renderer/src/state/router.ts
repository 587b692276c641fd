import { useSyncExternalStore } from 'react';

/**
 * Hash routes as one table: each entry says which path it matches, how it reads the path
 * segments and query, and how it writes its href. Features navigate with `hrefFor` / `navigate`
 * and never build hashes by hand.
 */
export type Route =
  | { page: 'team'; period?: string; show?: string; verdict?: string; only?: string }
  | { page: 'rep'; repId: string; period?: string }
  | { page: 'import' }
  | { page: 'plans'; repId?: string; period?: string; show?: string }
  | { page: 'plan'; planId: string }
  | { page: 'checkin'; planId: string; slot: number }
  | { page: 'roleplay'; show?: string }
  | { page: 'director'; period?: string; show?: string }
  | { page: 'settings' };

export type Page = Route['page'];

type RouteEntry<P extends Page> = {
  page: P;
  /** The first path segment this entry answers to. */
  root: string;
  /** Builds the route from the remaining path segments and the query; null when they do not fit. */
  parse: (rest: string[], query: URLSearchParams) => Extract<Route, { page: P }> | null;
  href: (route: Extract<Route, { page: P }>) => string;
};

const enc = encodeURIComponent;

/** The period the Team and Rep pages show travels in the URL: `?period=2026-10`. */
const withPeriod = (query: URLSearchParams): { period?: string } => {
  const period = query.get('period');
  return period ? { period } : {};
};
const periodQuery = (period: string | undefined) => (period ? `?period=${enc(period)}` : '');

/**
 * Whose reps a page shows travels in the URL too (`?show=manager:Dustin Brinkmann`, filterText in
 * shared/domain/team), so a bookmarked view stays; the Team page may also carry a verdict and an `only` filter (warning
 * signs, a plan's state, check-ins) that the director's view links to.
 */
const withShow = (query: URLSearchParams): { show?: string } => {
  const show = query.get('show');
  return show ? { show } : {};
};
const queryOf = (pairs: Record<string, string | undefined>): string => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(pairs)) if (v) q.set(k, v);
  const text = q.toString().replace(/\+/g, '%20');
  return text ? `?${text}` : '';
};
const entry = <P extends Page>(e: RouteEntry<P>): RouteEntry<P> => e;

/** Order matters only among entries sharing a root: the first that parses wins. */
export const ROUTES = [
  entry({
    page: 'rep',
    root: 'team',
    parse: (rest, query) => (rest[0] ? { page: 'rep', repId: rest[0], ...withPeriod(query) } : null),
    href: (r) => `#/team/${enc(r.repId)}${periodQuery(r.period)}`,
  }),
  entry({
    page: 'team',
    root: 'team',
    parse: (_rest, query) => ({
      page: 'team',
      ...withPeriod(query),
      ...withShow(query),
      ...(query.get('verdict') ? { verdict: query.get('verdict') as string } : {}),
      ...(query.get('only') ? { only: query.get('only') as string } : {}),
    }),
    href: (r) => `#/team${queryOf({ period: r.period, show: r.show, verdict: r.verdict, only: r.only })}`,
  }),
  entry({ page: 'import', root: 'import', parse: () => ({ page: 'import' }), href: () => '#/import' }),
  entry({
    page: 'checkin',
    root: 'plans',
    parse: (rest) => {
      const slot = Number(rest[2]);
      return rest[0] && rest[1] === 'checkins' && /^\d{1,3}$/.test(rest[2] ?? '') ? { page: 'checkin', planId: rest[0], slot } : null;
    },
    href: (r) => `#/plans/${enc(r.planId)}/checkins/${r.slot}`,
  }),
  entry({
    page: 'plan',
    root: 'plans',
    parse: (rest) => (rest[0] ? { page: 'plan', planId: rest[0] } : null),
    href: (r) => `#/plans/${enc(r.planId)}`,
  }),
  entry({
    page: 'plans',
    root: 'plans',
    parse: (_rest, query) => {
      const repId = query.get('rep');
      return repId ? { page: 'plans', repId, ...withPeriod(query) } : { page: 'plans', ...withShow(query) };
    },
    // From a Rep page the new plan starts on the period that page shows.
    href: (r) => (r.repId ? `#/plans?rep=${enc(r.repId)}${r.period ? `&period=${enc(r.period)}` : ''}` : `#/plans${queryOf({ show: r.show })}`),
  }),
  entry({
    page: 'roleplay',
    root: 'roleplay',
    parse: (_rest, query) => ({ page: 'roleplay', ...withShow(query) }),
    href: (r) => `#/roleplay${queryOf({ show: r.show })}`,
  }),
  entry({
    page: 'director',
    root: 'managers',
    parse: (_rest, query) => ({ page: 'director', ...withPeriod(query), ...withShow(query) }),
    href: (r) => `#/managers${queryOf({ period: r.period, show: r.show })}`,
  }),
  entry({ page: 'settings', root: 'settings', parse: () => ({ page: 'settings' }), href: () => '#/settings' }),
] as const;

const FALLBACK: Route = { page: 'team' };

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const params = new URLSearchParams(query);
  const [root, ...rest] = path.split('/').filter(Boolean).map(safeDecode);
  for (const e of ROUTES) {
    if (e.root !== root) continue;
    const route = e.parse(rest, params);
    if (route) return route;
  }
  return FALLBACK;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function hrefFor(route: Route): string {
  const e = ROUTES.find((x) => x.page === route.page) as RouteEntry<Page> | undefined;
  return e ? e.href(route as never) : '#/team';
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
