import { useEffect, useState } from 'react';
import { backupMarks } from '@renderer/db/changes';
import type { LocalBackup, Platform } from '@renderer/platform';
import { Button } from '@renderer/ui/Button';

/**
 * Shown instead of the app when the saved data could not be upgraded. The data is untouched;
 * this screen offers the latest backup so nothing depends on the failed upgrade.
 */
export function BackupRecovery({ platform, message }: { platform: Platform; message: string }) {
  const [latest, setLatest] = useState<LocalBackup | null | 'none'>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    void platform.localBackups?.list().then(
      (items) => setLatest(items[0] ?? 'none'),
      () => setLatest('none'),
    );
  }, [platform]);
  const lastDownload = backupMarks.lastBackupAt();

  const saveCopy = async (b: LocalBackup) => {
    setFailure(null);
    try {
      const text = (await platform.localBackups?.read(b.name)) ?? '';
      const name = await platform.saveFile({
        suggestedName: b.name,
        bytes: new TextEncoder().encode(text),
        mimeType: 'application/json',
        filterName: 'Candor backup',
        extensions: ['json'],
      });
      if (name) setSaved(name);
    } catch {
      setFailure('The backup could not be copied. It is still in Candor’s backup folder.');
    }
  };

  return (
    <div className="card fatal" role="alert">
      <h1>Candor could not update your data</h1>
      <p style={{ marginTop: 8 }}>{message}</p>
      <p style={{ marginTop: 8 }}>
        Reinstall the version of Candor you used before to keep working with it, and tell us what happened. Nothing is lost.
      </p>
      {platform.localBackups ? (
        latest === null ? null : latest === 'none' ? (
          <p className="small muted">There is no automatic backup yet.</p>
        ) : (
          <div style={{ marginTop: 12 }}>
            <p>Your latest automatic backup is from {new Date(latest.createdAt).toLocaleString()}.</p>
            <Button variant="primary" onClick={() => void saveCopy(latest)}>
              Save a copy of the latest backup…
            </Button>
            {saved ? <p className="small">Saved as {saved}. Any version of Candor can restore it from Settings → Backup.</p> : null}
          </div>
        )
      ) : (
        <p className="small" style={{ marginTop: 8 }}>
          {lastDownload
            ? `Your latest backup was downloaded on ${new Date(lastDownload).toLocaleString()}: keep that file, any version of Candor can restore it from Settings → Backup.`
            : 'No backup has been downloaded from this browser yet.'}
        </p>
      )}
      {failure ? <p className="notice notice-error">{failure}</p> : null}
    </div>
  );
}
