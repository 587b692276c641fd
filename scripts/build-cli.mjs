// Bundles the command line (cli/candor.ts and the shared/ code it uses, with its libraries)
// into out/cli/ as plain ES modules, so `candor` starts without compiling TypeScript. Each
// command is its own chunk, loaded when it runs. Run by `npm run build:cli`, by `npm run build`
// and after `npm install` / `npm ci` (prepare). The code is minified (whitespace and syntax, names
// kept), which node reads and compiles faster at every start; CLI_READABLE=1 builds it unminified,
// to read a profile (`node --cpu-prof out/cli/candor.mjs …`).
import { build } from 'esbuild';
import { chmodSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { aliasFolders } from '../aliases.js';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, 'out/cli');

// zod re-exports a message table for each of some fifty languages (about 300 KB), which every
// command that loads a schema would compile. Candor only ever uses zod's English messages (its
// own sentences are what users read), so the bundle keeps that one table.
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer) ? { path: resolve(args.resolveDir, args.path), namespace: 'zod-locales' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: "export { default as en } from './en.js';",
      resolveDir: resolve(args.path, '..'),
      loader: 'js',
    }));
  },
};

rmSync(OUT, { recursive: true, force: true });
await build({
  entryPoints: { candor: resolve(ROOT, 'cli/candor.ts') },
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  // Some bundled libraries are CommonJS and call require() for Node built-ins.
  banner: { js: "import { createRequire as __candorRequire } from 'node:module'; const require = __candorRequire(import.meta.url);" },
  // The import aliases (aliases.js), so the bundle does not depend on finding tsconfig paths.
  alias: aliasFolders(ROOT),
  legalComments: 'none',
  minifyWhitespace: !process.env.CLI_READABLE,
  minifySyntax: !process.env.CLI_READABLE,
  plugins: [zodEnglishOnly],
  logLevel: 'warning',
});
chmodSync(resolve(OUT, 'candor.mjs'), 0o755);
