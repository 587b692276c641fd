// "My team" on the Role-play page: the rep list opens on the manager's own reps, the switch shows
// any manager or everyone (kept in the address), and a rep opened by link is never dropped.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '@shared/app/settings';
import { freshDb, importedRep } from '@tests/helpers/db';
import { App } from '@renderer/app/App';
import type { CandorDB } from '@renderer/db/db';
import { fakePlatform } from '@renderer/platform/fake';

const now = '2026-11-01T09:00:00.000Z';
const DUSTIN = ['Anna Snelling', 'Cecily Lampkin', 'Moses Frase'];
const ROSA = ['Kary Hendrixson', 'Reed Clapper'];

async function seed(myTeam?: string): Promise<CandorDB> {
  const db = freshDb();
  const floor = [
    ...DUSTIN.map((name) => ({ name, manager: 'Dustin Brinkmann', office: 'Central', leftDate: null as string | null })),
    ...ROSA.map((name) => ({ name, manager: 'Rosa Diaz', office: 'East', leftDate: null as string | null })),
    { name: 'Gone Early', manager: 'Dustin Brinkmann', office: 'Central', leftDate: '2026-09-15' },
  ];
  await db.reps.bulkAdd(
    floor.map((r, i) => ({
      ...importedRep(i, r.name, now),
      placements: [{ from: '2026-01-01', team: null, manager: r.manager, office: r.office }],
      leftDate: r.leftDate,
    })),
  );
  await db.settings.put({ ...defaultSettings(new Date(now)), onboardedAt: now, ...(myTeam ? { myTeam } : {}) });
  return db;
}

const repChoices = () =>
  within(screen.getByLabelText('Rep'))
    .getAllByRole('option')
    .map((o) => o.textContent ?? '')
    .filter((t) => t !== 'Choose a rep…')
    .sort();

const shownInAddress = () => new URLSearchParams(window.location.hash.split('?')[1] ?? '').get('show');

beforeEach(() => {
  window.location.hash = '#/roleplay';
});

describe('Role-play: whose reps', { timeout: 30_000 }, () => {
  it('opens on my team, switches to another manager and to everyone, and keeps the switch while a rep is chosen', async () => {
    const db = await seed('manager:Dustin Brinkmann');
    const user = userEvent.setup();
    render(<App db={db} platform={fakePlatform()} />);
    const show = await screen.findByLabelText('Show', {}, { timeout: 15_000 });
    await waitFor(() => expect(repChoices()).toEqual([...DUSTIN].sort()));
    expect(show).toHaveDisplayValue('My team (Dustin Brinkmann’s reps)');

    await user.selectOptions(show, 'manager:Rosa Diaz');
    await waitFor(() => expect(repChoices()).toEqual([...ROSA].sort()));
    expect(shownInAddress()).toBe('manager:Rosa Diaz');

    await user.selectOptions(screen.getByLabelText('Show'), 'everyone');
    // Everyone here means every rep still on the floor; the one who left is not offered.
    await waitFor(() => expect(repChoices()).toEqual([...DUSTIN, ...ROSA].sort()));

    await user.selectOptions(screen.getByLabelText('Rep'), 'Reed Clapper');
    await screen.findByLabelText('Diagnosis for Reed Clapper');
    expect(shownInAddress()).toBe('everyone');
    expect(screen.getByLabelText('Show')).toHaveDisplayValue('Everyone');
  });

  it('keeps the Show choice while a script is opened and the coach comes back', async () => {
    const db = await seed('manager:Dustin Brinkmann');
    const user = userEvent.setup();
    render(<App db={db} platform={fakePlatform()} />);
    await user.selectOptions(await screen.findByLabelText('Show', {}, { timeout: 15_000 }), 'manager:Rosa Diaz');
    await waitFor(() => expect(repChoices()).toEqual([...ROSA].sort()));

    const script = screen.getAllByRole('link').find((a) => a.getAttribute('href')?.includes('script='));
    if (!script) throw new Error('no script link in the library');
    expect(new URLSearchParams(script.getAttribute('href')?.split('?')[1] ?? '').get('show')).toBe('manager:Rosa Diaz');
    await user.click(script);
    // The script's own way back (the sidebar's Role-play link is the page's plain address).
    await screen.findByRole('heading', { level: 1, name: script.textContent ?? '' });
    const back = screen.getAllByRole('link', { name: 'Role-play' }).find((a) => a.classList.contains('back-link'));
    if (!back) throw new Error('no way back from the script');
    await user.click(back);
    await waitFor(() => expect(repChoices()).toEqual([...ROSA].sort()));
    expect(screen.getByLabelText('Show')).toHaveValue('manager:Rosa Diaz');
    expect(shownInAddress()).toBe('manager:Rosa Diaz');
  });

  it('a rep opened by address outside my team stays chosen and listed', async () => {
    const db = await seed('manager:Dustin Brinkmann');
    window.location.hash = '#/roleplay?rep=r3';
    render(<App db={db} platform={fakePlatform()} />);
    await screen.findByLabelText('Diagnosis for Kary Hendrixson', {}, { timeout: 15_000 });
    expect(screen.getByLabelText('Rep')).toHaveDisplayValue('Kary Hendrixson');
    expect(repChoices()).toEqual([...DUSTIN, 'Kary Hendrixson'].sort());
  });
});
