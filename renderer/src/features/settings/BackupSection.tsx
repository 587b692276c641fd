import { useCallback, useEffect, useId, useState } from 'react';
import { backupFileName, integrityNote, summarize, type BackupSummary, type ReadBackup } from '../../../../shared/domain/backup';
import { backupReminderDue } from '../../../../shared/domain/backup/schedule';
import { TABLE_NAMES } from '../../../../shared/schemas/backup';
import { useDb } from '../../state/db';
import { useAppStore } from '../../state/store';
import { backupText, checkBackup, exportTables, restoreTables } from '../../db/backup';
import { backupMarks } from '../../db/changes';
import { TABLES } from '../../db/tables';
import { usePlatform, type LocalBackup } from '../../platform';
import { formatBytes, nearQuota, storageStatus, type StorageStatus } from '../../platform/storage';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { useWrite, WriteFailure } from '../../ui/WriteFailure';

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
        notify('success', `Backup saved as ${name}${passphrase ? ' (encrypted)' : ''}.`);
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

type Pending = { fileName: string; text: string; needsPassphrase: boolean; backup: ReadBackup | null; current: BackupSummary | null };

function RestoreBackup({ onRestored, refresh }: { onRestored: () => void; refresh: number }) {
  const db = useDb();
  const platform = usePlatform();
  const notify = useAppStore((s) => s.notify);
  const inputId = useId();
  const [pending, setPending] = useState<Pending | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const write = useWrite();

  const open = async (fileName: string, text: string, pass?: string) => {
    setProblem(null);
    setBusy(true);
    try {
      const res = await checkBackup(text, pass);
      if (!res.ok) {
        setPending(
          res.problem === 'needs-passphrase' || res.problem === 'wrong-passphrase'
            ? { fileName, text, needsPassphrase: true, backup: null, current: null }
            : null,
        );
        setProblem(res.message);
        return;
      }
      setPending({ fileName, text, needsPassphrase: false, backup: res.backup, current: summarize(await exportTables(db)) });
    } finally {
      setBusy(false);
    }
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setPassphrase('');
    await open(file.name, await file.text());
  };

  const confirm = async () => {
    if (!pending?.backup) return;
    const backup = pending.backup;
    setBusy(true);
    const done = await write.run(async () => {
      // First a copy of what is here now, so a restore can itself be undone.
      const now = new Date();
      const current = await backupText(db, { appVersion: await platform.appVersion(), now });
      let keptAs: string | null;
      if (platform.localBackups) keptAs = (await platform.localBackups.write(now.toISOString(), current)).name;
      else
        keptAs = await platform.saveFile({
          suggestedName: backupFileName(now.toISOString()).replace('candor-backup-', 'candor-backup-before-restore-'),
          bytes: encoder.encode(current),
          mimeType: 'application/json',
          filterName: 'Candor backup',
          extensions: ['json'],
        });
      if (!keptAs) throw Object.assign(new Error('The copy of your current data was not saved'), { name: 'SafetyCopyCancelled' });
      await restoreTables(db, backup);
      backupMarks.markBackedUp(new Date());
      return keptAs;
    });
    setBusy(false);
    if (done) {
      notify('success', `Backup restored. Your previous data was saved first as ${done}.`);
      setPending(null);
      onRestored();
    }
  };

  return (
    <div className="backup-block">
      <h3 className="backup-subtitle">Restore a backup</h3>
      <p className="small muted">
        Candor checks the whole file first and shows what it holds next to what is here now. Nothing changes until you confirm.
      </p>
      <div className="row-actions" style={{ justifyContent: 'flex-start' }}>
        <label className="btn btn-secondary" htmlFor={inputId}>
          Choose a backup file…
        </label>
        <input
          id={inputId}
          className="visually-hidden"
          type="file"
          accept=".json,application/json"
          aria-label="Backup file to restore"
          onChange={(e) => {
            void onFile(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </div>
      {platform.localBackups ? <LocalBackupList refresh={refresh} onPick={(b, text) => void open(b.name, text)} /> : null}
      {problem ? (
        <p className="notice notice-error" role="alert">
          {problem}
        </p>
      ) : null}
      {pending?.needsPassphrase ? (
        <form
          className="form-row"
          onSubmit={(e) => {
            e.preventDefault();
            void open(pending.fileName, pending.text, passphrase);
          }}
        >
          <Field label={`Passphrase for ${pending.fileName}`}>
            <input type="password" autoComplete="current-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
          </Field>
          <Button type="submit" disabled={busy || !passphrase}>
            Open backup
          </Button>
        </form>
      ) : null}
      {pending?.backup && pending.current ? (
        <div className="backup-compare">
          <p>
            <strong>{pending.fileName}</strong> was made {when(pending.backup.meta.createdAt)} by Candor {pending.backup.meta.appVersion}
            {pending.backup.meta.encrypted ? ', encrypted' : ''}. {integrityNote(pending.backup.meta)}
          </p>
          <table className="table compact">
            <caption className="visually-hidden">What the backup holds beside what is here now</caption>
            <thead>
              <tr>
                <th scope="col">Kind</th>
                <th scope="col">In the backup</th>
                <th scope="col">Here now</th>
              </tr>
            </thead>
            <tbody>
              {TABLE_NAMES.filter((n) => pending.backup?.summary[n].count || pending.current?.[n].count).map((n) => (
                <tr key={n}>
                  <th scope="row">{TABLES[n].label}</th>
                  <td>{describe(pending.backup?.summary[n])}</td>
                  <td>{describe(pending.current?.[n])}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="small">Restoring replaces everything here now with the backup. Candor first saves a copy of your current data.</p>
          <div className="row-actions" style={{ justifyContent: 'flex-start' }}>
            <Button variant="danger" onClick={() => void confirm()} disabled={busy}>
              {busy ? 'Restoring…' : 'Replace my data with this backup'}
            </Button>
            <Button variant="ghost" onClick={() => setPending(null)} disabled={busy}>
              Cancel
            </Button>
          </div>
          <WriteFailure failure={write.failure} />
        </div>
      ) : null}
    </div>
  );
}

function describe(s: { count: number; newest: string | null } | undefined): string {
  if (!s || s.count === 0) return 'none';
  return `${s.count.toLocaleString()}${s.newest ? `, newest ${new Date(s.newest).toLocaleDateString()}` : ''}`;
}

function LocalBackupList({ refresh, onPick }: { refresh: number; onPick: (b: LocalBackup, text: string) => void }) {
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
