import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { placementAt } from '@shared/domain/team/index';
import { repSchema, type Rep } from '@shared/schemas';
import { freshDb } from '@tests/helpers/db';
import { App } from '@renderer/app/App';
import { fakePlatform } from '@renderer/platform/fake';
import { ImportEngineContext } from '../import/engine';
import { inProcessEngine } from '../import/inProcessEngine';
import TEAMS from '@tests/fixtures/crm-sales-opportunities/sales_teams.csv?raw';

const AGENTS = TEAMS.trim().split(/\r?\n/).length - 1;

function renderApp(hash: string, db = freshDb()) {
  window.location.hash = hash;
  render(
    <ImportEngineContext.Provider value={inProcessEngine}>
      <App db={db} platform={fakePlatform()} />
    </ImportEngineContext.Provider>,
  );
  return db;
}

beforeEach(() => {
  window.location.hash = '#/import';
});

describe('importing a roster', () => {
  it('recognises sales_teams.csv as a roster, previews the new reps, applies it, and one undo removes them', async () => {
    const user = userEvent.setup();
    const db = renderApp('#/import');
    await user.upload(await screen.findByLabelText('File to import'), new File([TEAMS], 'sales_teams.csv', { type: 'text/csv' }));
    expect(await screen.findByRole('heading', { name: 'sales_teams.csv: a roster' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByLabelText('Manager')).toHaveValue('manager');
    expect(screen.getByLabelText('Office or region')).toHaveValue('regional_office');
    expect(screen.getByText(`${AGENTS} new reps`)).toBeInTheDocument();
    const changes = screen.getByRole('table', { name: 'Roster changes' });
    expect(within(changes).getByRole('row', { name: 'Moses Frase New rep, manager Dustin Brinkmann, office Central' })).toBeInTheDocument();
    expect(await db.reps.count()).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Apply roster' }));
    const history = await screen.findByRole('table', { name: 'Rosters and rep changes' });
    const reps = await db.reps.toArray();
    expect(reps).toHaveLength(AGENTS);
    const moses = reps.find((r) => r.name === 'Moses Frase');
    expect(moses && placementAt(moses, '2017-03-31')).toEqual({ team: null, manager: 'Dustin Brinkmann', office: 'Central' });

    await user.click(within(history).getByRole('button', { name: /^Undo: Roster sales_teams.csv/ }));
    await waitFor(async () => expect(await db.reps.count()).toBe(0));
  }, 20_000);

  it('warns in one sentence when the rep names of a roster are numbers, and stores nothing', async () => {
    const user = userEvent.setup();
    const db = renderApp('#/import');
    await user.upload(
      await screen.findByLabelText('File to import'),
      new File(['sales_agent,manager\n1001,Rosa\n1002,Rosa\n'], 'ids.csv', { type: 'text/csv' }),
    );
    expect(await screen.findByText(/rep names are numbers/, {}, { timeout: 5000 })).toBeInTheDocument();
    const apply = screen.getByRole('button', { name: 'Apply roster' });
    expect(apply).toBeDisabled();
    await user.click(screen.getByLabelText('I checked the file: apply it anyway'));
    expect(apply).toBeEnabled();
    expect(await db.reps.count()).toBe(0);
  }, 20_000);
});

const T = '2026-01-01T00:00:00.000Z';
const NOTHING_KNOWN = { role: 'AE', startDate: null, email: null, targetOverrides: null, createdByImportId: null, createdAt: T, updatedAt: T };
const stored = (name: string): Rep => repSchema.parse({ ...NOTHING_KNOWN, id: `rep-${name.replace(/\W/g, '')}`, name, nameKey: name.toLowerCase() });

describe('Manage reps', () => {
  it('sets a team for two reps, marks one as left (hidden until asked), and merges two spellings', async () => {
    const user = userEvent.setup();
    const db = freshDb();
    await db.reps.bulkAdd([stored('Ana Ruiz'), stored('Ana  Ruíz'), stored('Bo Chen'), stored('Cy Dunn')]);
    renderApp('#/team', db);
    const table = await screen.findByRole('table', { name: 'Reps' });
    await user.click(within(table).getByLabelText('Choose Bo Chen'));
    await user.click(within(table).getByLabelText('Choose Cy Dunn'));
    await user.click(screen.getByRole('button', { name: 'Set team, manager, office or role…' }));
    await user.type(await screen.findByLabelText('Team'), 'North');
    await user.type(screen.getByLabelText('Manager'), 'Rosa Li');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(within(table).getByRole('row', { name: /^Choose Bo Chen Bo Chen AE North Rosa Li/ })).toBeInTheDocument());
    expect(within(table).getByRole('row', { name: /^Choose Cy Dunn Cy Dunn AE North Rosa Li/ })).toBeInTheDocument();

    await user.click(within(table).getByLabelText('Choose Cy Dunn'));
    await user.click(screen.getByRole('button', { name: 'Mark as left…' }));
    await user.click(await screen.findByRole('button', { name: 'Mark as left' }));
    await waitFor(() => expect(within(table).queryByText('Cy Dunn')).toBeNull());
    expect((await db.reps.get('rep-CyDunn'))?.leftDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await user.click(screen.getByLabelText(/Show reps who left \(1\)/));
    expect(await within(table).findByText('Cy Dunn')).toBeInTheDocument();

    await user.click(within(table).getByLabelText('Choose Ana Ruiz'));
    await user.click(within(table).getByLabelText('Choose Ana Ruíz'));
    await user.click(screen.getByRole('button', { name: 'Merge two spellings…' }));
    await user.click(await screen.findByRole('radio', { name: 'Ana Ruiz' }));
    await user.click(screen.getByRole('button', { name: 'Merge' }));
    await waitFor(async () => expect((await db.reps.toArray()).map((r) => r.name).sort()).toEqual(['Ana Ruiz', 'Bo Chen', 'Cy Dunn']));

    const history = screen.getByRole('table', { name: 'Rosters and rep changes' });
    await user.click(await within(history).findByRole('button', { name: /^Undo: Merged/ }));
    await waitFor(async () => expect(await db.reps.count()).toBe(4));
  }, 30_000);
});
