import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRoute } from '@renderer/state/router';
import { hrefLocation, parseLocation, type RoleplayLocation } from './view';

describe('role-play address', () => {
  it('round-trips every view, and stays on the Role-play page for the app router', () => {
    const id = fc.string({ minLength: 1, maxLength: 20 });
    const view = fc.oneof(
      fc.constant({ kind: 'home' } as const),
      id.map((i) => ({ kind: 'home', item: i }) as const),
      id.map((i) => ({ kind: 'script', id: i }) as const),
      fc.record({ kind: fc.constant('edit' as const), id: fc.option(id, { nil: null }), copyOf: fc.option(id, { nil: null }) }),
      id.map((i) => ({ kind: 'run', sessionId: i }) as const),
    );
    fc.assert(
      fc.property(fc.option(id, { nil: null }), view, fc.option(id, { nil: undefined }), (rep, v, show) => {
        const loc = (show ? { rep, view: v, show } : { rep, view: v }) as RoleplayLocation;
        const href = hrefLocation(loc);
        // Whose reps the list offers is the app router's `show` as well.
        expect(parseRoute(href)).toEqual(show ? { page: 'roleplay', show } : { page: 'roleplay' });
        expect(parseLocation(href)).toEqual(loc);
      }),
    );
  });

  it('an unknown query is the library', () => {
    expect(parseLocation('#/roleplay?x=1')).toEqual({ rep: null, view: { kind: 'home' } });
    expect(parseLocation('#/roleplay')).toEqual({ rep: null, view: { kind: 'home' } });
  });
});
