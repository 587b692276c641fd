// Fixture builders for tests and the benchmark (here, in the UI and in tests/): realistic
// inputs for the two documents. Pure and deterministic.
import type { ActionItem, ConversationGuideInput, FactRow, FormatOptions, PlanDocumentInput } from './types';
import { signaturePng } from './testing-png';

export const EN_GB: FormatOptions = { locale: 'en-GB', currency: 'GBP' };
export const EN_US: FormatOptions = { locale: 'en-US', currency: 'USD' };

export const FACTS: FactRow[] = [
  { metric: 'Won revenue', unit: 'money', expectation: 60000, actual: 41250, gap: -18750 },
  { metric: 'Quota attainment', unit: 'rate', expectation: 1, actual: 0.6875, gap: -0.3125 },
  { metric: 'Meetings held', unit: 'count', expectation: 40, actual: 42, gap: 2 },
  { metric: 'Win rate', unit: 'rate', expectation: 0.25, actual: 0.14, gap: -0.11 },
  { metric: 'Median sales cycle', unit: 'days', expectation: 45, actual: 61, gap: 16 },
  { metric: 'Customer satisfaction', unit: 'decimal', expectation: 4.2, actual: null, gap: null },
];

export const ACTIONS: ActionItem[] = [
  {
    action: 'Run a discovery call checklist on every new opportunity',
    measure: 'Checklist attached to the opportunity',
    baseline: '2 of 10 in October',
    target: '10 of 10',
    deadline: '2026-12-15',
    owner: 'Jordan Reyes',
  },
  {
    action: 'Review two lost deals with the manager each week',
    measure: 'Deals reviewed',
    baseline: '0 per week',
    target: '2 per week',
    deadline: '2027-01-31',
    owner: 'Jordan Reyes and Sam Patel',
  },
  {
    action: 'Shadow a senior AE on three proposal meetings',
    measure: 'Meetings shadowed',
    baseline: '0',
    target: '3',
    deadline: null,
    owner: 'Sam Patel',
  },
];

export function planInput(overrides: Partial<PlanDocumentInput> = {}): PlanDocumentInput {
  return {
    company: 'Northwind Traders',
    team: 'Mid-market West',
    repName: 'Jordan Reyes',
    managerName: 'Sam Patel',
    hrName: 'Alex Kim',
    date: '2026-11-22',
    periodLabel: 'August – October 2026',
    expectations: [
      { label: 'Quota', value: '£60,000 won revenue per quarter' },
      { label: 'Meetings', value: '40 qualified meetings per quarter' },
    ],
    facts: FACTS,
    focusAreas: ['Qualify opportunities earlier', 'Move proposals to decision faster'],
    actionItems: ACTIONS,
    milestones: [
      { date: '2026-12-15', text: 'Checklist in use on every new opportunity' },
      { date: '2027-01-31', text: 'Win rate back to 20% on the trailing month' },
    ],
    checkIns: ['2026-12-01', '2026-12-15', '2027-01-05'],
    support: [
      { kind: 'Coaching', text: 'A weekly 30-minute deal review with Sam' },
      { kind: 'Training', text: 'The negotiation course in January' },
    ],
    development: [
      {
        skill: 'Discovery and qualification',
        activities: ['Use the checklist on every call', 'Record one call a week for review'],
        resources: ['Discovery checklist', 'Call recordings library'],
        timeline: 'December to January',
      },
    ],
    consequences:
      'If the targets above are not met by the end of January, we will discuss next steps, which may include a formal performance improvement plan.\n\nProgress is reviewed at every check-in.',
    acknowledgement:
      'I have read this plan and discussed it with my manager. My signature shows that I received it, not necessarily that I agree with every point.',
    signatures: [
      { role: 'rep', name: 'Jordan Reyes', date: null },
      { role: 'manager', name: 'Sam Patel', date: null },
    ],
    ...overrides,
  };
}

/** The benchmark and "overfull" plan: many action items and fact rows, two drawn signatures. */
export function fullPlanInput(actions = 20, facts = 30): PlanDocumentInput {
  return planInput({
    facts: Array.from({ length: facts }, (_, i) => ({ ...FACTS[i % FACTS.length]!, metric: `${FACTS[i % FACTS.length]!.metric} (${i + 1})` })),
    actionItems: Array.from({ length: actions }, (_, i) => ({
      ...ACTIONS[i % ACTIONS.length]!,
      action: `${ACTIONS[i % ACTIONS.length]!.action} (${i + 1})`,
    })),
    signatures: [
      { role: 'rep', name: 'Jordan Reyes', date: '2026-11-22', image: signaturePng(480, 160, 1) },
      { role: 'manager', name: 'Sam Patel', date: '2026-11-22', image: signaturePng(480, 160, 2) },
    ],
  });
}

export function guideInput(overrides: Partial<ConversationGuideInput> = {}): ConversationGuideInput {
  return {
    repName: 'Jordan Reyes',
    managerName: 'Sam Patel',
    date: '2026-11-22',
    opening:
      'Thanks for making the time. I want to talk about the last three months, look at the numbers together, and agree on a plan.\nI will start with the facts, then listen.',
    talkingPoints: ['Won revenue was £41,250 against £60,000', 'Meetings are on target, win rate is not', 'The gap is at the proposal stage'],
    questions: ['What is different about the deals you won?', 'Where do proposals stall?', 'What support would help most?'],
    pushback: [
      { objection: 'My territory is harder than the others', approach: 'Acknowledge it, then compare win rates on similar accounts' },
      { objection: 'The pipeline will close next quarter', approach: 'Ask which deals, and agree on dated next steps for each' },
    ],
    reminders: [
      'Describe behaviour and numbers, not character',
      'Pause after the facts and let Jordan respond',
      'Stay with the plan; do not negotiate the facts',
    ],
    agenda: [
      { item: 'Opening and purpose', minutes: 5 },
      { item: 'The facts', minutes: 10 },
      { item: 'Jordan’s view', minutes: 15 },
      { item: 'Agree the plan', minutes: 15 },
      { item: 'Next steps and signatures', minutes: 5 },
    ],
    ...overrides,
  };
}
