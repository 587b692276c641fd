import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { freshDb } from '@tests/helpers/db';
import { developmentItem, samplePlan } from '@shared/domain/plan/testing';
import { App } from '@renderer/app/App';
import { addRep } from '@renderer/db/repositories/reps';
import { fakePlatform } from '@renderer/platform/fake';
import { shippedLibrary } from './data/library';
import { startSession } from './state/actions';

async function setUp(scriptId = 'closing-ask-for-commitment') {
  const db = freshDb();
  const rep = await addRep(db, { name: 'Farid Haddad', role: 'AE', startDate: '2023-02-13', email: '' });
  const script = shippedLibrary().scripts.find((s) => s.id === scriptId);
  if (!script) throw new Error('missing script');
  const sessionId = await startSession(db, script, rep.id);
  window.location.hash = `#/roleplay?rep=${rep.id}&run=${sessionId}`;
  const user = userEvent.setup();
  const view = render(<App db={db} platform={fakePlatform()} />);
  await screen.findByRole('heading', { name: script.title, level: 1 }, { timeout: 15_000 });
  return { db, user, sessionId, script, view };
}

describe('Role-play session runner, by keyboard', { timeout: 30_000 }, () => {
  it('counts the steps of a branched script along the path taken, not every step it holds', async () => {
    const { user, script } = await setUp('objection-timing');
    expect(script.steps).toHaveLength(6);
    expect(screen.getByText('Step 1 of 5')).toBeInTheDocument();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(screen.getByText('Step 3 of 5')).toBeInTheDocument();
    // The pressure line at the cost step adds the "cooled" detour: the path is now six steps.
    const pressure = screen.getAllByRole('radio').findIndex((r) => /pressure/i.test(r.textContent ?? ''));
    expect(pressure).toBeGreaterThan(0);
    await user.keyboard(String(pressure + 1));
    expect(screen.getByText('Step 3 of 6')).toBeInTheDocument();
  });

  it('steps through the buyer’s lines, picks a branch, writes a note, and autosaves it all', async () => {
    const { db, user, sessionId } = await setUp();
    const buyer = () => screen.getByLabelText('The buyer says');
    expect(buyer()).toHaveTextContent('It really looks great');
    await user.keyboard('2');
    expect(buyer()).toHaveTextContent('you showed us that');
    expect(screen.getByRole('radio', { name: /Main line/ })).toHaveAttribute('aria-checked', 'false');
    await user.keyboard('1');
    expect(buyer()).toHaveTextContent('It really looks great');

    await user.keyboard('{ArrowRight}');
    expect(screen.getByText('Step 2 of 5')).toBeInTheDocument();
    await user.keyboard('2');
    expect(buyer()).toHaveTextContent('worried about the team’s time');
    await user.keyboard('9'); // no ninth line here: nothing changes
    expect(buyer()).toHaveTextContent('worried about the team’s time');

    // N focuses the note; letters typed there are text, not shortcuts; Esc gives the keys back.
    await user.keyboard('n');
    expect(screen.getByLabelText('Notes on this step')).toHaveFocus();
    await user.keyboard('Asked what is still open. Good.');
    expect(screen.getByLabelText('Notes on this step')).toHaveValue('Asked what is still open. Good.');
    expect(screen.getByText('Step 2 of 5')).toBeInTheDocument();
    await user.keyboard('{Escape}k');
    expect(screen.getByText('Step 1 of 5')).toBeInTheDocument();
    await user.keyboard('j');
    expect(screen.getByText('Step 2 of 5')).toBeInTheDocument();

    // Space on a focused button presses it, and leaves the clock alone.
    await user.click(screen.getByRole('button', { name: /Previous step/ }));
    expect(screen.getByText('Step 1 of 5')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Previous step/ })).toBeDisabled();
    screen.getByRole('button', { name: /Next step/ }).focus();
    await user.keyboard(' ');
    expect(screen.getByText('Step 2 of 5')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start timer' })).toBeInTheDocument();
    // With nothing focused, Space starts and pauses the clock.
    (document.activeElement as HTMLElement).blur();
    await user.keyboard(' ');
    expect(screen.getByText('Step 2 of 5')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Clock' })).toHaveTextContent('Clock running');
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: /Continue|Start timer/ })).toBeInTheDocument();

    await waitFor(async () => {
      const stored = await db.roleplaySessions.get(sessionId);
      expect(stored?.currentStep).toBe(1);
      expect(stored?.steps[1]).toMatchObject({ branchId: 'concern', note: 'Asked what is still open. Good.' });
    });
    expect(await screen.findByText('All changes saved')).toBeInTheDocument();
  });

  it('scores each criterion with 1–5, shows the result against the pass mark, and will not finish with a criterion unscored', async () => {
    const { db, user, sessionId } = await setUp();
    await user.keyboard('s');
    const scoring = screen.getByRole('region', { name: 'Scoring' });
    // The anchors are visible while scoring.
    expect(within(scoring).getByText('Checks each need from discovery against the proposal, with the buyer.')).toBeVisible();
    expect(screen.getByLabelText('Result')).toHaveTextContent('Nothing scored yet · pass mark 3.5');

    await user.keyboard('45');
    expect(within(screen.getByRole('radiogroup', { name: 'Confirming the fit' })).getByRole('radio', { name: '4' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    expect(screen.getByLabelText('Result')).toHaveTextContent('2 of 4 criteria scored · average so far 4.5');
    await user.keyboard('f');
    expect(screen.getByRole('alert')).toHaveTextContent('Score every criterion first: A clear ask, After the yes.');
    expect((await db.roleplaySessions.get(sessionId))?.status).toBe('in-progress');

    // ↑ goes back to correct a score; 6 is not a score.
    await user.keyboard('{ArrowUp}2{ArrowDown}6');
    expect(screen.getByRole('radiogroup', { name: 'After the yes' }).closest('li')).toHaveAttribute('aria-current', 'step');
    expect(screen.getByLabelText('Result')).toHaveTextContent('2 of 4 criteria scored · average so far 3');
    await user.keyboard('{ArrowUp}33');
    expect(screen.getByLabelText('Result')).toHaveTextContent('Average 3 of 5 · pass mark 3.5 · Below the pass mark');
    // Clicking works too.
    await user.click(within(screen.getByRole('radiogroup', { name: 'A clear ask' })).getByRole('radio', { name: '5' }));
    expect(screen.getByLabelText('Result')).toHaveTextContent('Average 3.5 of 5 · pass mark 3.5 · Passed');

    await user.keyboard('n');
    await user.keyboard('Asked for the decision with dates');
    await user.keyboard('{Escape}f');
    expect(await screen.findByRole('heading', { name: 'Result: Closing: ask for the decision' })).toBeInTheDocument();
    await waitFor(async () => {
      const stored = await db.roleplaySessions.get(sessionId);
      expect(stored?.status).toBe('completed');
      expect(stored?.scores).toEqual({ 'confirm-fit': 4, 'last-concern': 2, 'clear-ask': 5, 'after-yes': 3 } as Record<string, number>);
      expect(stored?.notes).toBe('Asked for the decision with dates');
      expect(stored?.completedAt).not.toBeNull();
    });
    // A finished session ignores the keys.
    await user.keyboard('s1');
    expect(screen.getByRole('heading', { name: 'Result: Closing: ask for the decision' })).toBeInTheDocument();
  });

  it('every line the buyer may say at a step is on screen before the coach picks one, and showing it records nothing', async () => {
    const { db, user, sessionId, script } = await setUp();
    const lines = screen.getByRole('radiogroup', { name: 'Buyer’s line' });
    for (const b of script.steps[0]!.branches) {
      expect(within(lines).getByText(b.when)).toBeVisible();
      expect(within(lines).getByText(`“${b.buyer}”`)).toBeVisible();
    }
    await user.keyboard('{ArrowRight}{ArrowLeft}');
    await waitFor(async () => expect((await db.roleplaySessions.get(sessionId))?.currentStep).toBe(0));
    expect((await db.roleplaySessions.get(sessionId))?.steps.every((s) => s.branchId === null)).toBe(true);
  });

  it('the reminder to score every criterion goes once every criterion is scored', async () => {
    const { user } = await setUp();
    await user.keyboard('s44f');
    expect(screen.getByRole('alert')).toHaveTextContent('Score every criterion first: A clear ask, After the yes.');
    await user.keyboard('5');
    expect(screen.getByRole('alert')).toHaveTextContent('Score every criterion first: After the yes.');
    await user.keyboard('3');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('after a reload the clock says it is paused, and N puts the cursor after the note already written', async () => {
    const db = freshDb();
    const rep = await addRep(db, { name: 'Farid Haddad', role: 'AE', startDate: '2023-02-13', email: '' });
    const script = shippedLibrary().scripts.find((s) => s.id === 'closing-ask-for-commitment')!;
    const sessionId = await startSession(db, script, rep.id);
    const stored = (await db.roleplaySessions.get(sessionId))!;
    await db.roleplaySessions.put({
      ...stored,
      elapsedSeconds: 75,
      steps: stored.steps.map((s, i) => (i === 0 ? { ...s, note: 'Opened well.' } : s)),
    });
    window.location.hash = `#/roleplay?rep=${rep.id}&run=${sessionId}`;
    const user = userEvent.setup();
    render(<App db={db} platform={fakePlatform()} />);
    expect(await screen.findByRole('status', { name: 'Clock' }, { timeout: 15_000 })).toHaveTextContent('Paused — press Space or Continue to resume');
    expect(screen.getByRole('timer')).toHaveTextContent('1:15');
    await user.keyboard('n');
    const note = screen.getByLabelText('Notes on this step');
    expect(note).toHaveFocus();
    expect((note as HTMLTextAreaElement).selectionStart).toBe('Opened well.'.length);
    await user.keyboard(' Then rushed.');
    expect(note).toHaveValue('Opened well. Then rushed.');
  });

  it('links the session to one of the rep’s development-plan items', async () => {
    const { db, user, sessionId } = await setUp();
    const session = await db.roleplaySessions.get(sessionId);
    const plan = await samplePlan('Farid Haddad', new Date('2026-11-20T09:00:00.000Z'), { id: 'p-1', repId: session!.repId });
    plan.content.development = [developmentItem('d-1', 'Closing')];
    await db.plans.put(plan);
    await user.keyboard('s');
    await user.selectOptions(await screen.findByLabelText('Development-plan item this works on'), 'd-1');
    await waitFor(async () => expect((await db.roleplaySessions.get(sessionId))?.planItemId).toBe('d-1'));
  });

  it('resumes where the coach left off after the page is closed, with pending changes flushed on leave', async () => {
    const first = await setUp();
    await first.user.keyboard('{ArrowRight}{ArrowRight}3s4');
    // Leave at once, before the autosave pause is over: the pending write is flushed on unmount.
    first.view.unmount();
    await waitFor(async () => {
      const stored = await first.db.roleplaySessions.get(first.sessionId);
      expect(stored?.scores).toEqual({ 'confirm-fit': 4 });
      expect(stored?.currentStep).toBe(2);
    });
    render(<App db={first.db} platform={fakePlatform()} />);
    expect(await screen.findByText('Step 3 of 5', {}, { timeout: 15_000 })).toBeInTheDocument();
    await first.user.keyboard('s');
    expect(within(screen.getByRole('radiogroup', { name: 'Confirming the fit' })).getByRole('radio', { name: '4' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    expect(screen.getByRole('button', { name: 'Start timer' })).toBeInTheDocument();

    // Back on the library, the session is offered for resuming, or can be discarded.
    await first.user.click(within(screen.getByRole('main')).getByRole('link', { name: 'Role-play' }));
    expect(await screen.findByRole('link', { name: 'Resume “Closing: ask for the decision”' }, { timeout: 10_000 })).toBeInTheDocument();
    // Discarding asks first: "Keep it" keeps the session.
    await first.user.click(screen.getByRole('button', { name: /^Discard “Closing: ask for the decision”/ }));
    const ask = await screen.findByRole('dialog', { name: 'Discard this session?' });
    expect(ask).toHaveTextContent('with its notes and 1 scores');
    await first.user.click(within(ask).getByRole('button', { name: 'Keep it' }));
    expect(await first.db.roleplaySessions.count()).toBe(1);
    await first.user.click(screen.getByRole('button', { name: /^Discard “Closing: ask for the decision”/ }));
    await first.user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Discard the session' }));
    await waitFor(async () => expect(await first.db.roleplaySessions.count()).toBe(0));
  });

  it('a finished session reopens the next day from the rep’s list: notes, step record, the score sheet again, and a link to a plan made later', async () => {
    const db = freshDb();
    const rep = await addRep(db, { name: 'Farid Haddad', role: 'AE', startDate: '2023-02-13', email: '' });
    const script = shippedLibrary().scripts.find((s) => s.id === 'objection-timing')!;
    const sessionId = await startSession(db, script, rep.id, new Date('2026-12-01T09:00:00Z'));
    const stored = (await db.roleplaySessions.get(sessionId))!;
    await db.roleplaySessions.put({
      ...stored,
      status: 'completed',
      completedAt: '2026-12-01T09:14:00.000Z',
      notes: 'Owned the pressure slip and came back to the rollout.',
      steps: stored.steps.map((x) => (x.stepId === 'cost' ? { ...x, branchId: 'pressure', note: 'Friday deadline, twice.' } : x)),
      scores: Object.fromEntries(script.rubric.criteria.map((c) => [c.id, 4])),
    });
    const platform = fakePlatform();
    window.location.hash = `#/roleplay?rep=${rep.id}`;
    const user = userEvent.setup();
    render(<App db={db} platform={platform} />);
    const list = await screen.findByRole('list', { name: 'Finished sessions' }, { timeout: 15_000 });
    expect(within(list).getByRole('listitem')).toHaveTextContent('average 4 of 5 against a pass mark of 3.5 · passed');
    await user.click(within(list).getByRole('link', { name: /Timing objection/ }));
    expect(await screen.findByText('Owned the pressure slip and came back to the rollout.')).toBeInTheDocument();
    const record = screen.getByRole('list', { name: 'Step by step' });
    expect(within(record).getAllByRole('listitem')).toHaveLength(6);
    expect(record).toHaveTextContent('I don’t respond well to that kind of pressure.');
    expect(record).toHaveTextContent('Note: Friday deadline, twice.');

    await user.click(screen.getByRole('button', { name: 'Score sheet (Word)' }));
    await waitFor(() => expect(platform.saved).toHaveLength(1));
    expect(platform.saved[0]!.suggestedName).toBe('2026-12-01 Farid Haddad - Role-play score sheet.docx');

    // A plan written after the session: the session can still be linked to it.
    expect(screen.getByText(/No plan for this rep has a development item yet/)).toBeInTheDocument();
    const plan = await samplePlan('Farid Haddad', new Date('2026-12-02T09:00:00.000Z'), { id: 'p-2', repId: rep.id });
    plan.content.development = [developmentItem('d-2', 'Handling timing objections')];
    await db.plans.put(plan);
    await user.selectOptions(await screen.findByLabelText('Development-plan item this works on'), 'd-2');
    await waitFor(async () => expect((await db.roleplaySessions.get(sessionId))?.planItemId).toBe('d-2'));
    expect((await db.roleplaySessions.get(sessionId))?.status).toBe('completed');
  });
});
