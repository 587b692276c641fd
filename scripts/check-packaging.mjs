// Validates electron-builder.yml offline: packs `--linux dir` against a stand-in Electron
// (the real one cannot be downloaded everywhere), then checks what went into app.asar.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const stand = mkdtempSync(join(tmpdir(), 'candor-electron-'));
const out = mkdtempSync(join(tmpdir(), 'candor-release-'));
writeFileSync(join(stand, 'electron'), '#!/bin/sh\nexit 0\n');
chmodSync(join(stand, 'electron'), 0o755);
writeFileSync(join(stand, 'LICENSE'), '');
mkdirSync(out, { recursive: true });

const electronVersion = require(join(root, 'node_modules/electron/package.json')).version;
const res = spawnSync(
  join(root, 'node_modules/.bin/electron-builder'),
  ['--linux', 'dir', `-c.electronDist=${stand}`, `-c.electronVersion=${electronVersion}`, `-c.directories.output=${out}`],
  { cwd: root, encoding: 'utf8' },
);
try {
  if (res.status !== 0) {
    console.error(res.stdout, res.stderr);
    throw new Error('electron-builder failed');
  }
  const asarPath = join(out, 'linux-unpacked/resources/app.asar');
  const files = require('@electron/asar').listPackage(asarPath);
  const stray = files.filter((f) => !(f === '/package.json' || f === '/out' || f.startsWith('/out/')));
  const required = ['/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html'];
  const missing = required.filter((f) => !files.includes(f));
  const size = statSync(asarPath).size;
  console.log(`packaging: app.asar ${(size / 1048576).toFixed(2)} MB, ${files.length} entries`);
  if (stray.length || missing.length) {
    throw new Error(`app.asar content is wrong. Unexpected: ${stray.slice(0, 5).join(', ')}; missing: ${missing.join(', ')}`);
  }
  if (size > 10 * 1048576) throw new Error('app.asar is over 10 MB: a runtime library probably sits in dependencies');
  console.log('packaging: electron-builder.yml is valid and packs only the build output');
} finally {
  rmSync(stand, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
}
