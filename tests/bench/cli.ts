// B16: how fast the bundled `candor` answers, against a bare `node -e 0` timed in the same run
// (each command run in turn with the baseline, medians of RUNS): `--help`, and `diagnose` on the
// public 8,800-deal export. Targets: --help within 3× bare node, diagnose under 0.4 s. Each run
// also reports the processor time it used (user + system, all its threads), which a busy machine
// changes far less than the wall time.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const BUNDLE = resolve(ROOT, 'out/cli/candor.mjs');
const EXPORT = resolve(ROOT, 'tests/fixtures/crm-sales-opportunities/sales_pipeline.csv');
const RUNS = 15;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Preloaded into the runs that measure processor time: at exit it writes its own processor time (µs) to file descriptor 3. */
const REPORT_CPU = `data:text/javascript,${encodeURIComponent(
  "import { writeSync } from 'node:fs'; process.on('exit', () => { const u = process.cpuUsage(); writeSync(3, String(u.user + u.system)); });",
)}`;

/** One run's wall-clock milliseconds. */
function wall(args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${String(r.stderr)}`);
  return ms;
}

/** One run's processor milliseconds, as the process reported them (a run of its own: the report loads a module). */
function cpu(args: string[]): number {
  const r = spawnSync(process.execPath, ['--import', REPORT_CPU, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${String(r.stderr)}`);
  return Number(String(r.output[3])) / 1000;
}

export async function benchCli(): Promise<void> {
  const build = spawnSync(process.execPath, [resolve(ROOT, 'scripts/build-cli.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('building the CLI bundle failed');
  const bare: number[] = [];
  const bareCpu: number[] = [];
  const help: number[] = [];
  const diagnose: number[] = [];
  const diagnoseCpu: number[] = [];
  const source: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    bare.push(wall(['-e', '0']));
    help.push(wall([BUNDLE, '--help']));
    diagnose.push(wall([BUNDLE, 'diagnose', EXPORT]));
    bareCpu.push(cpu(['-e', '0']));
    diagnoseCpu.push(cpu([BUNDLE, 'diagnose', EXPORT]));
    if (i < 5) source.push(wall([resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'), resolve(ROOT, 'cli/candor.ts'), '--help']));
  }
  const b = median(bare);
  console.log(`cli.bare_node: ${b.toFixed(0)} ms (node -e 0, median of ${RUNS})`);
  console.log(`cli.help: ${median(help).toFixed(0)} ms (bundled candor --help; ÷ bare node ${(median(help) / b).toFixed(2)}×; target ≤ 3×)`);
  console.log(
    `cli.diagnose_public_export: ${median(diagnose).toFixed(0)} ms (bundled candor diagnose, 8,800 deals; ÷ bare node ${(median(diagnose) / b).toFixed(2)}×; target < 400 ms)`,
  );
  const bc = median(bareCpu);
  console.log(
    `cli.bare_node_cpu: ${bc.toFixed(0)} ms of processor time (node -e 0 with the module that reports it, user + system, median of ${RUNS})`,
  );
  console.log(
    `cli.diagnose_public_export_cpu: ${median(diagnoseCpu).toFixed(0)} ms of processor time (bundled candor diagnose, user + system, all threads; ÷ bare node ${(median(diagnoseCpu) / bc).toFixed(2)}×)`,
  );
  console.log(
    `cli.help_from_source: ${median(source).toFixed(0)} ms (tsx cli/candor.ts --help, as npm run candor; median of 5; ÷ bare node ${(median(source) / b).toFixed(2)}×)`,
  );
}
