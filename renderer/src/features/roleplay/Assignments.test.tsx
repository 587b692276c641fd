import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { developmentItem, samplePlan } from '@shared/domain/plan/testing';
import { freshDb } from '@tests/helpers/db';
import { App } from '@renderer/app/App';
import { addRep } from '@renderer/db/repositories/reps';
import { fakePlatform } from '@renderer/platform/fake';
import { localToday } from './components/Assignments';

describe('practice assigned from the development plan', { timeout: 40_000 }, () => {
  it('assign a script with a pass mark and a due date; start it linked to the item; its score shows on the rep page', async () => {
    const db = freshDb();
    const rep = await addRep(db, { name: 'Grace Kim', role: 'AE', startDate: '2024-01-08', email: '' });
    const plan = await samplePlan('Grace Kim', new Date(), { id: 'p-1', repId: rep.id });
    plan.content.development = [developmentItem('d-1', 'Handling timing objections')];
    await db.plans.put(plan);
    window.location.hash = `#/roleplay?rep=${rep.id}`;
    const user = userEvent.setup();
    render(<App db={db} platform={fakePlatform()} />);
    const form = await screen.findByRole('form', { name: 'Assign a script to Grace Kim' }, { timeout: 15_000 });

    // Bad input: one sentence, nothing stored.
    await user.click(within(form).getByRole('button', { name: 'Assign' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Choose the development-plan item this practice serves.');
    await user.selectOptions(within(form).getByLabelText('Development-plan item'), 'd-1');
    await user.selectOptions(within(form).getByLabelText('Script'), 'objection-timing');
    await user.type(within(form).getByLabelText('Pass mark (average of 5)'), '9');
    const due = `${Number(localToday().slice(0, 4)) + 1}-01-15`;
    await user.type(within(form).getByLabelText('Due'), due);
    await user.click(within(form).getByRole('button', { name: 'Assign' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('The pass mark is an average from 1 to 5.');
    expect(await db.roleplayAssignments.count()).toBe(0);
    await user.clear(within(form).getByLabelText('Pass mark (average of 5)'));
    await user.type(within(form).getByLabelText('Pass mark (average of 5)'), '4');
    await user.click(within(form).getByRole('button', { name: 'Assign' }));
    await waitFor(async () => expect(await db.roleplayAssignments.count()).toBe(1), { timeout: 10_000 });
    const stored = (await db.roleplayAssignments.toArray())[0]!;
    expect(stored).toMatchObject({ repId: rep.id, scriptId: 'objection-timing', planId: 'p-1', planItemId: 'd-1', passMark: 4, dueDate: due });
    const list = await screen.findByRole('list', { name: 'Practice assigned to Grace Kim' }, { timeout: 10_000 });
    expect(list).toHaveTextContent('for Handling timing objections');
    expect(list).toHaveTextContent('pass mark 4 average of 5 · no session scored yet · Not passed yet');

    // Removing asks first.
    await user.click(within(list).getByRole('button', { name: /^Remove the assignment/ }));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Remove this assignment?' }, { timeout: 10_000 })).getByRole('button', { name: 'Keep it' }),
    );
    expect(await db.roleplayAssignments.count()).toBe(1);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), { timeout: 10_000 });

    // Start from the assignment: the session is linked to the plan item.
    await user.click(within(list).getByRole('button', { name: 'Start' }));
    await screen.findByRole('heading', { name: /Timing objection/, level: 1 }, { timeout: 10_000 });
    const session = (await db.roleplaySessions.toArray())[0]!;
    expect(session.planItemId).toBe('d-1');
    // Scored against the assignment's 4, not the script's own 3.5, from the runner to the score sheet.
    expect(session.script.rubric.passMark).toBe(4);

    // Finished with a 4 on every criterion (3.5 would pass the script, 4 is the assignment's mark).
    await db.roleplaySessions.put({
      ...session,
      status: 'completed',
      completedAt: new Date().toISOString(),
      scores: Object.fromEntries(session.script.rubric.criteria.map((c) => [c.id, 4])),
    });
    window.location.hash = `#/team/${rep.id}`;
    const onRep = await screen.findByRole('list', { name: 'Practice assigned to Grace Kim' }, { timeout: 15_000 });
    expect(onRep).toHaveTextContent('one session scored since');
    expect(onRep).toHaveTextContent('latest 4, best 4 of 5 · Passed on');
  });

  it('opened from a plan item, the form has the item chosen; a script assigned to the rep, started anywhere, is practised toward it', async () => {
    const db = freshDb();
    const rep = await addRep(db, { name: 'Grace Kim', role: 'AE', startDate: '2024-01-08', email: '' });
    const plan = await samplePlan('Grace Kim', new Date(), { id: 'p-1', repId: rep.id });
    plan.content.development = [developmentItem('d-1', 'Handling timing objections'), developmentItem('d-2', 'Closing')];
    await db.plans.put(plan);
    // A link naming an item the rep does not have chooses nothing, and the form says what to choose.
    window.location.hash = `#/roleplay?rep=${rep.id}&item=${encodeURIComponent('<b>gone</b>')}`;
    const user = userEvent.setup();
    const { unmount } = render(<App db={db} platform={fakePlatform()} />);
    const stale = await screen.findByRole('form', { name: 'Assign a script to Grace Kim' }, { timeout: 15_000 });
    expect(within(stale).getByLabelText('Development-plan item')).toHaveValue('');
    await user.click(within(stale).getByRole('button', { name: 'Assign' }));
    expect(within(stale).getByRole('alert')).toHaveTextContent('Choose the development-plan item this practice serves.');
    expect(await db.roleplayAssignments.count()).toBe(0);
    unmount();

    window.location.hash = `#/roleplay?rep=${rep.id}&item=d-2`;
    render(<App db={db} platform={fakePlatform()} />);
    const form = await screen.findByRole('form', { name: 'Assign a script to Grace Kim' }, { timeout: 15_000 });
    expect(within(form).getByLabelText('Development-plan item')).toHaveValue('d-2');
    // The script is next: the coach goes on typing from there.
    await waitFor(() => expect(within(form).getByLabelText('Script')).toHaveFocus(), { timeout: 10_000 });
    await user.selectOptions(within(form).getByLabelText('Script'), 'objection-timing');
    await user.type(within(form).getByLabelText('Pass mark (average of 5)'), '4.5');
    await user.type(within(form).getByLabelText('Due'), `${Number(localToday().slice(0, 4)) + 1}-02-01`);
    await user.click(within(form).getByRole('button', { name: 'Assign' }));
    await waitFor(async () => expect(await db.roleplayAssignments.count()).toBe(1), { timeout: 10_000 });
    expect((await db.roleplayAssignments.toArray())[0]).toMatchObject({ planItemId: 'd-2', passMark: 4.5 });

    // Started from the library rather than from the assignment: still toward it.
    const library = await screen.findByRole('list', { name: 'Scripts' }, { timeout: 10_000 });
    await user.click(within(library).getByRole('button', { name: /^Start session: .Timing objection.* with Grace Kim$/ }));
    await screen.findByRole('heading', { name: /Timing objection/, level: 1 }, { timeout: 10_000 });
    const session = (await db.roleplaySessions.toArray())[0]!;
    expect(session).toMatchObject({ scriptId: 'objection-timing', planItemId: 'd-2' });
    expect(session.script.rubric.passMark).toBe(4.5);
  });
});
