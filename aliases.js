// The import aliases, written once. Every tool that resolves an import reads this list or is
// checked against it: the tsconfig `paths` (tests/integration/aliases.test.ts compares them),
// electron.vite.config.ts (main, preload, renderer and its workers), vitest.config.ts, the CLI
// bundle (scripts/build-cli.mjs), the lint walls (eslint-walls.js) and the rewrite script
// (scripts/alias-imports.mjs). `npm run candor` and the benches run through tsx, which reads the
// tsconfig paths. An import climbs at most one folder (`../x`); further away, it names an alias.
// Plain Node scripts (*.mjs under scripts/, this file, eslint-walls.js) cannot use them.
import path from 'node:path';

/** Alias → folder, relative to the repository root. The longest folder wins when two contain a file. */
export const ALIASES = {
  '@shared': 'shared',
  '@renderer': 'renderer/src',
  '@cli': 'cli',
  '@main': 'electron/main',
  '@resources': 'resources',
  '@tests': 'tests',
  '@scripts': 'scripts',
};

export const ROOT = path.dirname(new URL(import.meta.url).pathname);

/** The aliases as absolute folders, for bundlers (`resolve.alias`). */
export function aliasFolders(root = ROOT) {
  return Object.fromEntries(Object.entries(ALIASES).map(([alias, dir]) => [alias, path.resolve(root, dir)]));
}

/** A repository-relative path (forward slashes) as an aliased specifier, or null when no alias holds it. */
export function aliasFor(repoPath) {
  const [alias, dir] =
    Object.entries(ALIASES)
      .filter(([, d]) => repoPath === d || repoPath.startsWith(`${d}/`))
      .sort((a, b) => b[1].length - a[1].length)[0] ?? [];
  if (alias === undefined || dir === undefined) return null;
  return repoPath === dir ? alias : `${alias}${repoPath.slice(dir.length)}`;
}

/** An aliased specifier as a repository-relative path, or null when it names no alias. */
export function unalias(specifier) {
  const slash = specifier.indexOf('/');
  const head = slash === -1 ? specifier : specifier.slice(0, slash);
  const dir = ALIASES[head];
  if (dir === undefined) return null;
  return slash === -1 ? dir : `${dir}${specifier.slice(slash)}`;
}
