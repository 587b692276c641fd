import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The real public CRM export that ships beside the project (../shared/data). */
export const PIPELINE_CSV = resolve(import.meta.dirname, '../../../shared/data/crm-sales-opportunities/sales_pipeline.csv');

export type RepMonth = { won: number; lost: number; revenue: number; winRate: number | null; cycleMedian: number | null };

/**
 * An independent, deliberately plain recomputation of per-rep, per-month figures straight from
 * the CSV (this file has no quoted fields), to check what the app shows against.
 */
export function expectedRepMonth(rep: string, month: string): RepMonth {
  const lines = readFileSync(PIPELINE_CSV, 'utf8').trim().split(/\r?\n/).slice(1);
  let won = 0;
  let lost = 0;
  let revenue = 0;
  const cycles: number[] = [];
  for (const line of lines) {
    const [, agent, , , stage, engage, close, value] = line.split(',');
    if (agent !== rep || !close || close.slice(0, 7) !== month) continue;
    if (stage === 'Won') {
      won += 1;
      revenue += Number(value);
      if (engage) cycles.push((Date.parse(close) - Date.parse(engage)) / 86_400_000);
    } else if (stage === 'Lost') lost += 1;
  }
  cycles.sort((a, b) => a - b);
  const mid = Math.floor(cycles.length / 2);
  const cycleMedian = cycles.length === 0 ? null : cycles.length % 2 ? cycles[mid]! : (cycles[mid - 1]! + cycles[mid]!) / 2;
  return { won, lost, revenue, winRate: won + lost ? won / (won + lost) : null, cycleMedian };
}
