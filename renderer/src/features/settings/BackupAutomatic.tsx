import { useEffect } from 'react';
import { rollingBackupDue } from '@shared/domain/backup/schedule';
import { useDb } from '@renderer/state/db';
import { useAppStore } from '@renderer/state/store';
import { backupText } from '@renderer/db/backup';
import { backupMarks } from '@renderer/db/changes';
import { usePlatform } from '@renderer/platform';

const CHECK_EVERY_MS = 60_000;

/**
 * Desktop app: a rolling backup into the user-data folder once data changed and 15 minutes
 * passed since the last one. Renders nothing; a failure is said once, in a message.
 */
export function BackupAutomatic() {
  const db = useDb();
  const platform = usePlatform();
  const notify = useAppStore((s) => s.notify);
  useEffect(() => {
    const local = platform.localBackups;
    if (!local) return;
    let running = false;
    let warned = false;
    const tick = async () => {
      const now = new Date();
      if (running || !rollingBackupDue(backupMarks.lastBackupAt(), backupMarks.lastChangeAt(), now)) return;
      running = true;
      try {
        await local.write(now.toISOString(), await backupText(db, { appVersion: await platform.appVersion(), now }));
        backupMarks.markBackedUp(now);
      } catch {
        if (!warned) notify('error', 'Candor could not save its automatic backup. Your data is still here; save a backup from Settings → Backup.');
        warned = true;
      } finally {
        running = false;
      }
    };
    const id = setInterval(() => void tick(), CHECK_EVERY_MS);
    return () => clearInterval(id);
  }, [db, platform, notify]);
  return null;
}
