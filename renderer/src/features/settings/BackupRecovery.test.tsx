import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { seedAtVersion } from '@tests/helpers/db';
import { App } from '@renderer/app/App';
import { createDb } from '@renderer/db/db';
import { fakePlatform } from '@renderer/platform/fake';
import { LATEST_VERSION, VERSIONS } from '@renderer/db/versions';

describe('when an upgrade fails', () => {
  it('shows a recovery screen that offers the latest backup, and leaves the data alone', async () => {
    const user = userEvent.setup();
    const name = `candor-recovery-${Math.random()}`;
    await seedAtVersion(name, LATEST_VERSION, async (db) => {
      await db.table('settings').put({ id: 'app', onboardedAt: '2026-01-01T00:00:00.000Z' });
    });
    const db = createDb(name, [
      ...VERSIONS,
      {
        version: LATEST_VERSION + 1,
        stores: { notes: 'id' },
        migrate: async () => {
          throw new Error('broken upgrade');
        },
      },
    ]);
    const platform = fakePlatform();
    const files = new Map([['candor-backup-2026-11-30T17-00-00-000Z.json', '{"format":"candor-backup"}']]);
    platform.localBackups = {
      list: async () => [{ name: 'candor-backup-2026-11-30T17-00-00-000Z.json', kind: 'rolling', createdAt: '2026-11-30T17:00:00.000Z', size: 26 }],
      read: async (n) => files.get(n) ?? '',
      write: async () => {
        throw new Error('not here');
      },
      folder: async () => '/backups',
    };
    // openDb compares against the latest version it is given: the app is "newer" by one.
    render(<App db={db} platform={platform} latestVersion={LATEST_VERSION + 1} />);
    expect(await screen.findByRole('heading', { name: 'Candor could not update your data' })).toBeInTheDocument();
    expect(screen.getByText(/Your data has not been changed/)).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Save a copy of the latest backup…' }));
    expect(platform.saved[0]?.suggestedName).toBe('candor-backup-2026-11-30T17-00-00-000Z.json');
    expect(new TextDecoder().decode(platform.saved[0]?.bytes)).toBe('{"format":"candor-backup"}');

    const again = createDb(name);
    await again.open();
    expect(again.verno).toBe(LATEST_VERSION);
    expect(await again.settings.get('app')).toMatchObject({ onboardedAt: '2026-01-01T00:00:00.000Z' });
    again.close();
  });
});
