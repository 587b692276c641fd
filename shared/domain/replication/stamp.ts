// Who changed a replicated row and when, written in one place for every storage adapter: the
// Dexie middleware (renderer/src/db/replication.ts) and the memory store both call these, so a
// feature cannot write a replicated row without its stamp or delete one without a tombstone.
import type { ChangeStamp, Tombstone } from '@shared/schemas/replication';

/** Who is writing: the install's own id (made once, kept on this computer) and the manager's name if known. */
export type Author = { deviceId: string; name: string };

/** changedBy of rows stamped by the upgrade that introduced stamps: nobody knows who wrote them. */
export const BEFORE_SYNC = 'before-sync';

type Row = Record<string, unknown>;

function who(author: Author): Pick<ChangeStamp, 'changedBy' | 'changedByName'> {
  const name = author.name.trim();
  return name ? { changedBy: author.deviceId, changedByName: name } : { changedBy: author.deviceId };
}

/** The row as written now by `author`: its stamp replaced, everything else kept as it is. */
export function stampRow<R extends Row>(row: R, author: Author, now: Date): R & ChangeStamp {
  const { changedByName: _dropped, ...rest } = row as Row;
  return { ...(rest as R), changedAt: now.toISOString(), ...who(author) };
}

/** A tombstone's id: the table and the row's key, so one row deleted twice gives one tombstone. */
export const tombstoneId = (table: string, key: string): string => `${table}/${key}`;

export function tombstoneFor(table: string, key: string, author: Author, now: Date): Tombstone {
  const { changedBy, changedByName } = who(author);
  const base = { id: tombstoneId(table, key), table, key, deletedAt: now.toISOString(), deletedBy: changedBy as string };
  return changedByName === undefined ? base : { ...base, deletedByName: changedByName };
}

const WHEN_FIELDS = ['updatedAt', 'createdAt', 'importedAt'] as const;

/**
 * The stamp an existing row gets from the upgrade to replicated storage (and a row restored from
 * an older backup): changedAt from its own updatedAt, createdAt or importedAt (the first one it
 * has), else `now`; changedBy 'before-sync'. A row that is stamped already is left as it is.
 */
export function stampBeforeSync<R extends Row>(row: R, now: Date): R & ChangeStamp {
  if (typeof row.changedAt === 'string' && typeof row.changedBy === 'string') return row as R & ChangeStamp;
  const own = WHEN_FIELDS.map((f) => row[f]).find((v): v is string => typeof v === 'string' && v.length > 0);
  return { ...row, changedAt: own ?? now.toISOString(), changedBy: BEFORE_SYNC };
}

/** A row without its who/when stamp: for comparing what a row says, whoever wrote it last. */
export function withoutStamp<R extends Row>(row: R): Omit<R, keyof ChangeStamp> {
  const { changedAt: _at, changedBy: _by, changedByName: _name, ...rest } = row;
  return rest;
}
