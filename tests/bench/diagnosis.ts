// B: the diagnosis engine on a large team — 500 reps × 36 months, the whole team at once.
import { DEFAULT_DIAGNOSIS_SETTINGS } from '../../shared/schemas/settings';
import type { DiagnosisPeriodRow, DiagnosisRep } from '../../shared/domain/diagnosis/index';
import { DEFAULT_ROLE_EXPECTATIONS, diagnoseRepHistory, diagnoseTeam } from '../../shared/domain/diagnosis/index';
import { funnelMonth, series } from '../../shared/domain/diagnosis/testing';

const REPS = 500;
const MONTHS = 36;
const END = '2026-10';
const RUNS = 9;

function team(): { reps: DiagnosisRep[]; periods: DiagnosisPeriodRow[] } {
  let seed = 42;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const roles = ['AE', 'AE', 'AE', 'SDR', 'AM'];
  const reps: DiagnosisRep[] = Array.from({ length: REPS }, (_, i) => ({
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

export async function benchDiagnosis(): Promise<void> {
  const { reps, periods } = team();
  const input = { reps, periods, expectations: [...DEFAULT_ROLE_EXPECTATIONS], settings: DEFAULT_DIAGNOSIS_SETTINGS, overrides: [] };
  const times: number[] = [];
  const cpu: number[] = [];
  let verdicts = 0;
  for (let i = 0; i < RUNS + 1; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const out = diagnoseTeam(input);
    const dt = performance.now() - t0;
    const dc = process.cpuUsage(c0);
    // The first run warms the JIT.
    if (i > 0) {
      times.push(dt);
      cpu.push((dc.user + dc.system) / 1000);
    }
    verdicts = out.reps.length;
  }
  const ms = median(times);
  console.log(
    `diagnosis.team_500x36: ${ms.toFixed(1)} ms (median of ${RUNS}, ${verdicts} reps, window 3, full evidence; target < 150 ms, ratio ${(ms / 150).toFixed(2)})`,
  );
  console.log(`diagnosis.team_500x36_fastest: ${Math.min(...times).toFixed(1)} ms (CPU time median ${median(cpu).toFixed(1)} ms, GC included)`);

  const hist: number[] = [];
  for (let i = 0; i < 4; i++) {
    const t0 = performance.now();
    diagnoseRepHistory({ ...input, repId: 'rep-7' });
    if (i > 0) hist.push(performance.now() - t0);
  }
  console.log(
    `diagnosis.rep_history_36: ${median(hist).toFixed(1)} ms (one rep's 36-period series against a 500-rep team, median of ${hist.length})`,
  );
}

if (process.argv[1]?.endsWith('diagnosis.ts')) await benchDiagnosis();
