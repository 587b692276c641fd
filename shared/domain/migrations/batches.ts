import type { IdSource } from '@shared/lib/ids';

export type Owned<T> = { importId: string; repId: string; entry: T };
export type Batch<T> = { id: string; importId: string; repId: string; records: T[] };

/**
 * Groups records by (import, rep) and cuts each group into batches of at most `size`, keeping
 * the original order inside each group. Pure: used when storing an import and by the v1 → v2
 * migration that moved one-row-per-record tables into batches.
 */
export function batchByOwner<T>(items: Iterable<Owned<T>>, size: number, ids: IdSource): Batch<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError('Batch size must be a positive integer');
  const groups = new Map<string, { importId: string; repId: string; entries: T[] }>();
  for (const item of items) {
    const key = `${item.importId}\u0000${item.repId}`;
    let g = groups.get(key);
    if (!g) {
      g = { importId: item.importId, repId: item.repId, entries: [] };
      groups.set(key, g);
    }
    g.entries.push(item.entry);
  }
  const out: Batch<T>[] = [];
  for (const g of groups.values()) {
    for (let i = 0; i < g.entries.length; i += size) {
      out.push({ id: ids(), importId: g.importId, repId: g.repId, records: g.entries.slice(i, i + size) });
    }
  }
  return out;
}

/** v1 stored one row per raw record, with its own id; v2 keeps the same data in batches. */
export function v1RecordsToBatches<R extends { id: string; importId: string; repId: string }>(
  rows: readonly R[],
  size: number,
  ids: IdSource,
): Batch<Omit<R, 'id' | 'importId' | 'repId'>>[] {
  return batchByOwner(
    rows.map(({ id: _id, importId, repId, ...entry }) => ({ importId, repId, entry })),
    size,
    ids,
  );
}
