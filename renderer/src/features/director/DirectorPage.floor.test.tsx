// The director's page on a floor seeded here: one row per manager on the period's last day (no
// manager last), each rep counted once under a verdict, plans and check-ins counted from the rows
// stored, every number a link to the Team page's reps behind it, and an empty floor said plainly.
import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addDays, isoDay } from '@shared/domain/plan';
import { samplePlan } from '@shared/domain/plan/testing';
import { emptyMetricValues, type CheckIn, type Rep } from '@shared/schemas';
import { freshDb, importedRep } from '@tests/helpers/db';
import type { CandorDB } from '@renderer/db/db';
import { PlatformContext } from '@renderer/platform';
import { fakePlatform } from '@renderer/platform/fake';
import { DbContext } from '@renderer/state/db';
import { DirectorPage } from './DirectorPage';

const AT = '2026-07-02T09:00:00.000Z';
const MONTHS = ['2026-03', '2026-04', '2026-05', '2026-06'];
const today = isoDay(new Date());
const under = (rep: Rep, manager: string | null): Rep => ({
  ...rep,
  placements: manager ? [{ from: '2025-01-01', team: null, manager, office: null }] : [],
});

const checkIn = (id: string, repId: string, planId: string, dueDate: string, held: boolean): CheckIn => ({
  id,
  planId,
  repId,
  dueDate,
  heldDate: held ? dueDate : null,
  notes: '',
  itemStatuses: [],
  wins: [],
});

/** Maria Lopez: r0–r2; Omar Haddad: r3–r4; r5 with no manager on record. Four months of figures each. */
async function floor(): Promise<CandorDB> {
  const db = freshDb();
  const managers = ['Maria Lopez', 'Maria Lopez', 'Maria Lopez', 'Omar Haddad', 'Omar Haddad', null];
  await db.reps.bulkAdd(managers.map((m, i) => under(importedRep(i, `Rep ${i}`, AT), m)));
  await db.metricPeriods.bulkAdd(
    MONTHS.flatMap((period, k) =>
      managers.map((_, i) => ({
        id: `m${k}-${i}`,
        repId: `r${i}`,
        period,
        periodKind: 'month' as const,
        importId: null,
        values: {
          ...emptyMetricValues(),
          calls: 40 + 15 * i,
          meetingsHeld: 8,
          opportunitiesCreated: 5,
          dealsWon: 1 + (i % 3),
          dealsLost: 3,
          revenueWon: 6000,
        },
        createdAt: AT,
      })),
    ),
  );
  // r0 a draft plan; r1 a signed one with a check-in held, one due next month, one overdue; r3 a plan closed as escalated.
  await db.plans.bulkAdd([
    await samplePlan('Farid Haddad', new Date(AT), { id: 'p0', repId: 'r0', status: 'draft' }),
    await samplePlan('Farid Haddad', new Date(AT), { id: 'p1', repId: 'r1', status: 'signed' }),
    await samplePlan('Farid Haddad', new Date(AT), { id: 'p3', repId: 'r3', status: 'closed', outcome: 'escalated' }),
  ]);
  await db.checkIns.bulkAdd([
    checkIn('c1', 'r1', 'p1', '2026-06-01', true),
    checkIn('c2', 'r1', 'p1', addDays(today, 30), false),
    checkIn('c3', 'r1', 'p1', addDays(today, -3), false),
  ]);
  return db;
}

function show(db: CandorDB) {
  render(
    <PlatformContext.Provider value={fakePlatform()}>
      <DbContext.Provider value={db}>
        <DirectorPage />
      </DbContext.Provider>
    </PlatformContext.Provider>,
  );
}

/** The numbers in a cell as "n label" strings. */
const counts = (cell: HTMLElement) => [...cell.querySelectorAll('.count')].map((c) => c.textContent);

describe('the Managers page', () => {
  it('shows one row per manager, no manager last, each rep counted once, and the plans and check-ins stored', async () => {
    const db = await floor();
    show(db);
    const table = await screen.findByRole('table', {}, { timeout: 10_000 });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'Maria Lopez3 reps',
      'Omar Haddad2 reps',
      'No manager on record1 reps',
    ]);
    const [maria, omar, none] = rows.map((r) => within(r).getAllByRole('cell'));
    // Every rep sits under exactly one verdict.
    const total = (cell: HTMLElement) => counts(cell).reduce((n, t) => n + Number(t?.split(' ')[0]), 0);
    expect([total(maria![0]!), total(omar![0]!), total(none![0]!)]).toEqual([3, 2, 1]);

    expect(counts(maria![2]!)).toEqual(['1 draft', '1 signed', '1 check-in overdue', '0 escalated']);
    expect(counts(maria![3]!)).toEqual(['1 done', '1 due', '1 overdue']);
    expect(counts(omar![2]!)).toEqual(['0 draft', '0 signed', '0 check-in overdue', '1 escalated']);
    expect(counts(omar![3]!)).toEqual(['0 done', '0 due', '0 overdue']);

    // Each non-zero number opens the Team page on the reps behind it.
    const signed = within(rows[0]!).getByRole('link', { name: '1 signed' });
    expect(decodeURIComponent(signed.getAttribute('href') ?? '')).toMatch(
      /^#\/team\?.*show=manager:Maria Lopez.*only=plan-signed|^#\/team\?.*only=plan-signed.*show=manager:Maria Lopez/,
    );
    expect(within(rows[0]!).queryByRole('link', { name: '0 escalated' })).toBeNull();
    // Reps with no manager cannot be shown as a manager's team: their numbers are not links.
    expect(within(rows[2]!).queryAllByRole('link')).toEqual([]);
    expect(screen.getByRole('heading', { name: 'Managers' })).toBeVisible();
    expect(screen.getByText(/^Every manager’s reps on Jun 30, 2026 · diagnosis over Apr to Jun 2026$/)).toBeVisible();
  });

  it('works out the trend over the four months ending with the one shown', async () => {
    const db = await floor();
    show(db);
    const table = await screen.findByRole('table', {}, { timeout: 10_000 });
    await waitFor(() => expect(screen.queryByText('Working out the earlier months…')).toBeNull(), { timeout: 10_000 });
    expect(within(table).getByRole('columnheader', { name: /^Reps in gap of reps with a verdict, Mar to Jun 2026$/ })).toBeVisible();
    const trend = screen.getByRole('list', { name: 'Reps in gap per month, Omar Haddad' });
    const cells = within(trend).getAllByRole('listitem');
    expect(cells).toHaveLength(4);
    // Of Omar's two reps, at most two are in gap in any month.
    for (const c of cells) expect(c.textContent).toMatch(/^[0-2]\/2$/);
  });

  it('says there is nothing to compare on an empty floor', async () => {
    show(freshDb());
    expect(await screen.findByText('Nothing to compare yet', undefined, { timeout: 10_000 })).toBeVisible();
  });
});
