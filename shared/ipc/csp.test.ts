import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP as PROTOCOL_CSP } from '@main/protocol';
import { CSP_DIRECTIVES, CSP_PLACEHOLDER, cspHeader, cspMeta, injectCspMeta } from './csp';

const directive = (csp: string, name: string) =>
  csp
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find((d) => d[0] === name)
    ?.slice(1);

/** What the policy must say, exactly. Loosening any line of csp.json turns this red. */
const REQUIRED: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

describe('the one Content-Security-Policy', () => {
  it('has exactly the required directives and sources, nothing looser', () => {
    const header = cspHeader();
    expect(Object.fromEntries(CSP_DIRECTIVES.map((d) => [d[0], d.slice(1)]))).toEqual(REQUIRED);
    for (const [name, sources] of Object.entries(REQUIRED)) expect(directive(header, name), name).toEqual(sources);
    expect(header).not.toMatch(/unsafe-|https?:|\*|nonce-|sha256-|wss?:/);
  });

  it('is what the app:// protocol handler sends', () => {
    expect(PROTOCOL_CSP).toBe(cspHeader());
  });

  it('is what the built index.html carries (minus frame-ancestors, which a meta tag cannot set)', () => {
    const source = readFileSync(resolve(import.meta.dirname, '../../renderer/index.html'), 'utf8');
    expect(source).not.toMatch(/Content-Security-Policy/i);
    const built = injectCspMeta(source);
    const metas = [...built.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/g)].map((m) => m[1]);
    expect(metas).toEqual([cspMeta()]);
    expect(cspMeta()).toBe(cspHeader().replace("; frame-ancestors 'none'", ''));
  });

  it('refuses an index.html without exactly one placeholder', () => {
    expect(() => injectCspMeta('<html></html>')).toThrow(CSP_PLACEHOLDER);
    expect(() => injectCspMeta(CSP_PLACEHOLDER + CSP_PLACEHOLDER)).toThrow();
  });
});
