import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { createBackup } from '@shared/domain/backup';
import { fixedClock, sequentialIds } from '@shared/lib/ids';
import { BACKUP_SCHEMA_VERSION } from '@shared/schemas/backup';
import { freshDb } from '@tests/helpers/db';
import { exportTables } from '@renderer/db/backup';
import { addRep } from '@renderer/db/repositories/reps';
import type { CandorDB } from '@renderer/db/db';
import { PlatformContext, type LocalBackup } from '@renderer/platform';
import { fakePlatform, type FakePlatform } from '@renderer/platform/fake';
import { DbContext } from '@renderer/state/db';
import { useAppStore } from '@renderer/state/store';
import { BackupSection } from './BackupSection';

const deps = { ids: sequentialIds('r'), clock: fixedClock('2026-11-01T09:00:00.000Z') };

function renderSection(db: CandorDB, platform: FakePlatform) {
  return render(
    <DbContext.Provider value={db}>
      <PlatformContext.Provider value={platform}>
        <BackupSection />
      </PlatformContext.Provider>
    </DbContext.Provider>,
  );
}

const fileOf = (name: string, text: string) => new File([text], name, { type: 'application/json' });
const savedText = (p: FakePlatform, i: number) => new TextDecoder().decode(p.saved[i]?.bytes);

beforeEach(() => localStorage.clear());

describe('Settings → Backup', () => {
  it('downloads a backup, then restores it after showing what it holds beside what is here, saving the current data first', async () => {
    const user = userEvent.setup();
    const db = freshDb();
    const platform = fakePlatform('0.1.0');
    await addRep(db, { name: 'Ana Ruiz', role: 'AE', startDate: '2025-01-01' }, deps);
    renderSection(db, platform);

    expect(screen.getByText(/You have not saved a backup yet/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Download backup' }));
    await waitFor(() => expect(platform.saved).toHaveLength(1));
    expect(platform.saved[0]?.suggestedName).toMatch(/^candor-backup-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
    const backup = savedText(platform, 0);
    expect(JSON.parse(backup)).toMatchObject({ format: 'candor-backup', encrypted: false, appVersion: '0.1.0' });
    await waitFor(() => expect(screen.queryByText(/You have not saved a backup yet/)).not.toBeInTheDocument());

    await addRep(db, { name: 'Later Rep', role: 'AE', startDate: '2025-01-01' }, deps);
    await user.upload(screen.getByLabelText('Backup file to restore'), fileOf('mine.json', backup));
    const table = await screen.findByRole('table');
    const reps = within(table).getByRole('row', { name: /Reps/ });
    expect(
      within(reps)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([expect.stringMatching(/^1/), expect.stringMatching(/^2/)]);

    await user.click(screen.getByRole('button', { name: 'Replace my data with this backup' }));
    await waitFor(async () => expect((await db.reps.toArray()).map((r) => r.name)).toEqual(['Ana Ruiz']));
    // The data that was replaced was saved first, and that copy holds both reps.
    expect(platform.saved[1]?.suggestedName).toMatch(/^candor-backup-before-restore-/);
    expect(savedText(platform, 1)).toContain('Later Rep');
  });

  it('an encrypted backup asks for its passphrase and says plainly when it is wrong', async () => {
    const user = userEvent.setup();
    const db = freshDb();
    const platform = fakePlatform();
    await addRep(db, { name: 'Ana Ruiz', role: 'AE', startDate: '2025-01-01' }, deps);
    renderSection(db, platform);
    await user.type(screen.getByLabelText(/^Passphrase/), 'tulip');
    await user.type(screen.getByLabelText('Repeat the passphrase'), 'tulip');
    await user.click(screen.getByRole('button', { name: 'Download backup' }));
    await waitFor(() => expect(platform.saved).toHaveLength(1));
    expect(savedText(platform, 0)).not.toContain('Ana Ruiz');

    await user.upload(screen.getByLabelText('Backup file to restore'), fileOf('enc.json', savedText(platform, 0)));
    expect(await screen.findByText('This backup is encrypted; enter its passphrase to open it.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Passphrase for enc.json'), 'tulips');
    await user.click(screen.getByRole('button', { name: 'Open backup' }));
    expect(await screen.findByText('That passphrase does not open this backup, or the file was changed after it was saved.')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Passphrase for enc.json'));
    await user.type(screen.getByLabelText('Passphrase for enc.json'), 'tulip');
    await user.click(screen.getByRole('button', { name: 'Open backup' }));
    expect(await screen.findByRole('button', { name: 'Replace my data with this backup' })).toBeInTheDocument();
  });

  it('refuses to save when the two passphrases differ', async () => {
    const user = userEvent.setup();
    const platform = fakePlatform();
    renderSection(freshDb(), platform);
    await user.type(screen.getByLabelText(/^Passphrase/), 'one');
    await user.type(screen.getByLabelText('Repeat the passphrase'), 'two');
    await user.click(screen.getByRole('button', { name: 'Download backup' }));
    expect(await screen.findByText('The two passphrases differ; type the same passphrase twice.')).toBeInTheDocument();
    expect(platform.saved).toHaveLength(0);
  });

  it.each([
    [
      'a truncated backup',
      (t: string) => t.slice(0, t.length - 40),
      'This file is incomplete or damaged (it may have been cut short while copying), so it cannot be restored.',
    ],
    [
      'an edited backup',
      (t: string) => t.replace('Ana Ruiz', 'Ana Ruis'),
      'This backup’s contents do not match its checksum: it was changed or damaged after it was saved.',
    ],
    [
      'a backup from a newer Candor',
      (t: string) => t.replace(/"schemaVersion":\d+/, '"schemaVersion":999'),
      'This backup was made by a newer version of Candor; install that version to restore it.',
    ],
  ])('%s gets one plain sentence and changes nothing', async (_l, mutate, message) => {
    const user = userEvent.setup();
    const db = freshDb();
    const platform = fakePlatform();
    await addRep(db, { name: 'Ana Ruiz', role: 'AE', startDate: '2025-01-01' }, deps);
    renderSection(db, platform);
    await user.click(screen.getByRole('button', { name: 'Download backup' }));
    await waitFor(() => expect(platform.saved).toHaveLength(1));
    await addRep(db, { name: 'Kept Rep', role: 'AE', startDate: '2025-01-01' }, deps);
    await user.upload(screen.getByLabelText('Backup file to restore'), fileOf('b.json', mutate(savedText(platform, 0))));
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Replace my data with this backup' })).not.toBeInTheDocument();
    expect(await db.reps.count()).toBe(2);
  });
});

const repNames = async (db: CandorDB) => (await db.reps.toArray()).map((r) => r.name).sort();

/** Ana is backed up; Later Rep is added after: restoring the backup would lose Later Rep. */
async function backupThenChange(db: CandorDB, platform: FakePlatform): Promise<string> {
  await addRep(db, { name: 'Ana Ruiz', role: 'AE', startDate: '2025-01-01' }, deps);
  const text = await createBackup(await exportTables(db), {
    schemaVersion: BACKUP_SCHEMA_VERSION,
    appVersion: '0.1.0',
    createdAt: '2026-11-30T08:00:00.000Z',
  });
  await addRep(db, { name: 'Later Rep', role: 'AE', startDate: '2025-01-01' }, deps);
  renderSection(db, platform);
  return text;
}

async function chooseBackup(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.upload(screen.getByLabelText('Backup file to restore'), new File([text], 'mine.json', { type: 'application/json' }));
  await screen.findByRole('table', { name: 'What the backup holds beside what is here now' });
}

describe('the copy of the current data before a restore, in a browser', () => {
  it('replaces nothing until the manager says the downloaded copy is there, and stops when told to', async () => {
    const user = userEvent.setup();
    const db = freshDb();
    const platform = fakePlatform();
    platform.knowsWhenSaved = false;
    await chooseBackup(user, await backupThenChange(db, platform));
    await user.click(screen.getByRole('button', { name: 'Download backup' }));
    await waitFor(() =>
      expect(useAppStore.getState().toasts.map((t) => t.text)).toContainEqual(
        expect.stringMatching(/^Your browser is downloading the backup as candor-backup-.*: keep that file somewhere safe\.$/),
      ),
    );
    platform.saved.length = 0;
    expect(screen.getByText(/catches damage, not deliberate edits/)).toBeInTheDocument();
    expect(screen.queryByText(/intact/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Replace my data with this backup' }));
    const check = await screen.findByRole('group', { name: 'Check the copy of your current data' });
    expect(platform.saved.map((s) => s.suggestedName)).toEqual([expect.stringMatching(/^candor-backup-before-restore-/)]);
    expect(new TextDecoder().decode(platform.saved[0]?.bytes)).toContain('Later Rep');
    expect(within(check).getByText(/Candor cannot see whether it was saved/)).toBeInTheDocument();
    expect(await repNames(db)).toEqual(['Ana Ruiz', 'Later Rep']);

    await user.click(within(check).getByRole('button', { name: 'Stop, keep my data' }));
    expect(await screen.findByText('Restore stopped. Nothing was replaced.')).toBeInTheDocument();
    expect(await repNames(db)).toEqual(['Ana Ruiz', 'Later Rep']);

    await user.click(screen.getByRole('button', { name: 'Replace my data with this backup' }));
    await user.click(await screen.findByRole('button', { name: 'The copy is in my downloads: replace my data' }));
    await waitFor(async () => expect(await repNames(db)).toEqual(['Ana Ruiz']));
  });

  it('a cancelled save of the copy stops the restore, says so, and keeps the data', async () => {
    const user = userEvent.setup();
    const db = freshDb();
    const platform = fakePlatform();
    await chooseBackup(user, await backupThenChange(db, platform));
    platform.cancelSaves = true;
    await user.click(screen.getByRole('button', { name: 'Replace my data with this backup' }));
    expect(
      await screen.findByText('The restore was stopped: the copy of your current data was not saved, so nothing was replaced.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /replace my data$/ })).not.toBeInTheDocument();
    expect(await repNames(db)).toEqual(['Ana Ruiz', 'Later Rep']);
  });
});

describe('the copy of the current data before a restore, on the desktop', () => {
  it('goes into the backup folder as a copy kept apart from the rolling backups, then the restore runs', async () => {
    const user = userEvent.setup();
    const db = freshDb();
    const platform = fakePlatform();
    const written: { text: string; kind: string | undefined }[] = [];
    const listed: LocalBackup[] = [];
    platform.localBackups = {
      list: async () => listed,
      read: async () => '',
      folder: async () => '/home/m/.config/Candor/backups',
      write: async (createdAt, text, kind) => {
        written.push({ text, kind });
        const entry: LocalBackup = { name: `copy-${written.length}.json`, kind: kind ?? 'rolling', createdAt, size: text.length };
        listed.push(entry);
        return entry;
      },
    };
    await chooseBackup(user, await backupThenChange(db, platform));
    await user.click(screen.getByRole('button', { name: 'Replace my data with this backup' }));
    await waitFor(async () => expect(await repNames(db)).toEqual(['Ana Ruiz']));
    expect(written.map((w) => w.kind)).toEqual(['before-restore']);
    expect(written[0]?.text).toContain('Later Rep');
    expect(platform.saved).toEqual([]);
    expect(await screen.findByText(/saved before a restore/)).toBeInTheDocument();
  });
});
