// Test helpers: one action item as a check-in records it, on track on the win rate; one practice row.
import type { CheckInItem, CheckInPractice } from '@shared/schemas/plan';

export const checkInItem = (over: Partial<CheckInItem> = {}): CheckInItem => ({
  itemId: 'a1',
  action: 'Qualify every deal with the checklist',
  metricKey: 'winRate',
  carried: false,
  baseline: 0.12,
  current: 0.18,
  target: 0.27,
  expected: 0.17,
  computed: 'on-track',
  rule: 'Pace',
  status: null,
  reason: '',
  word: 'Good start on qualification.',
  ...over,
});

/** One role-play assignment as a check-in keeps it: nothing scored yet, due 15 Dec 2026, not passed. */
export const practiceRow = (over: Partial<CheckInPractice> = {}): CheckInPractice => ({
  assignmentId: 'ra-1',
  planItemId: 'd-1',
  skill: 'Closing',
  scriptTitle: 'Closing: ask for the decision',
  passMark: 3.5,
  dueDate: '2026-12-15',
  sessions: 0,
  latest: null,
  best: null,
  passedOn: null,
  status: 'open',
  ...over,
});
