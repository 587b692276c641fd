// The Facts step's focus areas: up to three, the fourth box held until one is unticked, and the
// per-focus diagnosis kept in step (an activity metric read as effort, a conversion as skill).
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { snapshotFromDiagnosis } from '@shared/domain/plan';
import { sampleRep } from '@shared/domain/plan/testing';
import { freshDb } from '@tests/helpers/db';
import { createPlan, saveProgress } from '@renderer/db/repositories/plans';
import { PlatformContext } from '@renderer/platform';
import { fakePlatform } from '@renderer/platform/fake';
import { DbContext } from '@renderer/state/db';
import { PlannerPage } from './PlannerPage';
import { prefillFromSnapshot } from './prefill';

const AT = new Date('2026-11-20T10:00:00Z');

describe('the Facts step', () => {
  it('takes up to three focus areas and keeps the per-focus diagnosis in step with them', async () => {
    const user = userEvent.setup();
    const db = freshDb();
    const snapshot = snapshotFromDiagnosis(await sampleRep('Farid Haddad'), 'month', AT);
    // Start from no focus area, so every tick below is the manager's.
    const prefilled = prefillFromSnapshot(snapshot, 'Sam Lee', AT);
    const content = { ...prefilled, focusAreas: [], diagnosis: { ...prefilled.diagnosis, perFocus: [] } };
    const plan = await createPlan(db, { repId: 'rep-1', snapshot, content });
    await saveProgress(db, plan.id, 'facts');
    render(
      <PlatformContext.Provider value={fakePlatform()}>
        <DbContext.Provider value={db}>
          <PlannerPage planId={plan.id} />
        </DbContext.Provider>
      </PlatformContext.Provider>,
    );
    const form = await screen.findByRole('form', { name: 'Facts' }, { timeout: 10_000 });
    const box = (label: string) => within(form).getByRole('checkbox', { name: `Focus on ${label}` });
    const labels = snapshot.metrics.map((m) => m.label);
    expect(labels).toEqual(expect.arrayContaining(['Meetings held', 'Win rate (won ÷ closed)']));
    const others = labels.filter((l) => l !== 'Meetings held' && l !== 'Win rate (won ÷ closed)');

    await user.click(box('Meetings held'));
    await user.click(box('Win rate (won ÷ closed)'));
    await user.click(box(others[0]!));
    // Three ticked: every other box waits.
    for (const l of others.slice(1)) expect(box(l)).toBeDisabled();
    await user.click(box(others[0]!));
    expect(box(others[1]!)).toBeEnabled();
    await user.tab();

    const keyOf = (label: string) => snapshot.metrics.find((m) => m.label === label)!.key;
    await waitFor(async () =>
      expect((await db.plans.get(plan.id))?.content.focusAreas).toEqual([keyOf('Meetings held'), keyOf('Win rate (won ÷ closed)')]),
    );
    expect((await db.plans.get(plan.id))?.content.diagnosis.perFocus.map((p) => [p.metricKey, p.gap])).toEqual([
      [keyOf('Meetings held'), 'effort'],
      [keyOf('Win rate (won ÷ closed)'), 'skill'],
    ]);
  }, 30_000);
});
