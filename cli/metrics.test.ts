import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { METRIC_KEYS } from '../shared/schemas/metrics';
import { runMetrics } from './metrics';
import { memoryIo } from './testing';

const fakeIo = (files: Record<string, Uint8Array | string>) => memoryIo(files);

type Json = {
  periods: Record<string, unknown>[];
  report: { rowsRead: number; rowsAccepted: number; rowsRejected: number; errors: { row: number; column: string; value: string; reason: string }[] };
};

const DEALS =
  'Opportunity Owner,Stage,Amount,Created Date,Close Date\nAna,Closed Won,100,2026-01-02,2026-01-20\nAna,Closed Lost,50,2026-01-03,2026-01-21\nBen,Closed Won,oops,2026-01-03,2026-02-21\n,Closed Won,5,2026-01-03,2026-02-21\n';

const ACTIVITIES =
  'Activity assigned to,Activity type,Activity date\nana ,Call,2026-01-05\nAna,Call,2026-01-06\nAna,Meeting,2026-01-07\nBen,Email,2026-02-01\n';

describe('candor metrics', () => {
  it('merges several files as the app merges successive imports: reps by name, metric by metric', async () => {
    const f = fakeIo({ 'd.csv': DEALS, 'a.csv': ACTIVITIES });
    expect(await runMetrics(['d.csv', 'a.csv', '--json'], f.io)).toBe(0);
    const json = JSON.parse(f.out()) as Json & { files: { file: string; kind: string; report: { rowsRead: number } }[] };
    expect(json.files.map((x) => [x.file, x.kind, x.report.rowsRead])).toEqual([
      ['d.csv', 'deals', 4],
      ['a.csv', 'activities', 4],
    ]);
    const ana = json.periods.filter((p) => p['rep'] === 'Ana');
    // "ana " and "Ana" are one rep; the deals' counts and the activities' counts sit in one row.
    expect(ana).toHaveLength(1);
    expect(ana[0]).toMatchObject({ period: '2026-01', dealsWon: 1, dealsLost: 1, calls: 2, meetingsHeld: 1 });
    const ben = json.periods.find((p) => p['rep'] === 'Ben' && p['period'] === '2026-02');
    expect(ben).toMatchObject({ emails: 1 });
  });

  it('prints every metric per rep-period as JSON, null for unknown, with a row-level report', async () => {
    const f = fakeIo({ 'd.csv': DEALS });
    expect(await runMetrics(['d.csv', '--json'], f.io)).toBe(0);
    const json = JSON.parse(f.out()) as Json;
    const ana = json.periods.find((p) => p['rep'] === 'Ana' && p['period'] === '2026-01');
    expect(Object.keys(ana ?? {})).toEqual(['rep', 'period', ...METRIC_KEYS]);
    expect(ana).toMatchObject({ dealsWon: 1, dealsLost: 1, revenueWon: 100, winRate: 0.5, calls: null, quota: null });
    expect(json.report).toMatchObject({ rowsRead: 4, rowsAccepted: 3, rowsRejected: 1 });
    expect(json.report.errors.map((e) => [e.row, e.column, e.value])).toEqual([
      [4, 'Amount', 'oops'],
      [5, 'Opportunity Owner', ''],
    ]);
  });

  it('groups by week or quarter', async () => {
    const f = fakeIo({ 'd.csv': DEALS });
    expect(await runMetrics(['d.csv', '--period', 'quarter', '--json'], f.io)).toBe(0);
    const json = JSON.parse(f.out()) as Json;
    expect(json.periods.map((p) => `${String(p['rep'])} ${String(p['period'])}`)).toEqual(['Ana 2026-Q1', 'Ben 2026-Q1']);
  });

  it('prints a readable table without --json', async () => {
    const f = fakeIo({ 'd.csv': DEALS });
    expect(await runMetrics(['d.csv'], f.io)).toBe(0);
    expect(f.out()).toMatch(/^Rep\s+Period\s+Won revenue/);
    expect(f.out()).toContain('3 accepted, 1 rejected');
    expect(f.out()).toContain('row 5');
  });

  it.each([
    [[], 'missing <file>'],
    [['a.csv', '--period', 'year'], '--period must be'],
    [['a.csv', '--nope'], 'unknown option'],
    [['missing.csv'], 'no such file'],
    [['empty.csv'], 'file-empty'],
    [['bin.csv'], 'file-binary'],
    [['one.csv'], 'mapping-incomplete'],
  ])('exits 2 with a one-line reason for %j', async (args, reason) => {
    const f = fakeIo({ 'empty.csv': '', 'bin.csv': new Uint8Array([0, 1, 2, 3, 0, 0, 5, 6, 7, 0]), 'one.csv': 'Name\nAna\n' });
    expect(await runMetrics(args, f.io)).toBe(2);
    expect(f.err()).toContain(reason);
    expect(f.err().trim().split('\n')).toHaveLength(1);
    expect(f.err()).not.toMatch(/\bat .*\.ts:\d+/);
    expect(f.out()).toBe('');
  });

  it('prints the sanity checks of a file that does not look like a team, in text and JSON', async () => {
    const numbered =
      'Opportunity Owner,Stage,Amount,Created Date,Close Date\n100,Closed Won,5,2026-01-01,2026-01-02\n10083,Closed Lost,5,2026-01-01,2026-01-03\n2044,Closed Won,7,2026-01-01,2026-02-02\n';
    const text = fakeIo({ 'n.csv': numbered });
    expect(await runMetrics(['n.csv'], text.io)).toBe(0);
    expect(text.out()).toMatch(/check: 3 of the 3 rep names are numbers/);
    const json = fakeIo({ 'n.csv': numbered });
    expect(await runMetrics(['n.csv', '--json'], json.io)).toBe(0);
    const parsed = JSON.parse(json.out()) as { report: { checks: { id: string; message: string }[] } };
    expect(parsed.report.checks.map((c) => c.id)).toContain('rep-names-are-numbers');
  });

  const REAL = resolve(import.meta.dirname, '../tests/fixtures/crm-sales-opportunities/sales_pipeline.csv');
  it('matches an independent count on the real 8,800-deal export', async () => {
    const f = fakeIo({ [REAL]: new Uint8Array(readFileSync(REAL)) });
    expect(await runMetrics([REAL, '--json'], f.io)).toBe(0);
    const json = JSON.parse(f.out()) as Json;
    expect(json.report).toMatchObject({ rowsRead: 8800, rowsAccepted: 8800, rowsRejected: 0 });
    expect(new Set(json.periods.map((p) => p['rep'])).size).toBe(30);

    // Independent recount straight from the text (the file has no quoted fields).
    const lines = readFileSync(REAL, 'utf8')
      .trim()
      .split(/\r?\n/)
      .slice(1)
      .map((l) => l.split(','));
    const expectFor = (rep: string, month: string) => {
      const closed = lines.filter((c) => c[1] === rep && (c[6] ?? '').startsWith(month));
      const won = closed.filter((c) => c[4] === 'Won');
      return {
        dealsWon: won.length,
        dealsLost: closed.filter((c) => c[4] === 'Lost').length,
        revenueWon: won.reduce((s, c) => s + Number(c[7]), 0),
        opportunitiesCreated: lines.filter((c) => c[1] === rep && (c[5] ?? '').startsWith(month)).length,
      };
    };
    for (const [rep, month] of [
      ['Darcel Schlecht', '2017-03'],
      ['Moses Frase', '2017-06'],
      ['Anna Snelling', '2017-09'],
    ] as const) {
      const row = json.periods.find((p) => p['rep'] === rep && p['period'] === month);
      expect(row, `${rep} ${month}`).toMatchObject(expectFor(rep, month));
    }
    // Hand-checked with awk: Darcel Schlecht, March 2017 → 44 won, 13 lost, 112,255 won, 52 engaged.
    expect(json.periods.find((p) => p['rep'] === 'Darcel Schlecht' && p['period'] === '2017-03')).toMatchObject({
      dealsWon: 44,
      dealsLost: 13,
      revenueWon: 112255,
      opportunitiesCreated: 52,
    });
  });
});
