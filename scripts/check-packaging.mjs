// Validates electron-builder.yml offline: packs `--linux dir` against a stand-in Electron
// (the real one cannot be downloaded everywhere), then checks what went into app.asar.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

// The fuses the packaged binary must have. A fuse left out or set the other way fails here.
export const REQUIRED_FUSES = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableCookieEncryption: true,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
};
const config = require('js-yaml').load(readFileSync(join(root, 'electron-builder.yml'), 'utf8'));
const fuses = config.electronFuses ?? {};
const wrongFuses = Object.entries(REQUIRED_FUSES).filter(([k, v]) => fuses[k] !== v);
if (wrongFuses.length) {
  console.error(`packaging: electron-builder.yml must set these Electron fuses: ${wrongFuses.map(([k, v]) => `${k}: ${v}`).join(', ')}`);
  process.exit(1);
}
console.log(`packaging: Electron fuses set (${Object.keys(REQUIRED_FUSES).join(', ')})`);

// The stand-in binary has no fuse wire to flip: pack it with the same config minus the fuses.
const standConfig = join(stand, 'builder.json');
writeFileSync(standConfig, JSON.stringify({ ...config, electronFuses: null }));
const electronVersion = require(join(root, 'node_modules/electron/package.json')).version;
const res = spawnSync(
  join(root, 'node_modules/.bin/electron-builder'),
  ['--linux', 'dir', `--config=${standConfig}`, `-c.electronDist=${stand}`, `-c.electronVersion=${electronVersion}`, `-c.directories.output=${out}`],
  { cwd: root, encoding: 'utf8' },
);
try {
  if (res.status !== 0) {
    console.error(res.stdout, res.stderr);
    throw new Error('electron-builder failed');
  }
  const asarPath = join(out, 'linux-unpacked/resources/app.asar');
  const files = require('@electron/asar').listPackage(asarPath);
  const stray = files.filter((f) => !(f === '/package.json' || f === '/out' || f.startsWith('/out/')) || f.startsWith('/out/cli'));
  const required = ['/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html'];
  const missing = required.filter((f) => !files.includes(f));
  const size = statSync(asarPath).size;
  console.log(`packaging: app.asar ${(size / 1048576).toFixed(2)} MB, ${files.length} entries`);
  if (stray.length || missing.length) {
    throw new Error(`app.asar content is wrong. Unexpected: ${stray.slice(0, 5).join(', ')}; missing: ${missing.join(', ')}`);
  }
  if (size > 10 * 1048576) throw new Error('app.asar is over 10 MB: node_modules probably went into the package');
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  if (!Object.keys(pkg.dependencies ?? {}).includes('react'))
    throw new Error('runtime libraries must be listed in dependencies (npm audit --omit=dev)');
  console.log('packaging: electron-builder.yml is valid and packs only the build output');
} finally {
  rmSync(stand, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
}
