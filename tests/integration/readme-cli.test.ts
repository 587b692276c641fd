// Every command-line example in the README works from a fresh clone: it runs, exits 0, and
// prints something that reads as its answer. Files outside the repository are not allowed.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Command line'), readme.indexOf('\n## ', readme.indexOf('## Command line') + 3));
const commands = section
  .split('\n')
  .filter((l) => l.startsWith('npm run --silent candor -- '))
  .map((l) => shellWords(l.slice('npm run --silent candor -- '.length).trim()));

/** Splits a command line as a POSIX shell would for the simple quoting the README uses ("a b"). */
function shellWords(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

/** What each command's plain-text answer must contain. */
const ANSWER: Record<string, RegExp> = {
  metrics: /Rep\s+/,
  diagnose: /Rep\s+/,
  wording: /\b(balanced|too-soft|too-hard)\b/,
  scripts: /opportunity-to-win|Closing/i,
  plan: /^Wrote .+Action Plan\.docx/m,
  checkin: /: (met|on track|at risk|off track|not measurable yet)\.$/m,
};

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
      else expect(out).toMatch(ANSWER[args[0] ?? ''] ?? /\S/);
      if (args[0] === 'plan') {
        // The documents it says it wrote are there, and are Word files (zip); then tidied away.
        const written = [...out.matchAll(/^Wrote (.+?\.docx):/gm)].map((m) => resolve(ROOT, m[1] ?? ''));
        expect(written.length).toBeGreaterThanOrEqual(1);
        for (const f of written) expect(readFileSync(f).subarray(0, 2).toString('latin1')).toBe('PK');
        for (const f of written) rmSync(f);
      }
    },
    60_000,
  );
});
