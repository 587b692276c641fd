import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
// @ts-expect-error plain ESM script without types
import { classifyAudit, shippedLibraries } from '@scripts/audit.mjs';

type Verdict = { ok: boolean; line: string };
const SHIPPED = ['dexie@4.2.1', 'react@19.2.0', 'scheduler@0.27.0'];
const classifyWith = classifyAudit as (status: number | null, stdout: string, shipped: string[], runError?: string | null) => Verdict;
const classify = (status: number | null, stdout: string) => classifyWith(status, stdout, SHIPPED);
const listShipped = shippedLibraries as (lock: unknown) => string[];
const root = path.resolve(import.meta.dirname, '../..');

const report = (high: number, critical: number, low = 0) =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities: {
      ...(high ? { 'some-lib': { name: 'some-lib', severity: 'high', via: [] } } : {}),
      ...(critical ? { 'other-lib': { name: 'other-lib', severity: 'critical', via: [] } } : {}),
      ...(low ? { 'minor-lib': { name: 'minor-lib', severity: 'low', via: [] } } : {}),
    },
    metadata: { vulnerabilities: { info: 0, low, moderate: 0, high, critical, total: high + critical + low } },
  });

describe('CI audit of the shipped libraries', () => {
  it('fails on a high or a critical advisory and names the library', () => {
    expect(classify(1, report(1, 0))).toEqual({ ok: false, line: expect.stringContaining('some-lib (high)') });
    expect(classify(1, report(0, 2))).toEqual({ ok: false, line: expect.stringContaining('other-lib (critical)') });
  });

  it('passes with only low advisories, and says how many', () => {
    expect(classify(1, report(0, 0, 3))).toEqual({ ok: true, line: expect.stringContaining('(3 lower)') });
    expect(classify(0, report(0, 0))).toEqual({ ok: true, line: expect.stringContaining('no high or critical') });
  });

  it('an unreachable audit service does not fail CI, and the notice names every shipped library left unaudited', () => {
    // As npm 11 prints it on this machine, where the registry refuses the bulk endpoint.
    const refused = JSON.stringify({
      message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
      body: '',
      error: { summary: '', detail: '' },
    });
    expect(classify(1, refused)).toEqual({
      ok: true,
      line:
        'npm audit: the advisory service could not answer (405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk), ' +
        'so these 3 shipped libraries were not audited this run: dexie@4.2.1, react@19.2.0, scheduler@0.27.0',
    });
    const offline = classify(1, JSON.stringify({ error: { code: 'ENOTFOUND', summary: 'getaddrinfo ENOTFOUND registry.npmjs.org' } }));
    expect(offline.ok).toBe(true);
    expect(offline.line).toContain('ENOTFOUND');
    expect(offline.line).toContain('dexie@4.2.1, react@19.2.0, scheduler@0.27.0');
  });

  it('an audit that never finishes (a hung connection) is the same notice', () => {
    expect(classifyWith(null, '', SHIPPED, 'npm audit did not finish: spawnSync npm ETIMEDOUT')).toEqual({
      ok: true,
      line: expect.stringMatching(/could not answer \(npm audit did not finish: spawnSync npm ETIMEDOUT\).*3 shipped libraries were not audited/),
    });
  });

  it('lists the shipped libraries from the lockfile: production ones, nested ones too, no development ones', () => {
    const lock = {
      packages: {
        '': { name: 'candor' },
        'node_modules/react': { version: '19.2.0' },
        'node_modules/vitest': { version: '4.1.12', dev: true },
        'node_modules/a/node_modules/b': { version: '1.0.0' },
      },
    };
    expect(listShipped(lock)).toEqual(['b@1.0.0', 'react@19.2.0']);
  });

  it('anything else fails rather than passing silently', () => {
    expect(classify(1, 'npm ERR! something odd').ok).toBe(false);
    expect(classify(0, JSON.stringify({ auditReportVersion: 2 })).ok).toBe(false);
  });
});

describe('Electron is kept current', () => {
  const atLeast = (version: string, floor: [number, number, number]) => {
    const [a = 0, b = 0, c = 0] = version.split('.').map(Number);
    return a !== floor[0] ? a > floor[0] : b !== floor[1] ? b > floor[1] : c >= floor[2];
  };
  it('package.json asks for 45.6.1 or newer, and the lockfile installs it', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version: string }> };
    expect(pkg.devDependencies.electron).toMatch(/^\^?\d+\.\d+\.\d+$/);
    expect(atLeast((pkg.devDependencies.electron ?? '').replace('^', ''), [45, 6, 1])).toBe(true);
    expect(atLeast(lock.packages['node_modules/electron']?.version ?? '0.0.0', [45, 6, 1])).toBe(true);
  });
});
