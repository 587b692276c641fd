// Overriding a verdict on the Rep page: refused without a reason (nothing stored), the weak stage
// asked only for a skill reading, saved with the reason and whether it is a genuine obstacle,
// shown beside Candor's own reading, replaced, removed, and every earlier one kept in the history.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyMetricValues } from '@shared/schemas';
import { freshDb, importedRep } from '@tests/helpers/db';
import type { CandorDB } from '@renderer/db/db';
import { PlatformContext } from '@renderer/platform';
import { fakePlatform } from '@renderer/platform/fake';
import { DbContext } from '@renderer/state/db';
import { useAppStore } from '@renderer/state/store';
import { useDiagnosisData, useTeamDiagnosis } from '../diagnosis';
import { OverrideControl } from './OverrideControl';

const AT = '2026-04-02T09:00:00.000Z';

/** Three reps over Jan–Mar 2026 with calls, meetings and deals. */
async function seeded(): Promise<CandorDB> {
  const db = freshDb();
  await db.reps.bulkAdd([0, 1, 2].map((i) => importedRep(i, `Rep ${'ABC'[i]}`, AT)));
  await db.metricPeriods.bulkAdd(
    ['2026-01', '2026-02', '2026-03'].flatMap((period, k) =>
      [0, 1, 2].map((i) => ({
        id: `m${k}-${i}`,
        repId: `r${i}`,
        period,
        periodKind: 'month' as const,
        importId: null,
        values: {
          ...emptyMetricValues(),
          calls: 80 + 20 * i,
          meetingsHeld: 10,
          opportunitiesCreated: 6,
          dealsWon: 2,
          dealsLost: 3,
          revenueWon: 9000,
        },
        createdAt: AT,
      })),
    ),
  );
  return db;
}

/** The control as the Rep page places it: for Rep A's diagnosis, remade after every change. */
function RepA() {
  const team = useTeamDiagnosis(useDiagnosisData(), null);
  const d = team?.reps.find((r) => r.repId === 'r0');
  return d ? <OverrideControl key={`${d.override?.id ?? 'none'}-${d.period}`} diagnosis={d} /> : null;
}

function show(db: CandorDB) {
  render(
    <PlatformContext.Provider value={fakePlatform()}>
      <DbContext.Provider value={db}>
        <RepA />
      </DbContext.Provider>
    </PlatformContext.Provider>,
  );
}

beforeEach(() => useAppStore.setState({ toasts: [] }));

describe('overriding a verdict', () => {
  it('refuses an override without a reason, asks the weak stage only for a skill reading, and saves one with its reason', async () => {
    const user = userEvent.setup();
    const db = await seeded();
    show(db);
    await user.click(await screen.findByRole('button', { name: 'Override this verdict' }));
    const form = screen.getByRole('form', { name: 'Override the verdict' });
    await user.selectOptions(within(form).getByLabelText('Verdict'), 'effort');
    expect(within(form).queryByLabelText('Weak stage')).toBeNull();
    await user.click(within(form).getByRole('button', { name: 'Save override' }));
    expect(await within(form).findByText('Say why, in a few words')).toBeVisible();
    expect(await db.overrides.count()).toBe(0);

    await user.selectOptions(within(form).getByLabelText('Verdict'), 'skill');
    await user.selectOptions(within(form).getByLabelText('Weak stage'), 'opportunity-to-win');
    await user.type(within(form).getByLabelText(/^Reason/), 'Lost two key accounts to a reorganised territory');
    await user.click(within(form).getByRole('checkbox', { name: /genuine obstacle/ }));
    await user.click(within(form).getByRole('button', { name: 'Save override' }));

    const note = await screen.findByText(/You set this verdict to Skill gap/);
    expect(note.closest('.notice')).toHaveTextContent(
      /You set this verdict to Skill gap \(a genuine obstacle: support, not pressure\) on .+\. Reason: “Lost two key accounts to a reorganised territory”\. Candor’s own reading was /,
    );
    const rows = await db.overrides.toArray();
    expect(rows).toHaveLength(1);
    // The latest month of the seeded data is March 2026: the override is for that period.
    expect(rows[0]).toMatchObject({
      repId: 'r0',
      period: '2026-03',
      verdict: 'skill',
      weakStage: 'opportunity-to-win',
      reason: 'Lost two key accounts to a reorganised territory',
      obstacle: true,
    });
    expect(useAppStore.getState().toasts.map((t) => t.text)).toContain('Override saved. It is shown wherever this verdict appears.');
  });

  it('keeps a replaced override and a removed one in the period’s history', async () => {
    const user = userEvent.setup();
    const db = await seeded();
    show(db);
    await user.click(await screen.findByRole('button', { name: 'Override this verdict' }));
    await user.selectOptions(screen.getByLabelText('Verdict'), 'effort');
    await user.type(screen.getByLabelText(/^Reason/), 'On leave for three weeks in March');
    await user.click(screen.getByRole('button', { name: 'Save override' }));
    await user.click(await screen.findByRole('button', { name: 'Change the override' }));
    await user.selectOptions(screen.getByLabelText('Verdict'), 'on-track');
    const reason = screen.getByLabelText(/^Reason/);
    expect(reason).toHaveValue('On leave for three weeks in March');
    await user.clear(reason);
    await user.type(reason, 'Back from leave, pipeline rebuilt');
    await user.click(screen.getByRole('button', { name: 'Save override' }));

    expect(await screen.findByText(/You set this verdict to On track/)).toBeVisible();
    const earlier = await screen.findByText('Earlier overrides for this period (1)');
    expect(earlier.closest('details')).toHaveTextContent(/Effort gap — “On leave for three weeks in March” · replaced by a later one/);

    await user.click(screen.getByRole('button', { name: 'Remove override' }));
    await waitFor(() => expect(screen.queryByText(/You set this verdict to/)).toBeNull());
    expect(screen.getByRole('button', { name: 'Override this verdict' })).toBeVisible();
    const all = await screen.findByText('Earlier overrides for this period (2)');
    expect(all.closest('details')).toHaveTextContent(/On track — “Back from leave, pipeline rebuilt” · removed /);
    const rows = await db.overrides.toArray();
    expect(rows).toHaveLength(2);
    expect(rows.filter((o) => o.withdrawnAt).map((o) => o.reason)).toEqual(['Back from leave, pipeline rebuilt']);
  });

  it('keeps what was typed when the form is cancelled and opened again, and stores nothing until saved', async () => {
    const user = userEvent.setup();
    const db = await seeded();
    show(db);
    await user.click(await screen.findByRole('button', { name: 'Override this verdict' }));
    await user.selectOptions(screen.getByLabelText('Verdict'), 'skill');
    await user.type(screen.getByLabelText(/^Reason/), 'New territory since February');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('form', { name: 'Override the verdict' })).toBeNull();
    expect(await db.overrides.count()).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Override this verdict' }));
    expect(screen.getByLabelText('Verdict')).toHaveValue('skill');
    expect(screen.getByLabelText(/^Reason/)).toHaveValue('New territory since February');
  });
});
