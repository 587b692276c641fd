import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isoDay } from '@shared/domain/plan';
import { samplePlan } from '@shared/domain/plan/testing';
import { formatDate } from '@shared/lib/format';
import type { CheckIn, Plan, Rep } from '@shared/schemas';
import { freshDb } from '@tests/helpers/db';
import { seedRows } from '@tests/helpers/seed';
import { PlatformContext } from '@renderer/platform';
import { fakePlatform } from '@renderer/platform/fake';
import { DbContext } from '@renderer/state/db';
import { followUpParts, type FollowUpParts } from './labels';
import { useCheckInReminder } from './reminder';

afterEach(() => vi.useRealTimers());

/** What the Team page's Plan column shows: the status, and the day that goes with it. */
const shown = (label: string, when: string | null, overdue = false): FollowUpParts => ({ label, when, overdue });

/** A signed plan with one check-in a week from `start`; the plan's rep is `repId`. */
async function plan(start: string, repId = 'rep-ana'): Promise<Plan> {
  const p = await samplePlan('Farid Haddad', new Date(), { status: 'signed', repId });
  return { ...p, content: { ...p.content, meeting: { ...p.content.meeting, date: start }, checkIns: { startDate: start, everyDays: 1, count: 3 } } };
}

describe('follow-up on the rep lists', () => {
  it('names an overdue check-in with its day first, and once recorded, the status of the last check-in', async () => {
    // Thursday 10 Dec 2026; daily check-ins from Monday 7 Dec: Tue 8 and Wed 9 passed, Thu 10 is today.
    const today = '2026-12-10';
    const p = await plan('2026-12-07');
    const first = '2026-12-08';
    expect(followUpParts([p], [], 'rep-ana', today, formatDate)).toEqual(shown('Overdue check-in', 'since Dec 8, 2026', true));
    const recorded = (slot: number, day: string): CheckIn => ({
      id: `c${slot}`,
      planId: p.id,
      repId: 'rep-ana',
      dueDate: day,
      heldDate: day,
      notes: '',
      itemStatuses: [],
      wins: [],
      slot,
      recordedAt: `${day}T15:00:00.000Z`,
      items: [
        {
          itemId: 'a',
          action: 'A',
          metricKey: null,
          carried: false,
          baseline: null,
          current: null,
          target: null,
          expected: null,
          computed: 'on-track',
          rule: '',
          status: 'at-risk',
          reason: 'r',
          word: '',
        },
      ],
    });
    const both = [recorded(0, first), recorded(1, '2026-12-09')];
    expect(followUpParts([p], both, 'rep-ana', today, formatDate)).toEqual(shown('At risk', 'check-in Dec 10, 2026'));
    expect(followUpParts([{ ...p, status: 'draft' }], [], 'rep-ana', today, formatDate)).toBeNull();
    // Once a check-in is recorded, what it recorded counts, not the live status.
    const live = new Map([[p.id, 'off-track' as const]]);
    expect(followUpParts([p], both, 'rep-ana', today, formatDate, live)).toEqual(shown('At risk', 'check-in Dec 10, 2026'));
  });

  it('before the first check-in, says the live status measured now, by plan', async () => {
    // Daily check-ins from Fri 11 Dec, the first on Mon 14 Dec: none has passed on Thu 10 Dec.
    const today = '2026-12-10';
    const p = await plan('2026-12-11');
    const line = (live: Map<string, 'met' | 'on-track' | 'at-risk' | 'off-track' | 'not-measurable'>) =>
      followUpParts([p], [], 'rep-ana', today, formatDate, live);
    expect(line(new Map())).toEqual(shown('No check-in yet', 'check-in Dec 14, 2026'));
    expect(line(new Map([[p.id, 'on-track']]))).toEqual(shown('On track', 'check-in Dec 14, 2026'));
    expect(line(new Map([[p.id, 'at-risk']]))).toEqual(shown('At risk', 'check-in Dec 14, 2026'));
    expect(line(new Map([[p.id, 'off-track']]))).toEqual(shown('Off track', 'check-in Dec 14, 2026'));
    expect(line(new Map([[p.id, 'met']]))).toEqual(shown('Targets met', 'check-in Dec 14, 2026'));
    expect(line(new Map([[p.id, 'not-measurable']]))).toEqual(shown('No check-in yet', 'check-in Dec 14, 2026'));
    expect(line(new Map([['another-plan', 'off-track']]))).toEqual(shown('No check-in yet', 'check-in Dec 14, 2026'));
    // An overdue check-in still comes first.
    expect(followUpParts([p], [], 'rep-ana', '2026-12-15', formatDate, new Map([[p.id, 'on-track']]))).toEqual(
      shown('Overdue check-in', 'since Dec 14, 2026', true),
    );
  });
});

function Reminder() {
  const r = useCheckInReminder();
  return <p>{r ? r.text : 'none'}</p>;
}

describe('the reminder the day before a check-in', () => {
  it('raises one system notification a day on the desktop, naming the rep and the day', async () => {
    localStorage.clear();
    // Wednesday 9 Dec 2026: daily check-ins from today, the first tomorrow (only the date is faked).
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-09T10:00:00Z'));
    const today = isoDay(new Date());
    const db = freshDb();
    await db.open();
    await db.reps.bulkAdd(seedRows().reps as Rep[]);
    // Daily check-ins from today: the first is tomorrow.
    await db.plans.put(await plan(today));
    const shown: [string, string][] = [];
    const platform = { ...fakePlatform(), notify: async (title: string, body: string) => (shown.push([title, body]), true) };
    const tomorrow = 'Dec 10, 2026';
    const ui = (
      <PlatformContext.Provider value={platform}>
        <DbContext.Provider value={db}>
          <Reminder />
        </DbContext.Provider>
      </PlatformContext.Provider>
    );
    const { unmount } = render(ui);
    const name = seedRows().reps.find((r) => r.id === 'rep-ana')?.name;
    const text = `Check-in tomorrow (${tomorrow}): ${name}.`;
    expect(await screen.findByText(text, undefined, { timeout: 5000 })).toBeVisible();
    await waitFor(() => expect(shown).toEqual([['Candor', text]]));
    unmount();
    render(ui);
    expect(await screen.findByText(text, undefined, { timeout: 5000 })).toBeVisible();
    await new Promise((r) => setTimeout(r, 100));
    expect(shown).toHaveLength(1);
  }, 20_000);
});
