import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fixedClock, sequentialIds } from '../../../../shared/lib/ids';
import { freshDb } from '../../../../tests/helpers/db';
import { addRep } from '../../db/repositories/reps';
import type { CandorDB } from '../../db/db';
import { PlatformContext } from '../../platform';
import { fakePlatform, type FakePlatform } from '../../platform/fake';
import { DbContext } from '../../state/db';
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
    expect(await screen.findByText('That passphrase does not open this backup.')).toBeInTheDocument();
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
