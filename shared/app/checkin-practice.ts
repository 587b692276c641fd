// Use case: the role-play practice assigned from a plan, as its check-in shows it on a day.
import { planPractice } from '../domain/checkin';
import type { CheckInPractice } from '../schemas';
import type { Store } from './store';

/**
 * Every script assigned from the plan, with the rep's sessions toward it, as it stands on `today`
 * (the manager's calendar day); null when the plan is no longer stored.
 */
export async function checkInPractice(store: Store, planId: string, today: string): Promise<CheckInPractice[] | null> {
  const plan = await store.table('plans').get(planId);
  if (!plan) return null;
  const [assignments, sessions] = await Promise.all([
    store.table('roleplayAssignments').where('repId', plan.repId),
    store.table('roleplaySessions').where('repId', plan.repId),
  ]);
  return planPractice(plan, assignments, sessions, today);
}
