// `--peers team|role`: the CLI compares each rep with the same group as the app (the diagnosis
// use case), read from a backup whose reps carry placements.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackup } from '../shared/domain/backup/index';
import { BACKUP_SCHEMA_VERSION } from '../shared/schemas/backup';
import { runDiagnose } from './diagnose';
import { loadFiles } from './load';
import { peersOf } from './peers';
import { memoryIo } from './testing';

const SAMPLE = resolve(import.meta.dirname, '../resources/sample/team-metrics.csv');
const fakeIo = (files: Record<string, string>) => memoryIo(files, [SAMPLE]);

/** meetings_held per rep in a period, read from the sample file itself. */
function heldIn(period: string): Map<string, number> {
  const [head = '', ...lines] = readFileSync(SAMPLE, 'utf8').trim().split('\n');
  const cols = head.split(',');
  const at = (row: string[], name: string) => row[cols.indexOf(name)] ?? '';
  const out = new Map<string, number>();
  for (const l of lines.map((x) => x.split(','))) if (at(l, 'period') === period) out.set(at(l, 'rep'), Number(at(l, 'meetings_held')));
  return out;
}
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

type Json = { period: string; reps: Array<{ rep: string; peers: string; metrics: Record<string, { benchmark: number | null }> }> };

/** The sample team in a backup, its first five reps (by name) under Rosa Diaz, the other five under Tom Berg. */
async function backupWithManagers(): Promise<{ text: string; rosa: string[] }> {
  const loaded = await loadFiles([SAMPLE], fakeIo({}).io, { periodKind: 'month', maxErrors: 10 });
  if (typeof loaded === 'string') throw new Error(loaded);
  const tables = loaded.store.dump();
  const rosa = tables.reps
    .map((r) => String(r.name))
    .sort()
    .slice(0, 5);
  tables.reps = tables.reps.map((r) => ({
    ...r,
    placements: [{ from: '2020-01-01', team: null, manager: rosa.includes(String(r.name)) ? 'Rosa Diaz' : 'Tom Berg', office: 'Central' }],
  }));
  const text = await createBackup(tables, {
    schemaVersion: BACKUP_SCHEMA_VERSION,
    appVersion: '0.1.0',
    createdAt: '2026-11-01T09:00:00.000Z',
    iterations: 600_000,
  });
  return { text, rosa };
}

async function diagnose(text: string, extra: string[]): Promise<Json> {
  const run = fakeIo({ 'b.json': text });
  expect(await runDiagnose(['--backup', 'b.json', '--benchmark', 'median', '--window', '1', '--json', ...extra], run.io)).toBe(0);
  return JSON.parse(run.out()) as Json;
}

describe('candor diagnose --peers', () => {
  it('team: each rep’s median is their manager’s team’s; role: the whole role’s', { timeout: 60_000 }, async () => {
    const { text, rosa } = await backupWithManagers();
    const byTeam = await diagnose(text, ['--peers', 'team']);
    const held = heldIn(byTeam.period);
    const first = byTeam.reps.find((r) => rosa.includes(r.rep));
    expect(first?.peers).toBe('Compared with Rosa Diaz’s team (5 reps with data).');
    expect(first?.metrics.meetingsHeld?.benchmark).toBe(median(rosa.map((n) => held.get(n) ?? NaN)));

    const byRole = await diagnose(text, ['--peers=role']);
    const same = byRole.reps.find((r) => r.rep === first?.rep);
    expect(same?.peers).toBe('Compared with all 10 reps in the role AE.');
    expect(same?.metrics.meetingsHeld?.benchmark).toBe(median([...held.values()]));
  });
  it('refuses a group it does not know in one sentence', () => {
    expect(peersOf('office')).toBe('--peers must be team or role (got "office")');
    expect([peersOf('team'), peersOf('role'), peersOf(undefined)]).toEqual([{ peers: 'team' }, { peers: 'role' }, { peers: null }]);
  });
  it('says so when --peers is given without a group, naming the option', async () => {
    const f = fakeIo({});
    expect(await runDiagnose([SAMPLE, '--peers'], f.io)).toBe(2);
    expect(f.err()).toMatch(/^candor diagnose: --peers needs team or role\. Usage:/);
  });
});
