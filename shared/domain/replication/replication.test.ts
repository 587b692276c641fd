import { describe, expect, it } from 'vitest';
import { changesAfter, stampBeforeSync, stampRow, tombstoneFor, type ChangedRow } from '.';

const author = { deviceId: '5b0c3f9e-6f1d-4c1a-9a53-0f0e2d8e7b11', name: 'Jo Ng' };
const now = new Date('2026-12-06T09:15:00.000Z');

describe('stamping a write', () => {
  it('sets when and who, keeps every other field, and replaces an earlier stamp', () => {
    const earlier = { id: 'r1', name: 'Ana', changedAt: '2026-01-01T00:00:00.000Z', changedBy: 'old-laptop', changedByName: 'Kim' };
    expect(stampRow(earlier, author, now)).toEqual({
      id: 'r1',
      name: 'Ana',
      changedAt: '2026-12-06T09:15:00.000Z',
      changedBy: '5b0c3f9e-6f1d-4c1a-9a53-0f0e2d8e7b11',
      changedByName: 'Jo Ng',
    });
  });

  it('leaves the name out when Settings hold none, rather than keep the last writer’s', () => {
    const row = { id: 'r1', changedAt: '2026-01-01T00:00:00.000Z', changedBy: 'old-laptop', changedByName: 'Kim' };
    expect(stampRow(row, { deviceId: 'dev-2', name: '  ' }, now)).toEqual({ id: 'r1', changedAt: '2026-12-06T09:15:00.000Z', changedBy: 'dev-2' });
  });

  it('a tombstone names the table, the key, when and who', () => {
    expect(tombstoneFor('plans', 'p-9', author, now)).toEqual({
      id: 'plans/p-9',
      table: 'plans',
      key: 'p-9',
      deletedAt: '2026-12-06T09:15:00.000Z',
      deletedBy: '5b0c3f9e-6f1d-4c1a-9a53-0f0e2d8e7b11',
      deletedByName: 'Jo Ng',
    });
  });
});

describe('the first stamp, given by the upgrade to rows already stored', () => {
  it('takes the row’s own updatedAt, else createdAt, else importedAt, else the upgrade time; the author is unknown', () => {
    const rows = [
      { id: 'a', createdAt: '2026-01-02T09:00:00.000Z', updatedAt: '2026-11-20T10:00:00.000Z' },
      { id: 'b', createdAt: '2026-02-01T09:00:00.000Z' },
      { id: 'c', importedAt: '2026-03-03T08:00:00.000Z' },
      { id: 'd', date: '2026-04-04' },
    ];
    expect(rows.map((r) => stampBeforeSync(r, now))).toEqual([
      { ...rows[0], changedAt: '2026-11-20T10:00:00.000Z', changedBy: 'before-sync' },
      { ...rows[1], changedAt: '2026-02-01T09:00:00.000Z', changedBy: 'before-sync' },
      { ...rows[2], changedAt: '2026-03-03T08:00:00.000Z', changedBy: 'before-sync' },
      { ...rows[3], changedAt: '2026-12-06T09:15:00.000Z', changedBy: 'before-sync' },
    ]);
  });

  it('leaves a row that is stamped already as it is', () => {
    const row = { id: 'a', updatedAt: '2026-11-20T10:00:00.000Z', changedAt: '2026-11-30T12:00:00.000Z', changedBy: 'laptop-a' };
    expect(stampBeforeSync(row, now)).toEqual(row);
  });
});

describe('what changed since a point', () => {
  const changed = (key: string, changedAt: string): ChangedRow => ({ table: 'reps', key, changedAt, row: { id: key } });
  const rows = [
    changed('late', '2026-12-03T00:00:00.000Z'),
    changed('early', '2026-12-01T00:00:00.000Z'),
    changed('mid', '2026-12-02T00:00:00.000Z'),
  ];
  const gone = { id: 'reps/x', table: 'reps', key: 'x', deletedAt: '2026-12-04T00:00:00.000Z', deletedBy: 'dev' };

  it('from the beginning: everything, oldest first, and the newest time as the next point', () => {
    const all = changesAfter(null, rows, [gone]);
    expect(all.rows.map((r) => r.key)).toEqual(['early', 'mid', 'late']);
    expect(all.tombstones).toEqual([gone]);
    expect(all.until).toBe('2026-12-04T00:00:00.000Z');
  });

  it('from a point: what changed at or after it (a write in that very millisecond comes again, never goes missing)', () => {
    const some = changesAfter('2026-12-02T00:00:00.000Z', rows, []);
    expect(some.rows.map((r) => r.key)).toEqual(['mid', 'late']);
    expect(some.until).toBe('2026-12-03T00:00:00.000Z');
  });

  it('nothing new: no rows, and the same point again', () => {
    expect(changesAfter('2026-12-05T00:00:00.000Z', rows, [gone])).toEqual({ rows: [], tombstones: [], until: '2026-12-05T00:00:00.000Z' });
  });
});
