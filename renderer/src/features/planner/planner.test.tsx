import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { snapshotFromDiagnosis } from '@shared/domain/plan';
import { sampleRep } from '@shared/domain/plan/testing';
import { newSession, newSessionFor } from '@shared/domain/roleplay';
import { shippedLibrary } from '../roleplay/data/library';
import { freshDb } from '@tests/helpers/db';
import { App } from '@renderer/app/App';
import type { CandorDB } from '@renderer/db/db';
import { createPlan, saveProgress } from '@renderer/db/repositories/plans';
import { PlatformContext } from '@renderer/platform';
import { fakePlatform } from '@renderer/platform/fake';
import { readDocxParts } from '@shared/export/docx';
import { DbContext } from '@renderer/state/db';
import { ImportEngineContext } from '../import';
import { inProcessEngine } from '../import/inProcessEngine';
import { journalPending, journalWrite } from './journal';
import { PlannerPage } from './PlannerPage';
import { AUTOSAVE_DELAY_MS } from './useAutosave';
import { prefillFromSnapshot } from './prefill';

beforeEach(() => {
  window.location.hash = '#/team';
  localStorage.clear();
  // jsdom has no 2D canvas: the signature pads on the Review step get a context that draws nothing.
  const ctx = new Proxy({} as Record<string | symbol, unknown>, {
    get: (target, prop) => (prop in target ? target[prop] : () => undefined),
    set: (target, prop, value) => {
      target[prop] = value;
      return true;
    },
  });
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => ctx as unknown as CanvasRenderingContext2D);
});
afterEach(() => vi.restoreAllMocks());

function renderApp(db = freshDb()) {
  render(
    <ImportEngineContext.Provider value={inProcessEngine}>
      <App db={db} platform={fakePlatform()} />
    </ImportEngineContext.Provider>,
  );
  return db;
}

/**
 * Loads the sample team and starts a plan for one rep. By default the manager first applies the
 * role defaults the Team page offers (the sample holds quotas but no other targets); with
 * `applyDefaults: false` every comparison stays against the team median.
 */
async function loadSampleAndStart(user: ReturnType<typeof userEvent.setup>, db: CandorDB, name: string, { applyDefaults = true } = {}) {
  await user.click(await screen.findByRole('button', { name: 'Try with sample data' }));
  await screen.findByRole('table', { name: 'Team' });
  if (applyDefaults) {
    await user.click(await screen.findByRole('button', { name: /^Apply the default targets for / }));
    await user.click(await screen.findByRole('button', { name: 'Apply them' }));
    await waitFor(async () => expect(await db.expectations.count()).toBeGreaterThan(0));
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Apply the default targets for / })).not.toBeInTheDocument());
  }
  const rep = (await db.reps.toArray()).find((r) => r.name === name);
  if (!rep) throw new Error(`no ${name}`);
  act(() => {
    window.location.hash = `#/plans?rep=${rep.id}`;
  });
  await user.click(await screen.findByRole('button', { name: 'Start the plan' }));
  await screen.findByRole('heading', { name: `Conversation with ${name}` });
}

async function next(user: ReturnType<typeof userEvent.setup>, label: string) {
  await user.click(screen.getByRole('button', { name: new RegExp(`^Next: ${label}`) }));
  await screen.findByRole('heading', { name: new RegExp(`: ${label}$`) });
}

async function seededPlan(name = 'Farid Haddad') {
  const db = freshDb();
  await db.open();
  const snapshot = snapshotFromDiagnosis(await sampleRep(name), 'month', new Date('2026-11-20T10:00:00Z'));
  const plan = await createPlan(db, {
    repId: 'rep-1',
    snapshot,
    content: prefillFromSnapshot(snapshot, 'Sam Lee', new Date('2026-11-20T10:00:00Z')),
  });
  return { db, plan };
}

function renderPlanner(db: CandorDB, planId: string, platform = fakePlatform()) {
  return render(
    <PlatformContext.Provider value={platform}>
      <DbContext.Provider value={db}>
        <PlannerPage planId={planId} />
      </DbContext.Provider>
    </PlatformContext.Provider>,
  );
}

describe('the conversation planner', () => {
  it('walks a skill-gap rep (Farid Haddad) through all ten steps with content that fits the numbers', async () => {
    const user = userEvent.setup();
    const db = renderApp();
    await loadSampleAndStart(user, db, 'Farid Haddad');
    // Facts: the verdict, the numbers, and the prefilled focus area.
    expect(screen.getByText('Skill gap')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Focus on Win rate (won ÷ closed)' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Focus on Meetings held' })).not.toBeChecked();
    await next(user, 'Expectations');
    expect(screen.getAllByRole('textbox', { name: 'Expectation' }).map((e) => (e as HTMLInputElement).value)).toContain('Meetings held');
    await next(user, 'Diagnosis');
    expect(screen.getByText(/Candor reads this as/)).toHaveTextContent('Skill gap at opportunity → win');
    await next(user, 'Talking points');
    expect(
      screen
        .getAllByRole('textbox', { name: /^Point \d+$/ })
        .map((t) => (t as HTMLTextAreaElement).value)
        .join('\n'),
    ).toMatch(/Win rate \(won ÷ closed\) in Aug to Oct 2026: 12%, against the AE target of 25%/);
    // Money in the drafted points carries the currency of the number-format setting (here the system's: en-US → $).
    expect(
      screen
        .getAllByRole('textbox', { name: /^Point \d+$/ })
        .map((t) => (t as HTMLTextAreaElement).value)
        .filter((t) => t.startsWith('Won revenue')),
    ).toEqual([expect.stringMatching(/^Won revenue in Aug to Oct 2026: \$\d/)]);
    await next(user, 'Questions');
    expect(screen.getAllByRole('textbox', { name: /^Question \d+$/ }).map((t) => (t as HTMLTextAreaElement).value)).toContain(
      'Walk me through the last deal you lost at proposal. Where did it turn?',
    );
    await next(user, 'Pushback');
    expect(screen.getAllByRole('checkbox', { name: 'Prepare for this' }).filter((c) => (c as HTMLInputElement).checked)).toHaveLength(6);
    await next(user, 'Consequences & support');
    await next(user, 'Action plan');
    const item = screen.getByRole('listitem', { name: 'Action item 1' });
    expect(within(item).getByRole('textbox', { name: 'Action' })).toHaveValue('Raise win rate (won ÷ closed) from 12% to 25%, the AE target');
    // The baseline is the figure of the window the facts show, and says so.
    expect(within(item).getByText('Over Aug to Oct 2026')).toBeInTheDocument();
    expect(within(item).getByRole('textbox', { name: 'Target (%)' })).toHaveValue('25');
    expect(within(item).getByText('SMART')).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Check-in dates' })).getAllByRole('listitem')).toHaveLength(6);
    await next(user, 'Development plan');
    await next(user, 'Review');
    const repPart = screen.getByRole('region', { name: /For Farid Haddad/ });
    const privatePart = screen.getByRole('region', { name: 'Your private preparation' });
    expect(within(repPart).getByText(/Raise win rate \(won ÷ closed\) from 12% to 25%/)).toBeInTheDocument();
    expect(within(privatePart).queryByText(/Raise win rate/)).not.toBeInTheDocument();
    const plans = await db.plans.toArray();
    expect(plans).toHaveLength(1);
    expect((await db.planProgress.get(plans[0]?.id ?? ''))?.visited).toHaveLength(10);
  }, 30_000);

  it('an effort-gap rep (Dev Patel) gets activity floors and weekly check-ins instead', async () => {
    const user = userEvent.setup();
    const db = renderApp();
    await loadSampleAndStart(user, db, 'Dev Patel');
    expect(screen.getByText('Effort gap')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Focus on Meetings held' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: /5\. Questions/ }));
    await screen.findByRole('heading', { name: /: Questions$/ });
    const questions = screen.getAllByRole('textbox', { name: /^Question \d+$/ }).map((t) => (t as HTMLTextAreaElement).value);
    expect(questions.join(' ')).toMatch(/booking more meetings/);
    expect(questions).not.toContain('Walk me through the last deal you lost at proposal. Where did it turn?');
    await user.click(screen.getByRole('button', { name: /8\. Action plan/ }));
    await screen.findByRole('heading', { name: /: Action plan$/ });
    expect(within(screen.getByRole('listitem', { name: 'Action item 1' })).getByRole('textbox', { name: 'Action' })).toHaveValue(
      'Raise meetings held from 76 to 120 per 3 months, the AE target',
    );
    expect(screen.getByRole('combobox', { name: 'How often' })).toHaveValue('7');
    expect(within(screen.getByRole('list', { name: 'Check-in dates' })).getAllByRole('listitem')).toHaveLength(12);
  }, 30_000);

  it('before any targets are applied, an effort-gap rep’s plan is measured against the median of the peer group (the role AE) and says so', async () => {
    const user = userEvent.setup();
    const db = renderApp();
    await loadSampleAndStart(user, db, 'Dev Patel', { applyDefaults: false });
    expect(await db.expectations.count()).toBe(0);
    expect(screen.getByText('Effort gap')).toBeInTheDocument();
    await next(user, 'Expectations');
    expect(screen.getByText(/use the median of the role AE, because no/)).toBeInTheDocument();
    const notes = screen.getAllByRole('textbox', { name: /^Note/ }).map((e) => (e as HTMLInputElement).value);
    expect(notes.filter((n) => n === 'Median of the role AE over Aug to Oct 2026, in total for the 3 months: no target set yet')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: /8\. Action plan/ }));
    await screen.findByRole('heading', { name: /: Action plan$/ });
    expect(
      (within(screen.getByRole('listitem', { name: 'Action item 1' })).getByRole('textbox', { name: 'Action' }) as HTMLTextAreaElement).value,
    ).toMatch(/^Raise calls from 779 to [\d,]+ per 3 months, the median of the role AE$/);
  }, 30_000);

  it('a plan keeps its facts; newer data is announced with what changed, and taken only when the manager says so', async () => {
    const user = userEvent.setup();
    const db = renderApp();
    await loadSampleAndStart(user, db, 'Grace Kim');
    const [plan] = await db.plans.toArray();
    if (!plan) throw new Error('no plan');
    // As if the plan had been prepared on older figures.
    const older = structuredClone(plan.snapshot);
    const held = older.metrics.find((m) => m.key === 'meetingsHeld');
    if (!held) throw new Error('no meetings held');
    const current = held.value;
    held.value = 99;
    older.fingerprint = 'older';
    await db.plans.update(plan.id, { snapshot: older });
    const banner = await screen.findByText(/The numbers for .+ have changed/, undefined, { timeout: 5000 });
    const box = banner.closest('.newer-data') as HTMLElement;
    expect(within(box).getByText(new RegExp(`^Meetings held over .+: 99 → ${String(current)}$`))).toBeInTheDocument();
    // The plan itself still says 99 until the manager takes the newer facts.
    expect((await db.plans.get(plan.id))?.snapshot.metrics.find((m) => m.key === 'meetingsHeld')?.value).toBe(99);
    await user.click(within(box).getByRole('button', { name: 'Use the updated numbers' }));
    await waitFor(() => expect(screen.queryByText(/The numbers for .+ have changed/)).not.toBeInTheDocument());
    const stored = await db.plans.get(plan.id);
    expect(stored?.snapshot.metrics.find((m) => m.key === 'meetingsHeld')?.value).toBe(current);
    expect(stored?.history.map((h) => h.event)).toContain('facts-refreshed');
  }, 30_000);

  it('autosave: a sentence typed half-way survives leaving the page at once (unmount before the debounce)', async () => {
    const { db, plan } = await seededPlan();
    await saveProgress(db, plan.id, 'consequences-support');
    const user = userEvent.setup();
    // The debounced write never fires in this test (its timers are swallowed), so what reaches the
    // database can only come from the write on leaving; no race with the clock on a busy machine.
    const realSetTimeout = globalThis.setTimeout;
    const debounce = vi
      .spyOn(globalThis, 'setTimeout')
      .mockImplementation(((fn: () => void, ms?: number, ...rest: unknown[]) =>
        ms === AUTOSAVE_DELAY_MS ? realSetTimeout(() => undefined, 0) : realSetTimeout(fn, ms, ...rest)) as typeof setTimeout);
    const first = renderPlanner(db, plan.id);
    const box = await screen.findByRole('textbox', { name: 'If the expectations are not met' });
    await user.clear(box);
    await user.type(box, 'If the win rate is still under 20% by the end of Febr');
    expect(debounce.mock.calls.some(([, ms]) => ms === AUTOSAVE_DELAY_MS)).toBe(true);
    first.unmount();
    await waitFor(async () =>
      expect((await db.plans.get(plan.id))?.content.consequences).toBe('If the win rate is still under 20% by the end of Febr'),
    );
    debounce.mockRestore();
    renderPlanner(db, plan.id);
    expect(await screen.findByRole('textbox', { name: 'If the expectations are not met' })).toHaveValue(
      'If the win rate is still under 20% by the end of Febr',
    );
  }, 60_000);

  it('autosave: a change journalled before a crash is replayed on the next open', async () => {
    const { db, plan } = await seededPlan();
    await saveProgress(db, plan.id, 'talking-points');
    journalWrite(plan.id, 'talking-points', plan.revision, { opening: 'Thanks for making the time toda' });
    renderPlanner(db, plan.id);
    expect(await screen.findByRole('textbox', { name: 'How you will open' })).toHaveValue('Thanks for making the time toda');
    expect((await db.plans.get(plan.id))?.content.opening).toBe('Thanks for making the time toda');
    expect(journalPending(plan.id)).toEqual([]);
  });

  it('SMART check: an item without a target or deadline is flagged until both are set', async () => {
    const { db, plan } = await seededPlan();
    await saveProgress(db, plan.id, 'action-plan');
    const user = userEvent.setup();
    renderPlanner(db, plan.id);
    const item = await screen.findByRole('listitem', { name: 'Action item 1' });
    await user.clear(within(item).getByRole('textbox', { name: 'Target (%)' }));
    await user.clear(within(item).getByLabelText('Deadline'));
    const flags = within(item).getByRole('list', { name: 'SMART check for item 1' });
    expect(
      within(flags)
        .getAllByRole('listitem')
        .map((l) => l.textContent),
    ).toEqual(['Set a measurable target', 'Set a deadline']);
    await user.type(within(item).getByRole('textbox', { name: 'Target (%)' }), '22');
    await user.type(within(item).getByLabelText('Deadline'), '2027-02-26');
    expect(within(item).getByText('SMART')).toBeInTheDocument();
    await waitFor(async () => expect((await db.plans.get(plan.id))?.content.actionItems[0]).toMatchObject({ target: 0.22, deadline: '2027-02-26' }));
  }, 20_000);

  it('the development step shows the role-play sessions linked to each skill, with the scores and the change', async () => {
    const { db, plan } = await seededPlan();
    const item = plan.content.development[0];
    expect(item).toBeDefined();
    const script = shippedLibrary().scripts.find((s) => s.id === 'closing-ask-for-commitment')!;
    const scored = (id: string, day: string, scores: number[], planItemId: string | null) => ({
      ...newSession(script, plan.repId, id, new Date(`${day}T10:00:00Z`)),
      planItemId,
      status: 'completed' as const,
      completedAt: `${day}T10:30:00.000Z`,
      scores: Object.fromEntries(script.rubric.criteria.map((c, i) => [c.id, scores[i]!])),
    });
    await db.roleplaySessions.bulkPut([
      scored('s-1', '2026-11-24', [3, 3, 3, 2], item!.id),
      scored('s-2', '2026-12-01', [4, 4, 4, 3], item!.id),
      scored('s-3', '2026-12-02', [1, 1, 1, 1], null),
    ]);
    await saveProgress(db, plan.id, 'development-plan');
    renderPlanner(db, plan.id);
    const practice = await screen.findByRole('region', { name: `Role-play practice: ${item!.skill}` });
    expect(practice).toHaveTextContent('2 sessions scored: 2.8 → 3.8 of 5 (+1), pass mark 3.5; 1 of 2 passed.');
    const rows = within(practice)
      .getAllByRole('listitem')
      .map((l) => l.textContent);
    expect(rows).toEqual([
      'Nov 24, 2026 · Closing: ask for the decision · 2.8 of 5 · Below the pass mark',
      'Dec 1, 2026 · Closing: ask for the decision · 3.8 of 5 · Passed',
    ]);
    expect(within(practice).getByRole('link', { name: `Assign a script for ${item!.skill}` })).toHaveAttribute(
      'href',
      `#/roleplay?rep=${plan.repId}&item=${item!.id}`,
    );
    expect(within(practice).getByRole('link', { name: 'run a role-play' })).toHaveAttribute('href', `#/roleplay?rep=${plan.repId}`);
  }, 20_000);

  it('the development step shows the script assigned for a skill as the check-in does, and a session under it judged by its pass mark', async () => {
    const { db, plan } = await seededPlan();
    const item = plan.content.development[0]!;
    const script = shippedLibrary().scripts.find((s) => s.id === 'objection-price')!;
    // Assigned on Dec 1 with a pass mark of 4 (the script's own is 3.5), due on the last day of 2099.
    const assignment = {
      id: 'ra-1',
      repId: plan.repId,
      scriptId: script.id,
      scriptTitle: script.title,
      planId: plan.id,
      planItemId: item.id,
      passMark: 4,
      dueDate: '2099-12-31',
      createdAt: '2026-12-01T09:00:00.000Z',
    };
    await db.roleplayAssignments.put(assignment);
    const started = newSessionFor(script, plan.repId, assignment, 's-1', new Date('2026-12-02T10:00:00Z'));
    await db.roleplaySessions.put({
      ...started,
      status: 'completed',
      completedAt: '2026-12-02T10:30:00.000Z',
      scores: Object.fromEntries(script.rubric.criteria.map((c, i) => [c.id, i === 0 ? 3 : 4])),
    });
    await saveProgress(db, plan.id, 'development-plan');
    renderPlanner(db, plan.id);
    const practice = await screen.findByRole('region', { name: `Role-play practice: ${item.skill}` });
    const assigned = await within(practice).findByRole('list', { name: `Practice assigned for ${item.skill}` });
    expect(within(assigned).getByRole('listitem')).toHaveTextContent(
      `Assigned: ${script.title} · pass mark 4 of 5 · due Dec 31, 2099` +
        'One session scored since it was assigned: 3.8 of 5 · Not passed yet — due Dec 31, 2099',
    );
    // The session was started under the assignment: linked to the item and judged against 4, not 3.5.
    expect(practice).toHaveTextContent('One session scored: 3.8 of 5, pass mark 4; 0 of 1 passed.');
    expect(
      within(practice)
        .getAllByRole('listitem')
        .map((l) => l.textContent)[1],
    ).toBe(`Dec 2, 2026 · ${script.title} · 3.8 of 5 · Below the pass mark`);

    // A session of another script, at that script's own 3.5, linked to the same skill: the marks
    // differ, so each row names its own and the summary names none.
    const closing = shippedLibrary().scripts.find((x) => x.id === 'closing-ask-for-commitment')!;
    await db.roleplaySessions.put({
      ...newSession(closing, plan.repId, 's-2', new Date('2026-12-03T10:00:00Z')),
      planItemId: item.id,
      status: 'completed',
      completedAt: '2026-12-03T10:30:00.000Z',
      scores: Object.fromEntries(closing.rubric.criteria.map((c, i) => [c.id, i === 0 ? 3 : 4])),
    });
    await waitFor(() => expect(practice).toHaveTextContent('2 sessions scored: 3.8 → 3.8 of 5 (±0); 1 of 2 passed.'));
    expect(
      within(practice)
        .getAllByRole('listitem')
        .slice(1)
        .map((l) => l.textContent),
    ).toEqual([
      `Dec 2, 2026 · ${script.title} · 3.8 of 5 · Below the pass mark of 4`,
      `Dec 3, 2026 · ${closing.title} · 3.8 of 5 · Reached the pass mark of 3.5`,
    ]);
  }, 20_000);

  it('check-in dates skip weekends: weekly from a Saturday lands on Mondays', async () => {
    const { db, plan } = await seededPlan();
    await saveProgress(db, plan.id, 'action-plan');
    const user = userEvent.setup();
    renderPlanner(db, plan.id);
    const start = await screen.findByLabelText('Starting from');
    await user.clear(start);
    await user.type(start, '2026-11-21');
    await user.selectOptions(screen.getByRole('combobox', { name: 'How often' }), '7');
    const count = screen.getByRole('textbox', { name: 'How many' });
    await user.clear(count);
    await user.type(count, '3');
    expect(
      within(screen.getByRole('list', { name: 'Check-in dates' }))
        .getAllByRole('listitem')
        .map((l) => l.textContent),
    ).toEqual(['Nov 30, 2026', 'Dec 7, 2026', 'Dec 14, 2026']);
  }, 20_000);

  it('exports the plan as a Word file with its SHA-256 recorded, and keeps the guide out of it', async () => {
    const { db, plan } = await seededPlan();
    await saveProgress(db, plan.id, 'review');
    const platform = fakePlatform();
    const user = userEvent.setup();
    renderPlanner(db, plan.id, platform);
    await user.type(await screen.findByLabelText('Date', { exact: true }), '2026-11-24');
    await user.click(screen.getByRole('button', { name: 'Export plan (.docx)' }));
    await waitFor(() => expect(platform.saved).toHaveLength(1));
    const saved = platform.saved[0];
    expect(saved?.suggestedName).toBe('2026-11-24 Farid Haddad - Action Plan.docx');
    const xml = Object.values(readDocxParts(saved?.bytes ?? new Uint8Array())).join('');
    expect(xml).toContain('Farid Haddad');
    expect(xml).not.toContain(plan.content.opening.slice(0, 40));
    await waitFor(async () =>
      expect((await db.plans.get(plan.id))?.exports).toMatchObject([
        { kind: 'plan-docx', revision: 1, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
      ]),
    );
  }, 20_000);

  it('a signed plan is read-only; editing starts a new revision and the signed copy stays', async () => {
    const { db, plan } = await seededPlan();
    await saveProgress(db, plan.id, 'review');
    const user = userEvent.setup();
    renderPlanner(db, plan.id);
    for (const [button, dialog] of [
      ['Mark ready to hold', 'Mark ready to hold'],
      ['Mark the conversation held', 'Mark the conversation held'],
      ['Record it as signed', 'Record it as signed'],
    ] as const) {
      await user.click(await screen.findByRole('button', { name: button }));
      await user.click(within(await screen.findByRole('dialog', { name: dialog })).getByRole('button', { name: 'Confirm' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    }
    expect(await screen.findByText(/is signed and read-only/)).toBeInTheDocument();
    expect(screen.getByLabelText('Place')).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Edit as a new revision' }));
    await waitFor(() => expect(screen.getByLabelText('Place')).toBeEnabled());
    const stored = await db.plans.get(plan.id);
    expect([stored?.status, stored?.revision, stored?.signed.length]).toEqual(['draft', 2, 1]);
  }, 20_000);
});
