// The seam a sync adapter reads: what changed after a point. Pure, so both storage adapters give
// the same answer from the rows they hold.
import type { Tombstone } from '@shared/schemas/replication';

/** One changed row of a replicated table. */
export type ChangedRow = { table: string; key: string; changedAt: string; row: Record<string, unknown> };

/**
 * Everything changed at or after `since` (null = from the beginning), oldest first, and the point
 * to ask from next time (the newest time seen, or `since` when nothing changed). The point is
 * inclusive because two writes can share a millisecond: asking again from `until` hands over the
 * rows of that last millisecond a second time rather than miss one (a push of the same row twice
 * changes nothing).
 *
 * The point is a timestamp from this install's clock, which is enough for a push to a team server
 * from one laptop; a pull from the server uses the server's own sequence (CouchDB's `_changes`
 * `since`), not this.
 */
export type Changes = { rows: ChangedRow[]; tombstones: Tombstone[]; until: string | null };

export function changesAfter(since: string | null, rows: readonly ChangedRow[], tombstones: readonly Tombstone[]): Changes {
  const after = (t: string) => since === null || t >= since;
  const changed = rows.filter((r) => after(r.changedAt)).sort((a, b) => a.changedAt.localeCompare(b.changedAt));
  const deleted = tombstones.filter((t) => after(t.deletedAt)).sort((a, b) => a.deletedAt.localeCompare(b.deletedAt));
  const times = [...changed.map((r) => r.changedAt), ...deleted.map((t) => t.deletedAt)];
  const until = times.reduce<string | null>((max, t) => (max === null || t > max ? t : max), since);
  return { rows: changed, tombstones: deleted, until };
}
