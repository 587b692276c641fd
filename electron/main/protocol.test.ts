import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSP, mimeFor, resolveAppPath } from './protocol';

const root = path.resolve('/srv/candor/renderer');

describe('resolveAppPath', () => {
  it('maps app URLs inside the renderer folder', () => {
    expect(resolveAppPath(root, 'app://candor/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://candor/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://candor/assets/a%20b.js')).toBe(path.join(root, 'assets', 'a b.js'));
  });
  it.each([
    'app://candor/../../etc/passwd',
    'app://candor/%2e%2e/%2e%2e/etc/passwd',
    'app://candor/assets/..%2f..%2f..%2fetc/passwd',
    'app://candor/%00.html',
    'app://other/index.html',
    'https://candor/index.html',
    'app://candor/%E0%A4%A',
  ])('refuses %s', (url) => {
    const r = resolveAppPath(root, url);
    if (r !== null) expect(r.startsWith(root + path.sep)).toBe(true);
    else expect(r).toBeNull();
  });
  it('never resolves outside the root, whatever the path', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('..', '.', '%2e%2e', 'a', 'b', '%2f', '', '\\', '%5c', '..%2f'), { maxLength: 8 }), (segments) => {
        const r = resolveAppPath(root, `app://candor/${segments.join('/')}`);
        return r === null || r === root || r.startsWith(root + path.sep);
      }),
    );
  });
});

describe('CSP', () => {
  it('allows only the app itself and forbids inline script and eval', () => {
    expect(CSP).toContain("default-src 'self'");
    expect(CSP).toContain("script-src 'self'");
    expect(CSP).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  });
});

describe('mimeFor', () => {
  it('knows the built asset types', () => {
    expect(mimeFor('a/index.html')).toMatch(/text\/html/);
    expect(mimeFor('a/x.JS')).toMatch(/javascript/);
    expect(mimeFor('a/x.bin')).toBe('application/octet-stream');
  });
});
