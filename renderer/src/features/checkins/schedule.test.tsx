// The check-in screen around the form: the plan's schedule as the manager set it, plans that
// cannot take a check-in (not held, closed, gone, no such slot), a move to the day it is on
// already, items agreed at a check-in carried to the next, and a plan closed with a reason.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { addDays, isoDay } from '@shared/domain/plan';
import { samplePlan } from '@shared/domain/plan/testing';
import type { Plan } from '@shared/schemas';
import { freshDb } from '@tests/helpers/db';
import type { CandorDB } from '@renderer/db/db';
import { CheckInPage } from './CheckInPage';
import { renderWithDb } from '@renderer/state/testing';

const today = isoDay(new Date());

/** A plan of Farid Haddad with check-ins every `everyDays` from `start` (a Monday keeps every day a working day). */
async function storedPlan(db: CandorDB, over: { status: Plan['status']; start: string; everyDays: number; count: number }): Promise<Plan> {
  const p = await samplePlan('Farid Haddad', new Date(), { status: over.status });
  const plan = {
    ...p,
    content: {
      ...p.content,
      meeting: { ...p.content.meeting, date: over.start },
      checkIns: { startDate: over.start, everyDays: over.everyDays, count: over.count },
    },
  };
  await db.plans.put(plan);
  return plan;
}

function show(db: CandorDB, planId: string, slot: number) {
  return renderWithDb(<CheckInPage planId={planId} slot={slot} />, db);
}

describe('the check-in schedule and the plans that cannot take a check-in', () => {
  it('lists every check-in on the days the plan set, upcoming, and says which one is shown', async () => {
    const db = freshDb();
    // Monday 5 Jan 2099, every 7 days, three times: the Mondays 12, 19 and 26 January.
    const plan = await storedPlan(db, { status: 'signed', start: '2099-01-05', everyDays: 7, count: 3 });
    show(db, plan.id, 1);
    expect(await screen.findByRole('heading', { name: 'Check-in with Farid Haddad' }, { timeout: 10_000 })).toBeVisible();
    const nav = screen.getByRole('navigation', { name: 'This plan’s check-ins' });
    expect(
      within(nav)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['1. Jan 12, 2099 Upcoming', '2. Jan 19, 2099 Upcoming', '3. Jan 26, 2099 Upcoming']);
    expect(within(nav).getByRole('link', { name: '2. Jan 19, 2099' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByText(/^Check-in 2 of 3 · /)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Record the check-in' })).toBeVisible();
  });

  it('shows no form on a plan not held yet, nor on a closed one', async () => {
    const db = freshDb();
    const draft = await storedPlan(db, { status: 'draft', start: '2099-01-05', everyDays: 7, count: 2 });
    const view = show(db, draft.id, 0);
    expect(
      await screen.findByText('Check-ins are recorded once the conversation is held: this plan is not held yet.', undefined, { timeout: 10_000 }),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Record the check-in' })).toBeNull();
    expect(screen.queryByText('Move this check-in')).toBeNull();
    view.unmount();

    await db.plans.update(draft.id, { status: 'closed', outcome: 'met' });
    show(db, draft.id, 0);
    expect(
      await screen.findByText('Check-ins are recorded once the conversation is held: this plan is closed.', undefined, { timeout: 10_000 }),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Record the check-in' })).toBeNull();
  });

  it('says so for a plan no longer stored, and for a check-in the plan does not have', async () => {
    const db = freshDb();
    const plan = await storedPlan(db, { status: 'signed', start: '2099-01-05', everyDays: 7, count: 2 });
    const view = show(db, 'no-such-plan', 0);
    expect(await screen.findByRole('heading', { name: 'Check-in not found' }, { timeout: 10_000 })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Back to the plans' })).toHaveAttribute('href', '#/plans');
    view.unmount();
    show(db, plan.id, 5);
    expect(await screen.findByText(/This plan has no such check-in; its schedule may have changed\./, undefined, { timeout: 10_000 })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Record the check-in' })).toBeNull();
  });

  it('refuses to move a check-in to the day it is on already, and keeps nothing', async () => {
    const user = userEvent.setup();
    const db = freshDb();
    const plan = await storedPlan(db, { status: 'signed', start: '2099-01-05', everyDays: 7, count: 2 });
    show(db, plan.id, 0);
    await user.click(await screen.findByText('Move this check-in', undefined, { timeout: 10_000 }));
    await user.type(screen.getByLabelText('New day'), '2099-01-12');
    await user.type(screen.getByRole('textbox', { name: 'Why it moves' }), 'Rep travelling');
    await user.click(screen.getByRole('button', { name: 'Move the check-in' }));
    expect(await screen.findByText('The check-in is on that day already.')).toBeVisible();
    expect(await db.checkIns.count()).toBe(0);
  });
});

describe('a check-in that adds items and a plan closed from it', () => {
  it('records an item agreed at the check-in, and the next check-in starts with it, unmeasured', async () => {
    localStorage.clear();
    const user = userEvent.setup();
    const db = freshDb();
    // Started three weeks ago, every week: the first check-in is past and can be recorded today.
    const plan = await storedPlan(db, { status: 'signed', start: addDays(today, -21), everyDays: 7, count: 4 });
    show(db, plan.id, 0);
    await user.click(await screen.findByRole('button', { name: 'Add an action item' }, { timeout: 10_000 }));
    await user.type(screen.getByLabelText('New item 1'), 'Call the three stalled accounts');
    expect(screen.getByLabelText('Owner')).toHaveValue('Farid Haddad');
    await user.click(screen.getByRole('button', { name: 'Record the check-in' }));
    await waitFor(async () => expect((await db.checkIns.toArray())[0]?.recordedAt).toBeDefined(), { timeout: 5000 });
    const row = (await db.checkIns.toArray())[0]!;
    expect(row.newItems?.map((n) => [n.action, n.owner])).toEqual([['Call the three stalled accounts', 'Farid Haddad']]);
    expect(row.heldDate).toBe(today);

    show(db, plan.id, 1);
    const added = await screen.findByRole('heading', { name: 'Call the three stalled accounts' }, { timeout: 10_000 });
    const item = added.closest('li')!;
    expect(within(item).getByText('Carried from the last check-in, where it was added.')).toBeVisible();
    expect(within(item).getByText(/^Not measured: added at a check-in/)).toBeVisible();
  }, 40_000);

  it('closes the plan as met only with what was met, and keeps it in the history', async () => {
    const user = userEvent.setup();
    const db = freshDb();
    const plan = await storedPlan(db, { status: 'signed', start: addDays(today, -21), everyDays: 7, count: 4 });
    show(db, plan.id, 0);
    const group = await screen.findByRole('group', { name: 'Extend or close the plan' }, { timeout: 10_000 });
    await user.selectOptions(within(group).getByLabelText('What to do'), 'met');
    expect(within(group).queryByLabelText('New end')).toBeNull();
    await user.click(within(group).getByRole('button', { name: 'Close the plan' }));
    expect(await within(group).findByText('Say what was met: it goes in the plan’s history.')).toBeVisible();
    expect((await db.plans.get(plan.id))?.status).toBe('signed');
    await user.type(within(group).getByRole('textbox', { name: 'Reason' }), 'Win rate back to 25%');
    await user.click(within(group).getByRole('button', { name: 'Close the plan' }));
    await waitFor(async () => expect((await db.plans.get(plan.id))?.status).toBe('closed'));
    const stored = await db.plans.get(plan.id);
    expect(stored?.outcome).toBe('met');
    expect(stored?.history.at(-1)?.detail).toBe('closed: met, Win rate back to 25%');
    expect(await screen.findByText('Check-ins are recorded once the conversation is held: this plan is closed.')).toBeVisible();
  }, 30_000);
});
