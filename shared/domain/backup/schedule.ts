/** When rolling backups are made and which are kept. Pure, so it is tested without a clock or a disk. */

export const ROLLING_DELAY_MS = 15 * 60 * 1000;
export const REMINDER_AFTER_MS = 7 * 24 * 60 * 60 * 1000;

export type RetentionPolicy = { today: number; days: number; total: number };
/** Several from today, the newest of each of the seven days before, ten in all. */
export const DEFAULT_RETENTION: RetentionPolicy = { today: 4, days: 7, total: 10 };

export type StoredBackup = { name: string; createdAt: string };

const DAY_MS = 24 * 60 * 60 * 1000;
const dayOf = (iso: string) => iso.slice(0, 10);

/** The names of the backups to keep; every other one may be deleted. */
export function backupsToKeep(items: readonly StoredBackup[], now: Date, policy: RetentionPolicy = DEFAULT_RETENTION): Set<string> {
  const newestFirst = [...items].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  const today = dayOf(now.toISOString());
  const oldestDay = dayOf(new Date(now.getTime() - policy.days * DAY_MS).toISOString());
  const keep: StoredBackup[] = [];
  const daysTaken = new Set<string>();
  let todayCount = 0;
  for (const b of newestFirst) {
    const day = dayOf(b.createdAt);
    if (day >= today) {
      // Today (or a clock that ran ahead): the newest few.
      if (todayCount < policy.today) {
        keep.push(b);
        todayCount += 1;
      }
    } else if (day >= oldestDay && !daysTaken.has(day)) {
      keep.push(b);
      daysTaken.add(day);
    }
  }
  return new Set(keep.slice(0, policy.total).map((b) => b.name));
}

/** A rolling backup is due once data changed after the last one and 15 minutes have passed since it. */
export function rollingBackupDue(lastBackupAt: string | null, lastChangeAt: string | null, now: Date): boolean {
  if (lastChangeAt === null) return false;
  if (lastBackupAt === null) return true;
  if (lastChangeAt <= lastBackupAt) return false;
  return now.getTime() - Date.parse(lastBackupAt) >= ROLLING_DELAY_MS;
}

/** Browser mode: remind the manager to download a backup when the last one is over 7 days old and data changed since. */
export function backupReminderDue(lastBackupAt: string | null, lastChangeAt: string | null, now: Date): boolean {
  if (lastChangeAt === null) return false;
  if (lastBackupAt !== null && lastChangeAt <= lastBackupAt) return false;
  const since = lastBackupAt === null ? null : now.getTime() - Date.parse(lastBackupAt);
  return since === null || since > REMINDER_AFTER_MS;
}
