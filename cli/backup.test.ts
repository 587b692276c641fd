import { describe, expect, it } from 'vitest';
import { createBackup } from '../shared/domain/backup/index';
import { BACKUP_SCHEMA_VERSION, TABLE_NAMES, type BackupTables } from '../shared/schemas/backup';
import { runBackup } from './backup';
import { memoryIo } from './testing';

const fakeIo = (files: Record<string, string>) => memoryIo(files);

const tables = Object.fromEntries(TABLE_NAMES.map((n) => [n, []])) as unknown as BackupTables;
tables.savedMappings = [{ id: 'h', kind: 'deals', mapping: { rep: 'sales_agent' }, stageMap: {}, updatedAt: '2026-11-30T12:00:00.000Z' }];
const opts = { schemaVersion: BACKUP_SCHEMA_VERSION, appVersion: '0.1.0', createdAt: '2026-12-01T08:30:00.000Z' };

describe('candor backup inspect', () => {
  it('prints what a backup holds and that it is intact', async () => {
    const t = fakeIo({ 'b.json': await createBackup(tables, opts) });
    expect(await runBackup(['inspect', 'b.json'], t.io)).toBe(0);
    expect(t.out()).toContain('Its checksum matches, so it was not damaged since it was saved (a checksum catches damage, not deliberate edits');
    expect(t.out()).toMatch(/savedMappings\s+1\s+newest 2026-11-30T12:00:00.000Z/);
    expect(t.out()).toMatch(/reps\s+0/);
  });

  it('gives JSON with --json', async () => {
    const t = fakeIo({ 'b.json': await createBackup(tables, opts) });
    expect(await runBackup(['inspect', 'b.json', '--json'], t.io)).toBe(0);
    const json = JSON.parse(t.out()) as { intact: boolean; encrypted: boolean; tables: Record<string, { count: number }> };
    expect(json.intact).toBe(true);
    expect(json.encrypted).toBe(false);
    expect(json.tables.savedMappings?.count).toBe(1);
  });

  it('opens an encrypted backup with --passphrase-file (trailing newline ignored) and refuses a wrong one', async () => {
    const files = { 'e.json': await createBackup(tables, { ...opts, passphrase: 'pa55 phrase' }), 'pw.txt': 'pa55 phrase\n', 'bad.txt': 'nope\n' };
    const good = fakeIo(files);
    expect(await runBackup(['inspect', 'e.json', '--passphrase-file', 'pw.txt'], good.io)).toBe(0);
    expect(good.out()).toContain('encrypted');
    const none = fakeIo(files);
    expect(await runBackup(['inspect', 'e.json'], none.io)).toBe(2);
    expect(none.err()).toBe('candor: This backup is encrypted; enter its passphrase to open it.\n');
    const bad = fakeIo(files);
    expect(await runBackup(['inspect', 'e.json', '--passphrase-file=bad.txt'], bad.io)).toBe(2);
    expect(bad.err()).toBe('candor: That passphrase does not open this backup, or the file was changed after it was saved.\n');
  });

  it.each([
    ['a truncated file', (t: string) => t.slice(0, 100), /incomplete or damaged/],
    ['an edited file', (t: string) => t.replace('sales_agent', 'sales_agenT'), /checksum/],
    ['a newer schema', (t: string) => t.replace(`"schemaVersion":${BACKUP_SCHEMA_VERSION}`, '"schemaVersion":99'), /newer version/],
  ])('exits 2 with one plain line for %s', async (_l, mutate, message) => {
    const t = fakeIo({ 'b.json': mutate(await createBackup(tables, opts)) });
    expect(await runBackup(['inspect', 'b.json'], t.io)).toBe(2);
    expect(t.err()).toMatch(message);
    expect(t.err().trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 for a missing file or wrong arguments', async () => {
    const t = fakeIo({});
    expect(await runBackup(['inspect', 'missing.json'], t.io)).toBe(2);
    expect(t.err()).toBe('candor: no such backup file: missing.json\n');
    expect(await runBackup([], fakeIo({}).io)).toBe(2);
    expect(await runBackup(['inspect', 'a', 'b'], fakeIo({}).io)).toBe(2);
    expect(await runBackup(['restore', 'a'], fakeIo({}).io)).toBe(2);
  });
});
