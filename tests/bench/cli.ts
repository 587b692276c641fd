// B16: how fast the bundled `candor` answers, against a bare `node -e 0` timed in the same run
// (each command run in turn with the baseline, medians of RUNS): `--help`, and `diagnose` on the
// public 8,800-deal export. Targets: --help within 3× bare node, diagnose under 0.4 s.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const BUNDLE = resolve(ROOT, 'out/cli/candor.mjs');
const EXPORT = resolve(ROOT, 'tests/fixtures/crm-sales-opportunities/sales_pipeline.csv');
const RUNS = 15;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

function wall(args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${String(r.stderr)}`);
  return ms;
}

export async function benchCli(): Promise<void> {
  const build = spawnSync(process.execPath, [resolve(ROOT, 'scripts/build-cli.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('building the CLI bundle failed');
  const bare: number[] = [];
  const help: number[] = [];
  const diagnose: number[] = [];
  const source: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    bare.push(wall(['-e', '0']));
    help.push(wall([BUNDLE, '--help']));
    diagnose.push(wall([BUNDLE, 'diagnose', EXPORT]));
    if (i < 5) source.push(wall([resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'), resolve(ROOT, 'cli/candor.ts'), '--help']));
  }
  const b = median(bare);
  console.log(`cli.bare_node: ${b.toFixed(0)} ms (node -e 0, median of ${RUNS})`);
  console.log(`cli.help: ${median(help).toFixed(0)} ms (bundled candor --help; ÷ bare node ${(median(help) / b).toFixed(2)}×; target ≤ 3×)`);
  console.log(
    `cli.diagnose_public_export: ${median(diagnose).toFixed(0)} ms (bundled candor diagnose, 8,800 deals; ÷ bare node ${(median(diagnose) / b).toFixed(2)}×; target < 400 ms)`,
  );
  console.log(
    `cli.help_from_source: ${median(source).toFixed(0)} ms (tsx cli/candor.ts --help, as npm run candor; median of 5; ÷ bare node ${(median(source) / b).toFixed(2)}×)`,
  );
}
