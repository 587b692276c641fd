// The Managers page where no Web Worker can run (jsdom): the trend's earlier months are worked out
// on the page instead, and the trend of signed plans reads each plan as it stood at each month end.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb, importedRep, monthRows } from '@tests/helpers/db';
import { planWithHistory } from '@tests/helpers/plan-history';
import { App } from '@renderer/app/App';
import { fakePlatform } from '@renderer/platform/fake';
import { emptyMetricValues } from '@shared/schemas/metrics';
import { defaultSettings } from '@shared/app/settings';
import { samplePlan } from '@shared/domain/plan/testing';
import type { Plan } from '@shared/schemas';

const now = '2026-11-01T09:00:00.000Z';
const FLOOR = ['Anna Snelling', 'Cecily Lampkin', 'Kary Hendrixson', 'Reed Clapper'];

beforeEach(() => {
  window.location.hash = '#/managers';
});

describe('Managers page without a worker', () => {
  it('shows the trend of signed plans per month end, worked out on the page', { timeout: 30_000 }, async () => {
    expect(typeof Worker).toBe('undefined');
    const db = freshDb();
    await db.reps.bulkAdd(
      FLOOR.map((name, i) => ({
        ...importedRep(i, name, now),
        placements: [{ from: '2026-01-01', team: null, manager: i < 2 ? 'Dustin Brinkmann' : 'Rosa Diaz', office: 'Central' }],
        leftDate: null,
      })),
    );
    await db.metricPeriods.bulkAdd(
      monthRows(
        FLOOR.length,
        ['2026-06', '2026-07', '2026-08', '2026-09', '2026-10'],
        (i) => ({ ...emptyMetricValues(), opportunitiesCreated: 20 + i, dealsWon: 5, dealsLost: 10, revenueWon: 45_000 }),
        now,
      ),
    );
    await db.settings.put({ ...defaultSettings(new Date(now)), onboardedAt: now, myTeam: 'everyone' });
    // Anna (r0): signed on 12 Aug. Kary (r2): signed on 3 Sep, escalated on 20 Oct.
    const base = (await samplePlan('Ana Ortiz', new Date(now))) as unknown as Record<string, unknown>;
    await db.plans.bulkAdd([
      planWithHistory(base, 'p-anna', 'r0', '2026-08-01', [['2026-08-12', 'status', 'signed']], { status: 'signed', outcome: null }),
      planWithHistory(
        base,
        'p-kary',
        'r2',
        '2026-09-01',
        [
          ['2026-09-03', 'status', 'signed'],
          ['2026-10-20', 'status', 'closed: escalated'],
        ],
        { status: 'closed', outcome: 'escalated' },
      ),
    ] as unknown as Plan[]);
    render(<App db={db} platform={fakePlatform()} />);
    const table = await screen.findByRole('table', { name: 'Managers' }, { timeout: 15_000 });
    await userEvent.setup().selectOptions(screen.getByLabelText('Trend of'), 'Signed plans');
    const cells = (manager: string) =>
      within(
        within(table)
          .getByRole('rowheader', { name: new RegExp(manager) })
          .closest('tr') as HTMLElement,
      )
        .getByRole('list')
        .textContent?.trim();
    // Jul, Aug, Sep, Oct: the earlier months arrive once worked out.
    await waitFor(() => expect(cells('Dustin Brinkmann')).toBe('0111'), { timeout: 15_000 });
    expect(cells('Rosa Diaz')).toBe('0010');
  });
});
