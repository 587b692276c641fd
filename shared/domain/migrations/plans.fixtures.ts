import type { V2Plan } from './plans';

/** A v2 plan row with every field filled, for migration tests. */
export function v2Plan(over: Partial<V2Plan> = {}): V2Plan {
  return {
    id: 'plan-1',
    repId: 'rep-1',
    status: 'active',
    step: 'action-plan',
    period: '2026-09',
    verdict: 'effort',
    weakStage: 'prospecting',
    facts: 'Meetings held 26 against 40 expected.',
    expectations: 'At least 40 meetings held a month.',
    talkingPoints: ['Meetings are down a third since July.'],
    openQuestions: ['What gets in the way of booking meetings?'],
    pushback: [{ id: 'pb-1', objection: 'My territory is weak', response: 'Compare with the team median for the same territory type.' }],
    consequences: 'If the floor is not met by the end of the quarter we will move to a formal plan.',
    support: 'Weekly call review with me.',
    actionItems: [
      {
        id: 'a-1',
        text: 'Book 45 meetings a month',
        metric: 'meetingsBooked',
        target: 45,
        deadline: '2026-12-31',
        milestones: [{ date: '2026-10-31', text: 'Halfway: 40' }],
      },
    ],
    developmentItems: [{ id: 'd-1', skill: 'Prospecting', support: 'coaching', text: 'Shadow Ana on two call blocks', deadline: '2026-11-15' }],
    checkInCadenceDays: 7,
    managerName: 'Sam Lee',
    signatures: { managerDate: '2026-10-02', repDate: null },
    exports: [{ id: 'e-1', kind: 'rep-plan', fileName: 'plan.docx', sha256: 'a'.repeat(64), exportedAt: '2026-10-02T10:00:00.000Z' }],
    createdAt: '2026-10-01T09:00:00.000Z',
    updatedAt: '2026-10-02T10:00:00.000Z',
    ...over,
  };
}
