// November and December 2026 for the sample team, written so that each kind of progress shows:
// Farid Haddad reaches his win-rate target, Dev Patel's calls and meetings held move half-way from
// his plan's baselines to its targets, Grace Kim does not move. The browser test of the follow-up
// and the app = CLI test build the same file from the same rows.
import { generateSampleCsv } from '@shared/domain/diagnosis/sample-team';

export type Row = Record<string, string>;
/** An action item's numbers as the plan holds them (a count, or a rate in percent as the planner shows it). */
export type PlanItem = { metric: string; baseline: number; target: number; deadline: string };

const LINES = generateSampleCsv().trim().split('\n');
export const COLS = (LINES[0] ?? '').split(',');
export const SAMPLE_ROWS: Row[] = LINES.slice(1).map((line) => Object.fromEntries(line.split(',').map((v, i) => [COLS[i], v])));

/** The measured window once November and December are in (December is the last whole month on 8 Jan 2027), and the plans' facts window. */
export const NOW_WINDOW = ['2026-10', '2026-11', '2026-12'];
export const START_WINDOW = ['2026-08', '2026-09', '2026-10'];

export function rowOf(rows: readonly Row[], rep: string, period: string): Row {
  const r = rows.find((x) => x.rep === rep && x.period === period);
  if (!r) throw new Error(`no ${rep} ${period} row`);
  return r;
}

export const sum = (rows: readonly Row[], rep: string, periods: readonly string[], col: string) =>
  periods.reduce((n, p) => n + Number(rowOf(rows, rep, p)[col]), 0);

/**
 * Everyone repeats October, except Farid (20 of 22 deals won each month), Dev (calls and meetings
 * held that bring October–December half-way from his items' baselines to their targets) and
 * Grace (August and September again, so October–December holds her baseline's very figures).
 */
export function nextMonths(dev: readonly PlanItem[]): Row[] {
  const out: Row[] = [];
  for (const oct of SAMPLE_ROWS.filter((r) => r.period === '2026-10')) {
    const nov: Row = { ...oct, period: '2026-11' };
    const dec: Row = { ...oct, period: '2026-12' };
    if (oct.rep === 'Farid Haddad')
      for (const m of [nov, dec]) Object.assign(m, { deals_won: '20', deals_lost: '2', revenue: '200000', avg_deal_size: '10000' });
    if (oct.rep === 'Grace Kim') {
      Object.assign(nov, { ...rowOf(SAMPLE_ROWS, 'Grace Kim', '2026-08'), period: '2026-11' });
      Object.assign(dec, { ...rowOf(SAMPLE_ROWS, 'Grace Kim', '2026-09'), period: '2026-12' });
    }
    if (oct.rep === 'Dev Patel')
      for (const item of dev) {
        const col = item.metric === 'calls' ? 'calls' : 'meetings_held';
        const twoMonths = Math.round(item.baseline + (item.target - item.baseline) / 2) - Number(oct[col]);
        nov[col] = String(Math.floor(twoMonths / 2));
        dec[col] = String(twoMonths - Math.floor(twoMonths / 2));
      }
    out.push(nov, dec);
  }
  return out;
}

export const toCsv = (rows: readonly Row[]) => [COLS.join(','), ...rows.map((r) => COLS.map((c) => r[c]).join(','))].join('\n') + '\n';
