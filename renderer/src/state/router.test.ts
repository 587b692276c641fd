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
    ['#/team?show=manager%3ADustin%20Brinkmann', { page: 'team', show: 'manager:Dustin Brinkmann' }],
    [
      '#/team?period=2017-10&show=office:Central&verdict=effort&only=warnings',
      { page: 'team', period: '2017-10', show: 'office:Central', verdict: 'effort', only: 'warnings' },
    ],
    ['#/managers?period=2017-10', { page: 'director', period: '2017-10' }],
    ['#/roleplay?show=everyone', { page: 'roleplay', show: 'everyone' }],
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
      { page: 'team', show: 'manager:Ann & Bob? #1', period: '2017-10', verdict: 'skill', only: 'plan-draft' },
      { page: 'plans', show: 'office:Central' },
      { page: 'roleplay', show: 'team:A/B' },
      { page: 'director', show: 'everyone', period: '2017-Q3' },
    ];
    for (const r of routes) expect(parseRoute(hrefFor(r))).toEqual(r);
  });
});
