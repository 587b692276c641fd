// npm test: the one gate. Typecheck, lint, format, unit + component + integration tests
// (vitest), build, then end-to-end tests in real Chromium (Playwright). Every step runs;
// the exit code is non-zero if any failed. The last line sums up the test counts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
mkdirSync(join(root, 'test-results'), { recursive: true });

const steps = [
  { name: 'typecheck', cmd: bin('tsc'), args: ['-b'] },
  { name: 'lint', cmd: bin('eslint'), args: ['.', '--max-warnings=0'] },
  { name: 'format', cmd: bin('prettier'), args: ['--check', '--log-level', 'warn', '.'] },
  {
    name: 'unit, component and integration tests',
    cmd: bin('vitest'),
    args: ['run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json'],
  },
  { name: 'build', cmd: bin('electron-vite'), args: ['build', '--logLevel', 'warn'] },
  { name: 'packaging config', cmd: process.execPath, args: ['scripts/check-packaging.mjs'] },
  { name: 'end-to-end tests (Chromium)', cmd: bin('playwright'), args: ['test'] },
];

const only = process.argv.slice(2);
const failed = [];
for (const step of steps) {
  if (only.length && !only.some((o) => step.name.startsWith(o))) continue;
  const started = Date.now();
  process.stdout.write(`\n▶ ${step.name}\n`);
  const res = spawnSync(step.cmd, step.args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (res.status === 0) process.stdout.write(`✔ ${step.name} (${secs} s)\n`);
  else {
    failed.push(step.name);
    process.stdout.write(`✘ ${step.name} failed (${secs} s)\n`);
  }
}

function readJson(path) {
  try {
    return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
  } catch {
    return null;
  }
}
let passed = 0;
let failedTests = 0;
let skipped = 0;
const vitest = readJson(join(root, 'test-results/vitest.json'));
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failedTests += vitest.numFailedTests ?? 0;
  skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
}
const e2e = readJson(join(root, 'test-results/e2e.json'));
if (e2e?.stats) {
  passed += e2e.stats.expected ?? 0;
  failedTests += (e2e.stats.unexpected ?? 0) + (e2e.stats.flaky ?? 0);
  skipped += e2e.stats.skipped ?? 0;
}
process.stdout.write(`\n${failed.length ? `Failed steps: ${failed.join(', ')}` : 'All steps passed.'}\n`);
process.stdout.write(`tests: ${passed} passed, ${failedTests} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
process.exit(failed.length ? 1 : 0);
