// Test helper: one action item as a check-in records it, on track on the win rate.
import type { CheckInItem } from '@shared/schemas/plan';

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
