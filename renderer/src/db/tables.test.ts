import { describe, expect, it } from 'vitest';
import { BACKUP_SCHEMA_VERSION, TABLE_NAMES } from '../../../shared/schemas/backup';
import { freshDb } from '../../../tests/helpers/db';
import { TABLE_KEYS, TABLES } from './tables';
import { LATEST_VERSION, VERSIONS } from './versions';

/** The stores of the latest version: every version's deltas folded together. */
function latestStores(): Map<string, string> {
  const stores = new Map<string, string>();
  for (const v of VERSIONS) {
    for (const [name, spec] of Object.entries(v.stores)) {
      if (spec === null) stores.delete(name);
      else stores.set(name, spec);
    }
  }
  return stores;
}

const indexes = (spec: string) => spec.split(',').map((s) => s.trim());

describe('the table registry', () => {
  it('lists every table the database has, and nothing else', () => {
    expect([...TABLE_KEYS].sort()).toEqual([...latestStores().keys()].sort());
    expect([...TABLE_KEYS].sort()).toEqual([...TABLE_NAMES].sort());
    expect([...TABLE_KEYS].sort()).toEqual(
      freshDb()
        .tables.map((t) => t.name)
        .sort(),
    );
  });

  it('marks a table as owned by a rep exactly when its rows carry an indexed repId', () => {
    for (const [name, spec] of latestStores()) {
      const info = TABLES[name as keyof typeof TABLES];
      expect(info.ownership === 'owned', name).toBe(indexes(spec).includes('repId'));
      if (info.writtenByImport) expect(indexes(spec), name).toContain('importId');
    }
  });

  it('backs up at the same schema version the database is at', () => {
    expect(BACKUP_SCHEMA_VERSION).toBe(LATEST_VERSION);
  });
});
