// B: the diagnosis engine on large teams — 500 reps × 36 months and 10,000 reps × 36 months,
// the whole team at once (with and without every rep's evidence sentences read), and one rep's 36-period history (cold: the per-period team
// benchmarks of the rep's peer group are computed for it; first: the first rep opened after the
// team diagnosis; warm: shared with the team diagnosis and an earlier history of the same role
// group, as on the Rep page). Each figure is the median wall time, with its CPU time and its ratio to an in-run baseline (structuredClone of the 500-rep input: the same machine, the same moment).
// The engine is measured as it ships: bundled by esbuild the way Vite bundles the renderer (no
// per-function name wrappers, which tsx adds to every nested function while running TypeScript).
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { DEFAULT_DIAGNOSIS_SETTINGS } from '@shared/schemas/settings';
import type { DiagnosisPeriodRow, DiagnosisRep } from '@shared/domain/diagnosis/index';
import type * as source from '@shared/domain/diagnosis/index';
import { funnelMonth, series } from '@shared/domain/diagnosis/testing';

const MONTHS = 36;
const END = '2026-10';

function team(size: number): { reps: DiagnosisRep[]; periods: DiagnosisPeriodRow[] } {
  let seed = 42;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const roles = ['AE', 'AE', 'AE', 'SDR', 'AM'];
  const reps: DiagnosisRep[] = Array.from({ length: size }, (_, i) => ({
    id: `rep-${i}`,
    name: `Rep ${i}`,
    role: roles[i % roles.length] ?? 'AE',
    startDate: i % 50 === 0 ? '2026-08-03' : '2022-01-10',
    targetOverrides: null,
  }));
  const periods = reps.flatMap((r) => {
    const base = [0.5 + rnd(), 0.5 + rnd(), 0.5 + rnd(), 0.6 + rnd() * 0.8];
    return series(r.id, END, MONTHS, () =>
      funnelMonth(base[0]! * (0.9 + rnd() * 0.2), base[1]!, base[2]!, base[3]!, { complaints: rnd() < 0.02 ? 1 : 0 }),
    );
  });
  return { reps, periods };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

type Sample = { wall: number; cpu: number };
function measure(fn: () => void): Sample {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wall = performance.now() - t0;
  const dc = process.cpuUsage(c0);
  return { wall, cpu: (dc.user + dc.system) / 1000 };
}

type Result = { wall: number; cpu: number; fastest: number; paired: number };

/**
 * Median of `runs` timed runs after one warm-up; `fresh` gives each run its own input (no shared
 * engine). `reference`, timed just before each run's set-up, gives every run its own ratio: this VM's speed
 * swings by up to 1.8× within seconds (a fixed arithmetic loop takes 60–107 ms), and a ratio to a
 * task timed at the same moment keeps the figure comparable from run to run.
 */
function bench(runs: number, fresh: () => () => void, reference: () => void): Result {
  const xs: Sample[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    // The reference first, then the set-up: the run follows its set-up directly, as it would
    // without the reference (which would otherwise leave the caches full of its own array).
    const ref = measure(reference).wall;
    const run = fresh();
    const s = measure(run);
    if (i > 0) {
      xs.push(s);
      ratios.push(s.wall / ref);
    }
  }
  return {
    wall: median(xs.map((s) => s.wall)),
    cpu: median(xs.map((s) => s.cpu)),
    fastest: Math.min(...xs.map((s) => s.wall)),
    paired: median(ratios),
  };
}

/** The diagnosis module bundled as the app ships it. */
async function shippedEngine(): Promise<typeof source> {
  const dir = resolve(import.meta.dirname, '../../.bench');
  mkdirSync(dir, { recursive: true });
  const outfile = resolve(dir, 'diagnosis-bundle.mjs');
  await build({
    entryPoints: [resolve(import.meta.dirname, '../../shared/domain/diagnosis/index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    outfile,
    logLevel: 'warning',
  });
  return (await import(pathToFileURL(outfile).href)) as typeof source;
}

export async function benchDiagnosis(): Promise<void> {
  const { DEFAULT_ROLE_EXPECTATIONS, diagnoseRepHistory, diagnoseTeam } = await shippedEngine();
  const small = team(500);
  const input = (t: ReturnType<typeof team>) => ({
    // New arrays per run: the engine cache is keyed by the input's identity.
    reps: [...t.reps],
    periods: [...t.periods],
    expectations: [...DEFAULT_ROLE_EXPECTATIONS],
    settings: { ...DEFAULT_DIAGNOSIS_SETTINGS },
    overrides: [],
  });
  // The paired reference, timed before every run: a fixed arithmetic pass over a typed array
  // (reads and multiplies, no allocation, so it leaves no garbage for the run after it).
  const refData = Float64Array.from({ length: 1 << 18 }, (_, k) => Math.sin(k));
  let refSink = 0;
  const reference = () => {
    let acc = 0;
    for (let r = 0; r < 4; r++)
      for (let k = 0; k < refData.length; k++) acc += (refData[k] as number) * (refData[(k * 7) & (refData.length - 1)] as number);
    refSink += acc;
  };
  const baseline = bench(9, () => () => void structuredClone(small.periods), reference).wall;
  const referenceMs = bench(9, () => reference, reference).wall;
  const line = (name: string, r: Result, note: string) =>
    console.log(
      `${name}: ${r.wall.toFixed(1)} ms (fastest ${r.fastest.toFixed(1)} ms, CPU ${r.cpu.toFixed(1)} ms, ratio to baseline ${(r.wall / baseline).toFixed(2)}, paired ratio ${r.paired.toFixed(2)}; ${note})`,
    );
  console.log(`diagnosis.baseline_clone_500x36: ${baseline.toFixed(1)} ms (structuredClone of the 500-rep input, median of 9)`);
  console.log(
    `diagnosis.reference_pass: ${referenceMs.toFixed(1)} ms (the reference: four multiply-add passes over 262,144 numbers, timed just before every run below: each run's paired ratio is its time ÷ this task's time at that moment; median of 9)`,
  );

  const t500 = bench(
    9,
    () => {
      const i = input(small);
      return () => void diagnoseTeam(i);
    },
    reference,
  );
  line(
    'diagnosis.team_500x36',
    t500,
    'median of 9, window 3; every verdict, metric and warning, the evidence sentences made when first read (the Team page reads none); target ≤ 100 ms',
  );
  // As the CLI's --json and a copy of the whole result do: every rep's sentences read as well.
  const t500read = bench(
    9,
    () => {
      const i = input(small);
      return () => {
        for (const r of diagnoseTeam(i).reps) void (r.window.evidence.length + r.current.evidence.length);
      };
    },
    reference,
  );
  line('diagnosis.team_500x36_evidence_read', t500read, "median of 9, the same with every rep's evidence sentences read (window and single period)");

  const cold = bench(
    5,
    () => {
      const i = input(small);
      return () => void diagnoseRepHistory({ ...i, repId: 'rep-7' });
    },
    reference,
  );
  line('diagnosis.rep_history_36_cold', cold, "one rep's 36 periods on fresh data: computes the 36 per-period team benchmarks; median of 5");
  const first = bench(
    15,
    () => {
      const i = input(small);
      diagnoseTeam(i);
      return () => void diagnoseRepHistory({ ...i, repId: 'rep-7' });
    },
    reference,
  );
  line(
    'diagnosis.rep_history_36_first',
    first,
    "the first rep opened after the team diagnosis: the per-period team benchmarks of the rep's role group are computed here (one typed-array pass per period); median of 15; target ≤ 20 ms",
  );
  const warm = bench(
    9,
    () => {
      const i = input(small);
      diagnoseTeam(i);
      // rep-12: another rep of rep-7's role group (AE), opened first.
      diagnoseRepHistory({ ...i, repId: 'rep-12' });
      return () => void diagnoseRepHistory({ ...i, repId: 'rep-7' });
    },
    reference,
  );
  line(
    'diagnosis.rep_history_36',
    warm,
    'per-period team benchmarks shared with the team diagnosis and an earlier history of the same role group, as on the Rep page; target ≤ 20 ms',
  );

  const big = team(10_000);
  const t10k = bench(
    3,
    () => {
      const i = input(big);
      return () => void diagnoseTeam(i);
    },
    reference,
  );
  line('diagnosis.team_10000x36', t10k, `median of 3, ${big.periods.length.toLocaleString('en-US')} rep-months, window 3, evidence made when read`);
  if (refSink === 42) console.log('');
}

if (process.argv[1]?.endsWith('diagnosis.ts')) await benchDiagnosis();
