// Every command-line example in the README works from a fresh clone: it runs, exits 0, and
// prints something that reads as its answer. Files outside the repository are not allowed.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Command line'), readme.indexOf('\n## ', readme.indexOf('## Command line') + 3));
const commands = section
  .split('\n')
  .filter((l) => l.startsWith('npm run --silent candor -- '))
  .map((l) => l.slice('npm run --silent candor -- '.length).trim().split(/\s+/));

describe('README command-line examples', () => {
  it('lists some', () => {
    expect(commands.length).toBeGreaterThanOrEqual(4);
  });

  it.each(commands.map((c) => [c.join(' '), c] as const))(
    '%s',
    (_name, args) => {
      const files = args.filter((a) => /\.(csv|xlsx)$/.test(a));
      for (const f of files) {
        expect(f.startsWith('..'), `${f} lies outside the repository`).toBe(false);
        expect(existsSync(resolve(ROOT, f)), `${f} is not in the repository`).toBe(true);
      }
      const out = execFileSync(process.execPath, [resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'cli/candor.ts', ...args], {
        cwd: ROOT,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      if (args.includes('--json')) expect(() => JSON.parse(out)).not.toThrow();
      else expect(out).toMatch(/Rep\s+/);
    },
    60_000,
  );
});
