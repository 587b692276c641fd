// The planner's steps as a manager works through them, each change read back from the stored plan:
// the Diagnosis step's override (refused without a reason, kept with one, undone by confirming),
// obstacles; Expectations and Action plan items added and removed; the check-in dates a cadence
// gives; Questions left out and added; Pushback of one's own; the status control; the Review
// step's export and print actions.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { snapshotFromDiagnosis } from '@shared/domain/plan';
import { sampleRep } from '@shared/domain/plan/testing';
import type { PlanStep } from '@shared/schemas';
import { freshDb } from '@tests/helpers/db';
import type { CandorDB } from '@renderer/db/db';
import { createPlan, saveProgress } from '@renderer/db/repositories/plans';
import { PlatformContext } from '@renderer/platform';
import { fakePlatform, type FakePlatform } from '@renderer/platform/fake';
import { DbContext } from '@renderer/state/db';
import { useAppStore } from '@renderer/state/store';
import { PlannerPage } from './PlannerPage';
import { prefillFromSnapshot } from './prefill';
import { AUTOSAVE_DELAY_MS } from './useAutosave';

const AT = new Date('2026-11-20T10:00:00Z');

beforeEach(() => {
  localStorage.clear();
  useAppStore.setState({ toasts: [] });
  // jsdom has no 2D canvas: the signature pads get a context that draws nothing.
  const ctx = new Proxy({} as Record<string | symbol, unknown>, { get: (t, p) => (p in t ? t[p] : () => undefined) });
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => ctx as unknown as CanvasRenderingContext2D);
});
afterEach(() => vi.restoreAllMocks());

/** Farid Haddad's plan (a skill gap at opportunity → win in the sample team), opened on `step`. */
async function planOn(step: PlanStep) {
  const db = freshDb();
  await db.open();
  const snapshot = snapshotFromDiagnosis(await sampleRep('Farid Haddad'), 'month', AT);
  const plan = await createPlan(db, { repId: 'rep-1', snapshot, content: prefillFromSnapshot(snapshot, 'Sam Lee', AT) });
  await saveProgress(db, plan.id, step);
  return { db, plan };
}

function show(db: CandorDB, planId: string, platform: FakePlatform = fakePlatform()) {
  render(
    <PlatformContext.Provider value={platform}>
      <DbContext.Provider value={db}>
        <PlannerPage planId={planId} />
      </DbContext.Provider>
    </PlatformContext.Provider>,
  );
  return platform;
}

const stored = (db: CandorDB, id: string) => db.plans.get(id).then((p) => p!);
const toasts = () => useAppStore.getState().toasts.map((t) => t.text);

describe('the Diagnosis step', () => {
  it('keeps an override only with a reason, and confirming the reading again drops it', async () => {
    const user = userEvent.setup();
    const { db, plan } = await planOn('diagnosis');
    expect(plan.snapshot.verdict).toBe('skill');
    show(db, plan.id);
    const form = await screen.findByRole('form', { name: 'Diagnosis' }, { timeout: 10_000 });
    expect(within(form).getByText(/Candor reads this as/)).toHaveTextContent('Skill gap at opportunity → win');
    expect(within(form).getByRole('radio', { name: 'Confirm this reading' })).toBeChecked();

    await user.click(within(form).getByRole('radio', { name: 'I see it differently' }));
    await user.selectOptions(within(form).getByLabelText('Your reading'), 'effort');
    await user.type(within(form).getByLabelText('Why'), 'x');
    await user.tab();
    expect(await within(form).findByText('Say why you see it differently, in a few words')).toBeVisible();
    // Nothing of the override is stored while it has no reason.
    expect((await stored(db, plan.id)).content.diagnosis).toEqual(plan.content.diagnosis);

    await user.type(within(form).getByLabelText('Why'), ' Two of his territories were merged in September');
    await user.tab();
    await waitFor(async () =>
      expect((await stored(db, plan.id)).content.diagnosis).toMatchObject({
        verdict: 'effort',
        confirmed: false,
        overrideReason: 'x Two of his territories were merged in September',
      }),
    );
    expect(within(form).queryByText('Say why you see it differently, in a few words')).toBeNull();

    await user.click(within(form).getByRole('radio', { name: 'Confirm this reading' }));
    await user.tab();
    await waitFor(async () =>
      expect((await stored(db, plan.id)).content.diagnosis).toMatchObject({ verdict: 'skill', confirmed: true, overrideReason: '' }),
    );
    expect(within(form).queryByLabelText('Your reading')).toBeNull();
  }, 30_000);

  it('adds a genuine obstacle with what happened, and removes it again', async () => {
    const user = userEvent.setup();
    const { db, plan } = await planOn('diagnosis');
    const before = plan.content.diagnosis.obstacles.length;
    show(db, plan.id);
    const form = await screen.findByRole('form', { name: 'Diagnosis' }, { timeout: 10_000 });
    await user.click(within(form).getByRole('button', { name: 'Record an obstacle' }));
    const notes = within(form).getAllByLabelText(/What happened/);
    await user.type(notes[notes.length - 1]!, 'Largest account froze all purchasing in October');
    await user.tab();
    await waitFor(async () => expect((await stored(db, plan.id)).content.diagnosis.obstacles).toHaveLength(before + 1));
    expect((await stored(db, plan.id)).content.diagnosis.obstacles.at(-1)).toMatchObject({
      kind: 'territory-change',
      note: 'Largest account froze all purchasing in October',
    });
    await user.click(within(form).getByRole('button', { name: `Remove obstacle ${before + 1}` }));
    await user.tab();
    await waitFor(async () => expect((await stored(db, plan.id)).content.diagnosis.obstacles).toHaveLength(before));
  }, 30_000);
});

describe('the Expectations step', () => {
  it('adds a standard of the manager’s own and removes one of the prefilled', async () => {
    const user = userEvent.setup();
    const { db, plan } = await planOn('expectations');
    const prefilled = plan.content.expectations.map((e) => e.label);
    expect(prefilled.length).toBeGreaterThan(1);
    show(db, plan.id);
    const form = await screen.findByRole('form', { name: 'Expectations' }, { timeout: 10_000 });
    expect(within(form).getByRole('heading', { name: 'The standards Farid Haddad is held to' })).toBeVisible();
    expect(
      within(form)
        .getAllByRole('textbox', { name: 'Expectation' })
        .map((t) => (t as HTMLInputElement).value),
    ).toEqual(prefilled);

    await user.click(within(form).getByRole('button', { name: 'Remove expectation 1' }));
    await user.click(within(form).getByRole('button', { name: 'Add an expectation' }));
    const labels = within(form).getAllByRole('textbox', { name: 'Expectation' });
    await user.type(labels[labels.length - 1]!, 'Log every call in the CRM the same day');
    await user.tab();
    await waitFor(async () =>
      expect((await stored(db, plan.id)).content.expectations.map((e) => e.label)).toEqual([
        ...prefilled.slice(1),
        'Log every call in the CRM the same day',
      ]),
    );
  }, 30_000);
});

describe('the Action plan step', () => {
  it('adds an item owned by the rep with its target and deadline, and removing it keeps the others', async () => {
    const user = userEvent.setup();
    const { db, plan } = await planOn('action-plan');
    const before = plan.content.actionItems.map((a) => a.action);
    show(db, plan.id);
    const form = await screen.findByRole('form', { name: 'Action plan' }, { timeout: 10_000 });
    await user.click(within(form).getByRole('button', { name: 'Add an action item' }));
    const item = within(form).getByRole('listitem', { name: `Action item ${before.length + 1}` });
    expect(within(item).getByLabelText('Owner')).toHaveValue('Farid Haddad');
    await user.type(within(item).getByLabelText('Action'), 'Send a mutual action plan after every second meeting');
    await user.type(within(item).getByLabelText('Deadline'), '2027-01-29');
    await user.tab();
    await waitFor(async () => expect((await stored(db, plan.id)).content.actionItems).toHaveLength(before.length + 1));
    expect((await stored(db, plan.id)).content.actionItems.at(-1)).toMatchObject({
      action: 'Send a mutual action plan after every second meeting',
      deadline: '2027-01-29',
      owner: 'Farid Haddad',
      metricKey: null,
    });

    await user.click(within(form).getByRole('button', { name: 'Remove action item 1' }));
    await user.tab();
    await waitFor(async () =>
      expect((await stored(db, plan.id)).content.actionItems.map((a) => a.action)).toEqual([
        ...before.slice(1),
        'Send a mutual action plan after every second meeting',
      ]),
    );
  }, 30_000);

  it('lists the check-in dates the cadence gives, refuses a count over 52 and keeps the last good one saved', async () => {
    const user = userEvent.setup();
    const { db, plan } = await planOn('action-plan');
    show(db, plan.id);
    const form = await screen.findByRole('form', { name: 'Action plan' }, { timeout: 10_000 });
    const start = within(form).getByLabelText('Starting from');
    await user.clear(start);
    // Monday 4 Jan 2027, every two weeks, three times: Mondays 18 Jan, 1 Feb, 15 Feb.
    await user.type(start, '2027-01-04');
    await user.selectOptions(within(form).getByLabelText('How often'), '14');
    const count = within(form).getByLabelText('How many');
    await user.clear(count);
    await user.type(count, '3');
    await user.tab();
    const dates = within(form).getByRole('list', { name: 'Check-in dates' });
    expect(
      within(dates)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Jan 18, 2027', 'Feb 1, 2027', 'Feb 15, 2027']);
    await waitFor(async () => expect((await stored(db, plan.id)).content.checkIns).toEqual({ startDate: '2027-01-04', everyDays: 14, count: 3 }));

    await user.clear(count);
    await user.tab();
    // An emptied box is not 0 check-ins: it asks, and the plan keeps 3.
    expect(await within(form).findByText('How many check-ins: 0 for none')).toBeVisible();
    await new Promise((r) => setTimeout(r, AUTOSAVE_DELAY_MS + 100));
    expect((await stored(db, plan.id)).content.checkIns.count).toBe(3);

    await user.type(count, '60');
    await user.tab();
    expect(await within(form).findByText('At most 52')).toBeVisible();
    expect(within(form).queryByRole('list', { name: 'Check-in dates' })).toBeNull();
    expect(count).toHaveValue('60');
    expect(screen.getByText('Not saved yet: check the highlighted field')).toBeVisible();
    // "60" passed through "6" on the way: neither reaches the plan, which keeps the last good count saved.
    await new Promise((r) => setTimeout(r, AUTOSAVE_DELAY_MS + 100));
    expect((await stored(db, plan.id)).content.checkIns).toEqual({ startDate: '2027-01-04', everyDays: 14, count: 3 });

    await user.clear(count);
    await user.type(count, '12');
    await user.tab();
    await waitFor(async () => expect((await stored(db, plan.id)).content.checkIns).toEqual({ startDate: '2027-01-04', everyDays: 14, count: 12 }));
  }, 30_000);
});

describe('the Questions step', () => {
  it('leaves a drafted question out when unticked, and adds one of the manager’s own marked as such', async () => {
    const user = userEvent.setup();
    const { db, plan } = await planOn('questions');
    const drafted = plan.content.questions;
    expect(drafted.length).toBeGreaterThan(0);
    show(db, plan.id);
    const form = await screen.findByRole('form', { name: 'Questions' }, { timeout: 10_000 });
    const ask = within(form).getAllByRole('checkbox', { name: 'Ask this' });
    expect(ask.map((c) => (c as HTMLInputElement).checked)).toEqual(drafted.map((q) => q.included));
    const first = drafted.findIndex((q) => q.included);
    expect(first).toBeGreaterThanOrEqual(0);
    await user.click(ask[first]!);
    await user.click(within(form).getByRole('button', { name: 'Add a question' }));
    const own = within(form).getByRole('textbox', { name: `Question ${drafted.length + 1}` });
    await user.type(own, 'What would help you most in the next two weeks?');
    await user.tab();
    expect(within(form).getAllByText('Your own').length).toBe(drafted.filter((q) => q.gap === 'own').length + 1);
    await waitFor(async () => expect((await stored(db, plan.id)).content.questions).toHaveLength(drafted.length + 1));
    const kept = (await stored(db, plan.id)).content.questions;
    expect(kept[first]).toMatchObject({ id: drafted[first]!.id, text: drafted[first]!.text, included: false });
    expect(kept.at(-1)).toMatchObject({ text: 'What would help you most in the next two weeks?', gap: 'own', included: true });
  }, 30_000);
});

describe('the Pushback step', () => {
  it('adds an objection of the manager’s own, included in the rehearsal count', async () => {
    const user = userEvent.setup();
    const { db, plan } = await planOn('pushback');
    const included = plan.content.pushback.filter((p) => p.included).length;
    show(db, plan.id);
    const form = await screen.findByRole('form', { name: 'Pushback' }, { timeout: 10_000 });
    expect(within(form).getByRole('button', { name: `Rehearse (${included})` })).toBeEnabled();
    await user.click(within(form).getByRole('button', { name: 'Add an objection' }));
    const objections = within(form).getAllByLabelText('Objection');
    await user.type(objections[objections.length - 1]!, 'The new pricing makes every deal harder');
    await user.tab();
    expect(within(form).getByRole('button', { name: `Rehearse (${included + 1})` })).toBeEnabled();
    await waitFor(async () =>
      expect((await stored(db, plan.id)).content.pushback.at(-1)).toMatchObject({
        objection: 'The new pricing makes every deal harder',
        included: true,
        own: true,
      }),
    );
  }, 30_000);
});

describe('the status control and the Review step', () => {
  it('moves a draft to ready and back only when confirmed, and closes it with the outcome chosen', async () => {
    const user = userEvent.setup();
    const { db, plan } = await planOn('review');
    show(db, plan.id);
    const status = await screen.findByRole('group', { name: 'Plan status' }, { timeout: 10_000 });
    expect(status).toHaveTextContent('Status: Draft · revision 1');

    await user.click(within(status).getByRole('button', { name: 'Mark ready to hold' }));
    let dialog = await screen.findByRole('dialog', { name: 'Mark ready to hold' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect((await stored(db, plan.id)).status).toBe('draft');

    await user.click(within(status).getByRole('button', { name: 'Mark ready to hold' }));
    dialog = await screen.findByRole('dialog', { name: 'Mark ready to hold' });
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    await waitFor(async () => expect((await stored(db, plan.id)).status).toBe('ready'));
    expect(await within(status).findByText('Ready to hold')).toBeVisible();
    expect(toasts()).toContain('Plan: ready to hold.');

    await user.click(within(status).getByRole('button', { name: 'Close the plan' }));
    dialog = await screen.findByRole('dialog', { name: 'Close the plan' });
    await user.click(within(dialog).getByRole('radio', { name: 'Withdrawn' }));
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    await waitFor(async () => expect(await stored(db, plan.id)).toMatchObject({ status: 'closed', outcome: 'withdrawn' }));
    expect(await within(status).findByText(/\(withdrawn\) · revision 1/)).toBeVisible();
    expect(within(status).getByRole('button', { name: 'Edit as a new revision' })).toBeEnabled();
  }, 30_000);

  it('records nothing when the save dialog is cancelled; names the guide by date, rep and kind when saved', async () => {
    const user = userEvent.setup();
    const { db, plan } = await planOn('review');
    const platform = fakePlatform();
    platform.cancelSaves = true;
    show(db, plan.id, platform);
    await user.click(await screen.findByRole('button', { name: 'Export your guide (.docx)' }, { timeout: 10_000 }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Export your guide (.docx)' })).toBeEnabled());
    expect((await stored(db, plan.id)).exports).toEqual([]);
    expect(platform.saved).toEqual([]);
    // A cancelled dialog is the manager's choice: no message, least of all an error.
    expect(toasts()).toEqual([]);

    platform.cancelSaves = false;
    await user.click(screen.getByRole('button', { name: 'Export your guide (.docx)' }));
    await waitFor(async () => expect((await stored(db, plan.id)).exports).toHaveLength(1));
    const name = platform.saved[0]!.suggestedName;
    expect(name).toMatch(/^\d{4}-\d{2}-\d{2} Farid Haddad - Conversation Guide\.docx$/);
    expect((await stored(db, plan.id)).exports[0]).toMatchObject({ kind: 'guide-docx', fileName: name, revision: 1 });
    expect(toasts()).toContain(`Saved ${name}.`);
    expect(within(screen.getByRole('list', { name: 'Exports' })).getByText(new RegExp(`revision 1 · ${name.replace(/[.]/g, '\\.')}`))).toBeVisible();
  }, 30_000);

  it('opens the print view of the plan and closes it, recording nothing until printed', async () => {
    const user = userEvent.setup();
    const { db, plan } = await planOn('review');
    show(db, plan.id);
    await user.click(await screen.findByRole('button', { name: 'Print plan' }, { timeout: 10_000 }));
    const view = await screen.findByRole('dialog', { name: 'Print the plan' });
    expect(within(view).getAllByText(/Farid Haddad/).length).toBeGreaterThan(0);
    await user.click(within(view).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Print the plan' })).toBeNull());
    expect((await stored(db, plan.id)).exports).toEqual([]);
  }, 30_000);
});
