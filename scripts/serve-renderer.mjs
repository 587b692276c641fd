// Serves the built renderer (out/renderer) on 127.0.0.1 with Vite's static preview server.
// Used by `npm start` when the Electron binary is missing, and by the browser tests.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { preview } from 'vite';

// The one policy (shared/ipc/csp.json), joined exactly as shared/ipc/csp.ts joins it.
const policy = JSON.parse(readFileSync(resolve(import.meta.dirname, '../shared/ipc/csp.json'), 'utf8'));
const CSP = policy.directives.map((d) => d.join(' ')).join('; ');

export async function serveRenderer({ port = 5199, strictPort = false } = {}) {
  const root = resolve(import.meta.dirname, '../out/renderer');
  const server = await preview({
    configFile: false,
    logLevel: 'silent',
    root,
    build: { outDir: root },
    preview: { host: '127.0.0.1', port, strictPort, open: false, headers: { 'Content-Security-Policy': CSP } },
  });
  const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
  return { url, close: () => server.close() };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const portArg = Number(process.env.PORT ?? 5199);
  const { url } = await serveRenderer({ port: portArg, strictPort: true });
  process.stdout.write(`Serving Candor at ${url}\n`);
}
