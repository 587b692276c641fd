// The Rep page as a manager reaches it: from the Team table to one rep, the same verdict the
// table gave, every number against its benchmark, and "Prepare a conversation" starting a plan
// for that rep; an address of a rep who is not in the team says so plainly.
import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appWithSampleTeam as loadSample, recordMessages } from '@renderer/app/sampleTeamApp';
import { inProcessEngine } from '../import/inProcessEngine';

let messages = recordMessages();
beforeEach(() => {
  messages = recordMessages();
});
afterEach(() => messages.stop());

const appWithSampleTeam = () => loadSample(messages.shown, inProcessEngine);

describe('Rep page', () => {
  it('opens from the Team table with the verdict the table gave, and prepares a conversation with that rep', { timeout: 60_000 }, async () => {
    const { db, user } = await appWithSampleTeam();
    const table = await screen.findByRole('table', { name: 'Team' });
    const row = within(table).getByRole('link', { name: 'Farid Haddad' }).closest('tr') as HTMLElement;
    expect(within(row).getByText('Skill gap')).toBeInTheDocument();
    await user.click(within(table).getByRole('link', { name: 'Farid Haddad' }));

    expect(await screen.findByRole('heading', { name: 'Farid Haddad', level: 1 })).toBeInTheDocument();
    const verdict = screen.getByRole('region', { name: 'The verdict' });
    expect(within(verdict).getByText(/Skill gap/)).toBeInTheDocument();
    const metrics = screen.getByRole('table', { name: 'Metrics against benchmarks' });
    expect(within(metrics).getAllByRole('row').length).toBeGreaterThan(3);

    const farid = await db.reps.where('nameKey').equals('farid haddad').first();
    const prepare = screen.getByRole('link', { name: /Prepare a conversation/ });
    expect(prepare.getAttribute('href')).toMatch(new RegExp(`^#/plans\\?rep=${farid?.id ?? 'none'}(&period=|$)`));
    await user.click(prepare);
    const form = await screen.findByRole('region', { name: 'Prepare a conversation with Farid Haddad' });
    expect(within(form).getByLabelText('Rep')).toHaveValue(farid?.id);
  });

  it('says plainly when the rep is not in the team', { timeout: 60_000 }, async () => {
    await appWithSampleTeam();
    act(() => {
      window.location.hash = '#/team/no-such-rep';
    });
    expect(await screen.findByRole('heading', { name: 'Rep not found', level: 1 })).toBeInTheDocument();
    expect(screen.getByText('This rep is not in your team')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the team' })).toHaveAttribute('href', '#/team');
  });
});
