// `candor diagnose --backup`: a manager's own data (a backup saved from Settings → Backup),
// opened through the storage port and diagnosed by the same use case as the app.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../shared/app/settings';
import { createBackup } from '../shared/domain/backup/index';
import { BACKUP_SCHEMA_VERSION, type BackupTables } from '../shared/schemas/backup';
import type { VerdictOverride } from '../shared/schemas';
import { memoryIo } from './testing';
import { runDiagnose } from './diagnose';
import { runMetrics } from './metrics';
import { loadFiles } from './load';

const SAMPLE = resolve(import.meta.dirname, '../resources/sample/team-metrics.csv');

const fakeIo = (files: Record<string, string>) => memoryIo(files, [SAMPLE]);

type Json = { period: string; periodKind: string; benchmark: string; reps: Array<{ rep: string; verdict: string; override?: unknown }> };

/** The sample team as the app would hold it after importing the file, with the given extra rows. */
async function sampleTables(extra: Partial<BackupTables> = {}): Promise<BackupTables> {
  const loaded = await loadFiles([SAMPLE], fakeIo({}).io, { periodKind: 'month', maxErrors: 10 });
  if (typeof loaded === 'string') throw new Error(loaded);
  return { ...loaded.store.dump(), ...extra };
}

const backupText = (tables: BackupTables, passphrase?: string) =>
  createBackup(tables, {
    schemaVersion: BACKUP_SCHEMA_VERSION,
    appVersion: '0.1.0',
    createdAt: '2026-11-01T09:00:00.000Z',
    passphrase,
    iterations: 600_000,
  });

describe('candor diagnose --backup', () => {
  it(
    'diagnoses the team in the backup by its own settings: a quarter of monthly data, with the manager’s override',
    { timeout: 30_000 },
    async () => {
      const settings = { ...defaultSettings(new Date('2026-11-01T00:00:00Z')), defaultPeriodKind: 'quarter' as const };
      const first = fakeIo({ 'b.json': await backupText(await sampleTables({ settings: [settings] })) });
      expect(await runDiagnose(['--backup', 'b.json', '--json'], first.io)).toBe(0);
      const plain = JSON.parse(first.out()) as Json;
      expect(plain.periodKind).toBe('quarter');
      expect(plain.period).toMatch(/^\d{4}-Q[1-4]$/);
      expect(plain.benchmark).toBe('stored');
      expect(plain.reps).toHaveLength(10);

      const tables = await sampleTables({ settings: [settings] });
      const dev = tables.reps.find((r) => r.name === 'Dev Patel');
      const before = plain.reps.find((r) => r.rep === 'Dev Patel')?.verdict;
      const wanted = before === 'on-track' ? 'effort' : 'on-track';
      const override: VerdictOverride = {
        id: 'ov-1',
        repId: String(dev?.id),
        period: plain.period,
        verdict: wanted,
        weakStage: null,
        reason: 'Territory changed in August',
        obstacle: true,
        createdAt: '2026-10-30T10:00:00.000Z',
        withdrawnAt: null,
      } as VerdictOverride;
      const second = fakeIo({ 'b.json': await backupText({ ...tables, overrides: [override] }) });
      expect(await runDiagnose(['--backup', 'b.json', '--json'], second.io)).toBe(0);
      expect((JSON.parse(second.out()) as Json).reps.find((r) => r.rep === 'Dev Patel')?.verdict).toBe(wanted);
    },
  );

  it(
    'opens an encrypted backup with the passphrase from a file or CANDOR_PASSPHRASE, and refuses a wrong one in one sentence',
    { timeout: 60_000 },
    async () => {
      const text = await backupText(await sampleTables(), 'correct horse');
      const files = { 'b.json': text, 'right.txt': 'correct horse\n', 'wrong.txt': 'battery staple\n' };

      const right = fakeIo(files);
      expect(await runDiagnose(['--backup', 'b.json', '--passphrase-file', 'right.txt', '--json'], right.io)).toBe(0);
      expect((JSON.parse(right.out()) as Json).reps).toHaveLength(10);

      const wrong = fakeIo(files);
      expect(await runDiagnose(['--backup', 'b.json', '--passphrase-file', 'wrong.txt'], wrong.io)).toBe(2);
      expect(wrong.out()).toBe('');
      expect(wrong.err().trim().split('\n')).toHaveLength(1);
      expect(wrong.err()).toMatch(/^candor diagnose: b\.json: .*passphrase/i);
      expect(wrong.err()).not.toMatch(/\bat .*\(/);

      process.env.CANDOR_PASSPHRASE = 'correct horse';
      try {
        const env = fakeIo(files);
        expect(await runDiagnose(['--backup', 'b.json', '--json'], env.io)).toBe(0);
      } finally {
        delete process.env.CANDOR_PASSPHRASE;
      }
    },
  );

  it('imports files on top of the backup, matching reps by name', { timeout: 30_000 }, async () => {
    const csv = 'rep,period,revenue,quota\nDEV  patel,2026-11,50000,90000\nNew Hire,2026-11,1000,20000\n';
    const io = fakeIo({ 'b.json': await backupText(await sampleTables()), 'nov.csv': csv });
    expect(await runDiagnose(['nov.csv', '--backup', 'b.json', '--json'], io.io)).toBe(0);
    const json = JSON.parse(io.out()) as Json;
    expect(json.period).toBe('2026-11');
    expect(json.reps.map((r) => r.rep).filter((n) => /dev patel|new hire/i.test(n))).toEqual(['Dev Patel', 'New Hire']);
    expect(json.reps).toHaveLength(11);
  });

  it('lists the rep-periods the backup holds with `metrics --backup`', { timeout: 30_000 }, async () => {
    const io = fakeIo({ 'b.json': await backupText(await sampleTables()) });
    expect(await runMetrics(['--backup', 'b.json', '--json'], io.io)).toBe(0);
    const json = JSON.parse(io.out()) as { periods: Array<{ rep: string; period: string; revenueWon: number; calls: number }>; files: unknown[] };
    expect(json.files).toEqual([]);
    // The second line of resources/sample/team-metrics.csv: Ana Ortiz, 2025-11, revenue 61404, 467 calls.
    expect(json.periods.find((p) => p.rep === 'Ana Ortiz' && p.period === '2025-11')).toMatchObject({ revenueWon: 61404, calls: 467 });
    expect(json.periods).toHaveLength(111); // the file's data rows: nine reps over 12 months, one new hire over 3
  });

  it('says in one line when the backup is missing or the flags do not fit', async () => {
    for (const args of [
      ['--backup', 'gone.json'],
      ['x.csv', '--passphrase-file', 'p.txt'],
      ['x.csv', '--benchmark', 'stored'],
    ]) {
      const io = fakeIo({});
      expect(await runDiagnose(args, io.io), args.join(' ')).toBe(2);
      expect(io.err().trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });
});
