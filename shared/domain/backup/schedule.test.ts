import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupReminderDue, backupsToKeep, DEFAULT_RETENTION, rollingBackupDue } from './schedule';

const now = new Date('2026-12-01T18:00:00.000Z');
const at = (iso: string) => ({ name: iso, createdAt: iso });

describe('rolling backup retention', () => {
  it('keeps several from today, the newest of each of the last seven days, ten in all', () => {
    const items = [
      ...['08', '09', '10', '11', '12', '13'].map((h) => at(`2026-12-01T${h}:00:00.000Z`)),
      ...[30, 29, 28, 27, 26, 25, 24, 23, 22].flatMap((d) => [at(`2026-11-${d}T09:00:00.000Z`), at(`2026-11-${d}T17:00:00.000Z`)]),
    ];
    const keep = backupsToKeep(items, now);
    expect([...keep].sort()).toEqual(
      [
        '2026-12-01T13:00:00.000Z',
        '2026-12-01T12:00:00.000Z',
        '2026-12-01T11:00:00.000Z',
        '2026-12-01T10:00:00.000Z',
        '2026-11-30T17:00:00.000Z',
        '2026-11-29T17:00:00.000Z',
        '2026-11-28T17:00:00.000Z',
        '2026-11-27T17:00:00.000Z',
        '2026-11-26T17:00:00.000Z',
        '2026-11-25T17:00:00.000Z',
      ].sort(),
    );
  });

  it('never keeps more than the total, always keeps the newest (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 20 * 24 * 60 }), { minLength: 1, maxLength: 60 }), (minutesAgo) => {
        const items = minutesAgo.map((m) => at(new Date(now.getTime() - m * 60_000).toISOString()));
        const keep = backupsToKeep(items, now);
        expect(keep.size).toBeLessThanOrEqual(DEFAULT_RETENTION.total);
        const newest = [...items].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
        if (newest && newest.createdAt.slice(0, 10) >= '2026-11-24') expect(keep.has(newest.name)).toBe(true);
      }),
    );
  });
});

describe('when a backup is due', () => {
  it('rolling: 15 minutes after the last backup, only when something changed since', () => {
    expect(rollingBackupDue(null, null, now)).toBe(false);
    expect(rollingBackupDue(null, '2026-12-01T17:59:00.000Z', now)).toBe(true);
    expect(rollingBackupDue('2026-12-01T17:50:00.000Z', '2026-12-01T17:55:00.000Z', now)).toBe(false);
    expect(rollingBackupDue('2026-12-01T17:45:00.000Z', '2026-12-01T17:55:00.000Z', now)).toBe(true);
    expect(rollingBackupDue('2026-12-01T10:00:00.000Z', '2026-12-01T09:00:00.000Z', now)).toBe(false);
  });

  it('browser reminder: last backup over 7 days old and data changed since', () => {
    expect(backupReminderDue('2026-11-20T00:00:00.000Z', '2026-11-25T00:00:00.000Z', now)).toBe(true);
    expect(backupReminderDue('2026-11-28T00:00:00.000Z', '2026-11-30T00:00:00.000Z', now)).toBe(false);
    expect(backupReminderDue('2026-11-20T00:00:00.000Z', '2026-11-19T00:00:00.000Z', now)).toBe(false);
    expect(backupReminderDue(null, null, now)).toBe(false);
    expect(backupReminderDue(null, '2026-11-30T00:00:00.000Z', now)).toBe(true);
  });
});
