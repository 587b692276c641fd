import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDiagnose } from './diagnose';
import { memoryIo } from './testing';

const SAMPLE = resolve(import.meta.dirname, '../resources/sample/team-metrics.csv');

/** The sample team is read from the repository; other files are given in memory. */
const fakeIo = (files: Record<string, Uint8Array | string> = {}) => memoryIo({ [SAMPLE]: new Uint8Array(readFileSync(SAMPLE)), ...files });

type Json = {
  period: string;
  benchmark: string;
  reps: Array<{
    rep: string;
    verdict: string;
    weakStage: string | null;
    confidence: string;
    attainment: number | null;
    terms: Record<string, number | null>;
    warnings: Array<{ id: string; evidence: unknown[] }>;
    evidence: string[];
    metrics: Record<
      string,
      { value: number | null; benchmark: number | null; benchmarkSource: string | null; benchmarkOrigin: string | null; benchmarkFrom: string | null }
    >;
  }>;
};

describe('candor diagnose', () => {
  it('prints the JSON verdicts for the sample team with the role defaults applied (--benchmark role)', async () => {
    const f = fakeIo();
    expect(await runDiagnose([SAMPLE, '--benchmark', 'role', '--json'], f.io)).toBe(0);
    const json = JSON.parse(f.out()) as Json;
    expect(json.period).toBe('2026-10');
    expect(json.benchmark).toBe('role');
    const v = Object.fromEntries(json.reps.map((r) => [r.rep, `${r.verdict}/${r.weakStage ?? ''}`]));
    expect(v).toEqual({
      'Ana Ortiz': 'on-track/',
      'Ben Carter': 'on-track/',
      'Chloe Nguyen': 'skill/deal-size',
      'Dev Patel': 'effort/prospecting',
      'Elena Rossi': 'effort/prospecting',
      'Farid Haddad': 'skill/opportunity-to-win',
      'Grace Kim': 'skill/meeting-to-opportunity',
      'Hugo Silva': 'mixed/opportunity-to-win',
      'Iris Novak': 'on-track/',
      'Jonas Berg': 'effort/prospecting',
    });
    const dev = json.reps.find((r) => r.rep === 'Dev Patel')!;
    expect(Object.keys(dev.terms)).toEqual(['effort', 'meetingToOpportunity', 'opportunityToWin', 'dealSize']);
    expect(dev.terms.effort).toBeLessThan(-0.2);
    expect(dev.evidence.some((s) => s.startsWith('Meetings held:'))).toBe(true);
    expect(dev.warnings[0]?.evidence.length).toBeGreaterThan(0);
    // Whose number each benchmark is, in the words the app and the plan use.
    expect(dev.metrics.meetingsHeld).toMatchObject({ benchmarkOrigin: 'role', benchmarkFrom: 'AE target over Aug to Oct 2026' });
    expect(dev.metrics.revenue).toMatchObject({ benchmarkOrigin: 'data', benchmarkFrom: "Rep's quota in the imported data over Aug to Oct 2026" });
    expect(dev.metrics.dealsLost).toMatchObject({ benchmarkOrigin: 'team-median', benchmarkFrom: 'Median of the role AE over Aug to Oct 2026' });
    expect(dev.metrics.complaints).toMatchObject({ benchmark: null, benchmarkOrigin: null, benchmarkFrom: null });
    expect(f.err()).toBe('');
  });

  it('sets no benchmark silently: by default every metric is judged against the team median, and the JSON carries the numbers', async () => {
    const f = fakeIo();
    expect(await runDiagnose([SAMPLE, '--json'], f.io)).toBe(0);
    const json = JSON.parse(f.out()) as Json;
    expect(json.benchmark).toBe('median');
    for (const r of json.reps) {
      const win = r.metrics.winRate!;
      expect(win.value).toBeGreaterThanOrEqual(0);
      expect(win.value).toBeLessThanOrEqual(1);
      expect(win.benchmarkSource).toBe('team-median');
      // Only the result is held to a stated number — the quota in the file.
      for (const [k, m] of Object.entries(r.metrics))
        if (k !== 'revenue' && k !== 'effectiveQuota') expect(m.benchmarkSource, k).not.toBe('expectation');
    }
    // The sample's quota is in the file: attainment is measured against it, nothing else.
    const ana = json.reps.find((r) => r.rep === 'Ana Ortiz')!;
    expect(ana.metrics.effectiveQuota?.value).toBe(3 * 55_000);
    expect(ana.metrics.revenue?.benchmarkSource).toBe('expectation');
    // Ana's window: won ÷ (won + lost) over the three months, straight from the file's counts.
    const lines = (await readFile(SAMPLE, 'utf8'))
      .trim()
      .split(/\r?\n/)
      .map((l) => l.split(','));
    const head = lines[0]!;
    const rows = lines.filter((l) => l[0] === 'Ana Ortiz' && ['2026-08', '2026-09', '2026-10'].includes(l[3]!));
    const won = rows.reduce((a, l) => a + Number(l[head.indexOf('deals_won')]), 0);
    const lost = rows.reduce((a, l) => a + Number(l[head.indexOf('deals_lost')]), 0);
    expect(ana.metrics.winRate?.value).toBeCloseTo(won / (won + lost), 12);
  });

  it('carries no creation cohort for a per-period sheet: unknown, never zero', async () => {
    const f = fakeIo();
    expect(await runDiagnose([SAMPLE, '--json'], f.io)).toBe(0);
    const json = JSON.parse(f.out()) as Json & { reps: Array<{ cohort: unknown }> };
    for (const r of json.reps) {
      expect(r.cohort).toBeNull();
      expect(Object.keys(r.metrics).filter((k) => k.startsWith('cohort'))).toEqual([]);
    }
  });

  it('honours --period, --window and --benchmark median, and rolls months up to quarters', async () => {
    const f = fakeIo();
    expect(await runDiagnose([SAMPLE, '--period', '2026-09', '--window=1', '--benchmark', 'median', '--json'], f.io)).toBe(0);
    const json = JSON.parse(f.out()) as Json & { window: number };
    expect(json.period).toBe('2026-09');
    expect(json.window).toBe(1);
    expect(json.benchmark).toBe('median');
    const q = fakeIo();
    expect(await runDiagnose([SAMPLE, '--period', '2026-Q3', '--json'], q.io)).toBe(0);
    expect((JSON.parse(q.out()) as Json).period).toBe('2026-Q3');
  });

  it('prints a readable table without --json', async () => {
    const f = fakeIo();
    expect(await runDiagnose([SAMPLE], f.io)).toBe(0);
    const lines = f.out().split('\n');
    expect(lines[0]).toMatch(/^Rep\s+Verdict\s+Weak stage\s+Confidence\s+Attainment/);
    expect(lines.find((l) => l.startsWith('Jonas Berg'))).toMatch(/effort\s+prospecting\s+low.*!activity-collapse/);
    expect(f.out()).toMatch(/Period Oct 2026, trailing window of 3 \(Aug to Oct 2026\)/);
  });

  it('uses the team median when the file has no role column', async () => {
    const csv =
      'rep,period,revenue,meetings_held,opportunities_created,deals_won\nA,2026-10,50000,40,20,5\nB,2026-10,50000,40,20,5\nC,2026-10,20000,16,8,2\n';
    const f = fakeIo({ 'x.csv': csv });
    expect(await runDiagnose(['x.csv', '--json'], f.io)).toBe(0);
    const json = JSON.parse(f.out()) as Json;
    expect(json.benchmark).toBe('median');
    expect(json.reps.find((r) => r.rep === 'C')?.verdict).toBe('effort');
  });

  it.each([
    [[], /missing <file>/],
    [[SAMPLE, '--period', 'October'], /--period must look like/],
    [[SAMPLE, '--window', '0'], /--window must be a whole number/],
    [[SAMPLE, '--benchmark', 'best'], /--benchmark must be median, role or stored/],
    [[SAMPLE, '--frobnicate'], /unknown option/],
    [['missing.csv'], /cannot read "missing.csv": no such file/],
    [['empty.csv'], /empty/i],
    [[SAMPLE, '--period', '2026-W07'], /cannot be diagnosed by week/],
    // Nov 2025 – Oct 2026: Q4 2025 has two of its months, so it is no quarter to judge anyone on.
    [[SAMPLE, '--period', '2025-Q4'], /Q4 2025 is not a whole quarter of the monthly data: .* \(here Q1 to Q3 2026\)/],
  ] as const)('exits 2 with a one-line reason: %j', async (args, reason) => {
    const f = fakeIo({ 'empty.csv': '' });
    expect(await runDiagnose([...args], f.io)).toBe(2);
    expect(f.err()).toMatch(reason);
    expect(f.err().trim().split('\n')).toHaveLength(1);
    expect(f.out()).toBe('');
  });
});
