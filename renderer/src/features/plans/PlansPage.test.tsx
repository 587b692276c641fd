// The Plans page as a manager uses it: no plans yet, start one for a rep of the sample team,
// find it again under the rep's name as a draft to resume, or cancel without starting anything.
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appWithSampleTeam as loadSample, recordMessages } from '@renderer/app/sampleTeamApp';
import { inProcessEngine } from '../import/inProcessEngine';

let messages = recordMessages();
beforeEach(() => {
  messages = recordMessages();
});
afterEach(() => messages.stop());

async function appWithSampleTeam() {
  const app = await loadSample(messages.shown, inProcessEngine);
  act(() => {
    window.location.hash = '#/plans';
  });
  await screen.findByRole('heading', { name: 'Plans', level: 1 });
  return app;
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
