import Dexie from 'dexie';
import { createDb, type CandorDB } from '../../renderer/src/db/db';
import { VERSIONS } from '../../renderer/src/db/versions';

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
