import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addDays, isoDay, snapshotFromDiagnosis } from '@shared/domain/plan';
import { sampleRep } from '@shared/domain/plan/testing';
import { freshDb } from '@tests/helpers/db';
import { createPlan, changeStatus, getPlan, saveProgress, savePlanContent } from '@renderer/db/repositories/plans';
import { PlatformContext } from '@renderer/platform';
import { fakePlatform } from '@renderer/platform/fake';
import { DbContext } from '@renderer/state/db';
import { PlannerPage } from './PlannerPage';
import { prefillFromSnapshot } from './prefill';

beforeEach(() => {
  const ctx = new Proxy({} as Record<string | symbol, unknown>, { get: (t, p) => (p in t ? t[p] : () => undefined) });
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => ctx as unknown as CanvasRenderingContext2D);
});
afterEach(() => vi.restoreAllMocks());

async function planOnReview(meetingDate: string) {
  const db = freshDb();
  await db.open();
  const snapshot = snapshotFromDiagnosis(await sampleRep('Farid Haddad'), 'month', new Date());
  const plan = await createPlan(db, { repId: 'rep-1', snapshot, content: prefillFromSnapshot(snapshot, 'Sam Lee', new Date()) });
  await savePlanContent(db, plan.id, { meeting: { ...plan.content.meeting, date: meetingDate } });
  await changeStatus(db, plan.id, 'ready');
  await saveProgress(db, plan.id, 'review');
  render(
    <PlatformContext.Provider value={fakePlatform()}>
      <DbContext.Provider value={db}>
        <PlannerPage planId={plan.id} />
      </DbContext.Provider>
    </PlatformContext.Provider>,
  );
  return { db, plan };
}

describe('signing as HR expects', () => {
  it('before the meeting day: held is not offered, with the reason, and no signature box yet', async () => {
    const tomorrow = addDays(isoDay(new Date()), 1);
    await planOnReview(tomorrow);
    expect(await screen.findByRole('button', { name: 'Mark the conversation held' }, { timeout: 5000 })).toBeDisabled();
    expect(screen.getByText(/^The meeting is set for .+: mark it held on or after that day\.$/)).toBeInTheDocument();
    expect(screen.queryByLabelText(/^Signature area/)).not.toBeInTheDocument();
    expect(screen.getByText(/Signatures are collected once the conversation is held/)).toBeInTheDocument();
  }, 30_000);

  it('once held: a labelled box for the rep and the manager, the receipt clause, the rep’s comments and a witnessed refusal, all kept', async () => {
    const user = userEvent.setup();
    const { db, plan } = await planOnReview(isoDay(new Date()));
    await user.click(await screen.findByRole('button', { name: 'Mark the conversation held' }, { timeout: 5000 }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByText('Rep’s signature: Farid Haddad', undefined, { timeout: 5000 })).toBeVisible();
    expect(screen.getByText('Manager’s signature: Sam Lee')).toBeVisible();
    expect(screen.getByText(/it does not mean I agree with every point/)).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /The rep’s comments/ }), 'The leads in my region dried up in September.');
    await user.click(screen.getByRole('checkbox', { name: 'The rep declined to sign' }));
    await user.type(screen.getByRole('textbox', { name: 'Witnessed by' }), 'Jo Park');
    await user.tab();
    await waitFor(
      async () =>
        expect((await db.plans.get(plan.id))?.content.hrRecord).toMatchObject({
          repComments: 'The leads in my region dried up in September.',
          declined: { witness: 'Jo Park', date: isoDay(new Date()) },
        }),
      { timeout: 5000 },
    );
  }, 30_000);

  it('an HR review before the plan is issued is recorded with the reviewer and the date', async () => {
    const user = userEvent.setup();
    const { db, plan } = await planOnReview(addDays(isoDay(new Date()), 3));
    await user.click(await screen.findByText('HR review before the plan is issued (optional)', undefined, { timeout: 5000 }));
    await user.type(screen.getByRole('textbox', { name: 'Reviewed by' }), 'Jo Park');
    await user.click(screen.getByRole('button', { name: 'Record the HR review' }));
    expect(await screen.findByText(/^Reviewed by HR: Jo Park, /, undefined, { timeout: 5000 })).toBeInTheDocument();
    const stored = await db.plans.get(plan.id);
    expect(stored?.hrReview).toEqual({ reviewer: 'Jo Park', date: isoDay(new Date()) });
    expect(stored?.history.at(-1)?.event).toBe('hr-review');
  }, 30_000);
});

describe('the wins typed in the planner', () => {
  it('show on the Review step in the rep’s part, as written', async () => {
    const { db, plan } = await planOnReview(addDays(isoDay(new Date()), 1));
    const wins = 'Closed Northwind for $14,200 in October after mapping every stakeholder.';
    await savePlanContent(db, plan.id, { acknowledgements: wins });
    const repPart = await screen.findByRole('region', { name: 'For Farid Haddad: the plan you will both sign' }, { timeout: 15_000 });
    expect(await within(repPart).findByText(wins)).toBeInTheDocument();
    expect(within(repPart).getByRole('heading', { name: 'What is going well' })).toBeInTheDocument();
  });
});

describe('the action items on the Review step', () => {
  it('say their numbers once: a drafted action already names from and to; one the manager typed gets them added', async () => {
    const { db, plan } = await planOnReview(addDays(isoDay(new Date()), 1));
    const repPart = await screen.findByRole('region', { name: 'For Farid Haddad: the plan you will both sign' }, { timeout: 15_000 });
    const drafted = plan.content.actionItems[0]!;
    expect(drafted.action).toMatch(/ from .+ to /);
    const line = await within(repPart).findByText((text) => text.startsWith(drafted.action));
    expect(line.textContent?.match(/ from /g)).toHaveLength(1);

    const typed = { ...drafted, id: 'typed', action: 'Qualify every new opportunity with the buyer in the first call' };
    await savePlanContent(db, plan.id, { actionItems: [typed] });
    const own = await within(repPart).findByText((text) => text.startsWith(typed.action));
    expect(own.textContent).toMatch(/ — .+: from .+ to .+, by /);
  }, 30_000);
});

describe('closing a plan', () => {
  it('asks how it ended and stores the answer chosen, not the first one offered', async () => {
    const user = userEvent.setup();
    const { db, plan } = await planOnReview(addDays(isoDay(new Date()), 1));
    await user.click(await screen.findByRole('button', { name: 'Close the plan' }, { timeout: 5000 }));
    const dialog = screen.getByRole('dialog', { name: 'Close the plan' });
    expect(within(dialog).getByRole('radio', { name: 'Met' })).toBeChecked();
    await user.click(within(dialog).getByRole('radio', { name: 'Escalated' }));
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    await waitFor(async () => expect(await getPlan(db, plan.id)).toMatchObject({ status: 'closed', outcome: 'escalated' }), { timeout: 5000 });
    await waitFor(() => expect(screen.getByRole('group', { name: 'Plan status' })).toHaveTextContent(/Status: Closed \(escalated\)/), {
      timeout: 5000,
    });
  }, 30_000);
});
