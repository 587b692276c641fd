// The shipped sample team gives the intended verdicts with the default expectations.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RepPeriodRow } from '../import/contract';
import type { MetricKey } from '@shared/schemas/metrics';
import { emptyMetricValues } from '@shared/schemas/metrics';
import { DEFAULT_DIAGNOSIS_SETTINGS } from '@shared/schemas/settings';
import { generateSampleCsv } from './sample-team';
import { DEFAULT_ROLE_EXPECTATIONS } from './expectations';
import { diagnoseTeam, fromRepPeriodRows } from './diagnose';
import type { RepDiagnosis } from './types';

const FILE = resolve(import.meta.dirname, '../../../resources/sample/team-metrics.csv');
const COLUMNS: Record<string, MetricKey> = {
  quota: 'quota',
  revenue: 'revenueWon',
  calls: 'calls',
  emails: 'emails',
  meetings_booked: 'meetingsBooked',
  meetings_held: 'meetingsHeld',
  opportunities_created: 'opportunitiesCreated',
  deals_won: 'dealsWon',
  deals_lost: 'dealsLost',
  avg_deal_size: 'avgDealSize',
  cycle_days: 'cycleDaysMedian',
  pipeline: 'pipeline',
  complaints: 'complaints',
  csat: 'csat',
};

/** This known file has no quotes or embedded commas: header + comma split is enough. */
function readSample(text: string): RepPeriodRow[] {
  const [head = '', ...lines] = text.trim().split('\n');
  const headers = head.split(',');
  return lines.map((line) => {
    const cells = Object.fromEntries(line.split(',').map((c, i) => [headers[i] ?? '', c]));
    const values = emptyMetricValues();
    for (const [h, k] of Object.entries(COLUMNS)) values[k] = cells[h] === '' || cells[h] === undefined ? null : Number(cells[h]);
    return {
      rep: cells.rep ?? '',
      role: cells.role ?? null,
      startDate: cells.start_date ?? null,
      period: cells.period ?? '',
      periodKind: 'month',
      values,
    };
  });
}

const text = readFileSync(FILE, 'utf8');
const { reps, periods } = fromRepPeriodRows(readSample(text));
const team = diagnoseTeam({ reps, periods, expectations: [...DEFAULT_ROLE_EXPECTATIONS], settings: DEFAULT_DIAGNOSIS_SETTINGS, overrides: [] });
const byName = (name: string) => team.reps.find((r) => r.name === name) as RepDiagnosis;

describe('sample team (resources/sample/team-metrics.csv)', () => {
  it('is what the generator produces: 10 AE reps × 12 months ending 2026-10 (the new hire from August)', () => {
    expect(text).toBe(generateSampleCsv());
    expect(reps).toHaveLength(10);
    expect(periods).toHaveLength(9 * 12 + 3);
    expect(team.period).toBe('2026-10');
    expect(team.windowPeriods).toEqual(['2026-08', '2026-09', '2026-10']);
  });

  it.each([
    ['Ana Ortiz', 'on-track', null],
    ['Ben Carter', 'on-track', null],
    ['Chloe Nguyen', 'skill', 'deal-size'],
    ['Dev Patel', 'effort', 'prospecting'],
    ['Elena Rossi', 'effort', 'prospecting'],
    ['Farid Haddad', 'skill', 'opportunity-to-win'],
    ['Grace Kim', 'skill', 'meeting-to-opportunity'],
    ['Hugo Silva', 'mixed', 'opportunity-to-win'],
    ['Iris Novak', 'on-track', null],
    ['Jonas Berg', 'effort', 'prospecting'],
  ] as const)('%s: %s (%s) over the trailing window and in the last period', (name, verdict, stage) => {
    const r = byName(name);
    expect([r.verdict, r.weakStage]).toEqual([verdict, stage]);
    expect([r.current.verdict, r.current.weakStage]).toEqual([verdict, stage]);
    expect(r.window.evidence.length).toBeGreaterThan(3);
  });

  it('shows the intended signs: falling activity, a complaint, the new hire in ramp, the obstacle-like collapse', () => {
    const ids = (name: string) => byName(name).warnings.map((w) => w.id);
    expect(ids('Elena Rossi')).toContain('activity-drop');
    expect(ids('Dev Patel')).not.toContain('activity-drop');
    expect(ids('Ben Carter')).toEqual(['complaints']);
    expect(byName('Iris Novak').ramp).toEqual({ inRamp: true, tenureMonth: 3, rampShare: 0.75 });
    expect(ids('Iris Novak')).toEqual([]);
    const jonas = byName('Jonas Berg');
    expect(ids('Jonas Berg')).toContain('activity-collapse');
    expect(jonas.checkSystemFirst).toBe(true);
    expect(jonas.confidence).toBe('low');
    for (const name of ['Ana Ortiz', 'Chloe Nguyen', 'Dev Patel', 'Farid Haddad', 'Grace Kim', 'Hugo Silva'])
      expect(byName(name).checkSystemFirst).toBe(false);
    for (const name of ['Chloe Nguyen', 'Dev Patel', 'Elena Rossi', 'Farid Haddad', 'Grace Kim', 'Hugo Silva'])
      expect(ids(name)).toContain('missed-periods');
  });
});
