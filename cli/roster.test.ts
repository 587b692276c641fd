import { describe, expect, it } from 'vitest';
import { runDiagnose } from './diagnose';
import { runMetrics } from './metrics';
import { runPlan } from './plan';
import { runRoster } from './roster';
import { memoryIo } from './testing';

const TEAMS = 'tests/fixtures/crm-sales-opportunities/sales_teams.csv';
const SHEET =
  'Rep,Month,Calls,Opportunities,Deals won,Deals lost\n' +
  ['Ana', 'Bo', 'Cy']
    .flatMap((rep, i) => ['2017-04', '2017-05', '2017-06', '2017-07'].map((m) => `${rep},${m},${40 + i},${10 + i},${3 + i},${5 - i}`))
    .join('\n');
const FIRST = 'Rep,Team,Manager\nAna,West,Dustin\nBo,West,Dustin\nCy,East,Rosa\n';
const MOVED = 'Rep,Team,Manager\nAna,East,Rosa\nBo,West,Dustin\nCy,East,Rosa\n';

type RosterJson = {
  columns: Record<string, string>;
  reps: { name: string; manager: string | null; office: string | null }[];
  preview: { added: string[]; notInRoster: string[] };
};
type MetricsJson = { periods: { rep: string; period: string }[] };

describe('candor roster', () => {
  it('reads the public sales_teams.csv as a roster and lists data reps it does not name', async () => {
    const f = memoryIo({ 'sheet.csv': SHEET }, [TEAMS]);
    expect(await runRoster([TEAMS, 'sheet.csv', '--as-of', '2017-01-01', '--json'], f.io)).toBe(0);
    const json = JSON.parse(f.out()) as RosterJson;
    expect(json.columns).toEqual({ rep: 'sales_agent', manager: 'manager', office: 'regional_office' });
    expect(json.reps.find((r) => r.name === 'Moses Frase')).toMatchObject({ manager: 'Dustin Brinkmann', office: 'Central' });
    expect(json.preview.notInRoster).toEqual(['Ana', 'Bo', 'Cy']);
  });

  it('says in one line that a deals file is not a roster, and the metrics command says a roster is not metrics', async () => {
    const f = memoryIo({ 'deals.csv': 'Owner,Manager,Stage,Amount\nAna,Rosa,Won,10\n' });
    expect(await runRoster(['deals.csv'], f.io)).toBe(2);
    expect(f.err()).toBe(
      'candor roster: deals.csv: This is not a roster (one row per rep with their manager, team or office): it has columns a metric file holds (Stage, Amount).\n',
    );
    const g = memoryIo({}, [TEAMS]);
    expect(await runMetrics([TEAMS], g.io)).toBe(2);
    expect(g.err()).toMatch(/this is a roster .* read it with `candor roster`/);
  });
});

describe('--roster with --team, --manager, --office', () => {
  it('keeps only the periods in which a rep sat in the team', async () => {
    const f = memoryIo({ 'sheet.csv': SHEET, 'first.csv': FIRST, 'moved.csv': MOVED });
    expect(await runMetrics(['sheet.csv', '--roster', 'first.csv', '--team', 'West', '--json'], f.io)).toBe(0);
    const west = (JSON.parse(f.out()) as MetricsJson).periods.map((p) => `${p.rep} ${p.period}`);
    expect(west).toEqual(['Ana 2017-04', 'Ana 2017-05', 'Ana 2017-06', 'Ana 2017-07', 'Bo 2017-04', 'Bo 2017-05', 'Bo 2017-06', 'Bo 2017-07']);
  });

  it('reads a later roster from its date', async () => {
    const f = memoryIo({ 'sheet.csv': SHEET, 'moved.csv': MOVED });
    expect(await runMetrics(['sheet.csv', '--roster', 'moved.csv', '--as-of', '2017-06-01', '--manager', 'rosa', '--json'], f.io)).toBe(0);
    const rosa = (JSON.parse(f.out()) as MetricsJson).periods.map((p) => `${p.rep} ${p.period}`);
    // One roster, dated 1 June: with nothing known before, it holds from always.
    expect(rosa).toEqual(['Ana 2017-04', 'Ana 2017-05', 'Ana 2017-06', 'Ana 2017-07', 'Cy 2017-04', 'Cy 2017-05', 'Cy 2017-06', 'Cy 2017-07']);
  });

  it('diagnoses only the manager’s reps, and names the offices known when a filter matches nobody', async () => {
    const f = memoryIo({ 'sheet.csv': SHEET, 'first.csv': FIRST });
    expect(await runDiagnose(['sheet.csv', '--roster', 'first.csv', '--manager', 'Dustin', '--json'], f.io)).toBe(0);
    const reps = (JSON.parse(f.out()) as { reps: { rep: string }[] }).reps.map((r) => r.rep);
    expect(reps).toEqual(['Ana', 'Bo']);
    const g = memoryIo({ 'sheet.csv': SHEET, 'first.csv': FIRST });
    expect(await runDiagnose(['sheet.csv', '--roster', 'first.csv', '--team', 'North'], g.io)).toBe(2);
    expect(g.err()).toBe('candor diagnose: no rep of the data sat under that team in any period (teams known: East, West).\n');
  });

  it('drafts a plan only for a rep inside --only-manager (plan keeps --manager for the document)', async () => {
    const f = memoryIo({ 'sheet.csv': SHEET, 'first.csv': FIRST });
    expect(await runPlan(['sheet.csv', '--rep', 'Ana', '--roster', 'first.csv', '--only-manager', 'Rosa', '--json'], f.io)).toBe(2);
    expect(f.err()).toBe('candor plan: no rep called "Ana" in "sheet.csv" for Jul 2017. Reps: Cy.\n');
    const g = memoryIo({ 'sheet.csv': SHEET, 'first.csv': FIRST });
    expect(
      await runPlan(['sheet.csv', '--rep', 'Ana', '--roster', 'first.csv', '--only-manager', 'Dustin', '--manager', 'Sam Lee', '--json'], g.io),
    ).toBe(0);
    expect((JSON.parse(g.out()) as { snapshot: { repName: string } }).snapshot.repName).toBe('Ana');
  });
});
