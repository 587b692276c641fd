import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fixedClock, sequentialIds } from '@shared/lib/ids';
import { freshDb } from '@tests/helpers/db';
import { addRep } from '@renderer/db/repositories/reps';
import { StoredFormatProvider } from '@renderer/db/hooks';
import type { CandorDB } from '@renderer/db/db';
import { PlatformContext } from '@renderer/platform';
import { fakePlatform } from '@renderer/platform/fake';
import { DbContext } from '@renderer/state/db';
import { renderApp } from '@renderer/app/testing';
import { BackupSection } from './BackupSection';
import { NumberFormatSettings } from './NumberFormatSettings';

const deps = { ids: sequentialIds('r'), clock: fixedClock('2026-11-01T09:00:00.000Z') };

function renderBackup(db: CandorDB) {
  return render(
    <DbContext.Provider value={db}>
      <PlatformContext.Provider value={fakePlatform('0.1.0')}>
        <BackupSection />
      </PlatformContext.Provider>
    </DbContext.Provider>,
  );
}

beforeEach(() => localStorage.clear());

describe('Settings → Backup: a file that cannot be restored', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['notes.txt', 'Call Ana on Monday about the Q4 pipeline.', /not a Candor backup/],
    ['other.json', JSON.stringify({ hello: 'world', rows: [1, 2, 3] }), /not a Candor backup/],
    ['half.json', '{"format":"candor-backup","schemaVersion":', /incomplete or damaged/],
  ];
  for (const [name, text, said] of cases) {
    it(`“${name}” gets one sentence, no compare table, and the reps here stay`, async () => {
      const user = userEvent.setup();
      const db = freshDb();
      await addRep(db, { name: 'Ana Ruiz', role: 'AE', startDate: '2025-01-01' }, deps);
      await addRep(db, { name: 'Ben Okafor', role: 'AE', startDate: '2025-03-01' }, deps);
      renderBackup(db);
      await user.upload(screen.getByLabelText('Backup file to restore'), new File([text], name, { type: 'application/json' }));
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(said);
      // One sentence: a capital, one full stop at the end, no stack trace.
      expect(alert.textContent).toMatch(/^[A-Z][^.]*(\([^)]*\))?[^.]*\.$/);
      expect(alert.textContent).not.toMatch(/at \w+ \(|Error:|SyntaxError/);
      expect(screen.queryByRole('button', { name: /Replace/ })).not.toBeInTheDocument();
      expect(screen.queryByRole('table')).not.toBeInTheDocument();
      expect((await db.reps.toArray()).map((r) => r.name).sort()).toEqual(['Ana Ruiz', 'Ben Okafor']);
    });
  }
});

function Sample({ children }: { children: React.ReactNode }) {
  return <StoredFormatProvider>{children}</StoredFormatProvider>;
}

describe('Settings → Numbers: the example line follows the chosen language', () => {
  it('writes 1,052 calls in English, 1.052 in German and 1 052 in French, and the choice is stored', async () => {
    const user = userEvent.setup();
    const db = freshDb();
    render(
      <DbContext.Provider value={db}>
        <Sample>
          <NumberFormatSettings />
        </Sample>
      </DbContext.Provider>,
    );
    const example = await screen.findByText(/^Example:/);
    expect(example).toHaveTextContent('1,052 calls');
    expect(example).toHaveTextContent('48,250 won');

    await user.selectOptions(screen.getByLabelText('Language and region'), 'de-DE');
    await waitFor(() => expect(screen.getByText(/^Example:/)).toHaveTextContent('1.052 calls'));
    expect(screen.getByText(/^Example:/)).toHaveTextContent('48.250');
    expect((await db.settings.get('app'))?.display?.locale).toBe('de-DE');

    await user.selectOptions(screen.getByLabelText('Language and region'), 'fr-FR');
    // French groups thousands with a narrow no-break space.
    await waitFor(() => expect(screen.getByText(/^Example:/)).toHaveTextContent(/1\s052 calls/));
    expect((await db.settings.get('app'))?.display?.locale).toBe('fr-FR');

    await user.selectOptions(screen.getByLabelText('Language and region'), '');
    await waitFor(() => expect(screen.getByText(/^Example:/)).toHaveTextContent('1,052 calls'));
    expect((await db.settings.get('app'))?.display?.locale ?? null).toBeNull();
  });
});

describe('Settings → Team: peer group and its minimum size', () => {
  beforeEach(() => {
    window.location.hash = '#/settings';
  });

  it('saves “their team” with a minimum of 3 and says so in one sentence', { timeout: 30_000 }, async () => {
    const user = userEvent.setup();
    const db = renderApp();
    const min = await screen.findByLabelText('Minimum group size (reps with data)', undefined, { timeout: 10_000 });
    expect(min).toHaveValue('5');
    expect(screen.getByRole('radio', { name: /Everyone in the same role/ })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: /Their team/ }));
    await user.clear(min);
    await user.type(min, '3');
    await user.click(screen.getByRole('button', { name: 'Save peer group' }));
    expect(await screen.findByText('Each rep is now compared with their team (at least 3 reps, else the wider group).')).toBeInTheDocument();
    expect((await db.settings.get('app'))?.diagnosis).toMatchObject({ peerGroup: 'team', minPeerGroup: 3 });
  });

  for (const bad of ['1', '101', '2.5', 'five', '']) {
    it(`refuses “${bad}” as the minimum in one sentence and stores nothing`, { timeout: 30_000 }, async () => {
      const user = userEvent.setup();
      const db = renderApp();
      const min = await screen.findByLabelText('Minimum group size (reps with data)', undefined, { timeout: 10_000 });
      await user.click(screen.getByRole('radio', { name: /Their team/ }));
      await user.clear(min);
      if (bad) await user.type(min, bad);
      await user.click(screen.getByRole('button', { name: 'Save peer group' }));
      expect(await screen.findByRole('alert')).toHaveTextContent('Enter a whole number of reps from 2 to 100 for the minimum group size.');
      expect(min).toHaveAttribute('aria-invalid', 'true');
      expect((await db.settings.get('app'))?.diagnosis?.peerGroup).toBeUndefined();
    });
  }

  it('accepts the edges 2 and 100', { timeout: 30_000 }, async () => {
    const user = userEvent.setup();
    const db = renderApp();
    for (const edge of ['2', '100']) {
      const min = await screen.findByLabelText('Minimum group size (reps with data)', undefined, { timeout: 10_000 });
      await user.clear(min);
      await user.type(min, edge);
      await user.click(screen.getByRole('button', { name: 'Save peer group' }));
      await waitFor(async () => expect((await db.settings.get('app'))?.diagnosis?.minPeerGroup).toBe(Number(edge)));
      // The form is drawn again from the stored setting.
      await waitFor(() => expect(screen.getByLabelText('Minimum group size (reps with data)')).toHaveValue(edge));
    }
    expect((await db.settings.get('app'))?.diagnosis?.peerGroup).toBe('role');
  });
  it('opens again on the peer group and minimum saved before', { timeout: 30_000 }, async () => {
    const user = userEvent.setup();
    const db = renderApp();
    const min = await screen.findByLabelText('Minimum group size (reps with data)', undefined, { timeout: 10_000 });
    await user.click(screen.getByRole('radio', { name: /Their team/ }));
    await user.clear(min);
    await user.type(min, '7');
    await user.click(screen.getByRole('button', { name: 'Save peer group' }));
    await waitFor(async () => expect((await db.settings.get('app'))?.diagnosis).toMatchObject({ peerGroup: 'team', minPeerGroup: 7 }));
    cleanup();
    renderApp(db);
    const again = await screen.findByLabelText('Minimum group size (reps with data)', undefined, { timeout: 10_000 });
    await waitFor(() => expect(again).toHaveValue('7'));
    expect(screen.getByRole('radio', { name: /Their team/ })).toBeChecked();
    expect(screen.getByRole('radio', { name: /Everyone in the same role/ })).not.toBeChecked();
  });
});
