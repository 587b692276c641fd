// Hostile values that once went into the store without a word: each is now a row error, a
// question or a reported change, and what the file does say is still imported.
import { describe, expect, it } from 'vitest';
import type { ImportSettings } from './engine';
import { importFile } from './file';

const enc = (s: string) => new TextEncoder().encode(s);
const SHEET: ImportSettings = {
  kind: 'period-sheet',
  mapping: { rep: 'Rep', period: 'Period', quota: 'Quota', revenueWon: 'Revenue', pipeline: 'Pipeline', calls: 'Calls' },
};
const DEALS: ImportSettings = {
  kind: 'deals',
  mapping: { rep: 'Owner', stage: 'Stage', amount: 'Amount', createdDate: 'Created', closeDate: 'Closed' },
  stageMap: { Won: 'won', Lost: 'lost', Open: 'open' },
};

async function csv(text: string, settings: ImportSettings) {
  const r = await importFile(enc(text), 'f.csv', { ...settings, delimiter: ',' });
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

describe('negative money', () => {
  it('negative won revenue, quota or pipeline in a sheet is left out with a reason; the rest of the row stays', async () => {
    const out = await csv('Rep,Period,Quota,Revenue,Pipeline,Calls\nAna,2026-01,2000,-1600,5000,40\nAna,2026-02,-2000,1800,-5,42\n', SHEET);
    const jan = out.periods.find((p) => p.period === '2026-01')?.values;
    const feb = out.periods.find((p) => p.period === '2026-02')?.values;
    expect(jan).toMatchObject({ quota: 2000, revenueWon: null, pipeline: 5000, calls: 40 });
    expect(feb).toMatchObject({ quota: null, revenueWon: 1800, pipeline: null, calls: 42 });
    const errs = out.report.errors.map((e) => [e.row, e.column, e.value, e.effect]);
    expect(errs).toEqual([
      [2, 'Revenue', '-1600', 'value'],
      [3, 'Quota', '-2000', 'value'],
      [3, 'Pipeline', '-5', 'value'],
    ]);
    expect(out.report.errors[0]?.reason).toMatch(/cannot be negative/);
    expect(out.report.rowsAccepted).toBe(2);
  });

  it('a negative deal amount counts the deal but not the amount, and says so', async () => {
    const out = await csv(
      'Owner,Stage,Amount,Created,Closed\nAna,Won,-800,2026-01-02,2026-01-20\nAna,Won,"(1,000)",2026-01-02,2026-01-21\nAna,Won,500,2026-01-03,2026-01-22\n',
      DEALS,
    );
    const jan = out.periods.find((p) => p.period === '2026-01')?.values;
    expect(jan?.dealsWon).toBe(3);
    expect(jan?.revenueWon).toBe(500);
    expect(out.report.errors.map((e) => [e.row, e.value, e.effect])).toEqual([
      [2, '-800', 'value'],
      [3, '(1,000)', 'value'],
    ]);
    expect(out.report.errors.every((e) => /amount cannot be negative/.test(e.reason))).toBe(true);
  });
});
