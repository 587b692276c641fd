import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SkillPoint } from '@shared/domain/roleplay';
import { SkillChart } from './SkillChart';

const point = (id: string, date: string, skill: SkillPoint['skill'], average: number, passed: boolean): SkillPoint => ({
  sessionId: id,
  date,
  completedAt: `${date}T10:00:00.000Z`,
  skill,
  title: `${skill} script`,
  average,
  passMark: 3.5,
  passed,
});

describe('SkillChart', () => {
  it('says in words how each skill moved, and shows every session as numbers on request', async () => {
    const user = userEvent.setup();
    render(
      <SkillChart
        repName="Farid Haddad"
        points={[
          point('a', '2026-11-02', 'closing', 2.8, false),
          point('b', '2026-11-09', 'objection-handling', 3.6, true),
          point('c', '2026-11-16', 'closing', 4, true),
        ]}
      />,
    );
    const figure = screen.getByRole('figure', { name: 'Farid Haddad: scores by skill' });
    expect(figure).toHaveAccessibleDescription(
      'Farid Haddad’s average score per session, by skill. Closing: from 2.8 to 4 of 5 over 2 sessions; Objection handling: 3.6 of 5 in one session (passed).',
    );
    expect(screen.queryByRole('table')).toBeNull();
    await user.click(within(figure).getByRole('button', { name: 'Show numbers' }));
    const rows = within(screen.getByRole('table', { name: 'Farid Haddad: scores by skill: numbers' })).getAllByRole('row');
    expect(rows.slice(1).map((r) => r.textContent)).toEqual([
      '2026-11-02Closingclosing script2.83.5Below pass mark',
      '2026-11-09Objection handlingobjection-handling script3.63.5Passed',
      '2026-11-16Closingclosing script43.5Passed',
    ]);
  });
});
