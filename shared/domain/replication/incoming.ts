// Changes that come from another copy of Candor (through a sync adapter) are checked before any
// is written: a table that does not replicate, a row that is not of its table's shape, or a key
// that does not match the row refuses the whole batch, in one sentence, and nothing is stored.
import { TABLE_ROW_SCHEMAS, type TableName } from '@shared/schemas/backup';
import type { Tombstone } from '@shared/schemas/replication';
import { isReplicated, TABLES } from '@shared/schemas/tables';
import type { ChangedRow } from './changes';

export type Incoming = { rows: readonly ChangedRow[]; tombstones: readonly Tombstone[] };

export function incomingProblem(incoming: Incoming): string | null {
  for (const [i, change] of incoming.rows.entries()) {
    const where = `Change ${i + 1} (${change.table}/${change.key})`;
    if (!isReplicated(change.table)) return `${where}: that table is not shared between copies of Candor, so it was not applied.`;
    const name = change.table as TableName;
    if (String(change.row[TABLES[name].key]) !== change.key) return `${where}: the row's key does not match, so nothing was applied.`;
    if (!TABLE_ROW_SCHEMAS[name].safeParse(change.row).success) return `${where}: the row is not one Candor can read, so nothing was applied.`;
    if (typeof change.row['changedAt'] !== 'string' || typeof change.row['changedBy'] !== 'string')
      return `${where}: the row does not say who changed it and when, so nothing was applied.`;
  }
  for (const [i, t] of incoming.tombstones.entries()) {
    if (!isReplicated(t.table))
      return `Deletion ${i + 1} (${t.table}/${t.key}): that table is not shared between copies of Candor, so nothing was applied.`;
  }
  return null;
}
