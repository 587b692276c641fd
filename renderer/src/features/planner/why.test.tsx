import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { snapshotFromDiagnosis } from '@shared/domain/plan';
import { sampleRep } from '@shared/domain/plan/testing';
import { createPlan, saveProgress } from '@renderer/db/repositories/plans';
import { prefillFromSnapshot } from './prefill';
import { renderApp } from '@renderer/app/testing';

beforeEach(() => {
  window.location.hash = '#/team';
  localStorage.clear();
});

describe('why each suggestion was made', () => {
  it('shows the one-line reason under each drafted talking point, and keeps it when the manager edits the text', async () => {
    const user = userEvent.setup();
    const db = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Try with sample data' }));
    await screen.findByRole('table', { name: 'Team' }, { timeout: 8000 });
    const rep = (await db.reps.toArray()).find((r) => r.name === 'Farid Haddad')!;
    const snapshot = snapshotFromDiagnosis(await sampleRep('Farid Haddad', { roleDefaults: false }), 'month', new Date('2026-11-20T10:00:00Z'));
    const plan = await createPlan(db, {
      repId: rep.id,
      snapshot,
      content: prefillFromSnapshot(snapshot, 'Sam Lee', new Date('2026-11-20T10:00:00Z')),
    });
    const whys = plan.content.talkingPoints.map((t) => t.why);
    expect(whys.length).toBeGreaterThan(1);
    expect(whys.every((w) => typeof w === 'string' && w.length > 0)).toBe(true);
    await saveProgress(db, plan.id, 'talking-points');
    act(() => {
      window.location.hash = `#/plans/${plan.id}`;
    });

    const point = await screen.findByRole('textbox', { name: 'Point 1' }, { timeout: 5000 });
    const item = point.closest('li') as HTMLElement;
    expect(within(item).getByText(`Why suggested: ${whys[0]!}`)).toBeInTheDocument();
    expect(screen.getAllByText(/^Why suggested: /)).toHaveLength(whys.length);

    await user.type(point, ' Said plainly.');
    await user.tab();
    await waitFor(async () => expect((await db.plans.get(plan.id))?.content.talkingPoints[0]?.text).toMatch(/Said plainly\.$/), { timeout: 5000 });
    const stored = await db.plans.get(plan.id);
    expect(stored?.content.talkingPoints.map((t) => t.why)).toEqual(whys);
  }, 30_000);

  it('names where each action item’s benchmark comes from (the role’s target), as the documents do', async () => {
    const user = userEvent.setup();
    const db = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Try with sample data' }));
    await screen.findByRole('table', { name: 'Team' }, { timeout: 8000 });
    const rep = (await db.reps.toArray()).find((r) => r.name === 'Farid Haddad')!;
    const snapshot = snapshotFromDiagnosis(await sampleRep('Farid Haddad'), 'month', new Date('2026-11-20T10:00:00Z'));
    const withTarget = snapshot.metrics.filter((m) => m.benchmarkOrigin === 'role').map((m) => m.key);
    const content = prefillFromSnapshot(snapshot, 'Sam Lee', new Date('2026-11-20T10:00:00Z'));
    const item = content.actionItems.find((a) => a.metricKey !== null && withTarget.includes(a.metricKey));
    if (!item) throw new Error('the sample plan has an action item against a role target');
    const plan = await createPlan(db, { repId: rep.id, snapshot, content });
    await saveProgress(db, plan.id, 'action-plan');
    act(() => {
      window.location.hash = `#/plans/${plan.id}`;
    });
    const list = (await screen.findByRole('textbox', { name: 'Action' }, { timeout: 5000 })).closest('li') as HTMLElement;
    expect(within(list).getByText(/\(AE target\)$/)).toBeInTheDocument();
  }, 30_000);
});
