import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { diagnoseTeam } from '@shared/domain/diagnosis';
import { rep, series } from '@shared/domain/diagnosis/testing';
import { emptyMetricValues } from '@shared/schemas/metrics';
import { DEFAULT_DIAGNOSIS_SETTINGS } from '@shared/schemas/settings';
import { CohortCard } from './CohortCard';

/** One month per rep: deals closed in it (won, lost) and the cohort created in it (won, lost, open). */
function team(specs: Array<[number, number, number, number, number]>, withCohort = true) {
  return diagnoseTeam({
    reps: specs.map((_, i) => rep(`r${i}`, { name: `Rep ${i}` })),
    periods: specs.flatMap(([won, lost, cWon, cLost, cOpen], i) =>
      series(`r${i}`, '2026-10', 1, () => ({
        ...emptyMetricValues(),
        dealsWon: won,
        dealsLost: lost,
        revenueWon: won * 1000,
        opportunitiesCreated: cWon + cLost + cOpen,
        cohortWon: withCohort ? cWon : null,
        cohortLost: withCohort ? cLost : null,
        cohortOpen: withCohort ? cOpen : null,
      })),
    ),
    expectations: [],
    settings: DEFAULT_DIAGNOSIS_SETTINGS,
    window: 1,
  });
}

describe('CohortCard', () => {
  it('shows the closed-deal win rate beside the creation cohort, with counts that add up and the definitions one click away', async () => {
    const user = userEvent.setup();
    const t = team([
      [6, 4, 5, 3, 2],
      [5, 5, 5, 5, 0],
      [4, 6, 4, 6, 0],
    ]);
    render(<CohortCard assessment={t.reps[0]!.window} />);
    const closed = screen.getByLabelText('Win rate of deals closed in the window');
    expect(within(closed).getByText('60%')).toBeInTheDocument();
    expect(closed).toHaveTextContent('6 wins of 10 closed');
    const cohort = screen.getByLabelText('Opportunity to win by creation cohort');
    expect(within(cohort).getByText('50%')).toBeInTheDocument();
    expect(screen.getByText(/Of the 10 opportunities created in Oct 2026:/)).toHaveTextContent(
      '5 won, 3 lost and 2 still open at the end of the data (Oct 2026). If every open one were won, the rate would be 70%.',
    );
    // 2 of 10 open: mature, so compared with the team median (40%, 50%, 50%).
    expect(screen.getByText(/Team median for the same creation months: 50% \(3 reps\)/)).toBeInTheDocument();
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
    await user.click(screen.getByText('What these count'));
    expect(screen.getByText(/By creation: Of the opportunities created in the window/)).toBeVisible();
    expect(screen.getByText(/Closed deals: Deals won ÷ deals closed/)).toBeVisible();
  });

  it('marks a cohort with many still open as immature and does not compare it', () => {
    const t = team([
      [6, 4, 2, 1, 7],
      [5, 5, 5, 5, 0],
      [4, 6, 4, 6, 0],
    ]);
    render(<CohortCard assessment={t.reps[0]!.window} />);
    expect(screen.getByRole('note')).toHaveTextContent('Immature cohort: 70% of these opportunities are still open (more than 25%)');
    expect(screen.queryByText(/Team median/)).not.toBeInTheDocument();
  });

  it('shows nothing where the data have no created dates (a per-period sheet)', () => {
    const t = team([[6, 4, 5, 3, 2]], false);
    const { container } = render(<CohortCard assessment={t.reps[0]!.window} />);
    expect(container).toBeEmptyDOMElement();
  });
});
