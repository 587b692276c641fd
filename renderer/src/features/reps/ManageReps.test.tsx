// Manage reps as a manager uses it: where each rep sits today, reps who left hidden until asked
// for, a bulk edit from a date (refused when every box is empty), marking a rep as left, merging
// two spellings of one person, one undo for each, and editing one rep's details.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { placementAt } from '@shared/domain/team/index';
import { emptyMetricValues, type Rep } from '@shared/schemas';
import { freshDb } from '@tests/helpers/db';
import { plainRep } from '@tests/helpers/seed';
import type { CandorDB } from '@renderer/db/db';
import { useStoreQuery } from '@renderer/db/hooks';
import { PlatformContext } from '@renderer/platform';
import { fakePlatform } from '@renderer/platform/fake';
import { DbContext } from '@renderer/state/db';
import { useAppStore } from '@renderer/state/store';
import { RepFormDialog } from './RepDialogs';
import { RepsTable } from './RepsTable';
import { todayIso } from './dates';

const AT = '2026-01-05T09:00:00.000Z';
const placed = (rep: Rep, ...seats: { from: string; team: string; manager: string; office: string }[]): Rep => ({ ...rep, placements: seats });

/** Four reps: Ana and Ben in North under Maria; Cy in South under Omar, moving to West only in 2099; Dee left in 2025. */
async function team(): Promise<CandorDB> {
  const db = freshDb();
  await db.reps.bulkAdd([
    placed(plainRep('r-ana', 'Ana Ruiz', AT), { from: '0001-01-01', team: 'North', manager: 'Maria Lopez', office: 'Madrid' }),
    placed(plainRep('r-ben', 'Ben Okafor', AT), { from: '0001-01-01', team: 'North', manager: 'Maria Lopez', office: 'Madrid' }),
    placed(
      { ...plainRep('r-cy', 'Cy Tran', AT), startDate: '2024-03-04' },
      { from: '0001-01-01', team: 'South', manager: 'Omar Haddad', office: 'Seville' },
      { from: '2099-01-01', team: 'West', manager: 'Ines Vidal', office: 'Lisbon' },
    ),
    { ...plainRep('r-dee', 'Dee Park', AT), leftDate: '2025-06-30' },
    plainRep('r-ana2', 'Ana  Ruiz.', AT),
  ]);
  await db.metricPeriods.add({
    id: 'mp-ana2',
    repId: 'r-ana2',
    period: '2025-12',
    periodKind: 'month',
    importId: null,
    values: { ...emptyMetricValues(), calls: 41 },
    createdAt: AT,
  });
  return db;
}

function ManageReps() {
  const reps = useStoreQuery((s) => s.table('reps').all(), []);
  const [removing, setRemoving] = useState<string | null>(null);
  return (
    <>
      {reps ? <RepsTable reps={reps} onRemove={(r) => setRemoving(r.name)} /> : null}
      {removing ? <p>Asked to remove {removing}</p> : null}
      <RepFormDialog />
    </>
  );
}

function show(db: CandorDB) {
  render(
    <PlatformContext.Provider value={fakePlatform()}>
      <DbContext.Provider value={db}>
        <ManageReps />
      </DbContext.Provider>
    </PlatformContext.Provider>,
  );
}

const rowOf = (name: string) => screen.getByRole('link', { name }).closest('tr') as HTMLElement;
const cells = (name: string) => [...rowOf(name).querySelectorAll('td')].slice(1, 8).map((td) => td.textContent);

beforeEach(() => useAppStore.setState({ toasts: [], repForm: null }));

describe('Manage reps', () => {
  it('shows where each rep sits today, and the reps who left only when asked', async () => {
    const user = userEvent.setup();
    show(await team());
    await screen.findByRole('table', { name: 'Reps' });
    expect(cells('Ana Ruiz')).toEqual(['Ana Ruiz', 'AE', 'North', 'Maria Lopez', 'Madrid', '—', '—']);
    // Cy's move to West is dated 2099: today Cy is still in South.
    expect(cells('Cy Tran')).toEqual(['Cy Tran', 'AE', 'South', 'Omar Haddad', 'Seville', 'Mar 4, 2024', '—']);
    expect(screen.queryByRole('link', { name: 'Dee Park' })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Show reps who left (1)' }));
    expect(cells('Dee Park')).toEqual(['Dee Park', 'AE', '—', '—', '—', '—', 'Jun 30, 2025']);
    await user.click(screen.getByRole('button', { name: 'Remove Dee Park' }));
    expect(screen.getByText('Asked to remove Dee Park')).toBeInTheDocument();
  });

  it('allows a merge only with exactly two reps chosen', async () => {
    const user = userEvent.setup();
    show(await team());
    const toolbar = await screen.findByRole('toolbar', { name: 'Change the chosen reps' });
    const merge = within(toolbar).getByRole('button', { name: 'Merge two spellings…' });
    expect(within(toolbar).getByRole('button', { name: 'Mark as left…' })).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: 'Choose Ana Ruiz' }));
    expect(merge).toBeDisabled();
    expect(toolbar).toHaveTextContent('1 chosen');
    await user.click(screen.getByRole('checkbox', { name: 'Choose Ben Okafor' }));
    expect(merge).toBeEnabled();
    await user.click(screen.getByRole('checkbox', { name: 'Choose Cy Tran' }));
    expect(merge).toBeDisabled();
    expect(toolbar).toHaveTextContent('3 chosen');
  });

  it('refuses a bulk edit with every box empty, then sets a team from a date, and one undo puts it back', async () => {
    const user = userEvent.setup();
    const db = await team();
    show(db);
    await screen.findByRole('table', { name: 'Reps' });
    await user.click(screen.getByRole('checkbox', { name: 'Choose Ana Ruiz' }));
    await user.click(screen.getByRole('checkbox', { name: 'Choose Cy Tran' }));
    await user.click(screen.getByRole('button', { name: 'Set team, manager, office or role…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change Ana Ruiz, Cy Tran' });
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Fill in at least one of team, manager, office or role.');
    expect((await db.reps.get('r-ana'))?.updatedAt).toBe(AT);

    await user.type(within(dialog).getByLabelText('Team'), '  East ');
    const from = within(dialog).getByLabelText('From');
    await user.clear(from);
    await user.type(from, '2026-02-01');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const ana = (await db.reps.get('r-ana'))!;
    // From 1 Feb 2026 Ana is in East with her manager and office kept; before it, North.
    expect(placementAt(ana, '2026-02-01')).toMatchObject({ team: 'East', manager: 'Maria Lopez', office: 'Madrid' });
    expect(placementAt(ana, '2026-01-31')).toMatchObject({ team: 'North' });
    expect(placementAt((await db.reps.get('r-ben'))!, '2026-03-01')).toMatchObject({ team: 'North' });
    expect(cells('Ana Ruiz')[2]).toBe('East');
    expect(useAppStore.getState().toasts.map((t) => t.text)).toContain('Set team “East” for 2 reps. Undo it under Rosters and rep changes.');

    const history = screen.getByRole('table', { name: 'Rosters and rep changes' });
    expect(within(history).getByText(/Set team “East” for 2 reps\./)).toHaveTextContent('From Feb 1, 2026.');
    await user.click(within(history).getByRole('button', { name: 'Undo: Set team “East” for 2 reps.' }));
    await waitFor(() => expect(cells('Ana Ruiz')[2]).toBe('North'));
    expect(placementAt((await db.reps.get('r-ana'))!, '2026-03-01').team).toBe('North');
    expect(placementAt((await db.reps.get('r-cy'))!, '2026-03-01').team).toBe('South');
  });

  it('marks a rep as left from a day: hidden, counted among those who left, history kept', async () => {
    const user = userEvent.setup();
    const db = await team();
    show(db);
    await screen.findByRole('table', { name: 'Reps' });
    await user.click(screen.getByRole('checkbox', { name: 'Choose Ben Okafor' }));
    await user.click(screen.getByRole('button', { name: 'Mark as left…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Mark Ben Okafor as left' });
    const day = within(dialog).getByLabelText('Not counted from');
    expect(day).toHaveValue(todayIso());
    await user.clear(day);
    await user.type(day, '2026-01-31');
    await user.click(within(dialog).getByRole('button', { name: 'Mark as left' }));
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Ben Okafor' })).toBeNull());
    expect((await db.reps.get('r-ben'))?.leftDate).toBe('2026-01-31');
    expect(screen.getByRole('checkbox', { name: 'Show reps who left (2)' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Choose Ana Ruiz' })).not.toBeChecked();
  });

  it('merges two spellings: the figures move to the name kept, and one undo splits them again', async () => {
    const user = userEvent.setup();
    const db = await team();
    show(db);
    await screen.findByRole('table', { name: 'Reps' });
    await user.click(screen.getByRole('checkbox', { name: 'Choose Ana Ruiz' }));
    await user.click(screen.getByRole('checkbox', { name: 'Choose Ana Ruiz.' }));
    await user.click(screen.getByRole('button', { name: 'Merge two spellings…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Merge two spellings of one person' });
    expect(within(dialog).getByRole('radio', { name: 'Ana Ruiz' })).toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: 'Merge' }));
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Ana Ruiz.' })).toBeNull());
    expect(await db.reps.get('r-ana2')).toBeUndefined();
    expect((await db.metricPeriods.get('mp-ana2'))?.repId).toBe('r-ana');

    const history = screen.getByRole('table', { name: 'Rosters and rep changes' });
    await user.click(within(history).getByRole('button', { name: 'Undo: Merged “Ana Ruiz.” into “Ana Ruiz”.' }));
    expect(await screen.findByRole('link', { name: 'Ana Ruiz.' })).toBeInTheDocument();
    expect((await db.metricPeriods.get('mp-ana2'))?.repId).toBe('r-ana2');
    expect(await db.reps.count()).toBe(5);
  });

  it('edits one rep: an empty name is refused in one sentence, a new one saved', async () => {
    const user = userEvent.setup();
    const db = await team();
    show(db);
    await screen.findByRole('table', { name: 'Reps' });
    await user.click(screen.getByRole('button', { name: 'Edit Cy Tran' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Cy Tran' });
    const name = within(dialog).getByLabelText('Name');
    await user.clear(name);
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(await within(dialog).findByText('Enter the rep’s name')).toBeVisible();
    expect((await db.reps.get('r-cy'))?.name).toBe('Cy Tran');
    await user.type(name, 'Cyrus Tran');
    await user.selectOptions(within(dialog).getByLabelText('Role'), 'AM');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('link', { name: 'Cyrus Tran' })).toBeInTheDocument();
    expect(await db.reps.get('r-cy')).toMatchObject({ name: 'Cyrus Tran', role: 'AM' });
    expect(cells('Cyrus Tran').slice(1, 6)).toEqual(['AM', 'South', 'Omar Haddad', 'Seville', 'Mar 4, 2024']);
  });

  it('renames a rep imported without a start date, the start date left empty', async () => {
    const user = userEvent.setup();
    const db = await team();
    expect((await db.reps.get('r-ben'))?.startDate).toBeNull();
    show(db);
    await screen.findByRole('table', { name: 'Reps' });
    await user.click(screen.getByRole('button', { name: 'Edit Ben Okafor' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Ben Okafor' });
    const start = within(dialog).getByLabelText(/Start date/);
    expect(start).toHaveValue('');
    const name = within(dialog).getByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'Benedict Okafor');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('link', { name: 'Benedict Okafor' })).toBeInTheDocument();
    expect(await db.reps.get('r-ben')).toMatchObject({ name: 'Benedict Okafor', startDate: null });
  });
});
