// The wins log, the rep's timeline and the Team page's live status read one measurement of the
// plans per version of the data: rendered together they measure once, and again only after a
// write that changes what is measured (new metrics or a plan), not after one that does not (a win noted).
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import SAMPLE from '@resources/sample/team-metrics.csv?raw';
import * as followup from '@shared/app/followup';
import { diagnoseTeam } from '@shared/domain/diagnosis';
import { freshDb } from '@tests/helpers/db';
import { importLikeTheApp } from '@tests/helpers/import';
import { dexieStore } from '@renderer/db/store';
import { createPlan } from '@renderer/db/repositories/plans';
import { PlatformContext } from '@renderer/platform';
import { fakePlatform } from '@renderer/platform/fake';
import { DbContext } from '@renderer/state/db';
import { DiagnosisDataProvider, loadDiagnosisData } from '../diagnosis';
import { startPlanFor } from '../planner/prefill';
import { RepTimeline } from '../rep/Timeline';
import { WinsLog } from '../rep/WinsLog';
import { TeamPage } from '../team';
import { planMeasuresOn } from './measures';

// Every call into the measuring use case is counted; each still measures as it would.
vi.mock('@shared/app/followup', async (original) => {
  const real = await original<typeof followup>();
  return { ...real, measurePlansOn: vi.fn(real.measurePlansOn), measurePlanOn: vi.fn(real.measurePlanOn) };
});
const plansMeasured = vi.mocked(followup.measurePlansOn);
const planMeasured = vi.mocked(followup.measurePlanOn);

beforeEach(() => {
  plansMeasured.mockClear();
  planMeasured.mockClear();
  window.location.hash = '#/team';
});

async function teamWithSignedPlan() {
  const db = freshDb();
  await importLikeTheApp(db, 'team-metrics.csv', SAMPLE);
  const data = await loadDiagnosisData(dexieStore(db));
  const farid = diagnoseTeam(data.input).reps.find((r) => r.name === 'Farid Haddad')!;
  const started = startPlanFor(farid, data.periodKind, 'Sam Lee', data.settings.diagnosis.gapThreshold);
  if (!started.ok) throw new Error(started.message);
  const plan = await createPlan(db, { repId: farid.repId, snapshot: started.snapshot, content: started.content });
  await db.plans.update(plan.id, { status: 'signed' });
  return { db, farid, planId: plan.id };
}

describe('one measurement of the plans for the whole app', { timeout: 60_000 }, () => {
  it('measures once for the wins log, the timeline and the Team page, again after new metrics, not after a win noted', async () => {
    const { db, farid } = await teamWithSignedPlan();
    render(
      <PlatformContext.Provider value={fakePlatform()}>
        <DbContext.Provider value={db}>
          <DiagnosisDataProvider>
            <TeamPage />
            <WinsLog repId={farid.repId} repName="Farid Haddad" />
            <RepTimeline repId={farid.repId} repName="Farid Haddad" />
          </DiagnosisDataProvider>
        </DbContext.Provider>
      </PlatformContext.Provider>,
    );
    await screen.findByRole('table', { name: 'Team' }, { timeout: 20_000 });
    const timeline = await screen.findByRole('list', { name: 'Timeline of Farid Haddad' }, { timeout: 20_000 });
    expect(within(timeline).getAllByText(/Plan/).length).toBeGreaterThan(0);
    await waitFor(() => expect(screen.queryByText('Looking for wins…')).toBeNull());
    // Three readers, one plan signed: one measurement of the plans, none of a plan on its own.
    expect(plansMeasured).toHaveBeenCalledTimes(1);
    expect(plansMeasured.mock.calls[0]![0].map((p) => p.repId)).toEqual([farid.repId]);
    expect(planMeasured).not.toHaveBeenCalled();

    // A win noted: the data and the plans are as they were, so nothing is measured again.
    await act(async () => {
      await db.wins.add({
        id: 'w-1',
        repId: farid.repId,
        date: '2026-11-30',
        source: 'noted',
        result: 'Closed two renewals in November',
        behaviour: '',
        metric: null,
        period: null,
        foundKey: null,
        refId: null,
        createdAt: '2026-11-30T10:00:00.000Z',
      });
    });
    const wins = await screen.findByRole('list', { name: 'Wins of Farid Haddad' });
    expect(await within(wins).findByText('Closed two renewals in November')).toBeInTheDocument();
    expect(plansMeasured).toHaveBeenCalledTimes(1);

    // New metrics: the data reloads, and the three read one new measurement.
    const row = (await db.metricPeriods.toArray()).find((m) => m.repId === farid.repId)!;
    await act(async () => {
      await db.metricPeriods.put({ ...row, values: { ...row.values, calls: (row.values.calls ?? 0) + 1 } });
    });
    await waitFor(() => expect(plansMeasured).toHaveBeenCalledTimes(2));
    await new Promise((r) => setTimeout(r, 300));
    expect(plansMeasured).toHaveBeenCalledTimes(2);
    expect(planMeasured).not.toHaveBeenCalled();
  });

  it('measures the held, signed and closed plans, not drafts, and again only when a plan changes', async () => {
    const { db, planId } = await teamWithSignedPlan();
    const data = await loadDiagnosisData(dexieStore(db));
    const signed = (await db.plans.get(planId))!;
    const draft = { ...signed, id: 'p-draft', status: 'draft' as const };
    const closed = { ...signed, id: 'p-closed', status: 'closed' as const, outcome: 'met' as const };
    const format = { locale: 'en-US', currency: 'USD' };
    const first = planMeasuresOn(data, [signed, draft, closed], '2027-01-08', format);
    expect([...first.keys()].sort()).toEqual(['p-closed', planId].sort());
    expect(plansMeasured).toHaveBeenCalledTimes(1);
    // The same plans again (other objects, as another live query reads them): the same result.
    expect(planMeasuresOn(data, [{ ...signed }, { ...draft }, { ...closed }], '2027-01-08', format)).toBe(first);
    // A draft edited changes nothing measured; the signed plan edited is measured again.
    planMeasuresOn(data, [signed, { ...draft, updatedAt: '2027-01-01T00:00:00.000Z' }, closed], '2027-01-08', format);
    expect(plansMeasured).toHaveBeenCalledTimes(1);
    const again = planMeasuresOn(data, [{ ...signed, updatedAt: '2027-01-02T00:00:00.000Z' }, draft, closed], '2027-01-08', format);
    expect(again).not.toBe(first);
    expect(plansMeasured).toHaveBeenCalledTimes(2);
  });
});
