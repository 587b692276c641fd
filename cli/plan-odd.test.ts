// Odd data: any rep with a Rep page can get a plan, or one plain sentence; never a stack trace.
import { describe, expect, it } from 'vitest';
import { memoryIo } from './testing';
import { runPlan, type PlanOutput } from './plan';

const LONG = 'Maximiliana Alexandrina Konstantinopoulou-Wolfeschlegelsteinhausenberger of the Northern Territories';
const FILE = 'odd.csv';

/** Three normal reps, one with negative won revenue, one with a name over 64 characters, one with almost nothing. */
function oddCsv(): string {
  const rows = [
    'rep,role,period,quota,revenue,calls,emails,meetings_booked,meetings_held,opportunities_created,deals_won,deals_lost,avg_deal_size,cycle_days',
  ];
  for (const m of ['2026-08', '2026-09', '2026-10']) {
    for (const [name, rev] of [
      ['Ana Ortiz', 50000],
      ['Ben Cho', 42000],
      ['Cara Diaz', 61000],
      ['Negative Nell', -5000],
    ] as const)
      rows.push(`${name},AE,${m},50000,${rev},400,600,45,40,20,5,10,${rev > 0 ? rev / 5 : 1000},40`);
    rows.push(`${LONG},AE,${m},50000,30000,300,500,40,35,18,4,10,7500,45`);
    rows.push(`Sparse Sam,AE,${m},,20000,,,,,,,,,`);
  }
  return rows.join('\n') + '\n';
}

function run(rep: string) {
  const { io, out, err } = memoryIo({ [FILE]: oddCsv() });
  const written = new Map<string, Uint8Array>();
  const output: PlanOutput = { writeFile: async (p, b) => void written.set(p, b), isDirectory: async () => false };
  return runPlan([FILE, '--rep', rep, '--json', '--out', 'plan.docx'], io, output, () => new Date('2026-11-20T09:00:00Z')).then((code) => ({
    code,
    out: out(),
    err: err(),
    written,
  }));
}

describe('candor plan on odd data', () => {
  it.each([['Negative Nell'], [LONG], ['Sparse Sam']])('%s gets a plan with what is known', async (rep) => {
    const r = await run(rep);
    expect(r.err).not.toMatch(/ZodError|at .*\.ts:\d+|\n.*\n/u);
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.out) as {
      snapshot: { repName: string; metrics: { key: string; value: number | null }[] };
      content: { actionItems: unknown[] };
    };
    expect(plan.snapshot.repName).toBe(rep);
    expect(r.written.has('plan.docx')).toBe(true);
  });

  it('leaves a negative won revenue out at import (reported on its rows), so no figure or attainment in the plan is negative', async () => {
    const r = await run('Negative Nell');
    const plan = JSON.parse(r.out) as {
      snapshot: { attainment: number | null; metrics: { key: string; value: number | null }[] };
    };
    // The sheet says -5,000 a month; that figure is never carried into the plan as revenue.
    expect(plan.snapshot.metrics.find((m) => m.key === 'revenue')?.value).not.toBe(-15000);
    for (const m of plan.snapshot.metrics) if (m.key === 'revenue') expect(m.value ?? 0).toBeGreaterThanOrEqual(0);
    expect(plan.snapshot.attainment ?? 0).toBeGreaterThanOrEqual(0);
  });

  it('a rep the data does not hold gets one line and exit 2', async () => {
    const r = await run('Nobody Here');
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/^candor plan: no rep called "Nobody Here"/u);
  });
});
