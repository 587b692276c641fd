// Where a timeline entry opens: a check-in its own screen (plan and slot in the address), the
// plan page when its plan is no longer stored.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RefLink } from './links';

describe('a timeline reference', () => {
  it('opens a check-in on its own screen, by plan and slot', () => {
    render(<RefLink target={{ kind: 'check-in', planId: 'plan-7', checkInId: 'ci-2', slot: 3 }} repId="rep-ana" label="Check-in" />);
    expect(screen.getByRole('link', { name: 'Check-in' })).toHaveAttribute('href', '#/plans/plan-7/checkins/3');
  });

  it('opens the plan page when the check-in has no place in a stored plan', () => {
    render(<RefLink target={{ kind: 'check-in', planId: 'plan-7', checkInId: 'ci-2', slot: null }} repId="rep-ana" label="Old check-in" />);
    expect(screen.getByRole('link', { name: 'Old check-in' })).toHaveAttribute('href', '#/plans/plan-7');
  });
});
