// The public CRM export (deals only), through `candor metrics` and `candor diagnose`: every
// rep's creation cohort equals a recount done here straight from the CSV text, by the deals'
// engage (created) date and their stage in the file.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDiagnose } from '@cli/diagnose';
import type { CliIo } from '@cli/io';
import { runMetrics } from '@cli/metrics';

const FILE = resolve(import.meta.dirname, '../fixtures/crm-sales-opportunities/sales_pipeline.csv');

async function run(cmd: typeof runMetrics, args: string[]): Promise<unknown> {
  const out: string[] = [];
  const io: CliIo = { stdout: (t) => out.push(t), stderr: () => undefined, readFile: async (p) => new Uint8Array(await readFile(p)) };
  expect(await cmd(args, io)).toBe(0);
  return JSON.parse(out.join(''));
}

type Count = { won: number; lost: number; open: number };

/** Per rep and created month, from the raw text: the file has a header and no quoted fields. */
async function recount(): Promise<Map<string, Map<string, Count>>> {
  const lines = (await readFile(FILE, 'utf8')).trim().split(/\r?\n/);
  const head = (lines[0] ?? '').split(',');
  const [agent, stage, engage] = ['sales_agent', 'deal_stage', 'engage_date'].map((h) => head.indexOf(h)) as [number, number, number];
  const byRep = new Map<string, Map<string, Count>>();
  for (const line of lines.slice(1)) {
    expect(line.includes('"')).toBe(false);
    const cells = line.split(',');
    const created = cells[engage] ?? '';
    if (created === '') continue; // no created date: in no cohort
    const month = created.slice(0, 7);
    const rep = cells[agent] ?? '';
    const months = byRep.get(rep) ?? new Map<string, Count>();
    byRep.set(rep, months);
    const c = months.get(month) ?? { won: 0, lost: 0, open: 0 };
    const s = cells[stage];
    if (s === 'Won') c.won++;
    else if (s === 'Lost') c.lost++;
    else c.open++;
    months.set(month, c);
  }
  return byRep;
}

describe('creation cohort on the real export', () => {
  it('metrics: every rep-month’s cohort equals the recount, and sums to opportunities created', async () => {
    const want = await recount();
    const json = (await run(runMetrics, [FILE, '--json'])) as { periods: Array<Record<string, number | string | null>> };
    let months = 0;
    for (const p of json.periods) {
      const c = want.get(String(p.rep))?.get(String(p.period)) ?? { won: 0, lost: 0, open: 0 };
      expect({ rep: p.rep, period: p.period, won: p.cohortWon, lost: p.cohortLost, open: p.cohortOpen }).toEqual({
        rep: p.rep,
        period: p.period,
        ...c,
      });
      expect(c.won + c.lost + c.open).toBe(p.opportunitiesCreated);
      months++;
    }
    // Every recounted cohort has its period in the output.
    const seen = new Set(json.periods.map((p) => `${String(p.rep)} ${String(p.period)}`));
    for (const [rep, ms] of want) for (const m of ms.keys()) expect(seen.has(`${rep} ${m}`), `${rep} ${m}`).toBe(true);
    expect(months).toBeGreaterThan(300);
  });

  it('diagnose --json: each rep’s window cohort equals the recount, its rate is won ÷ created in [0, 1]', async () => {
    const want = await recount();
    const json = (await run(runDiagnose, [FILE, '--json'])) as {
      windowPeriods: string[];
      reps: Array<{
        rep: string;
        metrics: Record<string, { value: number | null; benchmark: number | null; benchmarkSource: string | null }>;
        cohort: {
          created: number;
          won: number;
          lost: number;
          open: number;
          winRate: number;
          openShare: number;
          immature: boolean;
          periods: string[];
        } | null;
      }>;
    };
    expect(json.reps).toHaveLength(30);
    for (const r of json.reps) {
      const c = r.cohort;
      expect(c, r.rep).not.toBeNull();
      if (!c) continue;
      const sum = { won: 0, lost: 0, open: 0 };
      for (const p of c.periods) {
        const m = want.get(r.rep)?.get(p) ?? { won: 0, lost: 0, open: 0 };
        sum.won += m.won;
        sum.lost += m.lost;
        sum.open += m.open;
      }
      expect(c.periods.every((p) => json.windowPeriods.includes(p))).toBe(true);
      expect({ won: c.won, lost: c.lost, open: c.open, created: c.created }).toEqual({ ...sum, created: sum.won + sum.lost + sum.open });
      expect(c.winRate).toBeCloseTo(sum.won / c.created, 12);
      expect(c.winRate).toBeGreaterThanOrEqual(0);
      expect(c.winRate).toBeLessThanOrEqual(1);
      expect(c.immature).toBe(sum.open > c.created * 0.25);
      expect(r.metrics.cohortWinRate?.value).toBe(c.winRate);
      expect(r.metrics.cohortOpen?.value).toBe(c.open);
      // The conventional win rate stays won ÷ closed of the deals closed in the window.
      expect(r.metrics.winRate?.value).not.toBeNull();
    }
  });
});
