// The suite runs from a bare clone: no test, helper or browser spec names a file outside the
// repository. Every relative path written beside `import.meta.dirname` is resolved and must stay
// under the repository root, and the public CRM export the tests read ships in tests/fixtures.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SKIP = new Set(['node_modules', 'out', '.git', 'artifacts', 'test-results', 'playwright-report', '.bench', 'release', 'dist-web']);

function sources(dir: string, found: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, found);
    else if (/\.(test|e2e)\.tsx?$/.test(name) || (path.includes(`${sep}tests${sep}`) && /\.(ts|mjs)$/.test(name))) found.push(path);
  }
  return found;
}

/** Relative paths joined to the file's own folder: resolve/join(import.meta.dirname, '…'). */
function pathsNamed(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const call = /(?:resolve|join)\(\s*import\.meta\.dirname\s*,\s*'([^']+)'/g;
  return [...text.matchAll(call)].map((m) => resolve(dirname(file), m[1] ?? ''));
}

describe('the test suite is self-contained', () => {
  const files = sources(ROOT);

  it('finds the test sources it checks', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.map((f) => relative(ROOT, f))).toContain(join('tests', 'e2e', 'crm.ts'));
  });

  it('no test names a path outside the repository', () => {
    const outside = files.flatMap((f) =>
      pathsNamed(f)
        .filter((p) => relative(ROOT, p).startsWith('..'))
        .map((p) => `${relative(ROOT, f)} → ${p}`),
    );
    expect(outside).toEqual([]);
  });

  it('the public CRM export and its source note ship with the tests', () => {
    const dir = resolve(ROOT, 'tests/fixtures/crm-sales-opportunities');
    expect(readdirSync(dir).sort()).toEqual(['README.md', 'SOURCE.md', 'accounts.csv', 'products.csv', 'sales_pipeline.csv', 'sales_teams.csv']);
    expect(readFileSync(join(dir, 'SOURCE.md'), 'utf8')).toMatch(/Maven Analytics.*CRM Sales Opportunities/);
    expect(readFileSync(join(dir, 'sales_pipeline.csv'), 'utf8').trim().split('\n')).toHaveLength(8801);
  });
});
