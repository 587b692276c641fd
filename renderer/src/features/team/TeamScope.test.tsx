// "My team" on the Team page: asked once, the page opens on it, the address can show any
// manager or office (and says so when it names none), and the peer group is named.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb, importedRep, monthRows } from '@tests/helpers/db';
import { App } from '@renderer/app/App';
import { fakePlatform } from '@renderer/platform/fake';
import { emptyMetricValues } from '@shared/schemas/metrics';
import { defaultSettings } from '@shared/app/settings';
import type { CandorDB } from '@renderer/db/db';
import { samplePlan } from '@shared/domain/plan/testing';

const now = '2026-11-01T09:00:00.000Z';
/** Five reps under Dustin (Central), three under Rosa (East), one who left in September. */
const FLOOR: Array<{ name: string; manager: string; office: string; leftDate?: string }> = [
  ...['Anna Snelling', 'Cecily Lampkin', 'Versie Hillebrand', 'Lajuana Vencill', 'Moses Frase'].map((name) => ({
    name,
    manager: 'Dustin Brinkmann',
    office: 'Central',
  })),
  ...['Kary Hendrixson', 'Reed Clapper', 'Donn Cantrell'].map((name) => ({ name, manager: 'Rosa Diaz', office: 'East' })),
  { name: 'Gone Early', manager: 'Dustin Brinkmann', office: 'Central', leftDate: '2026-09-15' },
];

async function seed(db: CandorDB, myTeam?: string) {
  await db.reps.bulkAdd(
    FLOOR.map((r, i) => ({
      ...importedRep(i, r.name, now),
      placements: [{ from: '2026-01-01', team: null, manager: r.manager, office: r.office }],
      leftDate: r.leftDate ?? null,
    })),
  );
  await db.metricPeriods.bulkAdd(
    monthRows(
      FLOOR.length,
      ['2026-08', '2026-09', '2026-10'],
      (i) => ({ ...emptyMetricValues(), opportunitiesCreated: 20 + i, dealsWon: 5, dealsLost: 10, revenueWon: 45_000 }),
      now,
    ),
  );
  await db.settings.put({ ...defaultSettings(new Date(now)), onboardedAt: now, ...(myTeam ? { myTeam } : {}) });
}

function renderApp(db: CandorDB) {
  render(<App db={db} platform={fakePlatform()} />);
}

const namesIn = (table: HTMLElement) =>
  within(table)
    .getAllByRole('link')
    .map((a) => a.textContent ?? '')
    .sort();

const dustins = FLOOR.filter((r) => r.manager === 'Dustin Brinkmann' && !r.leftDate)
  .map((r) => r.name)
  .sort();

beforeEach(() => {
  window.location.hash = '#/team';
});

describe('Team page: my team by default', () => {
  it('asks "Who are you?" once, then opens on that manager’s reps and names the peer group', { timeout: 30_000 }, async () => {
    const user = userEvent.setup();
    const db = freshDb();
    await seed(db);
    renderApp(db);
    const who = await screen.findByRole('region', { name: 'Who are you' });
    await user.selectOptions(within(who).getByLabelText('Who are you?'), 'I am Dustin Brinkmann');
    await user.click(within(who).getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await db.settings.get('app'))?.myTeam).toBe('manager:Dustin Brinkmann'));
    await waitFor(() => expect(namesIn(screen.getByRole('table', { name: 'Team' }))).toEqual(dustins));
    expect(screen.queryByRole('region', { name: 'Who are you' })).toBeNull();
    // Role groups (the default): all eight AEs still with the company on 31 Oct; the one who left is in no median.
    expect(screen.getByLabelText('Peer group')).toHaveTextContent('Medians: Compared with all 8 reps in the role AE.');
  });

  it('shows what the address asks for, and says so in one sentence when it names no team', { timeout: 30_000 }, async () => {
    const db = freshDb();
    await seed(db, 'manager:Dustin Brinkmann');
    window.location.hash = '#/team?show=office%3AEast';
    renderApp(db);
    await waitFor(() => expect(namesIn(screen.getByRole('table', { name: 'Team' }))).toEqual(['Donn Cantrell', 'Kary Hendrixson', 'Reed Clapper']));
    expect(screen.getByLabelText('Show')).toHaveValue('office:East');

    window.location.hash = '#/team?show=boss%3ANobody';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(
      await screen.findByText('The address asks for “boss:Nobody”, which is not a team, manager or office: showing everyone.'),
    ).toBeInTheDocument();
    await waitFor(() => expect(namesIn(screen.getByRole('table', { name: 'Team' }))).toHaveLength(8));
  });

  it(
    'compares with the rep’s own team when Settings say so, and with the role where the team is under the minimum',
    { timeout: 30_000 },
    async () => {
      const db = freshDb();
      await seed(db, 'everyone');
      await db.settings.update('app', { diagnosis: { ...defaultSettings(new Date(now)).diagnosis, peerGroup: 'team', minPeerGroup: 5 } });
      renderApp(db);
      const details = await screen.findByText('Medians from 2 peer groups (each rep against their own): show which');
      const list = details.closest('details') as HTMLElement;
      expect(list).toHaveTextContent(`${dustins.join(', ')}: Compared with Dustin Brinkmann’s team (5 reps with data).`);
      expect(list).toHaveTextContent(
        'Donn Cantrell, Kary Hendrixson, Reed Clapper: Compared with all 8 reps in the role AE: Rosa Diaz’s team has 3 reps with data, fewer than 5.',
      );
    },
  );
});

describe('Plans page: my team by default', () => {
  it('lists the plans of my team’s reps, and everyone’s when asked', { timeout: 30_000 }, async () => {
    const db = freshDb();
    await seed(db, 'manager:Dustin Brinkmann');
    const mine = await samplePlan('Dev Patel', new Date(now), { id: 'p-mine', repId: 'r0' });
    const theirs = await samplePlan('Dev Patel', new Date(now), { id: 'p-theirs', repId: 'r5' });
    await db.plans.bulkAdd([mine, theirs]);
    window.location.hash = '#/plans';
    renderApp(db);
    expect(await screen.findByRole('region', { name: 'Plans for Anna Snelling' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Plans for Kary Hendrixson' })).toBeNull();
    window.location.hash = '#/plans?show=everyone';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(await screen.findByRole('region', { name: 'Plans for Kary Hendrixson' })).toBeInTheDocument();
  });
});
