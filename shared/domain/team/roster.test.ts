import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeXlsx } from '@tests/fixtures/import/zip';
import { proposeMapping } from '../import/mapping';
import { readTableRows } from '../import/file';
import { detectRoster, firstDayOf, inScope, readRoster, planRoster, applyEntry, placementAt, SINCE_ALWAYS } from './index';
import { repSchema, type Rep } from '@shared/schemas/rep';

const enc = (s: string) => new TextEncoder().encode(s);
const TEAMS = readFileSync('tests/fixtures/crm-sales-opportunities/sales_teams.csv');
const PIPELINE_HEAD = 'opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value';

async function rosterOf(bytes: Uint8Array, name: string, asOf = '2017-01-01') {
  const t = await readTableRows(bytes, name);
  if (!t.ok) throw new Error(t.error.message);
  const d = detectRoster(t.value.headers);
  if (!d.roster) throw new Error(d.why);
  return { mapping: d.mapping, read: readRoster(t.value.headers, t.value.rows, d.mapping, { asOf }) };
}

const AT = '2026-01-01T00:00:00.000Z';
const NOTHING_KNOWN = { role: 'AE', startDate: null, email: null, targetOverrides: null, createdByImportId: null, createdAt: AT, updatedAt: AT };
/** A stored rep with nothing known beyond the name. */
const rep = (name: string): Rep => repSchema.parse({ ...NOTHING_KNOWN, id: `id-${name}`, name, nameKey: name.toLowerCase() });

describe('recognising a roster', () => {
  it('reads the public sales_teams.csv: 35 agents, each with the manager and office the file gives', async () => {
    const { mapping, read } = await rosterOf(TEAMS, 'sales_teams.csv');
    expect(mapping).toEqual({ rep: 'sales_agent', manager: 'manager', office: 'regional_office' });
    const text = new TextDecoder().decode(TEAMS).trim().split(/\r?\n/).slice(1);
    expect(read.entries).toHaveLength(text.length);
    const [name, manager, office] = (text[0] ?? '').split(',');
    expect(read.entries[0]).toMatchObject({ name, manager, office, team: null });
    expect(read.issues).toEqual([]);
  });

  it('reads a Salesforce user export: role from UserRole.Name, team from Department, an inactive user left on the roster date', async () => {
    const csv = [
      'Full Name,Email,Manager,UserRole.Name,Department,Division,IsActive,StartDate',
      'Ana Ruiz,ana@example.com,Rosa Li,Account Executive - East,East AEs,EMEA,true,2025-03-03',
      'Tom Berg,tom@example.com,Rosa Li,Sales Development Rep,East SDRs,EMEA,false,2024-01-15',
    ].join('\n');
    const { mapping, read } = await rosterOf(enc(csv), 'users.csv', '2026-06-01');
    expect(mapping).toMatchObject({
      rep: 'Full Name',
      manager: 'Manager',
      role: 'UserRole.Name',
      team: 'Department',
      office: 'Division',
      active: 'IsActive',
      startDate: 'StartDate',
      email: 'Email',
    });
    expect(read.entries).toEqual([
      {
        row: 2,
        name: 'Ana Ruiz',
        manager: 'Rosa Li',
        team: 'East AEs',
        office: 'EMEA',
        role: 'AE',
        startDate: '2025-03-03',
        email: 'ana@example.com',
        leftDate: null,
      },
      {
        row: 3,
        name: 'Tom Berg',
        manager: 'Rosa Li',
        team: 'East SDRs',
        office: 'EMEA',
        role: 'SDR',
        startDate: '2024-01-15',
        email: 'tom@example.com',
        leftDate: '2026-06-01',
      },
    ]);
  });

  it('reads a hand-made XLSX sheet with a leaving date', async () => {
    const xlsx = makeXlsx([
      {
        name: 'Team',
        rows: [
          ['Rep', 'Team', 'Region', 'Start date', 'Left'],
          ['Kim Ode', 'North', 'Oslo', '2024-02-01', '2026-05-01'],
          ['Lu Pan', 'North', 'Oslo', '', ''],
        ],
      },
    ]);
    const { mapping, read } = await rosterOf(xlsx, 'team.xlsx');
    expect(mapping).toEqual({ rep: 'Rep', team: 'Team', office: 'Region', startDate: 'Start date', leftDate: 'Left' });
    expect(read.entries.map((e) => [e.name, e.team, e.office, e.startDate, e.leftDate])).toEqual([
      ['Kim Ode', 'North', 'Oslo', '2024-02-01', '2026-05-01'],
      ['Lu Pan', 'North', 'Oslo', null, null],
    ]);
  });

  it('never takes a metric file for a roster, nor a roster for a complete metric file', async () => {
    expect(detectRoster(PIPELINE_HEAD.split(',')).roster).toBe(false);
    expect(detectRoster(['Rep', 'Manager', 'Month', 'Calls', 'Revenue']).roster).toBe(false);
    expect(detectRoster(['Owner', 'Manager', 'Stage', 'Amount']).roster).toBe(false);
    const teams = new TextDecoder().decode(TEAMS).split(/\r?\n/)[0]?.split(',') ?? [];
    expect(proposeMapping(teams).missing.length).toBeGreaterThan(0);
    expect(detectRoster(teams).roster).toBe(true);
  });

  it('says plainly when rep names are numbers, and lists a rep named twice', async () => {
    const { read } = await rosterOf(enc('Employee,Manager\n1001,Rosa\n1002,Rosa\n1002,Tom\n'), 'ids.csv');
    expect(read.checks.map((c) => c.id)).toEqual(['rep-names-are-numbers']);
    expect(read.issues).toEqual([{ row: 4, column: 'Employee', value: '1002', reason: 'the same rep as row 3: row left out' }]);
  });

  it('never throws on any cell text, and keeps one entry per distinct name', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.string(), fc.string()), { maxLength: 30 }), (rows) => {
        const read = readRoster(
          ['Rep', 'Manager', 'Start date'],
          rows.map((cells, i) => ({ cells, row: i + 2 })),
          { rep: 'Rep', manager: 'Manager', startDate: 'Start date' },
          { asOf: '2026-01-01' },
        );
        const keys = read.entries.map((e) => e.name.toLowerCase().replace(/\s+/g, ' '));
        expect(new Set(keys).size).toBe(keys.length);
        expect(read.entries.length + read.issues.filter((i) => /row left out/.test(i.reason)).length).toBe(rows.length);
      }),
    );
  });
});

describe('a later roster', () => {
  const given = new Set(['rep', 'manager', 'team', 'office'] as const);
  const entry = {
    row: 2,
    name: 'Ana Ruiz',
    manager: 'Rosa',
    team: 'East',
    office: 'Central',
    role: null,
    startDate: null,
    email: null,
    leftDate: null,
  };

  it('places a rep with no history since always, then adds a placement from its own date and keeps the old one', () => {
    const first = applyEntry(rep('Ana Ruiz'), { ...entry, team: 'West', manager: 'Dustin' }, given, '2017-01-01', 'T1');
    expect(first.placements).toEqual([{ from: SINCE_ALWAYS, team: 'West', manager: 'Dustin', office: 'Central' }]);
    const moved = applyEntry(first, entry, given, '2017-06-01', 'T2');
    expect(placementAt(moved, '2017-05-31')).toEqual({ team: 'West', manager: 'Dustin', office: 'Central' });
    expect(placementAt(moved, '2017-06-01')).toEqual({ team: 'East', manager: 'Rosa', office: 'Central' });
    expect(applyEntry(moved, entry, given, '2017-06-01', 'T3')).toBe(moved);
  });

  it('previews new reps, changed managers and teams, leavers and reps not in the roster', () => {
    const ana = applyEntry(rep('Ana Ruiz'), { ...entry, team: 'West', manager: 'Dustin' }, given, '2017-01-01', 'T1');
    const plan = planRoster([ana, rep('Bo Chen')], [entry, { ...entry, row: 3, name: 'Cy Dunn', leftDate: null }], given, '2017-06-01');
    expect(plan.added.map((e) => e.name)).toEqual(['Cy Dunn']);
    expect(plan.changed).toEqual([
      {
        repId: ana.id,
        name: 'Ana Ruiz',
        changes: [
          { field: 'manager', from: 'Dustin', to: 'Rosa' },
          { field: 'team', from: 'West', to: 'East' },
        ],
      },
    ]);
    expect(plan.notInRoster.map((r) => r.name)).toEqual(['Bo Chen']);
    const leaving = planRoster([ana], [{ ...entry, team: 'West', manager: 'Dustin', leftDate: '2017-07-01' }], given, '2017-06-01');
    expect(leaving.leaving).toEqual([{ repId: ana.id, name: 'Ana Ruiz', leftDate: '2017-07-01' }]);
  });
});

describe('a team filter', () => {
  const moved = {
    placements: [
      { from: SINCE_ALWAYS, team: 'West', manager: 'Dustin', office: 'Central' },
      { from: '2017-06-15', team: 'East', manager: 'Rosa', office: 'Central' },
    ],
  };
  it('counts a rep with the team they sat in on the last day of each period', () => {
    expect(['2017-05', '2017-06', '2017-Q2', '2017-Q3'].map((p) => inScope(moved, p, { team: 'west' }))).toEqual([true, false, false, false]);
    expect(['2017-05', '2017-06', '2017-Q2'].map((p) => inScope(moved, p, { manager: 'Rosa', office: 'central' }))).toEqual([false, true, true]);
    expect(inScope({}, '2017-05', { office: 'Central' })).toBe(false);
    expect(inScope({}, '2017-05', {})).toBe(true);
  });
});

describe('the first day of a period', () => {
  it('is the month’s first, the quarter’s first month, or the ISO week’s Monday', () => {
    expect(['2017-06', '2017-Q3', '2017-W01', '2020-W53', 'nonsense'].map(firstDayOf)).toEqual([
      '2017-06-01',
      '2017-07-01',
      '2017-01-02',
      '2020-12-28',
      null,
    ]);
  });
});
