import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { checkInSchedule } from '@shared/domain/checkin';
import { addDays, isoDay } from '@shared/domain/plan';
import { samplePlan } from '@shared/domain/plan/testing';
import type { Plan } from '@shared/schemas';
import { freshDb } from '@tests/helpers/db';
import type { CandorDB } from '@renderer/db/db';
import { CheckInPage } from './CheckInPage';
import { renderWithDb } from '@renderer/state/testing';

const today = isoDay(new Date());

/** A signed plan whose check-ins began 20 days ago, every week: the first ones have passed unrecorded. */
async function signedPlan(db: CandorDB): Promise<Plan> {
  const p = await samplePlan('Farid Haddad', new Date(), { status: 'signed' });
  const start = addDays(today, -20);
  const plan = {
    ...p,
    content: { ...p.content, meeting: { ...p.content.meeting, date: start }, checkIns: { startDate: start, everyDays: 7, count: 6 } },
  };
  await db.plans.put(plan);
  return plan;
}

function show(db: CandorDB, planId: string, slot: number) {
  return renderWithDb(<CheckInPage planId={planId} slot={slot} />, db);
}

describe('the check-in screen, as a manager uses it', () => {
  it('keeps a draft through a reload, asks for a reason where the manager differs, and records once', async () => {
    localStorage.clear();
    const user = userEvent.setup();
    const db = freshDb();
    await db.open();
    const plan = await signedPlan(db);
    const first = checkInSchedule(plan, [], today)[0];
    show(db, plan.id, 0);
    expect(await screen.findByRole('heading', { name: 'Check-in with Farid Haddad' }, { timeout: 10_000 })).toBeVisible();
    expect(screen.getByText(/^Check-in 1 of 6 · Due .+ · overdue by \d+ days?$/)).toBeVisible();
    expect(first?.state).toBe('overdue');

    const item = screen.getAllByRole('listitem').find((li) => li.classList.contains('checkin-item'));
    if (!item) throw new Error('no item');
    const mine = within(item);
    // No data since the plan began: the computed status says so, never zero.
    expect(mine.getByText('Not measurable yet')).toBeVisible();
    await user.selectOptions(mine.getByRole('combobox', { name: 'Your status' }), 'off-track');
    const record = screen.getByRole('button', { name: 'Record the check-in' });
    expect(record).toBeDisabled();
    expect(screen.getByText(/Give a reason where your status differs from the computed one/)).toBeVisible();
    await user.type(mine.getByRole('textbox', { name: 'Why it differs from the computed status' }), 'No demo booked in three weeks');
    await user.type(mine.getByRole('textbox', { name: 'Your word on it, for the rep' }), 'Book the two demos by Friday.');
    expect(await screen.findByText('Draft saved.', undefined, { timeout: 5000 })).toBeVisible();
    const draft = (await db.checkIns.toArray())[0];
    expect(draft?.recordedAt).toBeUndefined();
    expect(draft?.items?.[0]).toMatchObject({ status: 'off-track', reason: 'No demo booked in three weeks', word: 'Book the two demos by Friday.' });

    // A reload: the page comes back with what was typed.
    cleanup();
    show(db, plan.id, 0);
    const again = await screen.findByRole('textbox', { name: 'Your word on it, for the rep' }, { timeout: 10_000 }).catch(() => null);
    const words = screen.getAllByRole('textbox', { name: 'Your word on it, for the rep' });
    expect(again).not.toBeNull();
    expect(words[0]).toHaveValue('Book the two demos by Friday.');

    await user.click(screen.getByRole('button', { name: 'Record the check-in' }));
    await waitFor(async () => expect((await db.checkIns.toArray())[0]?.recordedAt).toBeDefined(), { timeout: 5000 });
    const row = (await db.checkIns.toArray())[0];
    expect(row).toMatchObject({ heldDate: today, slot: 0, dueDate: first?.due });
    expect(row?.items?.[0]).toMatchObject({ computed: 'not-measurable', status: 'off-track', reason: 'No demo booked in three weeks' });
    expect((await db.plans.get(plan.id))?.history.at(-1)).toMatchObject({ event: 'check-in' });
    expect(await screen.findByRole('button', { name: 'Export the summary for the rep (.docx)' })).toBeVisible();

    // The next check-in starts with what was left off track, and the word given then.
    cleanup();
    show(db, plan.id, 1);
    expect(
      await screen.findByText('Carried from the last check-in, where it was off track: “Book the two demos by Friday.”', undefined, {
        timeout: 10_000,
      }),
    ).toBeVisible();
  }, 40_000);

  it('extends the plan only with a reason, and the history says so with the day', async () => {
    const user = userEvent.setup();
    const db = freshDb();
    await db.open();
    const plan = await signedPlan(db);
    show(db, plan.id, 0);
    const group = await screen.findByRole('group', { name: 'Extend or close the plan' }, { timeout: 10_000 });
    const to = addDays(today, 60);
    await user.type(within(group).getByLabelText('New end'), to);
    await user.click(within(group).getByRole('button', { name: 'Extend the plan' }));
    await waitFor(() => expect(group).toHaveTextContent('Say why the plan is extended: the reason goes in its history.'));
    expect((await db.plans.get(plan.id))?.history.some((h) => h.event === 'extended')).toBe(false);
    await user.type(within(group).getByRole('textbox', { name: 'Reason' }), 'Two deals slipped into next quarter');
    await user.click(within(group).getByRole('button', { name: 'Extend the plan' }));
    const history = await screen.findByRole('list', { name: 'Follow-up history' }, { timeout: 5000 });
    expect(await within(history).findByText(new RegExp(`Extended: to .+, Two deals slipped into next quarter$`))).toBeVisible();
    expect((await db.plans.get(plan.id))?.history.at(-1)).toMatchObject({ event: 'extended' });
  }, 30_000);

  it('moves a check-in only with a reason, and shows the move', async () => {
    const user = userEvent.setup();
    const db = freshDb();
    await db.open();
    const plan = await signedPlan(db);
    show(db, plan.id, 3);
    await user.click(await screen.findByText('Move this check-in', undefined, { timeout: 10_000 }));
    const to = addDays(today, 30);
    await user.type(screen.getByLabelText('New day'), to);
    await user.click(screen.getByRole('button', { name: 'Move the check-in' }));
    expect(await screen.findByText('Say why the check-in moves: the reason is kept with it.')).toBeVisible();
    expect(await db.checkIns.count()).toBe(0);
    await user.type(screen.getByRole('textbox', { name: 'Why it moves' }), 'Rep on leave');
    await user.click(screen.getByRole('button', { name: 'Move the check-in' }));
    expect(await screen.findByText(/^Moved from .+ to .+: Rep on leave$/, undefined, { timeout: 5000 })).toBeVisible();
    expect((await db.checkIns.toArray())[0]).toMatchObject({ slot: 3, dueDate: to });
  }, 30_000);
});
