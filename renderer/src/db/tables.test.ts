import { describe, expect, it } from 'vitest';
import { BACKUP_SCHEMA_VERSION, TABLE_NAMES, TABLE_ROW_SCHEMAS } from '@shared/schemas/backup';
import { freshDb } from '@tests/helpers/db';
import { seedRows } from '@tests/helpers/seed';
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

  it('gives the row schema of a replicated table the who/when fields, and no other table', () => {
    const stamp = { changedAt: '2026-12-06T09:15:00.000Z', changedBy: 'laptop-a', changedByName: 'Jo Ng' };
    for (const name of TABLE_KEYS) {
      const row = seedRows()[name][0];
      const parsed = TABLE_ROW_SCHEMAS[name].parse({ ...row, ...stamp }) as Record<string, unknown>;
      expect(parsed['changedBy'], name).toBe(TABLES[name].replicates ? 'laptop-a' : undefined);
      // Rows from before stamps stay valid.
      expect(TABLE_ROW_SCHEMAS[name].safeParse(row).success, name).toBe(true);
    }
  });

  it('backs up at the same schema version the database is at', () => {
    expect(BACKUP_SCHEMA_VERSION).toBe(LATEST_VERSION);
  });
});
