import { useEffect, useState } from 'react';
import { usePlatform, type LocalBackup } from '@renderer/platform';
import { formatBytes } from '@renderer/platform/storage';
import { Button } from '@renderer/ui/Button';

const when = (iso: string) => new Date(iso).toLocaleString();

/** Desktop: the backups kept in the user-data folder (rolling ones, and copies saved before a restore), each with Restore…. */
export function LocalBackupList({ refresh, onPick }: { refresh: number; onPick: (b: LocalBackup, text: string) => void }) {
  const platform = usePlatform();
  const [items, setItems] = useState<LocalBackup[] | null>(null);
  const [folder, setFolder] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    const local = platform.localBackups;
    if (!local) return;
    void local.list().then(setItems, () => setFailure('The automatic backups could not be listed.'));
    void local.folder().then(setFolder, () => undefined);
  }, [platform, refresh]);
  if (failure)
    return (
      <p className="notice notice-error" role="alert">
        {failure}
      </p>
    );
  if (!items) return null;
  return (
    <div className="backup-local">
      <h4 className="small">Automatic backups{folder ? ` (in ${folder})` : ''}</h4>
      {items.length === 0 ? (
        <p className="small muted">None yet. Candor saves one 15 minutes after a change and when you quit.</p>
      ) : (
        <ul className="plain-list">
          {items.map((b) => (
            <li key={b.name} className="row-actions" style={{ justifyContent: 'space-between' }}>
              <span>
                {when(b.createdAt)} · {formatBytes(b.size)}
                {b.kind === 'before-restore' ? ' · saved before a restore' : ''}
              </span>
              <Button
                size="sm"
                onClick={() =>
                  void platform.localBackups
                    ?.read(b.name)
                    .then((text) => onPick(b, text))
                    .catch(() => setFailure('That automatic backup could not be read.'))
                }
              >
                Restore…
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
