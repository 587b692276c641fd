// Role-play practice on the check-in screen, as the manager sees it: each script assigned from the
// plan under the skill it serves, with its pass mark, due day, the sessions scored since and where
// it stands; a line with where to assign one when there is none; and a recorded check-in showing
// the practice as it stood that day, not as it stands now.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scoredSession } from '@shared/domain/roleplay/testing';
import { samplePlan } from '@shared/domain/plan/testing';
import type { DevelopmentItem, Plan, RoleplayAssignment } from '@shared/schemas';
import { freshDb } from '@tests/helpers/db';
import type { CandorDB } from '@renderer/db/db';
import { renderWithDb } from '@renderer/state/testing';
import { shippedLibrary } from '../roleplay/data/library';
import { CheckInPage } from './CheckInPage';

const script = (id: string) => shippedLibrary().scripts.find((s) => s.id === id)!;
// Four criteria each.
const closing = script('closing-ask-for-commitment');
const timing = script('objection-timing');
// Five criteria.
const price = script('objection-price');

const skill = (id: string, name: string): DevelopmentItem => ({ id, skill: name, activities: [], resources: [], timeline: '', reviewDate: null });

/** Farid Haddad's signed plan, check-ins every week from Monday 23 Nov 2026; two skills to develop (not in the order of their ids). */
async function storedPlan(db: CandorDB): Promise<Plan> {
  const p = await samplePlan('Farid Haddad', new Date('2026-11-20T09:00:00Z'), { status: 'signed' });
  const plan: Plan = {
    ...p,
    content: {
      ...p.content,
      meeting: { ...p.content.meeting, date: '2026-11-23' },
      checkIns: { startDate: '2026-11-23', everyDays: 7, count: 4 },
      development: [skill('d-close', 'Asking for the decision'), skill('d-a-obj', 'Handling objections')],
    },
  };
  await db.plans.put(plan);
  return plan;
}

const assigned = (
  plan: Plan,
  over: Partial<RoleplayAssignment> & Pick<RoleplayAssignment, 'id' | 'scriptId' | 'scriptTitle'>,
): RoleplayAssignment => ({
  repId: plan.repId,
  planId: plan.id,
  planItemId: 'd-close',
  passMark: 3.5,
  dueDate: '2026-12-20',
  createdAt: '2026-11-25T09:00:00.000Z',
  ...over,
});

/**
 * Closing (pass mark 3.5, due 20 Dec): 4,3,4,3 on 1 Dec = 3.5, a pass; 3,3,3,2 on 8 Dec = 2.75 → 2.8.
 * Price (pass mark 4, due 7 Dec): nothing scored, overdue on 10 Dec.
 * Timing (pass mark 3.8, due 10 Dec) for objections: 4,4,3,3 on 9 Dec = 3.5, not passed, due today.
 * Another plan's assignment is not this plan's.
 */
async function practice(db: CandorDB, plan: Plan) {
  await db.roleplayAssignments.bulkPut([
    assigned(plan, { id: 'ra-close', scriptId: closing.id, scriptTitle: closing.title }),
    assigned(plan, { id: 'ra-price', scriptId: price.id, scriptTitle: price.title, passMark: 4, dueDate: '2026-12-07' }),
    assigned(plan, { id: 'ra-timing', scriptId: timing.id, scriptTitle: timing.title, planItemId: 'd-a-obj', passMark: 3.8, dueDate: '2026-12-10' }),
    assigned(plan, { id: 'ra-other', scriptId: closing.id, scriptTitle: 'Another plan’s practice', planId: 'other-plan' }),
  ]);
  await db.roleplaySessions.bulkPut([
    scoredSession(closing, { id: 's1', day: '2026-12-01', scores: [4, 3, 4, 3], repId: plan.repId }),
    scoredSession(closing, { id: 's2', day: '2026-12-08', scores: [3, 3, 3, 2], repId: plan.repId }),
    scoredSession(timing, { id: 's3', day: '2026-12-09', scores: [4, 4, 3, 3], repId: plan.repId }),
  ]);
}

/** Each assignment as its two lines read. */
const rowsOf = (region: HTMLElement) =>
  within(region)
    .getAllByRole('listitem')
    .filter((li) => li.classList.contains('checkin-practice-row'))
    .map((li) => [...li.children].map((line) => line.textContent));

const LIVE = [
  [
    'Price objection: “That is more than we budgeted” · pass mark 4 of 5 · due Dec 7, 2026',
    'No session scored since it was assigned · Overdue since Dec 7, 2026',
  ],
  [
    'Closing: ask for the decision · pass mark 3.5 of 5 · due Dec 20, 2026',
    '2 sessions scored since it was assigned: latest 2.8, best 3.5 of 5 · Passed on Dec 1, 2026',
  ],
  [
    `${timing.title} · pass mark 3.8 of 5 · due Dec 10, 2026`,
    'One session scored since it was assigned: 3.5 of 5 · Not passed yet — due Dec 10, 2026',
  ],
];

// The manager's day is Thursday 10 Dec 2026 (only the clock is fixed; timers run).
beforeEach(() => {
  localStorage.clear();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-10T12:00:00'));
});
afterEach(() => vi.useRealTimers());

describe('role-play practice on the check-in screen', () => {
  it('shows each script assigned from the plan under its skill, with its pass mark, due day, scores and where it stands', async () => {
    const db = freshDb();
    const plan = await storedPlan(db);
    await practice(db, plan);
    renderWithDb(<CheckInPage planId={plan.id} slot={1} />, db);
    const region = await screen.findByRole('region', { name: 'Role-play practice for this plan' }, { timeout: 10_000 });
    await waitFor(() =>
      expect(
        within(region)
          .getAllByRole('heading', { level: 3 })
          .map((h) => h.textContent),
      ).toEqual(['Asking for the decision', 'Handling objections']),
    );
    expect(rowsOf(region)).toEqual(LIVE);
    expect(region).not.toHaveTextContent('Another plan’s practice');
  }, 30_000);

  it('says so in one line, with where to assign a script, when the plan has no practice', async () => {
    const db = freshDb();
    const plan = await storedPlan(db);
    await db.roleplayAssignments.put(assigned(plan, { id: 'ra-other', scriptId: closing.id, scriptTitle: closing.title, planId: 'other-plan' }));
    renderWithDb(<CheckInPage planId={plan.id} slot={1} />, db);
    const region = await screen.findByRole('region', { name: 'Role-play practice for this plan' }, { timeout: 10_000 });
    expect(await within(region).findByText(/^No role-play practice is assigned from this plan yet\./)).toBeVisible();
    expect(within(region).getByRole('link', { name: 'Assign a script to Farid Haddad' })).toHaveAttribute('href', `#/roleplay?rep=${plan.repId}`);
    expect(within(region).queryAllByRole('listitem')).toEqual([]);
  }, 30_000);

  it('keeps the practice as it stood when the check-in is recorded, and shows that later, not today’s numbers', async () => {
    const user = userEvent.setup();
    const db = freshDb();
    const plan = await storedPlan(db);
    await practice(db, plan);
    // The 7 Dec check-in, overdue on 10 Dec.
    renderWithDb(<CheckInPage planId={plan.id} slot={1} />, db);
    const live = await screen.findByRole('region', { name: 'Role-play practice for this plan' }, { timeout: 10_000 });
    await waitFor(() => expect(rowsOf(live)).toEqual(LIVE));
    await user.click(screen.getByRole('button', { name: 'Record the check-in' }));
    await waitFor(async () => expect((await db.checkIns.toArray())[0]?.recordedAt).toBeDefined(), { timeout: 5000 });
    expect(
      (await db.checkIns.toArray())[0]?.facts?.practice?.map((p) => [p.assignmentId, p.sessions, p.latest, p.best, p.passedOn, p.status]),
    ).toEqual([
      ['ra-price', 0, null, null, null, 'overdue'],
      ['ra-close', 2, 2.8, 3.5, '2026-12-01', 'passed'],
      ['ra-timing', 1, 3.5, 3.5, null, 'open'],
    ]);

    // Later the rep passes the timing script (4,4,4,4 = 4) and the price one is scored: the record stays as it was.
    await db.roleplaySessions.bulkPut([
      scoredSession(timing, { id: 's4', day: '2026-12-10', scores: [4, 4, 4, 4], repId: plan.repId }),
      scoredSession(price, { id: 's5', day: '2026-12-10', scores: [4, 4, 4, 4, 4], repId: plan.repId }),
    ]);
    const kept = await screen.findByRole('region', { name: 'Role-play practice at this check-in' }, { timeout: 10_000 });
    expect(screen.queryByRole('region', { name: 'Role-play practice for this plan' })).toBeNull();
    expect(
      within(kept)
        .getAllByRole('heading', { level: 4 })
        .map((h) => h.textContent),
    ).toEqual(['Asking for the decision', 'Handling objections']);
    expect(rowsOf(kept)).toEqual(LIVE);
  }, 40_000);
});
