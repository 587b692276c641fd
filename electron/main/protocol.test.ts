import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mimeFor, resolveAppPath } from './protocol';

const root = path.resolve('/srv/candor/renderer');

describe('resolveAppPath', () => {
  it('maps app URLs inside the renderer folder', () => {
    expect(resolveAppPath(root, 'app://candor/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://candor/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://candor/assets/a%20b.js')).toBe(path.join(root, 'assets', 'a b.js'));
  });
  it.each([
    ['app://candor/../../etc/passwd', 'etc/passwd'],
    ['app://candor/%2e%2e/%2e%2e/etc/passwd', 'etc/passwd'],
    ['app://candor/assets/..%2f..%2f..%2fetc/passwd', 'etc/passwd'],
  ])('keeps %s inside the renderer folder', (url, inside) => {
    expect(resolveAppPath(root, url)).toBe(path.join(root, inside));
  });
  it.each([
    ['another host', 'app://other/index.html'],
    ['another host with a port', 'app://candor:8080/index.html'],
    ['another scheme', 'https://candor/index.html'],
    ['a file URL', 'file:///srv/candor/renderer/index.html'],
    ['a NUL byte', 'app://candor/%00.html'],
    ['a broken escape', 'app://candor/%E0%A4%A'],
  ])('refuses %s', (_label, url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });
  it.each(['app://candor/..%5c..%5cWindows%5cwin.ini', 'app://candor/assets/..%5c..%5c..%5cUsers%5cm%5c.ssh%5cid_rsa'])(
    'on Windows, refuses backslash traversal %s (the root check)',
    (url) => {
      expect(resolveAppPath('C:\\Program Files\\Candor\\renderer', url, path.win32)).toBeNull();
    },
  );
  it('never resolves outside the root, whatever the path', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('..', '.', '%2e%2e', 'a', 'b', '%2f', '', '\\', '%5c', '..%2f'), { maxLength: 8 }), (segments) => {
        const r = resolveAppPath(root, `app://candor/${segments.join('/')}`);
        return r === null || r === root || r.startsWith(root + path.sep);
      }),
    );
  });
});

describe('mimeFor', () => {
  it('knows the built asset types', () => {
    expect(mimeFor('a/index.html')).toMatch(/text\/html/);
    expect(mimeFor('a/x.JS')).toMatch(/javascript/);
    expect(mimeFor('a/x.bin')).toBe('application/octet-stream');
  });
});
