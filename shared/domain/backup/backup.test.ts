import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKUP_SCHEMA_VERSION, MIN_PBKDF2_ITERATIONS, TABLE_NAMES, type BackupTables } from '@shared/schemas/backup';
import { backupFileName, createBackup, fromBase64, readBackup, summarize, toBase64 } from './index';

const NOW = '2026-12-01T08:30:00.000Z';
const opts = { schemaVersion: BACKUP_SCHEMA_VERSION, appVersion: '0.1.0', createdAt: NOW };
const read = { currentSchemaVersion: BACKUP_SCHEMA_VERSION };

function emptyTables(): BackupTables {
  return Object.fromEntries(TABLE_NAMES.map((n) => [n, []])) as unknown as BackupTables;
}

function sampleTables(): BackupTables {
  const t = emptyTables();
  t.reps = [
    {
      id: 'r1',
      name: 'Ana Ruiz',
      nameKey: 'ana ruiz',
      role: 'AE',
      startDate: '2025-01-06',
      email: null,
      targetOverrides: null,
      createdByImportId: null,
      createdAt: '2026-01-02T09:00:00.000Z',
      updatedAt: '2026-11-20T10:00:00.000Z',
    },
  ];
  t.settings = [
    {
      id: 'app',
      diagnosis: { gapThreshold: 0.2, trailingWindow: 3, missedPeriodsN: 2, missedPeriodsM: 3, activityDropShare: 0.2, minEventsForConfidence: 10 },
      defaultPeriodKind: 'month',
      currency: 'EUR',
      managerName: 'Jo “the boss” Ng — ✓',
      onboardedAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-11-30T17:00:00.000Z',
    },
  ];
  return t;
}

describe('backup files', () => {
  it('round-trips every table with header, checksum and a summary per table', async () => {
    const text = await createBackup(sampleTables(), opts);
    const file = JSON.parse(text) as Record<string, unknown>;
    expect(file).toMatchObject({
      format: 'candor-backup',
      schemaVersion: BACKUP_SCHEMA_VERSION,
      appVersion: '0.1.0',
      createdAt: NOW,
      encrypted: false,
    });
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
    const res = await readBackup(text, read);
    if (!res.ok) throw new Error(res.message);
    expect(res.backup.tables).toEqual(sampleTables());
    expect(res.backup.summary.reps).toEqual({ count: 1, newest: '2026-11-20T10:00:00.000Z' });
    expect(res.backup.summary.plans).toEqual({ count: 0, newest: null });
  });

  it('encrypts with AES-GCM and PBKDF2-SHA-256 (600,000 iterations) and never stores the passphrase', async () => {
    const passphrase = 'correct horse battery staple';
    const text = await createBackup(sampleTables(), { ...opts, passphrase });
    expect(text).not.toContain(passphrase);
    expect(text).not.toContain('Ana Ruiz');
    const file = JSON.parse(text) as { encrypted: boolean; kdf: { iterations: number; hash: string }; cipher: { name: string } };
    expect(file.encrypted).toBe(true);
    expect(file.kdf.iterations).toBeGreaterThanOrEqual(MIN_PBKDF2_ITERATIONS);
    expect(file.kdf.hash).toBe('SHA-256');
    expect(file.cipher.name).toBe('AES-GCM');

    const ok = await readBackup(text, { ...read, passphrase });
    expect(ok.ok && ok.backup.tables).toEqual(sampleTables());
    expect(await readBackup(text, read)).toMatchObject({ ok: false, problem: 'needs-passphrase' });
    expect(await readBackup(text, { ...read, passphrase: 'Correct horse battery staple' })).toMatchObject({ ok: false, problem: 'wrong-passphrase' });
  });

  it('never writes fewer iterations than the minimum, even when asked', async () => {
    const text = await createBackup(emptyTables(), { ...opts, passphrase: 'x', iterations: 1000 });
    expect((JSON.parse(text) as { kdf: { iterations: number } }).kdf.iterations).toBe(MIN_PBKDF2_ITERATIONS);
  });

  it('refuses an encrypted file whose ciphertext was altered', async () => {
    const text = await createBackup(sampleTables(), { ...opts, passphrase: 'pw' });
    const file = JSON.parse(text) as { ciphertext: string };
    const bytes = fromBase64(file.ciphertext) ?? new Uint8Array();
    bytes[3] = (bytes[3] ?? 0) ^ 1;
    const altered = JSON.stringify({ ...file, ciphertext: toBase64(bytes) });
    expect(await readBackup(altered, { ...read, passphrase: 'pw' })).toMatchObject({ ok: false });
  });

  it.each<[string, (t: string) => string, string]>([
    ['a truncated file', (t) => t.slice(0, Math.floor(t.length * 0.6)), 'unreadable'],
    ['a file that is not JSON', () => 'Opportunity Owner,Stage\nAna,Won', 'not-a-backup'],
    ['some other JSON', () => JSON.stringify({ hello: 'world' }), 'not-a-backup'],
    ['a newer schema', (t) => t.replace(`"schemaVersion":${BACKUP_SCHEMA_VERSION}`, `"schemaVersion":${BACKUP_SCHEMA_VERSION + 1}`), 'newer-schema'],
    ['an older schema', (t) => t.replace(`"schemaVersion":${BACKUP_SCHEMA_VERSION}`, '"schemaVersion":1'), 'older-schema'],
    ['an edited value', (t) => t.replace('Ana Ruiz', 'Ana Ruis'), 'bad-checksum'],
    ['an invalid row with a matching checksum', (t) => t, 'invalid-content'],
  ])('refuses %s with one plain sentence', async (label, mutate, problem) => {
    let text = await createBackup(sampleTables(), opts);
    if (label.startsWith('an invalid row')) {
      const bad = sampleTables();
      (bad.reps[0] as Record<string, unknown>).startDate = '06/01/2025';
      text = await createBackup(bad, opts);
    }
    const res = await readBackup(mutate(text), read);
    expect(res).toMatchObject({ ok: false, problem });
    if (!res.ok) {
      expect(res.message.split('. ').length).toBe(1);
      expect(res.message).toMatch(/^[A-Z].*[.]$/);
    }
  });

  it('refuses a table it does not know', async () => {
    const t = { ...sampleTables(), secrets: [{ id: 'x' }] } as unknown as BackupTables;
    expect(await readBackup(await createBackup(t, opts), read)).toMatchObject({ ok: false, problem: 'invalid-content' });
  });

  it('treats a table missing from the file (added by a later version) as empty', async () => {
    const t = sampleTables() as Partial<BackupTables>;
    delete t.plans;
    const res = await readBackup(await createBackup(t as BackupTables, opts), read);
    expect(res.ok && res.backup.tables.plans).toEqual([]);
  });

  it('any single changed character is caught (property)', async () => {
    const text = await createBackup(sampleTables(), opts);
    const start = text.indexOf('"content"');
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: start, max: text.length - 1 }), fc.constantFrom('a', '0', ' ', '"', '}'), async (i, ch) => {
        fc.pre(text[i] !== ch);
        const res = await readBackup(text.slice(0, i) + ch + text.slice(i + 1), read);
        // Either the file no longer parses or its content no longer matches; never a silent success with other data.
        if (res.ok) expect(res.backup.tables).toEqual(sampleTables());
      }),
      { numRuns: 150 },
    );
  });

  it('summarises the newest date of each table', () => {
    const t = emptyTables();
    t.imports = [{ importedAt: '2026-03-01T00:00:00.000Z' }, { importedAt: '2026-05-01T00:00:00.000Z' }];
    t.roleplaySessions = [{ date: '2026-04-02', createdAt: '2026-04-03T00:00:00.000Z' }];
    const s = summarize(t);
    expect(s.imports).toEqual({ count: 2, newest: '2026-05-01T00:00:00.000Z' });
    expect(s.roleplaySessions.newest).toBe('2026-04-03T00:00:00.000Z');
  });

  it('names a backup file after its time', () => {
    expect(backupFileName(NOW)).toBe('candor-backup-2026-12-01-0830.json');
  });
});

describe('base64', () => {
  it('round-trips any bytes and refuses invalid text (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(fromBase64(toBase64(bytes))).toEqual(bytes);
      }),
    );
    expect(toBase64(new TextEncoder().encode('Candor!'))).toBe('Q2FuZG9yIQ==');
    expect(fromBase64('abc')).toBeNull();
    expect(fromBase64('ab$=')).toBeNull();
  });
});
