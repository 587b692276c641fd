// npm start: build once, then open the desktop app; where the Electron binary is missing,
// say so in one sentence and serve the very same app in the browser on 127.0.0.1.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);

/** Path of the Electron binary if it is installed, else null. Never triggers a download. */
function electronBinary() {
  try {
    const pkgDir = dirname(require.resolve('electron/package.json', { paths: [root] }));
    const pathFile = join(pkgDir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const bin = join(pkgDir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

function build() {
  const bin = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'electron-vite.cmd' : 'electron-vite');
  const res = spawnSync(bin, ['build', '--logLevel', 'error'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    shell: process.platform === 'win32',
  });
  if (res.status !== 0) {
    process.stderr.write(
      `Candor could not be built: ${
        String(res.stderr ?? '')
          .trim()
          .split('\n')[0] ?? 'unknown error'
      }\n`,
    );
    process.exit(1);
  }
}

function openInBrowser(url) {
  if (process.env.CI || !process.stdout.isTTY) return;
  const cmd = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'cmd' : 'xdg-open';
  const args = process.platform === 'win32' ? ['/c', 'start', '', url] : [url];
  try {
    const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No browser launcher: the printed URL is enough.
  }
}

build();
const bin = electronBinary();
if (bin) {
  const child = spawn(bin, [root], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const { serveOrReuse } = await import('./serve-renderer.mjs');
  try {
    const { url, reused } = await serveOrReuse({ port: Number(process.env.PORT ?? 5199) });
    process.stdout.write(
      reused
        ? `Candor is already running in your browser at ${url}; opening it again.\n`
        : `The Electron desktop runtime is not installed on this machine, so Candor is running in your browser instead at ${url} (press Ctrl+C to stop).\n`,
    );
    openInBrowser(url);
  } catch (e) {
    process.stderr.write(`${e.code === 'CANDOR_PORT_BUSY' ? e.message : `Candor could not start: ${e.message}`}\n`);
    process.exit(1);
  }
}
