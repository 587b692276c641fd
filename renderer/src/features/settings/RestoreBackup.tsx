import { useId, useState } from 'react';
import { backupFileName, integrityNote, summarize, type BackupSummary, type ReadBackup } from '@shared/domain/backup';
import { TABLE_NAMES } from '@shared/schemas/backup';
import { useDb } from '@renderer/state/db';
import { useAppStore } from '@renderer/state/store';
import { backupText, checkBackup, exportTables, restoreTables } from '@renderer/db/backup';
import { backupMarks } from '@renderer/db/changes';
import type { CandorDB } from '@renderer/db/db';
import { TABLES } from '@renderer/db/tables';
import { usePlatform, type Platform } from '@renderer/platform';
import { Button } from '@renderer/ui/Button';
import { Field } from '@renderer/ui/Field';
import { useWrite, WriteFailure } from '@renderer/ui/WriteFailure';
import { LocalBackupList } from './LocalBackupList';

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : '—');

export const COPY_NOT_SAVED = 'The restore was stopped: the copy of your current data was not saved, so nothing was replaced.';
export const COPY_FAILED = 'The restore was stopped: the copy of your current data could not be made, so nothing was replaced.';
export const RESTORE_STOPPED = 'Restore stopped. Nothing was replaced.';

/**
 * A copy of everything here now, made before a restore replaces it. Desktop: into the
 * user-data folder, kept apart from rolling backups. Browser: a download, which the manager
 * must confirm was saved (the page cannot tell a saved download from a cancelled one).
 */
async function saveSafetyCopy(db: CandorDB, platform: Platform): Promise<string | null> {
  const now = new Date();
  const current = await backupText(db, { appVersion: await platform.appVersion(), now });
  if (platform.localBackups) return (await platform.localBackups.write(now.toISOString(), current, 'before-restore')).name;
  return platform.saveFile({
    suggestedName: backupFileName(now.toISOString()).replace('candor-backup-', 'candor-backup-before-restore-'),
    bytes: new TextEncoder().encode(current),
    mimeType: 'application/json',
    filterName: 'Candor backup',
    extensions: ['json'],
  });
}

type Pending = { fileName: string; text: string; needsPassphrase: boolean; backup: ReadBackup | null; current: BackupSummary | null };

/** The restore flow: open and check a file, save a copy of what is here, then replace it. */
function useRestore(onRestored: () => void) {
  const db = useDb();
  const platform = usePlatform();
  const notify = useAppStore((s) => s.notify);
  const [pending, setPending] = useState<Pending | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [stopped, setStopped] = useState(false);
  const [busy, setBusy] = useState(false);
  /** Browser only: the name of the copy whose download the manager has not yet confirmed. */
  const [copyToCheck, setCopyToCheck] = useState<string | null>(null);
  const write = useWrite();

  const open = async (fileName: string, text: string, pass?: string) => {
    setProblem(null);
    setStopped(false);
    setCopyToCheck(null);
    setBusy(true);
    try {
      const res = await checkBackup(text, pass);
      if (!res.ok) {
        const askAgain = res.problem === 'needs-passphrase' || res.problem === 'wrong-passphrase';
        setPending(askAgain ? { fileName, text, needsPassphrase: true, backup: null, current: null } : null);
        setProblem(res.message);
        return;
      }
      setPending({ fileName, text, needsPassphrase: false, backup: res.backup, current: summarize(await exportTables(db)) });
    } finally {
      setBusy(false);
    }
  };

  const replace = async (keptAs: string) => {
    const backup = pending?.backup;
    if (!backup) return;
    setBusy(true);
    const done = await write.run(async () => {
      await restoreTables(db, backup);
      backupMarks.markBackedUp(new Date());
      return true;
    });
    setBusy(false);
    if (done) {
      notify('success', `Backup restored. Your previous data was saved first as ${keptAs}.`);
      setCopyToCheck(null);
      setPending(null);
      onRestored();
    }
  };

  const confirm = async () => {
    setProblem(null);
    setStopped(false);
    setBusy(true);
    let keptAs: string | null;
    try {
      keptAs = await saveSafetyCopy(db, platform);
    } catch {
      setProblem(COPY_FAILED);
      return;
    } finally {
      setBusy(false);
    }
    if (!keptAs) setProblem(COPY_NOT_SAVED);
    else if (!platform.knowsWhenSaved) setCopyToCheck(keptAs);
    else await replace(keptAs);
  };

  const stop = () => {
    setCopyToCheck(null);
    setStopped(true);
  };
  return { pending, problem, stopped, busy, copyToCheck, failure: write.failure, open, replace, confirm, stop, cancel: () => setPending(null) };
}

export function RestoreBackup({ onRestored, refresh }: { onRestored: () => void; refresh: number }) {
  const platform = usePlatform();
  const r = useRestore(onRestored);
  const { pending, copyToCheck } = r;
  return (
    <div className="backup-block">
      <h3 className="backup-subtitle">Restore a backup</h3>
      <p className="small muted">
        Candor checks the whole file first and shows what it holds next to what is here now. Nothing changes until you confirm.
      </p>
      <ChooseFile onText={(name, text) => void r.open(name, text)} />
      {platform.localBackups ? <LocalBackupList refresh={refresh} onPick={(b, text) => void r.open(b.name, text)} /> : null}
      {r.problem ? (
        <p className="notice notice-error" role="alert">
          {r.problem}
        </p>
      ) : null}
      {r.stopped ? (
        <p className="notice notice-info" role="status">
          {RESTORE_STOPPED}
        </p>
      ) : null}
      {pending?.needsPassphrase ? (
        <PassphrasePrompt
          key={pending.text}
          fileName={pending.fileName}
          busy={r.busy}
          onOpen={(pass) => void r.open(pending.fileName, pending.text, pass)}
        />
      ) : null}
      {pending?.backup && pending.current ? (
        <div className="backup-compare">
          <Compare fileName={pending.fileName} backup={pending.backup} current={pending.current} />
          {copyToCheck ? (
            <CopyCheck
              name={copyToCheck}
              busy={r.busy}
              onSaved={() => void r.replace(copyToCheck)}
              onAgain={() => void r.confirm()}
              onStop={r.stop}
            />
          ) : (
            <>
              <p className="small">Restoring replaces everything here now with the backup. Candor first saves a copy of your current data.</p>
              <div className="row-actions" style={{ justifyContent: 'flex-start' }}>
                <Button variant="danger" onClick={() => void r.confirm()} disabled={r.busy}>
                  {r.busy ? 'Restoring…' : 'Replace my data with this backup'}
                </Button>
                <Button variant="ghost" onClick={r.cancel} disabled={r.busy}>
                  Cancel
                </Button>
              </div>
            </>
          )}
          <WriteFailure failure={r.failure} />
        </div>
      ) : null}
    </div>
  );
}

function ChooseFile({ onText }: { onText: (name: string, text: string) => void }) {
  const inputId = useId();
  return (
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
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void file.text().then((text) => onText(file.name, text));
        }}
      />
    </div>
  );
}

function PassphrasePrompt({ fileName, busy, onOpen }: { fileName: string; busy: boolean; onOpen: (passphrase: string) => void }) {
  const [passphrase, setPassphrase] = useState('');
  return (
    <form
      className="form-row"
      onSubmit={(e) => {
        e.preventDefault();
        onOpen(passphrase);
      }}
    >
      <Field label={`Passphrase for ${fileName}`}>
        <input type="password" autoComplete="current-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
      </Field>
      <Button type="submit" disabled={busy || !passphrase}>
        Open backup
      </Button>
    </form>
  );
}

/** Browser: the copy went to the downloads; nothing is replaced until the manager says it is there. */
function CopyCheck(props: { name: string; busy: boolean; onSaved: () => void; onAgain: () => void; onStop: () => void }) {
  return (
    <div className="notice notice-warn" role="group" aria-label="Check the copy of your current data">
      <div>
        <p>
          Your browser was asked to download a copy of your current data as <strong>{props.name}</strong>. Candor cannot see whether it was saved:
          check your downloads before going on. If the download was cancelled or failed, replacing your data now would lose what is here.
        </p>
        <div className="row-actions" style={{ justifyContent: 'flex-start', marginTop: 8 }}>
          <Button variant="danger" onClick={props.onSaved} disabled={props.busy}>
            The copy is in my downloads: replace my data
          </Button>
          <Button onClick={props.onAgain} disabled={props.busy}>
            Download the copy again
          </Button>
          <Button variant="ghost" onClick={props.onStop} disabled={props.busy}>
            Stop, keep my data
          </Button>
        </div>
      </div>
    </div>
  );
}

function Compare({ fileName, backup, current }: { fileName: string; backup: ReadBackup; current: BackupSummary }) {
  return (
    <>
      <p>
        <strong>{fileName}</strong> was made {when(backup.meta.createdAt)} by Candor {backup.meta.appVersion}
        {backup.meta.encrypted ? ', encrypted' : ''}. {integrityNote(backup.meta)}
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
          {TABLE_NAMES.filter((n) => backup.summary[n].count || current[n].count).map((n) => (
            <tr key={n}>
              <th scope="row">{TABLES[n].label}</th>
              <td>{describe(backup.summary[n])}</td>
              <td>{describe(current[n])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function describe(s: { count: number; newest: string | null } | undefined): string {
  if (!s || s.count === 0) return 'none';
  return `${s.count.toLocaleString()}${s.newest ? `, newest ${new Date(s.newest).toLocaleDateString()}` : ''}`;
}
