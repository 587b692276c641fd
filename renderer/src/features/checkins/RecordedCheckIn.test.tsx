// A recorded check-in read back as it was kept: the day recorded and held, the data it measured,
// each item's start, now and target in the metric's unit, the manager's status beside the computed
// one with the reason, the items agreed and the notes; and its summary exported for the rep.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { samplePlan } from '@shared/domain/plan/testing';
import type { CheckIn, Plan } from '@shared/schemas';
import { freshDb } from '@tests/helpers/db';
import type { CandorDB } from '@renderer/db/db';
import { PlatformContext } from '@renderer/platform';
import { fakePlatform, type FakePlatform } from '@renderer/platform/fake';
import { DbContext } from '@renderer/state/db';
import { useAppStore } from '@renderer/state/store';
import { CheckInPage } from './CheckInPage';

const item = (over: Partial<NonNullable<CheckIn['items']>[number]>): NonNullable<CheckIn['items']>[number] => ({
  itemId: 'i1',
  action: 'Qualify out weak deals before the proposal',
  metricKey: 'winRate',
  carried: false,
  baseline: 0.12,
  current: 0.18,
  target: 0.25,
  expected: 0.17,
  computed: 'on-track',
  rule: 'On track: 18% against 17% expected by now.',
  status: null,
  reason: '',
  word: 'Keep the qualification checklist on every deal.',
  ...over,
});

/** A signed plan with weekly check-ins from Monday 5 Jan 2026, its first recorded on 13 Jan (held the 12th). */
async function recorded(): Promise<{ db: CandorDB; plan: Plan }> {
  const db = freshDb();
  const p = await samplePlan('Farid Haddad', new Date('2026-01-02T09:00:00Z'), { status: 'signed' });
  const plan = { ...p, content: { ...p.content, checkIns: { startDate: '2026-01-05', everyDays: 7, count: 3 } } };
  await db.plans.put(plan);
  await db.checkIns.put({
    id: 'c0',
    planId: plan.id,
    repId: plan.repId,
    dueDate: '2026-01-12',
    heldDate: '2026-01-12',
    notes: 'Farid asked for a ride-along on the Harbor deal.',
    itemStatuses: [],
    wins: [],
    slot: 0,
    items: [
      item({}),
      item({
        itemId: 'i2',
        action: 'Book ten first meetings a week',
        metricKey: 'meetingsHeld',
        baseline: 22,
        current: 25,
        target: 40,
        expected: 30,
        computed: 'at-risk',
        status: 'off-track',
        reason: 'Half of the meetings were internal',
        word: '',
      }),
    ],
    newItems: [
      {
        id: 'n1',
        action: 'Shadow Ana on two discovery calls',
        metricKey: null,
        baseline: null,
        target: null,
        deadline: '2026-01-23',
        owner: 'Farid Haddad',
      },
    ],
    facts: { takenAt: '2026-01-13T10:00:00.000Z', asOf: '2026-01-13', latestPeriod: '2025-12', latestIncomplete: true, series: [] },
    recordedAt: '2026-01-13T10:00:00.000Z',
  });
  return { db, plan };
}

function show(db: CandorDB, planId: string, platform: FakePlatform = fakePlatform()) {
  render(
    <PlatformContext.Provider value={platform}>
      <DbContext.Provider value={db}>
        <CheckInPage planId={planId} slot={0} />
      </DbContext.Provider>
    </PlatformContext.Provider>,
  );
  return platform;
}

beforeEach(() => useAppStore.setState({ toasts: [] }));

describe('a recorded check-in', () => {
  it('reads back as it was kept: days, data, numbers in their units, statuses with the reason, new items and notes', async () => {
    const { db, plan } = await recorded();
    show(db, plan.id);
    expect(await screen.findByRole('heading', { name: 'Recorded Jan 13, 2026, held Jan 12, 2026' }, { timeout: 10_000 })).toBeVisible();
    expect(screen.getByText('Measured on Jan 13, 2026 on the data up to Dec 2025 (a newer period was still incomplete and not read).')).toBeVisible();
    const table = screen.getByRole('table', { name: 'Action items at this check-in' });
    const cells = (action: string) =>
      within(within(table).getByRole('cell', { name: action }).closest('tr')!)
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(cells('Qualify out weak deals before the proposal').slice(2)).toEqual([
      '12%',
      '18%',
      '25%',
      'On track',
      'Keep the qualification checklist on every deal.',
    ]);
    expect(cells('Book ten first meetings a week').slice(2)).toEqual([
      '22',
      '25',
      '40',
      'Off track (computed: at risk; Half of the meetings were internal)',
      '–',
    ]);
    expect(screen.getByText('Shadow Ana on two discovery calls · by Jan 23, 2026 · Farid Haddad')).toBeVisible();
    expect(screen.getByText('Farid asked for a ride-along on the Harbor deal.')).toBeVisible();
    // Recorded before role-play practice was kept: nothing is said of it (not "none").
    expect(screen.queryByRole('region', { name: 'Role-play practice at this check-in' })).toBeNull();
    // A recorded check-in is not a form any more, and cannot be moved.
    expect(screen.queryByRole('button', { name: 'Record the check-in' })).toBeNull();
    expect(screen.queryByText('Move this check-in')).toBeNull();
    expect(within(screen.getByRole('navigation', { name: 'This plan’s check-ins' })).getAllByRole('listitem')[0]).toHaveTextContent(
      '1. Jan 12, 2026 Recorded',
    );
  });

  it('says when no practice was assigned from the plan at the time', async () => {
    const { db, plan } = await recorded();
    const row = (await db.checkIns.get('c0'))!;
    await db.checkIns.put({ ...row, facts: { ...row.facts!, practice: [] } });
    show(db, plan.id);
    const kept = await screen.findByRole('region', { name: 'Role-play practice at this check-in' }, { timeout: 10_000 });
    expect(within(kept).getByText('No role-play practice was assigned from this plan then.')).toBeVisible();
    expect(within(kept).queryAllByRole('listitem')).toEqual([]);
  });

  it('exports the summary for the rep named by the day held, and says nothing when the dialog is cancelled', async () => {
    const user = userEvent.setup();
    const { db, plan } = await recorded();
    const platform = fakePlatform();
    platform.cancelSaves = true;
    show(db, plan.id, platform);
    const button = await screen.findByRole('button', { name: 'Export the summary for the rep (.docx)' }, { timeout: 10_000 });
    await user.click(button);
    await waitFor(() => expect(button).toBeEnabled());
    expect(useAppStore.getState().toasts).toEqual([]);

    platform.cancelSaves = false;
    await user.click(button);
    await waitFor(() => expect(platform.saved).toHaveLength(1));
    expect(platform.saved[0]?.suggestedName).toBe('2026-01-12 Farid Haddad - Check-in Summary.docx');
    expect(platform.saved[0]?.bytes.byteLength).toBeGreaterThan(0);
    await waitFor(() => expect(useAppStore.getState().toasts.map((t) => t.text)).toEqual(['Saved 2026-01-12 Farid Haddad - Check-in Summary.docx.']));
  });
});
