import { describe, expect, it } from 'vitest';
import type { Cell } from './values';
import { runImport } from './file';
import type { ImportSettings } from './engine';

const DEALS: ImportSettings = {
  kind: 'deals',
  mapping: { rep: 'Owner', stage: 'Stage', amount: 'Amount', createdDate: 'Created', closeDate: 'Closed' },
};
const grid = (...rows: Cell[][]) => [['Owner', 'Stage', 'Amount', 'Created', 'Closed'], ...rows];

function run(rows: Cell[][], settings: ImportSettings = DEALS) {
  const r = runImport(rows, settings);
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
}
const at = (out: ReturnType<typeof run>, rep: string, period: string) => out.periods.find((p) => p.rep === rep && p.period === period)?.values;

describe('deal aggregation', () => {
  it('counts won/lost by close period, revenue, win rate, average and median cycle', () => {
    const out = run(
      grid(
        ['Ana', 'Won', 100, '2026-01-01', '2026-02-01'],
        ['Ana', 'Won', 300, '2026-01-10', '2026-02-20'],
        ['Ana', 'Lost', 50, '2026-01-05', '2026-02-03'],
        ['Ana', 'Won', 200, '2026-02-01', '2026-02-06'],
      ),
    );
    expect(at(out, 'Ana', '2026-02')).toMatchObject({
      dealsWon: 3,
      dealsLost: 1,
      revenueWon: 600,
      winRate: 0.75,
      avgDealSize: 200,
      cycleDaysMedian: 31,
      opportunitiesCreated: 1,
    });
    expect(at(out, 'Ana', '2026-01')).toMatchObject({ dealsWon: 0, dealsLost: 0, winRate: null, revenueWon: 0, opportunitiesCreated: 3 });
  });
  it('matches reps case- and space-insensitively and keeps the first spelling', () => {
    const out = run(grid(['Ana  Silva', 'Won', 1, '2026-01-01', '2026-01-02'], [' ana silva ', 'Won', 1, '2026-01-01', '2026-01-03']));
    expect(out.periods.map((p) => p.rep)).toEqual(['Ana Silva']);
    expect(out.periods[0]?.values.dealsWon).toBe(2);
  });
  it('leaves metrics the file does not carry null, never 0', () => {
    const out = run(
      [
        ['Owner', 'Stage', 'Closed'],
        ['Ana', 'Won', '2026-01-02'],
      ],
      { kind: 'deals', mapping: { rep: 'Owner', stage: 'Stage', closeDate: 'Closed' } },
    );
    expect(at(out, 'Ana', '2026-01')).toMatchObject({
      dealsWon: 1,
      revenueWon: null,
      avgDealSize: null,
      pipeline: null,
      opportunitiesCreated: null,
      cycleDaysMedian: null,
      calls: null,
      quota: null,
    });
  });
  it('sums pipeline of open deals created up to each period; unknown amounts are not 0', () => {
    const out = run(
      grid(
        ['Ana', 'Won', 10, '2026-01-01', '2026-01-05'],
        ['Ana', 'Open', 500, '2026-01-10', ''],
        ['Ana', 'Open', 700, '2026-02-10', ''],
        ['Ben', 'Open', '', '2026-01-10', ''],
      ),
    );
    expect(at(out, 'Ana', '2026-01')?.pipeline).toBe(500);
    expect(at(out, 'Ana', '2026-02')?.pipeline).toBe(1200);
    expect(at(out, 'Ben', '2026-01')?.pipeline).toBeNull();
  });
  it('groups by ISO week and quarter on request', () => {
    const rows = grid(['Ana', 'Won', 1, '2026-01-01', '2026-02-09'], ['Ana', 'Won', 1, '2026-01-01', '2026-02-15']);
    expect(
      run(rows, { ...DEALS, periodKind: 'week' })
        .periods.filter((p) => p.values.dealsWon)
        .map((p) => p.period),
    ).toEqual(['2026-W07']);
    expect(at(run(rows, { ...DEALS, periodKind: 'quarter' }), 'Ana', '2026-Q1')?.dealsWon).toBe(2);
  });
  it('says what each problem does to its row: left out, imported without the value, or imported as cleaned', () => {
    const out = run(
      grid(
        ['Ana', 'Won', 1, '2026-01-01', ''],
        ['Ana', 'Won', '9'.repeat(40), '2026-01-01', '2026-01-02'],
        ['Bo\u202e', 'Won', 5, '2026-01-01', '2026-01-02'],
        ['Ana', 'Won', 3, '2026-01-01', '2026-01-02'],
      ),
    );
    expect(out.report).toMatchObject({ rowsRead: 4, rowsAccepted: 3, rowsRejected: 1 });
    expect(out.report.errors.map((e) => [e.row, e.column, e.severity, e.effect])).toEqual([
      [2, 'Closed', 'error', 'row'],
      [3, 'Amount', 'error', 'value'],
      [4, 'Owner', 'warning', 'none'],
    ]);
    // Every row left out is counted as rejected, and only those.
    expect(out.report.errors.filter((e) => e.effect === 'row')).toHaveLength(out.report.rowsRejected);
  });
  it('rejects won deals without a close date and rows without a rep, with row numbers', () => {
    const out = run(
      grid(['Ana', 'Won', 1, '2026-01-01', ''], ['', 'Won', 1, '2026-01-01', '2026-01-02'], ['Ana', 'Won', 1, '2026-01-01', '2026-01-02']),
    );
    expect(out.report).toMatchObject({ rowsRead: 3, rowsAccepted: 1, rowsRejected: 2 });
    expect(out.report.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'Closed'],
      [3, 'Owner'],
    ]);
  });
  it('applies a user stage map over the proposal', () => {
    const out = run(grid(['Ana', 'Verbal yes', 5, '2026-01-01', '2026-01-09']), { ...DEALS, stageMap: { 'Verbal yes': 'won' } });
    expect(at(out, 'Ana', '2026-01')?.dealsWon).toBe(1);
  });
  it('uses a column format the user set for an ambiguous column', () => {
    const rows = grid(['Ana', 'Won', '1,234', '2026-01-01', '2026-01-09']);
    expect(at(run(rows), 'Ana', '2026-01')?.revenueWon).toBe(1234);
    expect(at(run(rows, { ...DEALS, columnFormats: { Amount: { number: 'eu' } } }), 'Ana', '2026-01')?.revenueWon).toBeCloseTo(1.234);
  });
});

describe('activities and period sheets', () => {
  it('counts activities by type; types absent from the file stay null', () => {
    const out = run(
      [
        ['Owner', 'Type', 'Date'],
        ['Ana', 'Call', '2026-01-02'],
        ['Ana', 'Call', '2026-01-03'],
        ['Ana', 'Email', '2026-01-03'],
        ['Ben', 'Email', '2026-01-04'],
      ],
      { kind: 'activities', mapping: { rep: 'Owner', activityType: 'Type', activityDate: 'Date' } },
    );
    expect(at(out, 'Ana', '2026-01')).toMatchObject({ calls: 2, emails: 1, meetingsHeld: null });
    expect(at(out, 'Ben', '2026-01')).toMatchObject({ calls: 0, emails: 1 });
  });
  it('keeps the first of two rows for the same rep and period and reports the second', () => {
    const out = run(
      [
        ['Rep', 'Period', 'Calls'],
        ['Ana', '2026-01', 5],
        ['ANA', 'Jan 2026', 6],
      ],
      { kind: 'period-sheet', mapping: { rep: 'Rep', period: 'Period', calls: 'Calls' } },
    );
    expect(out.periods).toHaveLength(1);
    expect(out.periods[0]?.values.calls).toBe(5);
    expect(out.report.errors[0]).toMatchObject({ row: 3, column: 'Period', severity: 'error' });
  });
  it('reads win rates given as percent numbers when the column is on that scale', () => {
    const out = run(
      [
        ['Rep', 'Period', 'Win Rate'],
        ['Ana', '2026-01', 45],
        ['Ben', '2026-01', 60],
      ],
      { kind: 'period-sheet', mapping: { rep: 'Rep', period: 'Period', winRate: 'Win Rate' } },
    );
    expect(at(out, 'Ana', '2026-01')?.winRate).toBeCloseTo(0.45);
  });
  it('refuses a mapping that names a column the file does not have', () => {
    const r = runImport(
      [
        ['Rep', 'Period'],
        ['A', '2026-01'],
      ],
      { kind: 'period-sheet', mapping: { rep: 'Rep', period: 'Month' } },
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'mapping-unknown-header' } });
  });
});
