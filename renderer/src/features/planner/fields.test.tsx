import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { snapshotFromDiagnosis } from '@shared/domain/plan';
import { sampleRep } from '@shared/domain/plan/testing';
import type { PlanContent } from '@shared/schemas';
import { freshDb } from '@tests/helpers/db';
import { createPlan, saveProgress } from '@renderer/db/repositories/plans';
import { PlatformContext } from '@renderer/platform';
import { fakePlatform } from '@renderer/platform/fake';
import { DbContext } from '@renderer/state/db';
import { PlannerPage } from './PlannerPage';
import { prefillFromSnapshot } from './prefill';

const AT = new Date('2026-11-20T10:00:00Z');

/** Farid Haddad's plan (AE targets applied), with the content changed as the test needs, opened on one step. */
async function openOn(step: Parameters<typeof saveProgress>[2], edit: (c: PlanContent) => PlanContent = (c) => c) {
  const db = freshDb();
  await db.open();
  const snapshot = snapshotFromDiagnosis(await sampleRep('Farid Haddad'), 'month', AT);
  const plan = await createPlan(db, { repId: 'rep-1', snapshot, content: edit(prefillFromSnapshot(snapshot, 'Sam Lee', AT)) });
  await saveProgress(db, plan.id, step);
  const view = render(
    <PlatformContext.Provider value={fakePlatform()}>
      <DbContext.Provider value={db}>
        <PlannerPage planId={plan.id} />
      </DbContext.Provider>
    </PlatformContext.Provider>,
  );
  return { db, plan, view };
}

describe('planner figures as people write them', () => {
  it('the Facts step says what each gap is measured against: the AE target or the median of the peer group (the role AE) over the window', async () => {
    await openOn('facts');
    const row = (label: string) => screen.getByRole('checkbox', { name: `Focus on ${label}` }).closest('tr') as HTMLElement;
    // Farid: win rate against the AE target; deals lost have no target (the median of the ten AEs); won revenue the quota in the data.
    expect(await screen.findByRole('columnheader', { name: 'Median of the role AE over Aug to Oct 2026' })).toBeInTheDocument();
    expect(within(row('Win rate (won ÷ closed)')).getByText('against the AE target')).toBeInTheDocument();
    expect(within(row('Deals lost')).getByText('against the median of the role AE')).toBeInTheDocument();
    expect(within(row('Won revenue')).getByText("against the rep's quota in the imported data")).toBeInTheDocument();
    expect(screen.queryByText(/vs median/)).not.toBeInTheDocument();
  });

  it('shows targets and baselines rounded, keeps an untouched exact figure, and reads "60%" as typed', async () => {
    const user = userEvent.setup();
    const exact = (c: PlanContent): PlanContent => ({
      ...c,
      expectations: c.expectations.map((e, i) => (i === 0 ? { ...e, label: 'Average deal size', unit: 'money', target: 2535.547 } : e)),
      actionItems: c.actionItems.map((a, i) => (i === 0 ? { ...a, metricKey: 'closedWinRate', baseline: 0.0567, target: 0.25 } : a)),
    });
    const first = await openOn('expectations', exact);
    const target = (await screen.findAllByRole('textbox', { name: /^Target/ }))[0]!;
    expect(target).toHaveValue('2536');
    const note = screen.getAllByRole('textbox', { name: /^Note/ })[0]!;
    await user.clear(note);
    await user.type(note, 'Agreed in the team meeting');
    await user.tab();
    await waitFor(async () => expect((await first.db.plans.get(first.plan.id))?.content.expectations[0]?.note).toBe('Agreed in the team meeting'));
    expect((await first.db.plans.get(first.plan.id))?.content.expectations[0]?.target).toBe(2535.547);
    first.view.unmount();

    const second = await openOn('action-plan', exact);
    const item = await screen.findByRole('listitem', { name: 'Action item 1' });
    expect(within(item).getByRole('textbox', { name: 'Baseline (%)' })).toHaveValue('5.7');
    const goal = within(item).getByRole('textbox', { name: 'Target (%)' });
    expect(goal).toHaveValue('25');
    await user.clear(goal);
    await user.type(goal, '60%');
    await user.tab();
    await waitFor(async () => expect((await second.db.plans.get(second.plan.id))?.content.actionItems[0]?.target).toBe(0.6));
    expect((await second.db.plans.get(second.plan.id))?.content.actionItems[0]?.baseline).toBe(0.0567);
  }, 30_000);
});

describe('the Pushback step', () => {
  it('shows the prepared objections in full and folds the rest to one line, one click away; ticking one keeps it where it is', async () => {
    const user = userEvent.setup();
    const { db, plan } = await openOn('pushback');
    const prepared = plan.content.pushback.filter((p) => p.included);
    const rest = plan.content.pushback.filter((p) => !p.included);
    expect(prepared.length).toBe(6);
    expect(rest.length).toBeGreaterThan(0);
    const items = (await screen.findAllByRole('checkbox', { name: 'Prepare for this' })).map((c) => c.closest('li') as HTMLElement);
    expect(items).toHaveLength(prepared.length + rest.length);
    const folded = items.filter((li) => li.querySelector('details') !== null);
    expect(folded.map((li) => li.querySelector('summary strong')?.textContent)).toEqual(rest.map((p) => p.objection));
    expect(folded.every((li) => !(li.querySelector('details') as HTMLDetailsElement).open)).toBe(true);
    const first = folded[0]!;
    await user.click(within(first).getByRole('checkbox', { name: 'Prepare for this' }));
    await user.tab();
    await waitFor(async () => expect((await db.plans.get(plan.id))?.content.pushback.find((p) => p.id === rest[0]!.id)?.included).toBe(true));
    expect(first.querySelector('details')).not.toBeNull();
  }, 30_000);
});
