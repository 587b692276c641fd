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

/** True when a Candor page answers at `url` (an instance already running). */
async function isCandorAt(url) {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
    return res.ok && (await res.text()).includes('<title>Candor</title>');
  } catch {
    return false;
  }
}

/**
 * Always the same origin: the browser keeps Candor's data per origin, so a new port would be
 * a new, empty profile that looks like lost data. When the port is busy, reuse a running
 * Candor there, or say plainly what is in the way. Never falls back to another port.
 */
export async function serveOrReuse({ port = 5199 } = {}) {
  try {
    const server = await serveRenderer({ port, strictPort: true });
    return { ...server, reused: false };
  } catch (e) {
    const url = `http://127.0.0.1:${port}/`;
    if (e && e.code !== 'EADDRINUSE' && !/already in use/i.test(String(e.message))) throw e;
    if (await isCandorAt(url)) return { url, reused: true, close: async () => undefined };
    const err = new Error(
      `Port ${port} is in use by another program. Candor always uses this port, because your browser keeps Candor's data for this address only (another port would open an empty Candor). Close that program, or start Candor with PORT=<another port> knowing it will start empty there.`,
    );
    err.code = 'CANDOR_PORT_BUSY';
    throw err;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const portArg = Number(process.env.PORT ?? 5199);
  try {
    const { url, reused } = await serveOrReuse({ port: portArg });
    process.stdout.write(reused ? `Candor is already running at ${url}\n` : `Serving Candor at ${url}\n`);
    if (reused) process.exit(0);
  } catch (e) {
    process.stderr.write(`${e.code === 'CANDOR_PORT_BUSY' ? e.message : `Candor could not start its local server: ${e.message}`}\n`);
    process.exit(1);
  }
}
