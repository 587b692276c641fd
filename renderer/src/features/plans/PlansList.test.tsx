// The Plans page on a database seeded here: each rep's plans with their status, facts period and
// next check-in (overdue by the days counted from the due day, upcoming, all recorded), one rep's
// plans only when the page is opened for that rep, and a new plan started on the period the Team
// page would show: the month before an incomplete tail, which the period list marks.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { isoDay } from '@shared/domain/plan';
import { samplePlan } from '@shared/domain/plan/testing';
import { emptyMetricValues, type Plan } from '@shared/schemas';
import { freshDb, importedRep } from '@tests/helpers/db';
import type { CandorDB } from '@renderer/db/db';
import { PlatformContext } from '@renderer/platform';
import { fakePlatform } from '@renderer/platform/fake';
import { DbContext } from '@renderer/state/db';
import { useAppStore } from '@renderer/state/store';
import { PlansPage, startPeriod } from './PlansPage';

const AT = '2026-07-02T09:00:00.000Z';
const today = isoDay(new Date());

function show(db: CandorDB, props: { repId: string | null; period?: string | null }) {
  return render(
    <PlatformContext.Provider value={fakePlatform()}>
      <DbContext.Provider value={db}>
        <PlansPage {...props} />
      </DbContext.Provider>
    </PlatformContext.Provider>,
  );
}

/** A plan of the sample rep Farid Haddad stored for `repId`, with weekly check-ins from a Monday. */
async function plan(id: string, repId: string, over: Partial<Plan>, checkInsFrom = '2099-01-05'): Promise<Plan> {
  const p = await samplePlan('Farid Haddad', new Date(AT), { id, repId, ...over });
  return { ...p, content: { ...p.content, checkIns: { startDate: checkInsFrom, everyDays: 7, count: 2 } } };
}

beforeEach(() => {
  window.location.hash = '#/plans';
  useAppStore.setState({ toasts: [] });
});

describe('startPeriod', () => {
  it('takes the period asked for when the data has it, else the Team page default, else the latest', () => {
    const periods = ['2026-04', '2026-05', '2026-06'];
    expect(startPeriod(periods, '2026-04', '2026-05')).toBe('2026-04');
    expect(startPeriod(periods, '2025-12', '2026-05')).toBe('2026-05');
    expect(startPeriod(periods, null, null)).toBe('2026-06');
    expect(startPeriod([], null, null)).toBe('');
  });
});

describe('the list of plans', () => {
  it('groups plans by rep, alphabetically, each with its status, facts period and next check-in', async () => {
    const db = freshDb();
    await db.reps.bulkAdd([importedRep(0, 'Zoe Lang', AT), importedRep(1, 'Abel Cruz', AT)]);
    const overdue = await plan('p-sig', 'r0', { status: 'signed', revision: 2 }, '2026-01-05');
    const upcoming = await plan('p-held', 'r1', { status: 'held' });
    const closed = await plan('p-done', 'r1', { status: 'closed', outcome: 'met' });
    const draft = await plan('p-draft', 'r1', { status: 'draft' });
    await db.plans.bulkAdd([overdue, upcoming, closed, draft]);
    show(db, { repId: null });

    const groups = await screen.findAllByRole('region', { name: /^Plans for / });
    expect(groups.map((g) => g.getAttribute('aria-label'))).toEqual(['Plans for Abel Cruz', 'Plans for Zoe Lang']);
    const zoe = within(groups[1]!).getAllByRole('row')[1]!;
    // Check-ins every 7 days from Monday 5 Jan 2026: the first, on Monday 12 Jan, was never recorded.
    const late = Math.round((Date.parse(today) - Date.parse('2026-01-12')) / 86_400_000);
    expect(zoe).toHaveTextContent(`Signed · revision 2`);
    expect(within(zoe).getByRole('link', { name: 'Jan 12, 2026' })).toHaveAttribute('href', '#/plans/p-sig/checkins/0');
    expect(zoe).toHaveTextContent(`Overdue by ${late} days`);
    expect(within(zoe).getByRole('link', { name: 'Open the plan for Farid Haddad' })).toHaveAttribute('href', '#/plans/p-sig');

    const abel = within(groups[0]!);
    const byStatus = (label: string) => abel.getAllByRole('row').find((r) => r.querySelector('td')?.textContent?.startsWith(label))!;
    expect(within(byStatus('Conversation held')).getByRole('link', { name: 'Jan 12, 2099' })).toBeInTheDocument();
    expect(byStatus('Conversation held')).toHaveTextContent('Upcoming');
    expect(byStatus('Closed')).toHaveTextContent('Closed met');
    expect(within(byStatus('Closed')).getAllByRole('cell')[2]).toHaveTextContent('–');
    expect(within(byStatus('Draft')).getByRole('link', { name: 'Resume the plan for Farid Haddad' })).toHaveAttribute('href', '#/plans/p-draft');
  });

  it('says all recorded once every check-in is, and shows one rep’s plans with a way back to everyone’s', async () => {
    const db = freshDb();
    await db.reps.bulkAdd([importedRep(0, 'Zoe Lang', AT), importedRep(1, 'Abel Cruz', AT)]);
    await db.plans.bulkAdd([await plan('p-a', 'r0', { status: 'signed' }, '2026-01-05'), await plan('p-b', 'r1', { status: 'draft' })]);
    await db.checkIns.bulkAdd(
      ['2026-01-12', '2026-01-19'].map((day, slot) => ({
        id: `c${slot}`,
        planId: 'p-a',
        repId: 'r0',
        dueDate: day,
        heldDate: day,
        notes: '',
        itemStatuses: [],
        wins: [],
        slot,
        recordedAt: `${day}T15:00:00.000Z`,
      })),
    );
    show(db, { repId: 'r0' });
    const group = await screen.findByRole('region', { name: 'Plans for Zoe Lang' });
    expect(within(group).getByText('All recorded')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Plans for Abel Cruz' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Show every rep’s plans' })).toHaveAttribute('href', '#/plans');
  });

  it('asks for numbers first when nothing is imported', async () => {
    const db = freshDb();
    await db.reps.add(importedRep(0, 'Zoe Lang', AT));
    const user = userEvent.setup();
    show(db, { repId: null });
    expect(await screen.findByText('No plans yet')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'New plan' }));
    expect(await screen.findByText('Import some numbers first: a plan starts from the rep’s facts.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start the plan' })).toBeNull();
  });
});

describe('starting a plan', () => {
  /** Three reps, Jan–Jun 2026, deals only; the team's opportunities created: 30 a month, then 12 in June (under half). */
  async function dealsWithTail(): Promise<CandorDB> {
    const db = freshDb();
    await db.reps.bulkAdd([importedRep(0, 'Rep A', AT), importedRep(1, 'Rep B', AT), importedRep(2, 'Rep C', AT)]);
    const months = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'];
    await db.metricPeriods.bulkAdd(
      months.flatMap((period, k) =>
        [0, 1, 2].map((i) => ({
          id: `m${k}-${i}`,
          repId: `r${i}`,
          period,
          periodKind: 'month' as const,
          importId: null,
          values: { ...emptyMetricValues(), opportunitiesCreated: k === 5 ? 4 : 10, dealsWon: 2 + i, dealsLost: 4, revenueWon: 9000 },
          createdAt: AT,
        })),
      ),
    );
    return db;
  }

  it('starts on the month before the incomplete tail, marks the tail, and stores the plan on that month', async () => {
    const user = userEvent.setup();
    const db = await dealsWithTail();
    show(db, { repId: 'r1' });
    const form = await screen.findByRole('region', { name: 'Prepare a conversation with Rep B' });
    const period = within(form).getByLabelText('Period');
    expect(period).toHaveValue('2026-05');
    expect(
      within(period)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Jun 2026 (incomplete data)', 'May 2026', 'Apr 2026', 'Mar 2026', 'Feb 2026', 'Jan 2026']);
    // The default window is three months, ending at the month chosen.
    expect(form).toHaveTextContent('The facts are taken over the trailing window ending here (Mar to May 2026)');
    await user.click(within(form).getByRole('button', { name: 'Start the plan' }));
    await waitFor(async () => expect(await db.plans.count()).toBe(1));
    const stored = (await db.plans.toArray())[0]!;
    expect(stored).toMatchObject({ repId: 'r1', status: 'draft' });
    expect(stored.snapshot.period).toBe('2026-05');
    expect(stored.snapshot.windowPeriods).toEqual(['2026-03', '2026-04', '2026-05']);
    expect(window.location.hash).toBe(`#/plans/${stored.id}`);
  });

  it('starts on the period the Rep page asked for, and on another the manager picks', async () => {
    const user = userEvent.setup();
    const db = await dealsWithTail();
    show(db, { repId: 'r0', period: '2026-03' });
    const form = await screen.findByRole('region', { name: 'Prepare a conversation with Rep A' });
    expect(within(form).getByLabelText('Period')).toHaveValue('2026-03');
    await user.selectOptions(within(form).getByLabelText('Period'), '2026-02');
    // Three months ending in February reach back into December 2025, before the data begins.
    expect(form).toHaveTextContent('(Dec 2025 to Feb 2026)');
    await user.click(within(form).getByRole('button', { name: 'Start the plan' }));
    await waitFor(async () => expect(await db.plans.count()).toBe(1));
    expect((await db.plans.toArray())[0]?.snapshot.period).toBe('2026-02');
  });
});
