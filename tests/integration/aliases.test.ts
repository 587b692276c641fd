// The import aliases: written once in aliases.js, the same in the tsconfig paths, and the rewrite
// script (scripts/alias-imports.mjs) turns deep relative imports into them, and only those.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALIASES, aliasFor, unalias } from '../../aliases.js';
// @ts-expect-error plain ESM script without types
import { rewriteSource as rewriteUntyped } from '@scripts/alias-imports.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const rewriteSource = rewriteUntyped as (file: string, text: string) => { text: string; changed: number; left: string[] };

describe('the aliases', () => {
  it('are the tsconfig paths, alias for alias', () => {
    const base = JSON.parse(readFileSync(resolve(ROOT, 'tsconfig.base.json'), 'utf8')) as { compilerOptions: { paths: Record<string, string[]> } };
    const fromTsconfig = Object.fromEntries(
      Object.entries(base.compilerOptions.paths).map(([k, [v]]) => [k.replace(/\/\*$/, ''), v?.replace(/^\.\/|\/\*$/g, '')]),
    );
    expect(fromTsconfig).toEqual(ALIASES);
  });

  it('name a file by the deepest folder that holds it, and back', () => {
    expect(aliasFor('renderer/src/db/hooks')).toBe('@renderer/db/hooks');
    expect(aliasFor('electron/main/protocol')).toBe('@main/protocol');
    expect(aliasFor('renderer/index.html')).toBeNull();
    expect(aliasFor('eslint-walls.js')).toBeNull();
    expect(unalias('@renderer/db/hooks')).toBe('renderer/src/db/hooks');
    expect(unalias('@testing-library/react')).toBeNull();
  });
});

describe('scripts/alias-imports.mjs', () => {
  const FILE = 'renderer/src/features/rep/components/Panel.tsx';
  const before = [
    "import { a } from '../../../db/hooks';",
    "import type { B } from '../../../../../shared/schemas';",
    "export { c } from '../../team';",
    "import d from '../../../../../resources/sample/team-metrics.csv?raw';",
    "import { e } from '../state';",
    "import { f } from './local';",
    "vi.mock('../../../state/store');",
    "const g = await import('../../../ui/Button');",
    "const h = import.meta.glob('../../../../../resources/roleplay/*.json');",
    "const i = readFileSync(join(import.meta.dirname, '../../resources/x.json'));",
    "const j = '../../not/an/import';",
  ].join('\n');

  it('rewrites every form of import that climbs two folders, and nothing else', () => {
    const out = rewriteSource(FILE, before);
    expect(out.text.split('\n')).toEqual([
      "import { a } from '@renderer/db/hooks';",
      "import type { B } from '@shared/schemas';",
      "export { c } from '@renderer/features/team';",
      "import d from '@resources/sample/team-metrics.csv?raw';",
      "import { e } from '../state';",
      "import { f } from './local';",
      "vi.mock('@renderer/state/store');",
      "const g = await import('@renderer/ui/Button');",
      "const h = import.meta.glob('@resources/roleplay/*.json');",
      "const i = readFileSync(join(import.meta.dirname, '../../resources/x.json'));",
      "const j = '../../not/an/import';",
    ]);
    expect(out.changed).toBe(7);
  });

  it('changes nothing the second time', () => {
    const once = rewriteSource(FILE, before).text;
    expect(rewriteSource(FILE, once)).toEqual({ text: once, changed: 0, left: [] });
  });

  it('leaves a file at the repository root as written, and says so', () => {
    const out = rewriteSource('tests/integration/x.test.ts', "import { T } from '../../eslint-walls.js';");
    expect(out).toEqual({ text: "import { T } from '../../eslint-walls.js';", changed: 0, left: ['../../eslint-walls.js'] });
  });

  it('finds nothing left to rewrite in the tree', { timeout: 120_000 }, () => {
    const run = spawnSync(process.execPath, [resolve(ROOT, 'scripts/alias-imports.mjs'), '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stdout).toMatch(/would rewrite 0 import specifiers in 0 files/);
    expect(run.status).toBe(0);
  });
});
