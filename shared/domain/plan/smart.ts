import type { ActionItem } from '@shared/schemas/plan';

export type SmartIssue = 'action' | 'metric' | 'target' | 'baseline' | 'deadline' | 'owner' | 'target-not-beyond-baseline';

export const SMART_ISSUE_TEXT: Record<SmartIssue, string> = {
  action: 'Say what will be done',
  metric: 'Choose the metric this moves',
  target: 'Set a measurable target',
  baseline: 'Add the baseline it starts from',
  deadline: 'Set a deadline',
  owner: 'Name an owner',
  'target-not-beyond-baseline': 'The target does not go beyond the baseline',
};

/**
 * Flags what keeps an action item from being SMART: no action text, no metric, no measurable
 * target, no baseline, no deadline, no owner; and a target that asks for no change at all.
 * `higherIsBetter` says which way the metric should move (default: up).
 */
export function smartCheck(item: ActionItem, higherIsBetter: (metricKey: string) => boolean = () => true): SmartIssue[] {
  const issues: SmartIssue[] = [];
  if (!item.action.trim()) issues.push('action');
  if (!item.metricKey) issues.push('metric');
  if (item.target === null) issues.push('target');
  if (item.baseline === null) issues.push('baseline');
  if (!item.deadline) issues.push('deadline');
  if (!item.owner.trim()) issues.push('owner');
  if (item.metricKey && item.target !== null && item.baseline !== null) {
    const up = higherIsBetter(item.metricKey);
    if (up ? item.target <= item.baseline : item.target >= item.baseline) issues.push('target-not-beyond-baseline');
  }
  return issues;
}
