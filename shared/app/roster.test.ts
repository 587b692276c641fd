import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placementAt } from '../domain/team/placement';
import { withoutStamp } from '../domain/replication';
import { sequentialIds, type Clock } from '../lib/ids';
import { emptyMetricValues, type Rep } from '../schemas';
import { commitImport } from './imports';
import { memoryStore } from './memory-store';
import { editReps, markLeft, mergeReps } from './rep-edits';
import { listRepChanges, undoRepChange } from './rep-changes';
import { applyRoster, previewRoster, readRosterFile } from './roster';
import { diagnoseTeam } from '../domain/diagnosis/index';
import { loadDiagnosisData, ROLE_DEFAULTS } from './diagnosis';
import type { Store } from './store';

/** A clock one second later at every call: each change is later than the one before. */
function ticking(): Clock {
  let t = Date.parse('2026-11-02T10:00:00.000Z');
  return () => new Date((t += 1000));
}
const deps = () => ({ ids: sequentialIds('r'), clock: ticking() });
const enc = (s: string) => new TextEncoder().encode(s);
const TEAMS = readFileSync('tests/fixtures/crm-sales-opportunities/sales_teams.csv');

async function roster(store: Store, text: string | Uint8Array, asOf: string, d = deps()) {
  const file = await readRosterFile(typeof text === 'string' ? enc(text) : text, 'roster.csv', asOf);
  if (typeof file === 'string') throw new Error(file);
  return applyRoster(store, { fileName: 'roster.csv', asOf, mapping: file.mapping, read: file.read, newRepRole: 'AE' }, d);
}

const byName = async (store: Store, name: string): Promise<Rep> => {
  const r = (await store.table('reps').all()).find((x) => x.name === name);
  if (!r) throw new Error(`no rep ${name}`);
  return r;
};

async function importMonths(store: Store, rep: string, months: string[], d = deps()) {
  await commitImport(
    store,
    {
      file: { name: `${rep}.csv`, sha256: 'a'.repeat(64), size: 1, sheetName: null },
      kind: 'period-sheet',
      periodKind: 'month',
      mapping: { rep: 'Rep' },
      stageMap: {},
      headerSignature: 'rep',
      report: { rowsRead: months.length, rowsAccepted: months.length, rowsRejected: 0 },
      periods: months.map((period) => ({
        rep,
        role: null,
        startDate: null,
        period,
        periodKind: 'month',
        values: { ...emptyMetricValues(), calls: 10 },
      })),
      newRepRole: 'AE',
    },
    d,
  );
}

describe('applying a roster', () => {
  it('creates the public roster’s agents with their managers and offices, and undo removes exactly them', async () => {
    const store = memoryStore();
    const d = deps();
    await importMonths(store, 'Anna Snelling', ['2017-03'], d);
    const { plan } = await roster(store, TEAMS, '2017-01-01', d);
    const lines = new TextDecoder().decode(TEAMS).trim().split(/\r?\n/).slice(1);
    expect(plan.added).toHaveLength(lines.length - 1);
    expect(plan.changed.map((c) => c.name)).toEqual(['Anna Snelling']);
    const anna = await byName(store, 'Anna Snelling');
    expect(placementAt(anna, '2017-03-31')).toEqual({ team: null, manager: 'Dustin Brinkmann', office: 'Central' });
    expect(await store.table('reps').count()).toBe(lines.length);

    const [change] = await listRepChanges(store);
    expect(await undoRepChange(store, change?.id ?? '')).toEqual({ repsRestored: 1, repsRemoved: lines.length - 1 });
    expect((await store.table('reps').all()).map((r) => [r.name, r.placements])).toEqual([['Anna Snelling', undefined]]);
    expect(await store.table('metricPeriods').count()).toBe(1);
  });

  it('a later roster moves a rep from its date, keeping the old team before it', async () => {
    const store = memoryStore();
    await roster(store, 'Rep,Team,Manager\nAna Ruiz,West,Dustin\nBo Chen,West,Dustin\n', '2017-01-01');
    const preview = await previewRoster(
      store,
      (await readRosterFile(enc('Rep,Team,Manager\nAna Ruiz,East,Rosa\n'), 'r.csv', '2017-06-01')) as never,
      '2017-06-01',
    );
    expect(preview.changed[0]?.changes).toEqual([
      { field: 'manager', from: 'Dustin', to: 'Rosa' },
      { field: 'team', from: 'West', to: 'East' },
    ]);
    expect(preview.notInRoster.map((r) => r.name)).toEqual(['Bo Chen']);
    await roster(store, 'Rep,Team,Manager\nAna Ruiz,East,Rosa\n', '2017-06-01');
    const ana = await byName(store, 'Ana Ruiz');
    expect(placementAt(ana, '2017-05-31').team).toBe('West');
    expect(placementAt(ana, '2017-06-30').team).toBe('East');
  });

  it('refuses a metric file in one sentence and stores nothing', async () => {
    const store = memoryStore();
    const said = await readRosterFile(enc('Owner,Manager,Stage,Amount\nAna,Rosa,Won,10\n'), 'deals.csv', '2017-01-01');
    expect(said).toBe(
      'This is not a roster (one row per rep with their manager, team or office): it has columns a metric file holds (Stage, Amount).',
    );
    expect(await store.table('reps').count()).toBe(0);
  });
});

describe('editing reps together', () => {
  it('sets a team for several reps from a date, and one undo puts both back', async () => {
    const store = memoryStore();
    await roster(store, 'Rep,Team\nAna Ruiz,West\nBo Chen,West\nCy Dunn,West\n', '2017-01-01');
    const [ana, bo] = [await byName(store, 'Ana Ruiz'), await byName(store, 'Bo Chen')];
    const change = await editReps(store, [ana.id, bo.id], { team: 'North', role: 'SDR' }, '2017-04-01', deps());
    expect(placementAt(await byName(store, 'Bo Chen'), '2017-04-01').team).toBe('North');
    expect(placementAt(await byName(store, 'Bo Chen'), '2017-03-31').team).toBe('West');
    expect((await byName(store, 'Ana Ruiz')).role).toBe('SDR');
    expect(placementAt(await byName(store, 'Cy Dunn'), '2017-04-01').team).toBe('West');
    await undoRepChange(store, change.id);
    expect(withoutStamp(await byName(store, 'Ana Ruiz'))).toEqual(withoutStamp(ana));
    expect(withoutStamp(await byName(store, 'Bo Chen'))).toEqual(withoutStamp(bo));
  });

  it('marks a rep as left, and refuses to undo an older change over a later one', async () => {
    const store = memoryStore();
    const d = deps();
    const { change: created } = await roster(store, 'Rep,Team\nAna Ruiz,West\n', '2017-01-01', d);
    const { change: moved } = await roster(store, 'Rep,Team\nAna Ruiz,East\n', '2017-03-01', d);
    const ana = await byName(store, 'Ana Ruiz');
    const left = await markLeft(store, [ana.id], '2017-07-01', d);
    expect((await byName(store, 'Ana Ruiz')).leftDate).toBe('2017-07-01');
    for (const older of [created, moved])
      await expect(undoRepChange(store, older.id)).rejects.toThrow('Ana Ruiz was changed again after this; undo that change first.');
    await undoRepChange(store, left.id);
    expect(withoutStamp(await byName(store, 'Ana Ruiz'))).toEqual(withoutStamp(ana));
  });

  it('merges two spellings: every row moves to the kept rep, and undo splits them again', async () => {
    const store = memoryStore();
    const d = deps();
    await importMonths(store, 'Ana Ruiz', ['2017-01', '2017-02'], d);
    await importMonths(store, 'Ana  Ruíz', ['2017-03'], d);
    const keep = await byName(store, 'Ana Ruiz');
    const drop = await byName(store, 'Ana Ruíz');
    const rowsBefore = await store.table('metricPeriods').all();
    const change = await mergeReps(store, keep.id, drop.id, d);
    expect((await store.table('reps').all()).map((r) => r.name)).toEqual(['Ana Ruiz']);
    expect((await store.table('metricPeriods').where('repId', keep.id)).map((m) => m.period).sort()).toEqual(['2017-01', '2017-02', '2017-03']);
    await undoRepChange(store, change.id);
    expect((await store.table('reps').all()).map((r) => r.name).sort()).toEqual(['Ana Ruiz', 'Ana Ruíz']);
    const byId = (rows: typeof rowsBefore) => rows.sort((a, b) => a.id.localeCompare(b.id)).map(withoutStamp);
    expect(byId(await store.table('metricPeriods').all())).toEqual(byId(rowsBefore));
  });
});

describe('a rep who left', () => {
  it('is not counted in the periods that begin after the leaving date, and keeps the history before', async () => {
    const store = memoryStore();
    const d = deps();
    await importMonths(store, 'Ana Ruiz', ['2017-05', '2017-06', '2017-07', '2017-08'], d);
    await importMonths(store, 'Bo Chen', ['2017-05', '2017-06', '2017-07', '2017-08'], d);
    await markLeft(store, [(await byName(store, 'Ana Ruiz')).id], '2017-06-15', d);
    const data = await loadDiagnosisData(store);
    const ana = (await byName(store, 'Ana Ruiz')).id;
    expect(data.merged.filter((r) => r.repId === ana).map((r) => r.period)).toEqual(['2017-05', '2017-06']);
    expect(data.merged.filter((r) => r.repId !== ana)).toHaveLength(4);
  });
});

describe('a start date from a roster', () => {
  it('puts a new hire in the ramp of the role defaults, and a rep without one is judged at full tenure', async () => {
    const store = memoryStore();
    const d = deps();
    await importMonths(store, 'Ana Ruiz', ['2017-05', '2017-06'], d);
    await importMonths(store, 'Bo Chen', ['2017-05', '2017-06'], d);
    await roster(store, 'Rep,Manager,Start date\nAna Ruiz,Rosa,2017-05-15\nBo Chen,Rosa,\n', '2017-06-01', d);
    expect((await byName(store, 'Ana Ruiz')).startDate).toBe('2017-05-15');
    const team = diagnoseTeam((await loadDiagnosisData(store, { expectations: ROLE_DEFAULTS })).input);
    const ramp = Object.fromEntries(team.reps.map((r) => [r.name, r.ramp.inRamp]));
    expect(ramp).toEqual({ 'Ana Ruiz': true, 'Bo Chen': false });
  });
});
