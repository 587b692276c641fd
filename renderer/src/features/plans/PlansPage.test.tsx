// The Plans page as a manager uses it: no plans yet, start one for a rep of the sample team,
// find it again under the rep's name as a draft to resume, or cancel without starting anything.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../../../../tests/helpers/db';
import { App } from '../../app/App';
import { fakePlatform } from '../../platform/fake';
import { useAppStore } from '../../state/store';
import { ImportEngineContext } from '../import';
import { inProcessEngine } from '../import/inProcessEngine';

let shown: string[] = [];
let stopRecording = () => {};
beforeEach(() => {
  window.location.hash = '#/team';
  useAppStore.setState({ toasts: [] });
  shown = [];
  stopRecording = useAppStore.subscribe((s) => {
    for (const t of s.toasts) if (!shown.includes(t.text)) shown.push(t.text);
  });
});
afterEach(() => stopRecording());

async function appWithSampleTeam() {
  const db = freshDb();
  const user = userEvent.setup();
  render(
    <ImportEngineContext.Provider value={inProcessEngine}>
      <App db={db} platform={fakePlatform()} />
    </ImportEngineContext.Provider>,
  );
  await user.click(await screen.findByRole('button', { name: 'Try with sample data' }));
  await waitFor(() => expect(shown).toContainEqual(expect.stringMatching(/^Sample team loaded\./)), { timeout: 15_000 });
  act(() => {
    window.location.hash = '#/plans';
  });
  await screen.findByRole('heading', { name: 'Plans', level: 1 });
  return { db, user };
}

describe('Plans page', () => {
  it('starts a plan for the rep the manager chooses and lists it under that rep as a draft to resume', { timeout: 60_000 }, async () => {
    const { db, user } = await appWithSampleTeam();
    expect(screen.getByText('No plans yet')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'New plan' }));
    const form = await screen.findByRole('region', { name: 'Prepare a conversation' });
    const start = within(form).getByRole('button', { name: 'Start the plan' });
    expect(start).toBeDisabled();
    await user.selectOptions(within(form).getByLabelText('Rep'), 'Dev Patel');
    expect(within(form).getByRole('heading', { name: 'Prepare a conversation with Dev Patel' })).toBeInTheDocument();
    await user.click(start);

    await waitFor(async () => expect(await db.plans.count()).toBe(1), { timeout: 20_000 });
    const [plan] = await db.plans.toArray();
    const dev = await db.reps.where('nameKey').equals('dev patel').first();
    expect(plan?.repId).toBe(dev?.id);
    expect(plan?.status).toBe('draft');

    act(() => {
      window.location.hash = '#/plans';
    });
    const group = await screen.findByRole('region', { name: 'Plans for Dev Patel' });
    expect(within(group).getByText('Draft')).toBeInTheDocument();
    expect(within(group).getByRole('link', { name: 'Resume the plan for Dev Patel' })).toHaveAttribute('href', `#/plans/${plan?.id ?? ''}`);
    expect(screen.queryByText('No plans yet')).not.toBeInTheDocument();
  });

  it('cancelling a new plan stores nothing and shows the empty list again', { timeout: 60_000 }, async () => {
    const { db, user } = await appWithSampleTeam();
    await user.click(screen.getByRole('button', { name: 'New plan' }));
    const form = await screen.findByRole('region', { name: 'Prepare a conversation' });
    await user.selectOptions(within(form).getByLabelText('Rep'), 'Farid Haddad');
    await user.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('region', { name: /Prepare a conversation/ })).not.toBeInTheDocument();
    expect(screen.getByText('No plans yet')).toBeInTheDocument();
    expect(await db.plans.count()).toBe(0);
  });
});
