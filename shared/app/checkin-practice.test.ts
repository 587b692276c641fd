// The practice a check-in reads from storage and keeps: the use case over a store, and check-ins
// recorded before practice was kept still load (nothing is said of their practice, not "none").
import { describe, expect, it } from 'vitest';
import { seedRows } from '@tests/helpers/seed';
import { checkInSchema, type CheckIn, type CheckInPractice } from '../schemas';
import { checkInPractice } from './checkin-practice';
import { memoryStore } from './memory-store';

// The seeded assignment: closing, pass mark 3.5, due 15 Dec, made at the moment (20 Nov 10:00 UTC)
// the seeded session finished with 4, 3, 4, 3: (4+3+4+3)/4 = 3.5, a pass on 20 Nov.
const seeded: CheckInPractice = {
  assignmentId: 'ra-1',
  planItemId: 'dev-1',
  // The seeded plan has no development items any more.
  skill: null,
  scriptTitle: 'Closing: ask for the decision (our version)',
  passMark: 3.5,
  dueDate: '2026-12-15',
  sessions: 1,
  latest: 3.5,
  best: 3.5,
  passedOn: '2026-11-20',
  status: 'passed',
};

/** The seeded recorded check-in, written before practice was kept (its facts have no practice). */
const storedBefore = () => seedRows().checkIns!.find((c) => c.id === 'ci-2') as CheckIn;

describe('the practice a check-in reads and keeps', () => {
  it('reads the plan’s assignments and the rep’s sessions from the store', async () => {
    const store = memoryStore(seedRows());
    expect(await checkInPractice(store, 'plan-1', '2026-12-20')).toEqual([seeded]);
    expect(await checkInPractice(store, 'no-such-plan', '2026-12-20')).toBeNull();
  });

  it('a check-in recorded before practice was kept still loads, with nothing said of practice', () => {
    const old = storedBefore();
    expect(old.facts && 'practice' in old.facts).toBe(false);
    const parsed = checkInSchema.parse(old);
    expect(parsed.facts?.practice).toBeUndefined();
    expect(parsed.facts?.latestPeriod).toBe('2026-11');
  });

  it('keeps the practice a check-in saw, and refuses a status it does not know', () => {
    const old = storedBefore();
    const kept = checkInSchema.parse({ ...old, facts: { ...old.facts, practice: [seeded] } });
    expect(kept.facts?.practice).toEqual([seeded]);
    expect(checkInSchema.parse({ ...old, facts: { ...old.facts, practice: [] } }).facts?.practice).toEqual([]);
    expect(checkInSchema.safeParse({ ...old, facts: { ...old.facts, practice: [{ ...seeded, status: 'done' }] } }).success).toBe(false);
    expect(checkInSchema.safeParse({ ...old, facts: { ...old.facts, practice: [{ ...seeded, latest: 0 }] } }).success).toBe(false);
  });
});
