import { describe, expect, it } from 'vitest';
import { TABLE_NAMES, type BackupTables, type Rep } from '@shared/schemas';
import { freshDb } from '@tests/helpers/db';
import { seedRows } from '@tests/helpers/seed';
import { sha256Hex } from '@shared/domain/backup';
import { backupText, checkBackup, exportTables, restoreTables } from './backup';
import type { CandorDB } from './db';
import { tableOf } from './tables';
import { withoutStamp } from '@shared/domain/replication';

async function seed(db: CandorDB, rows: BackupTables): Promise<void> {
  for (const name of TABLE_NAMES) await tableOf(db, name).bulkAdd(rows[name]);
}

const now = new Date('2026-12-01T08:30:00.000Z');

describe('backup and restore', () => {
  it('backup → wipe → restore gives back every table equal', async () => {
    const db = freshDb();
    await seed(db, seedRows());
    for (const name of TABLE_NAMES) expect((await tableOf(db, name).count()) > 0, `${name} is seeded`).toBe(true);
    const before = await exportTables(db);
    const text = await backupText(db, { appVersion: '0.1.0', now });

    await db.delete();
    const fresh = freshDb();
    const checked = await checkBackup(text);
    if (!checked.ok) throw new Error(checked.message);
    expect(checked.backup.summary.plans).toEqual({ count: 1, newest: '2026-11-20T10:00:00.000Z' });
    await restoreTables(fresh, checked.backup);
    expect(await exportTables(fresh)).toEqual(before);
  });

  it('a recorded check-in comes back from a backup exactly as it was put in: items, moves, new items, facts', async () => {
    const db = freshDb();
    await seed(db, seedRows());
    const checked = await checkBackup(await backupText(db, { appVersion: '0.1.0', now }));
    if (!checked.ok) throw new Error(checked.message);
    const fresh = freshDb();
    await restoreTables(fresh, checked.backup);
    // Seeding stamped the rows (who changed them, when); the rest must come back as put in.
    const restored = (await fresh.checkIns.orderBy('id').toArray()).map(withoutStamp);
    expect(restored).toEqual(seedRows().checkIns);
    expect(restored[1]?.items?.[0]).toMatchObject({
      computed: 'at-risk',
      status: 'on-track',
      reason: 'Two meetings were moved into January by the customers.',
    });
  });

  it('restores a backup from before stamps (version 4, no tombstones): replicated rows get the upgrade’s first stamp', async () => {
    const old = seedRows();
    const tables: Record<string, unknown[]> = { ...old };
    delete tables['tombstones'];
    const text = JSON.stringify({ format: 'candor-backup', schemaVersion: 4, appVersion: '0.1.0', createdAt: '2026-11-21T08:00:00.000Z' });
    const sha256 = await sha256Hex(JSON.stringify({ tables }));
    const file = JSON.stringify({ ...(JSON.parse(text) as object), sha256, encrypted: false, content: { tables } });
    const checked = await checkBackup(file);
    if (!checked.ok) throw new Error(checked.message);
    const target = freshDb();
    await restoreTables(target, checked.backup, undefined, now);
    const after = await exportTables(target);
    expect(after.reps.map((r) => [r['id'], r['changedAt'], r['changedBy']])).toEqual([
      ['rep-ana', '2026-11-20T10:00:00.000Z', 'before-sync'],
      ['rep-moses', old.reps[1]?.['updatedAt'], 'before-sync'],
    ]);
    // ci-1 has no date of its own (stamped at the upgrade); ci-2 carries its updatedAt.
    expect(after.checkIns.map((r) => [r['id'], r['changedAt'], r['changedBy']])).toEqual([
      ['ci-1', '2026-12-01T08:30:00.000Z', 'before-sync'],
      ['ci-2', old.checkIns[1]?.['updatedAt'], 'before-sync'],
    ]);
    expect(after.settings).toEqual(old.settings);
    expect(after.dealBatches).toEqual(old.dealBatches);
    expect(after.tombstones).toEqual([]);
  });

  it('restores an encrypted backup with its passphrase', async () => {
    const db = freshDb();
    await seed(db, seedRows());
    const text = await backupText(db, { appVersion: '0.1.0', now, passphrase: 'open sesame' });
    const target = freshDb();
    const checked = await checkBackup(text, 'open sesame');
    if (!checked.ok) throw new Error(checked.message);
    await restoreTables(target, checked.backup);
    expect(await exportTables(target)).toEqual(await exportTables(db));
  });

  it('replaces what is there: rows the backup does not hold are gone afterwards', async () => {
    const source = freshDb();
    await seed(source, seedRows());
    const text = await backupText(source, { appVersion: '0.1.0', now });
    const target = freshDb();
    await target.reps.add({ ...(seedRows().reps[0] as Rep), id: 'rep-later', name: 'Later Rep', nameKey: 'later rep' });
    const checked = await checkBackup(text);
    if (!checked.ok) throw new Error(checked.message);
    await restoreTables(target, checked.backup);
    expect((await target.reps.toArray()).map((r) => r.id).sort()).toEqual(['rep-ana', 'rep-moses']);
  });

  it('a restore that fails part-way leaves the current data exactly as it was', async () => {
    const source = freshDb();
    await seed(source, seedRows());
    const checked = await checkBackup(await backupText(source, { appVersion: '0.1.0', now }));
    if (!checked.ok) throw new Error(checked.message);

    const target = freshDb();
    const mine = seedRows();
    mine.reps = [{ ...(mine.reps[0] as Record<string, unknown>), id: 'rep-mine', name: 'Mine', nameKey: 'mine' }];
    mine.overrides = [];
    await seed(target, mine);
    const before = await exportTables(target);
    await expect(
      restoreTables(target, checked.backup, () => {
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(await exportTables(target)).toEqual(before);
  });
});
