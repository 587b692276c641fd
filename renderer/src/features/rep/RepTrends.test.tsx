// The Rep page's trend charts on an export whose last month is cut short: the month is marked in
// the chart's numbers, and the one-line summary compares the last complete month instead.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '@shared/app/settings';
import { emptyMetricValues } from '@shared/schemas/metrics';
import { freshDb, importedRep } from '@tests/helpers/db';
import { App } from '@renderer/app/App';
import { fakePlatform } from '@renderer/platform/fake';

const now = '2026-11-20T09:00:00.000Z';
const MONTHS = ['2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10'];
const NAMES = ['Ada Brook', 'Ben Cole', 'Cleo Dunn', 'Dev Ellis', 'Eva Fox'];
/** Ada's opportunities created per month: 20 in May, up to 30 in September, then 2 in an October the export cut short. */
const ADA = [20, 22, 24, 26, 30, 2];

async function seed() {
  const db = freshDb();
  await db.reps.bulkAdd(NAMES.map((name, i) => importedRep(i, name, now)));
  const rows = MONTHS.flatMap((period, k) =>
    NAMES.map((_, i) => {
      const opps = i === 0 ? ADA[k]! : k === MONTHS.length - 1 ? 1 : 25;
      return {
        id: `m${k}-${i}`,
        repId: `r${i}`,
        period,
        periodKind: 'month' as const,
        importId: null,
        values: { ...emptyMetricValues(), opportunitiesCreated: opps, dealsWon: k === MONTHS.length - 1 ? 0 : 5, dealsLost: 8, revenueWon: 40_000 },
        createdAt: now,
      };
    }),
  );
  await db.metricPeriods.bulkAdd(rows);
  await db.settings.put({ ...defaultSettings(new Date(now)), onboardedAt: now });
  return db;
}

describe('Rep page trends', () => {
  it('mark the incomplete last month and compare the last complete one', { timeout: 60_000 }, async () => {
    const db = await seed();
    window.location.hash = '#/team/r0';
    const user = userEvent.setup();
    render(<App db={db} platform={fakePlatform()} />);
    const chart = await screen.findByRole('figure', { name: 'Opportunities created' }, { timeout: 30_000 });
    expect(within(chart).getByText(/^May 2026: 20; Sep 2026: 30 against/)).toHaveTextContent(
      'Oct 2026 looks incomplete and is left out: the line compares complete periods only.',
    );
    await user.click(within(chart).getByRole('button', { name: 'Show numbers' }));
    const numbers = within(chart).getByRole('table', { name: 'Opportunities created: numbers' });
    const periods = within(numbers)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.querySelector('td')?.textContent);
    expect(periods).toEqual(['May 2026', 'Jun 2026', 'Jul 2026', 'Aug 2026', 'Sep 2026', 'Oct 2026 (incomplete data)']);
    expect(screen.getByText(/a period whose data looks incomplete/)).toBeInTheDocument();
  });
});
