import type Dexie from 'dexie';

/**
 * When data last changed and when the last backup was made, kept in localStorage (not in the
 * database, whose schema other work owns): the backup reminder and rolling backups read them.
 */
const LAST_CHANGE = 'candor.lastChangeAt';
const LAST_BACKUP = 'candor.lastBackupAt';

function store(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export const backupMarks = {
  lastChangeAt: (): string | null => store()?.getItem(LAST_CHANGE) ?? null,
  lastBackupAt: (): string | null => store()?.getItem(LAST_BACKUP) ?? null,
  markChanged: (now: Date = new Date()) => store()?.setItem(LAST_CHANGE, now.toISOString()),
  markBackedUp: (now: Date = new Date()) => store()?.setItem(LAST_BACKUP, now.toISOString()),
};

/** Records the time of every write to any table (a Dexie middleware, so no write path can forget it). */
export function trackChanges(db: Dexie, onChange: () => void = () => backupMarks.markChanged()): void {
  db.use({
    stack: 'dbcore',
    name: 'candor-changes',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: async (req) => {
            const res = await table.mutate(req);
            onChange();
            return res;
          },
        };
      },
    }),
  });
}
