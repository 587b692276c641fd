// A manager with monthly data can look at a quarter: the Team page offers the quarters the
// months add up to, and diagnoses the one chosen from the months rolled up (the rule the CLI uses).
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '@tests/helpers/db';
import { commitImport } from '@shared/app/imports';
import { emptyMetricValues } from '@shared/schemas/metrics';
import { fixedClock, sequentialIds } from '@shared/lib/ids';
import { App } from '@renderer/app/App';
import { fakePlatform } from '@renderer/platform/fake';
import { dexieStore } from '@renderer/db/store';

// Ana: quota 10,000 a month; won 30,000 in each month of Q1, then 5,000, 5,000 and 20,000 in Q2.
// June alone: 200% of quota; Q2 as a whole: 30,000 of 30,000 = 100%.
const ANA = [30_000, 30_000, 30_000, 5_000, 5_000, 20_000];
const BO = [10_000, 10_000, 10_000, 10_000, 10_000, 10_000];
const month = (i: number) => `2026-0${i + 1}`;

async function seed() {
  const db = freshDb();
  const periods = ['Ana Ortiz', 'Bo Lind'].flatMap((rep, r) =>
    (r === 0 ? ANA : BO).map((revenueWon, i) => ({
      rep,
      role: 'AE',
      startDate: null,
      period: month(i),
      periodKind: 'month' as const,
      values: { ...emptyMetricValues(), revenueWon, quota: 10_000, dealsWon: 2, dealsLost: 2 },
    })),
  );
  const req = {
    file: { name: 'months.csv', sha256: 'c'.repeat(64), size: 100, sheetName: null },
    kind: 'period-sheet' as const,
    periodKind: 'month' as const,
    mapping: { rep: 'rep' },
    stageMap: {},
    headerSignature: 'period|rep',
    report: { rowsRead: 12, rowsAccepted: 12, rowsRejected: 0 },
    periods,
    newRepRole: 'AE',
  };
  await commitImport(dexieStore(db), req, { ids: sequentialIds('t'), clock: fixedClock('2026-07-02T09:00:00.000Z') });
  return db;
}

beforeEach(() => {
  window.location.hash = '#/team';
});

describe('Team page by quarter from monthly data', () => {
  it('offers the quarters and shows the quarter chosen, rolled up from its months', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    render(<App db={await seed()} platform={fakePlatform()} />);
    const table = await screen.findByRole('table', { name: 'Team' }, { timeout: 10_000 });
    const ana = () => within(table).getByRole('link', { name: 'Ana Ortiz' }).closest('tr') as HTMLElement;
    expect(within(table).getByRole('button', { name: /Attainment Jun 2026/ })).toBeInTheDocument();
    expect(within(ana()).getAllByText('200%')[0]).toBeInTheDocument();

    const select = screen.getByLabelText('Period');
    expect(within(select).getByRole('group', { name: 'Quarters' })).toBeInTheDocument();
    await user.selectOptions(select, '2026-Q2');
    expect(await within(table).findByRole('button', { name: /Attainment Q2 2026/ })).toBeInTheDocument();
    expect(within(ana()).getAllByText('100%')[0]).toBeInTheDocument();
    expect(window.location.hash).toContain('2026-Q2');
  });
});
