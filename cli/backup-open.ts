// Opening a manager's backup for a command (--backup): loaded only when one is given, since
// checking a backup builds the schema of every table Candor stores.
import { memoryStore, type MemoryStore } from '../shared/app/memory-store';
import { readBackup } from '../shared/domain/backup/index';
import { BACKUP_SCHEMA_VERSION } from '../shared/schemas/backup';
import type { CliIo } from './io';
import { readError, type BackupSource } from './io';

/** A backup file checked exactly as a restore checks it, as a store; a string says why it cannot be used. */
export async function openBackup(source: BackupSource, io: CliIo): Promise<MemoryStore | string> {
  let text: string;
  try {
    text = new TextDecoder('utf-8').decode(await io.readFile(source.file));
  } catch (e) {
    return readError(source.file, e);
  }
  const read = await readBackup(text, { currentSchemaVersion: BACKUP_SCHEMA_VERSION, passphrase: source.passphrase });
  return read.ok ? memoryStore(read.backup.tables) : `${source.file}: ${read.message}`;
}
