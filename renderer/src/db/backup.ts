import { createBackup, readBackup, type BackupReadResult, type ReadBackup } from '@shared/domain/backup';
import { stampBeforeSync } from '@shared/domain/replication';
import { BACKUP_SCHEMA_VERSION, type BackupTables } from '@shared/schemas/backup';
import { isReplicated } from '@shared/schemas/tables';
import type { CandorDB } from './db';
import { writeVerbatim } from './replication';
import { allTables, TABLE_KEYS, tableOf } from './tables';

/** Reads every table in the registry in one consistent snapshot. */
export async function exportTables(db: CandorDB): Promise<BackupTables> {
  return db.transaction('r', allTables(db), async () => {
    const out = {} as BackupTables;
    for (const name of TABLE_KEYS) out[name] = await tableOf(db, name).toArray();
    return out;
  });
}

/** The whole database as one backup file's text. */
export async function backupText(db: CandorDB, options: { appVersion: string; now: Date; passphrase?: string | undefined }): Promise<string> {
  return createBackup(await exportTables(db), {
    schemaVersion: BACKUP_SCHEMA_VERSION,
    appVersion: options.appVersion,
    createdAt: options.now.toISOString(),
    passphrase: options.passphrase,
  });
}

export function checkBackup(text: string, passphrase?: string): Promise<BackupReadResult> {
  return readBackup(text, { currentSchemaVersion: BACKUP_SCHEMA_VERSION, passphrase });
}

/**
 * Replaces every table with the backup's rows in one transaction: if anything fails
 * (quota, a bad row, a closed page) the current data stays exactly as it was. Rows go in as the
 * backup holds them, stamps and tombstones included (a restore puts a copy back as it was, it
 * changes and deletes nothing itself); rows from a backup made before stamps get the stamp the
 * upgrade gives (changedBy 'before-sync').
 */
export async function restoreTables(db: CandorDB, backup: ReadBackup, beforeCommit?: () => void, now: Date = new Date()): Promise<void> {
  await writeVerbatim(db, TABLE_KEYS, async () => {
    for (const name of TABLE_KEYS) {
      const table = tableOf(db, name);
      await table.clear();
      const rows = isReplicated(name) ? backup.tables[name].map((r) => stampBeforeSync(r, now)) : backup.tables[name];
      if (rows.length) await table.bulkAdd(rows);
    }
    beforeCommit?.();
  });
}
