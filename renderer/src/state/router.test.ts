import { describe, expect, it } from 'vitest';
import { hrefFor, parseRoute, type Route } from './router';

describe('router', () => {
  it.each<[string, Route]>([
    ['', { page: 'team' }],
    ['#/team', { page: 'team' }],
    ['#/team/abc-1', { page: 'rep', repId: 'abc-1' }],
    ['#/team?period=2026-Q3', { page: 'team', period: '2026-Q3' }],
    ['#/team/abc-1?period=2026-10', { page: 'rep', repId: 'abc-1', period: '2026-10' }],
    ['#/plans?rep=r%201', { page: 'plans', repId: 'r 1' }],
    ['#/plans', { page: 'plans' }],
    ['#/plans/p-1', { page: 'plan', planId: 'p-1' }],
    ['#/settings', { page: 'settings' }],
    ['#/nowhere', { page: 'team' }],
    ['#/team/%E0%A4%A', { page: 'rep', repId: '%E0%A4%A' }],
  ])('parses %s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('round-trips every route through its href', () => {
    const routes: Route[] = [
      { page: 'team' },
      { page: 'rep', repId: 'a/b c' },
      { page: 'rep', repId: 'r', period: '2026-W07' },
      { page: 'team', period: '2026-10' },
      { page: 'plans', repId: 'x?y' },
      { page: 'import' },
      { page: 'plans' },
      { page: 'plan', planId: 'p/1 ?' },
      { page: 'roleplay' },
      { page: 'settings' },
    ];
    for (const r of routes) expect(parseRoute(hrefFor(r))).toEqual(r);
  });
});
