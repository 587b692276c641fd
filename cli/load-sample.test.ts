// The command line's analysis stops at its sample rows (cli/load.ts), and the import reads the
// rest: a long export's report footer, far below the sample, is still counted and said.
import { describe, expect, it } from 'vitest';
import { ANALYSE_ROWS } from '../shared/domain/import/file-grid';
import { runMetrics } from './metrics';
import { memoryIo } from './testing';

describe('candor metrics on an export longer than the analysis sample', () => {
  it('reads every row and says the footer lines at its end', async () => {
    const rows = ANALYSE_ROWS + 500;
    const lines = ['Opportunity Owner,Stage,Amount,Close Date'];
    for (let i = 1; i <= rows; i++) lines.push(`${i % 2 === 0 ? 'Ana' : 'Ben'},${i % 4 === 0 ? 'Closed Lost' : 'Closed Won'},10,2026-01-15`);
    lines.push('Grand Total,,,', 'Confidential Information - Do Not Distribute', '');
    const f = memoryIo({ 'long.csv': lines.join('\n') });
    expect(await runMetrics(['long.csv'], f.io)).toBe(0);
    expect(f.out()).toContain('warning: Skipped 2 report footer lines (e.g. “Grand Total”).');
    const json = memoryIo({ 'long.csv': lines.join('\n') });
    expect(await runMetrics(['long.csv', '--json'], json.io)).toBe(0);
    const parsed = JSON.parse(json.out()) as { report: { rowsRead: number }; periods: { rep: string; dealsWon: number; dealsLost: number }[] };
    expect(parsed.report.rowsRead).toBe(rows);
    const ana = parsed.periods.find((p) => p.rep === 'Ana');
    // Ana has the even rows: half of them (every fourth row) lost, the others won.
    expect([ana?.dealsWon, ana?.dealsLost]).toEqual([rows / 2 - Math.floor(rows / 4), Math.floor(rows / 4)]);
  });
});
