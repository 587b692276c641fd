import { describe, expect, it } from 'vitest';
import { freshDb } from '@tests/helpers/db';
import { seedRows } from '@tests/helpers/seed';
import type { CandorDB } from './db';
import { installDeviceId } from './replication';
import { TABLE_KEYS, TABLES, tableOf } from './tables';

type Row = Record<string, unknown>;

/** A database whose Settings name the manager, opened, with the time the test started. */
async function opened(): Promise<{ db: CandorDB; since: string }> {
  const db = freshDb();
  await db.open();
  await db.settings.put({ ...(seedRows().settings[0] as Row), managerName: 'Jo Ng' } as never);
  return { db, since: new Date().toISOString() };
}

/** Replaces a time written during the test (between `since` and now) by 'now', so rows compare by content. */
function settled(row: Row | undefined, since: string): Row | undefined {
  if (!row) return row;
  const until = new Date().toISOString();
  const out: Row = { ...row };
  for (const f of ['changedAt', 'deletedAt']) {
    const v = out[f];
    if (typeof v === 'string' && v >= since && v <= until) out[f] = 'now';
  }
  return out;
}

const firstRow = (name: (typeof TABLE_KEYS)[number]): Row => {
  const row = seedRows()[name][0];
  if (!row) throw new Error(`no seed row for ${name}`);
  return row;
};

describe('every write to a replicated table is stamped, and every delete leaves a tombstone (walking the registry)', () => {
  const tables = TABLE_KEYS.filter((n) => n !== 'tombstones' && n !== 'settings');

  it.each(tables)('%s', async (name) => {
    const { db, since } = await opened();
    const device = installDeviceId();
    const row = firstRow(name);
    const key = String(row[TABLES[name].key]);
    await tableOf(db, name).put(row);
    const stored = settled(await tableOf(db, name).get(key), since);
    await tableOf(db, name).delete(key);
    const left = (await db.tombstones.toArray()).map((t) => settled(t, since));
    if (TABLES[name].replicates) {
      expect(stored).toEqual({ ...row, changedAt: 'now', changedBy: device, changedByName: 'Jo Ng' });
      expect(left).toEqual([{ id: `${name}/${key}`, table: name, key, deletedAt: 'now', deletedBy: device, deletedByName: 'Jo Ng' }]);
    } else {
      expect(stored).toEqual(row);
      expect(left).toEqual([]);
    }
  });
});

describe('stamps and tombstones on every way of writing', () => {
  it('update, modify, where-delete and clear are covered; a rep written again under its old key is alive again', async () => {
    const { db, since } = await opened();
    const [ana, moses] = seedRows().reps as [Row, Row];
    await db.reps.bulkAdd([ana, moses] as never);
    await db.settings.update('app', { managerName: 'Sam Oduya' });
    await db.reps.update('rep-ana', { email: 'ana.ruiz@example.com' });
    expect(settled(await db.reps.get('rep-ana'), since)).toEqual({
      ...ana,
      email: 'ana.ruiz@example.com',
      changedAt: 'now',
      changedBy: installDeviceId(),
      changedByName: 'Sam Oduya',
    });
    await db.reps.where('nameKey').equals('moses frase').delete();
    await db.reps.clear();
    expect((await db.tombstones.toArray()).map((t) => t.id).sort()).toEqual(['reps/rep-ana', 'reps/rep-moses']);
    await db.reps.add(ana as never);
    expect((await db.tombstones.toArray()).map((t) => t.id)).toEqual(['reps/rep-moses']);
  });

  it('a transaction that names only a replicated table still records its deletes', async () => {
    const { db } = await opened();
    await db.plans.add(seedRows().plans[0] as never);
    await db.transaction('rw', db.plans, () => db.plans.delete('plan-1'));
    expect((await db.tombstones.toArray()).map((t) => [t.table, t.key])).toEqual([['plans', 'plan-1']]);
  });

  it('a delete that fails with its transaction leaves no tombstone and no row gone', async () => {
    const { db } = await opened();
    await db.plans.add(seedRows().plans[0] as never);
    const failed = db.transaction('rw', db.plans, async () => {
      await db.plans.delete('plan-1');
      throw new Error('disk full');
    });
    await expect(failed).rejects.toThrow('disk full');
    expect(await db.plans.count()).toBe(1);
    expect(await db.tombstones.count()).toBe(0);
  });
});
