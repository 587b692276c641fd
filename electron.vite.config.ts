import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import pkg from './package.json' with { type: 'json' };
import { aliasFolders } from './aliases.js';
import { injectCspMeta } from './shared/ipc/csp';

// One build for main, preload and renderer. The renderer output (out/renderer) is also what
// `npm start` serves in a browser when the Electron binary is missing, and what the
// end-to-end tests load: the very same app. Each part resolves the same aliases (aliases.js);
// the renderer's workers are bundled with the renderer's `resolve`, so they do too.
const resolveAliases = { alias: aliasFolders() };

export default defineConfig({
  main: {
    resolve: resolveAliases,
    build: { rollupOptions: { input: resolve(import.meta.dirname, 'electron/main/index.ts') } },
  },
  preload: {
    resolve: resolveAliases,
    build: {
      rollupOptions: {
        input: resolve(import.meta.dirname, 'electron/preload/index.ts'),
        // A sandboxed preload must be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    base: './',
    resolve: resolveAliases,
    plugins: [react(), { name: 'candor-csp', transformIndexHtml: (html: string) => injectCspMeta(html) }],
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    worker: { format: 'es' },
    build: {
      minify: true,
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      rollupOptions: { input: resolve(import.meta.dirname, 'renderer/index.html') },
    },
  },
});
