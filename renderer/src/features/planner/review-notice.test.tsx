// The Review step's notice of action items that are not SMART yet: each one named with what it
// lacks, a metric where lower is better judged that way round, and the SMART ones left out.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { samplePlan } from '@shared/domain/plan/testing';
import type { ActionItem } from '@shared/schemas';
import { NotSmartNotice } from './steps/ReviewParts';

const AT = new Date('2026-11-20T10:00:00Z');

const item = (id: string, over: Partial<ActionItem>): ActionItem => ({
  id,
  action: '',
  metricKey: null,
  baseline: null,
  target: null,
  deadline: '2027-01-15',
  owner: 'Farid Haddad',
  ...over,
});

describe('the not-SMART notice of the Review step', () => {
  it('names each item that is not SMART with what it lacks, and none that is', async () => {
    const base = await samplePlan('Farid Haddad', AT);
    const up = base.snapshot.metrics.find((m) => m.higherIsBetter);
    const down = base.snapshot.metrics.find((m) => !m.higherIsBetter);
    if (!up || !down) throw new Error('the sample plan should hold a metric of each direction');
    const actionItems = [
      item('a', { action: 'Raise the win rate', metricKey: up.key, baseline: 10, target: 20 }),
      item('b', { action: 'Book more demos' }),
      item('c', { action: 'Shorten the cycle', metricKey: down.key, baseline: 40, target: 50 }),
      item('d', { action: 'Cut the cycle', metricKey: down.key, baseline: 50, target: 40 }),
    ];
    render(<NotSmartNotice plan={{ ...base, content: { ...base.content, actionItems } }} />);
    expect(screen.getByRole('status').textContent).toBe(
      '2 action items are not SMART yet: “Book more demos” (choose the metric this moves, set a measurable target, add the baseline it starts from); ' +
        '“Shorten the cycle” (the target does not go beyond the baseline).',
    );
  });

  it('shows nothing when every item is SMART', async () => {
    const base = await samplePlan('Farid Haddad', AT);
    const up = base.snapshot.metrics.find((m) => m.higherIsBetter)!;
    const actionItems = [item('a', { action: 'Raise it', metricKey: up.key, baseline: 10, target: 20 })];
    render(<NotSmartNotice plan={{ ...base, content: { ...base.content, actionItems } }} />);
    expect(screen.queryByRole('status')).toBeNull();
  });
});
