// No input gives the command line a stack trace (issue 22, "a safety net"): the bundled `candor`
// is run over invocations a tired or careless user could type — files that are missing, folders,
// binary or empty, options unknown or without a value, impossible periods and dates, a damaged
// backup or a wrong passphrase, a roster where metrics go and metrics where a roster goes, an
// output folder that cannot be made — and each must end with exit code 2 and exactly one plain
// line on stderr, within a time limit (a hang is a failure too).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackup } from '@shared/domain/backup/index';
import { BACKUP_SCHEMA_VERSION, TABLE_NAMES, type BackupTables } from '@shared/schemas/backup';

const ROOT = resolve(import.meta.dirname, '../..');
const BUNDLE = resolve(ROOT, 'out/cli/candor.mjs');
const EXPORT = resolve(ROOT, 'tests/fixtures/crm-sales-opportunities/sales_pipeline.csv');
const ROSTER = resolve(ROOT, 'tests/fixtures/crm-sales-opportunities/sales_teams.csv');
const dir = mkdtempSync(join(tmpdir(), 'candor-hostile-'));
const at = (name: string) => join(dir, name);

/** A rep name of 70 characters, in a small monthly sheet that also holds a negative revenue. */
const LONG_NAME = 'Maximiliana Bartholomew-Featherstonehaugh de la Cruz Vandenberghe Ruiz';
const SHEET = [
  'rep,period,revenue,quota,meetings held,opportunities created,deals won,deals lost',
  `${LONG_NAME},2026-01,-500,1000,10,5,2,2`,
  `${LONG_NAME},2026-02,600,1000,10,5,2,2`,
  'Bo Lind,2026-01,700,1000,10,5,2,2',
  'Bo Lind,2026-02,900,1000,10,5,2,2',
].join('\n');

beforeAll(async () => {
  execFileSync(process.execPath, [resolve(ROOT, 'scripts/build-cli.mjs')], { cwd: ROOT, stdio: 'pipe' });
  writeFileSync(
    at('binary.csv'),
    Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256),
  );
  writeFileSync(at('empty.csv'), '');
  mkdirSync(at('folder'));
  writeFileSync(at('sheet.csv'), SHEET);
  const tables = Object.fromEntries(TABLE_NAMES.map((n) => [n, []])) as unknown as BackupTables;
  const opts = { schemaVersion: BACKUP_SCHEMA_VERSION, appVersion: '0.1.0', createdAt: '2026-12-01T08:30:00.000Z' };
  const plain = await createBackup(tables, opts);
  writeFileSync(at('damaged.json'), plain.slice(0, Math.floor(plain.length / 2)));
  writeFileSync(at('locked.json'), await createBackup(tables, { ...opts, passphrase: 'the right one' }));
  writeFileSync(at('wrong.txt'), 'not the right one\n');
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HOSTILE: Array<[string, string[]]> = [
  ['a missing file', ['diagnose', at('missing.csv')]],
  ['a folder', ['diagnose', at('folder')]],
  ['a binary file', ['diagnose', at('binary.csv')]],
  ['an empty file', ['metrics', at('empty.csv')]],
  ['an unknown command', ['diagnoze', EXPORT]],
  ['an unknown option', ['diagnose', EXPORT, '--verbose']],
  ['an option without its value', ['diagnose', EXPORT, '--period']],
  ['a month that does not exist', ['diagnose', EXPORT, '--period', '9999-99']],
  ['a negative window', ['diagnose', EXPORT, '--window', '-1']],
  ['a damaged backup', ['diagnose', '--backup', at('damaged.json')]],
  ['a wrong passphrase', ['diagnose', '--backup', at('locked.json'), '--passphrase-file', at('wrong.txt')]],
  ['a 70-character rep name the data does not hold', ['plan', EXPORT, '--rep', LONG_NAME, '--out', at('plan.docx')]],
  ['a roster given as metrics', ['diagnose', ROSTER]],
  ['metrics given as a roster', ['roster', EXPORT]],
  ['a roster date that is not in the calendar', ['diagnose', EXPORT, '--roster', ROSTER, '--as-of', '2017-02-30']],
  ['an unknown stage for the scripts', ['scripts', '--stage', 'closing-fast']],
  ['an output folder that cannot be made', ['plan', at('sheet.csv'), '--rep', 'Bo Lind', '--out', '/proc/candor-nowhere/plan.docx']],
];

function candor(args: string[]) {
  return spawnSync(process.execPath, [BUNDLE, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
}

describe('candor over hostile input', () => {
  it.each(HOSTILE)('%s: exit 2 and one plain line on stderr', (_what, args) => {
    const r = candor(args);
    const lines = r.stderr.split('\n').filter((l) => l !== '');
    expect({ status: r.status, signal: r.signal }).toEqual({ status: 2, signal: null });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^candor( [a-z]+)?: \S/);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(r.stderr).not.toMatch(/\b(TypeError|RangeError|ReferenceError|SyntaxError)\b|node:internal/);
  });

  it('a negative revenue and a 70-character rep name are data, not failures: the month is read without that value, and said so', () => {
    const read = candor(['metrics', at('sheet.csv')]);
    expect([read.status, read.stderr]).toEqual([0, '']);
    expect(read.stdout).toContain('row 2, revenue "-500": Won revenue cannot be negative');
    expect(read.stdout).toContain('4 rows read, 4 accepted, 0 rejected');
    const diagnosed = candor(['diagnose', at('sheet.csv'), '--json']);
    expect([diagnosed.status, diagnosed.stderr]).toEqual([0, '']);
    const reps = (JSON.parse(diagnosed.stdout) as { reps: Array<{ rep: string }> }).reps.map((r) => r.rep);
    expect(reps.sort()).toEqual(['Bo Lind', LONG_NAME].sort());
  });
});
