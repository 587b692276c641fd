import Dexie from 'dexie';
import { createDb, type CandorDB } from '@renderer/db/db';
import { VERSIONS } from '@renderer/db/versions';
import { plainRep } from './seed';

let seq = 0;

/** A fresh, uniquely named database per test (fake-indexeddb in unit tests). */
export function freshDb(): CandorDB {
  seq += 1;
  return createDb(`candor-test-${Date.now()}-${seq}-${Math.random().toString(36).slice(2)}`);
}

/**
 * Migration harness: opens `name` with only the versions up to `version`, seeds it, closes it.
 * Opening the same name with createDb() afterwards runs every later upgrade.
 */
export async function seedAtVersion(name: string, version: number, seed: (db: Dexie) => Promise<void>): Promise<void> {
  const older = VERSIONS.filter((v) => v.version <= version);
  if (older.length === 0) throw new Error(`No schema version ${version}`);
  const db = new Dexie(name);
  for (const v of older) db.version(v.version).stores(v.stores);
  await db.open();
  await seed(db);
  db.close();
}

/** Stored metric rows for reps r0, r1, … over the given months (ids m<month>-<rep>), each rep's values from `values`. */
export function monthRows<V>(repCount: number, months: readonly string[], values: (i: number) => V, createdAt: string) {
  return months.flatMap((period, k) =>
    Array.from({ length: repCount }, (_, i) => ({
      id: `m${k}-${i}`,
      repId: `r${i}`,
      period,
      periodKind: 'month' as const,
      importId: null,
      values: values(i),
      createdAt,
    })),
  );
}

/** A stored AE rep r<i> created by an import, as the metric rows above expect. */
export function importedRep(i: number, name: string, at: string) {
  return { ...plainRep(`r${i}`, name, at), createdByImportId: 'imp' };
}
