import { useCallback, useEffect, useState } from 'react';
import { backupFileName } from '@shared/domain/backup';
import { backupReminderDue } from '@shared/domain/backup/schedule';
import { useDb } from '@renderer/state/db';
import { useAppStore } from '@renderer/state/store';
import { backupText } from '@renderer/db/backup';
import { backupMarks } from '@renderer/db/changes';
import { usePlatform } from '@renderer/platform';
import { formatBytes, nearQuota, storageStatus, type StorageStatus } from '@renderer/platform/storage';
import { Button } from '@renderer/ui/Button';
import { Field } from '@renderer/ui/Field';
import { RestoreBackup } from './RestoreBackup';

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : '—');
const encoder = new TextEncoder();

/** Settings → Backup: save everything to one file, restore from one, and see how safe the storage is. */
export function BackupSection() {
  const [refresh, setRefresh] = useState(0);
  const bump = useCallback(() => setRefresh((n) => n + 1), []);
  return (
    <section className="card" aria-labelledby="backup-title">
      <h2 id="backup-title" className="card-title">
        Backup
      </h2>
      <p className="muted small" style={{ marginBottom: 12 }}>
        A backup is one file with everything Candor holds: reps, imports, expectations, overrides, plans, role-plays and settings. Keep one somewhere
        safe; restoring it replaces what is here now.
      </p>
      <BackupReminder refresh={refresh} />
      <SaveBackup onSaved={bump} />
      <RestoreBackup onRestored={bump} refresh={refresh} />
      <StorageFacts />
    </section>
  );
}

function BackupReminder({ refresh }: { refresh: number }) {
  const platform = usePlatform();
  // `refresh` changes after a save or restore; the marks live outside React, so read them on render.
  void refresh;
  const last = backupMarks.lastBackupAt();
  const due = platform.kind !== 'electron' && backupReminderDue(last, backupMarks.lastChangeAt(), new Date());
  return (
    <>
      {due ? (
        <p className="notice notice-warn" role="status">
          {last
            ? `Your last backup is from ${when(last)} and your data has changed since. Save a new backup to keep your recent work safe.`
            : 'You have not saved a backup yet. Save one so your work survives a lost or reset browser.'}
        </p>
      ) : null}
      <p className="small">Last backup: {last ? when(last) : 'none yet'}</p>
    </>
  );
}

function SaveBackup({ onSaved }: { onSaved: () => void }) {
  const db = useDb();
  const platform = usePlatform();
  const notify = useAppStore((s) => s.notify);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const mismatch = passphrase !== '' && repeat !== '' && passphrase !== repeat;

  const save = async () => {
    if (passphrase && passphrase !== repeat) {
      setFailure('The two passphrases differ; type the same passphrase twice.');
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const now = new Date();
      const text = await backupText(db, { appVersion: await platform.appVersion(), now, passphrase: passphrase || undefined });
      const name = await platform.saveFile({
        suggestedName: backupFileName(now.toISOString()),
        bytes: encoder.encode(text),
        mimeType: 'application/json',
        filterName: 'Candor backup',
        extensions: ['json'],
      });
      if (name) {
        backupMarks.markBackedUp(now);
        const what = `${name}${passphrase ? ' (encrypted)' : ''}`;
        // In a browser a name back means only that a download started.
        notify(
          'success',
          platform.knowsWhenSaved ? `Backup saved as ${what}.` : `Your browser is downloading the backup as ${what}: keep that file somewhere safe.`,
        );
        setPassphrase('');
        setRepeat('');
        onSaved();
      }
    } catch (e) {
      setFailure(`The backup could not be saved: ${e instanceof Error ? e.message : 'unknown error'}. Your data is unchanged.`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="backup-block">
      <h3 className="backup-subtitle">Save a backup</h3>
      <div className="form-row">
        <Field
          label="Passphrase"
          optional
          hint="Encrypts the file. Candor cannot open it without this passphrase, and cannot recover a forgotten one."
        >
          <input type="password" autoComplete="new-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
        </Field>
        {passphrase ? (
          <Field label="Repeat the passphrase" error={mismatch ? 'The two passphrases differ' : undefined}>
            <input type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} />
          </Field>
        ) : null}
      </div>
      <Button variant="primary" onClick={() => void save()} disabled={busy}>
        {busy ? 'Saving…' : platform.kind === 'electron' ? 'Save backup…' : 'Download backup'}
      </Button>
      {failure ? (
        <p className="notice notice-error" role="alert">
          {failure}
        </p>
      ) : null}
    </div>
  );
}

function StorageFacts() {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  useEffect(() => {
    void storageStatus().then(setStatus);
  }, []);
  if (!status) return null;
  return (
    <div className="backup-block">
      <h3 className="backup-subtitle">Storage on this computer</h3>
      <dl className="facts">
        <dt>Protection</dt>
        <dd>
          {status.persisted === true
            ? 'Persistent: the browser engine will not clear Candor’s data to free up disk space.'
            : status.persisted === false
              ? 'Not persistent: when the disk is nearly full, the browser engine may clear Candor’s data. Keep a recent backup.'
              : 'Unknown: this browser does not say whether it may clear Candor’s data. Keep a recent backup.'}
        </dd>
        <dt>Space used</dt>
        <dd>
          {status.usage !== null && status.quota !== null
            ? `${formatBytes(status.usage)} of ${formatBytes(status.quota)} available to Candor`
            : 'This browser does not report it.'}
        </dd>
      </dl>
      {nearQuota(status) ? (
        <p className="notice notice-warn" role="alert">
          Candor’s storage is nearly full. New imports and changes may fail: save a backup, then remove imports you no longer need.
        </p>
      ) : null}
    </div>
  );
}
