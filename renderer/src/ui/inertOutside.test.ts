import { describe, expect, it } from 'vitest';
import { inertOutside } from './inertOutside';

describe('inertOutside', () => {
  it('makes everything but the view and its ancestors inert, and puts back exactly what it changed', () => {
    document.body.innerHTML = `
      <nav id="nav"><a href="#">Team</a></nav>
      <main id="main"><section id="steps"><button>Step</button></section>
        <div id="wrap"><div id="view"><button>Close</button></div><p id="beside">beside</p></div></main>
      <aside id="already"></aside>`;
    const already = document.getElementById('already')!;
    already.inert = true;
    const restore = inertOutside(document.getElementById('view')!);
    const inert = (id: string) => document.getElementById(id)!.inert === true; // jsdom has no inert property of its own
    expect(['nav', 'steps', 'beside', 'already'].map(inert)).toEqual([true, true, true, true]);
    expect(['view', 'wrap', 'main'].map(inert)).toEqual([false, false, false]);
    restore();
    expect(['nav', 'steps', 'beside'].map(inert)).toEqual([false, false, false]);
    expect(already.inert).toBe(true);
  });
});
