// The shipped command line: `npm run build:cli` (also run by `npm run build` and after
// `npm install`) bundles cli/ into out/cli/candor.mjs, the package's `candor` bin. It answers as
// the source does, fails in one plain line, and `--help` loads no command: the entry's static
// imports stay small, so it starts about as fast as bare node.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const BUNDLE = resolve(ROOT, 'out/cli/candor.mjs');
const EXPORT = resolve(ROOT, 'tests/fixtures/crm-sales-opportunities/sales_pipeline.csv');
const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { bin?: Record<string, string>; scripts: Record<string, string> };

/** Bytes node must read and parse before the entry runs: the entry and its static imports, transitively. */
function staticGraphBytes(file: string, seen = new Set<string>()): number {
  if (seen.has(file)) return 0;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  const deps = [...text.matchAll(/^\s*import\s+(?:[^'"();]*?\s+from\s+)?["'](\.[^"']+)["']/gm)].map((m) => resolve(dirname(file), m[1] ?? ''));
  return statSync(file).size + deps.reduce((sum, d) => sum + staticGraphBytes(d, seen), 0);
}

beforeAll(() => {
  execFileSync(process.execPath, [resolve(ROOT, 'scripts/build-cli.mjs')], { cwd: ROOT, stdio: 'pipe' });
}, 120_000);

describe('the bundled candor', () => {
  it('is the package bin, built by build, build:cli and prepare, and starts with a node shebang', () => {
    expect(pkg.bin?.['candor']).toBe('out/cli/candor.mjs');
    for (const script of ['build', 'build:cli', 'prepare']) expect(pkg.scripts[script]).toContain('scripts/build-cli.mjs');
    expect(pkg.scripts['candor']).toBe('tsx cli/candor.ts');
    expect(readFileSync(BUNDLE, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('--help reads under 40 KB before answering (no command, no Word writer, no import pipeline)', () => {
    expect(staticGraphBytes(BUNDLE)).toBeLessThan(40 * 1024);
    const r = spawnSync(process.execPath, [BUNDLE, '--help'], { encoding: 'utf8' });
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(/^Usage:\n {2}candor metrics/);
  });

  it('diagnose on the public export gives the same JSON as the source, and finds the role-play library', () => {
    const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const bundled = JSON.parse(run([BUNDLE, 'diagnose', EXPORT, '--json'])) as { reps: unknown[] };
    const source = JSON.parse(
      run([resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'), resolve(ROOT, 'cli/candor.ts'), 'diagnose', EXPORT, '--json']),
    ) as unknown;
    expect(bundled.reps).toHaveLength(30);
    expect(bundled).toEqual(source);
    expect(run([BUNDLE, 'scripts', '--stage', 'opportunity-to-win'])).toMatch(/^Closing: ask for the decision/);
  }, 60_000);

  it('a missing file is exit 2 and one plain line', () => {
    const r = spawnSync(process.execPath, [BUNDLE, 'metrics', resolve(ROOT, 'no-such-file.csv')], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([`candor metrics: cannot read "${resolve(ROOT, 'no-such-file.csv')}": no such file.`]);
  });

  it('a reader that stops early (| head) ends it quietly: exit 0, nothing on stderr', async () => {
    const child = spawn(process.execPath, [BUNDLE, 'metrics', EXPORT, '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect([code, stderr]).toEqual([0, '']);
  }, 60_000);
});
