// The diagnosis hooks as the pages use them, on a real (fake-indexeddb) database: what the data
// holds, which period the Team page shows when a deals export ends in an incomplete tail, monthly
// data read by quarter, the peer group chosen in Settings, empty data, and a period the data
// cannot give. Every expected figure is worked out from the rows seeded here.
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { emptyMetricValues, type MetricPeriod, type MetricValues } from '@shared/schemas';
import { freshDb, importedRep } from '@tests/helpers/db';
import { getSettings, saveSettings } from '@renderer/db/repositories/settings';
import type { CandorDB } from '@renderer/db/db';
import { DbContext } from '@renderer/state/db';
import {
  DiagnosisDataProvider,
  periodChoices,
  useDiagnosisData,
  useDiagnosisFor,
  useIdleTeamDiagnoses,
  usePlans,
  useRepHistory,
  useTeamDiagnosis,
} from './useDiagnosis';

const AT = '2026-07-02T09:00:00.000Z';
const MONTHS = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'];

function wrapper(db: CandorDB, shared = false) {
  return ({ children }: { children: ReactNode }) => (
    <DbContext.Provider value={db}>{shared ? <DiagnosisDataProvider>{children}</DiagnosisDataProvider> : children}</DbContext.Provider>
  );
}

const row = (repIndex: number, period: string, values: Partial<MetricValues>): MetricPeriod => ({
  id: `m-${period}-${repIndex}`,
  repId: `r${repIndex}`,
  period,
  periodKind: 'month',
  importId: null,
  values: { ...emptyMetricValues(), ...values },
  createdAt: AT,
});

/** Reps r0…r(n-1), each with the rows `values(rep, monthIndex)` gives for every month of MONTHS. */
async function seed(n: number, values: (rep: number, month: number) => Partial<MetricValues>, months = MONTHS): Promise<CandorDB> {
  const db = freshDb();
  await db.reps.bulkAdd(Array.from({ length: n }, (_, i) => importedRep(i, `Rep ${String.fromCharCode(65 + i)}`, AT)));
  await db.metricPeriods.bulkAdd(months.flatMap((p, k) => Array.from({ length: n }, (_, i) => row(i, p, values(i, k)))));
  return db;
}

describe('useDiagnosisData and useTeamDiagnosis', () => {
  it('reads the stored months, oldest first, and diagnoses the latest one when it is complete', async () => {
    const db = await seed(3, (i) => ({ calls: 50 + i * 10, meetingsHeld: 8, opportunitiesCreated: 6, dealsWon: 2, dealsLost: 3, revenueWon: 10000 }));
    const { result } = renderHook(
      () => {
        const data = useDiagnosisData();
        return { data, team: useTeamDiagnosis(data, null) };
      },
      { wrapper: wrapper(db) },
    );
    await waitFor(() => expect(result.current.team).not.toBeNull());
    expect(result.current.data?.periods).toEqual(MONTHS);
    expect(result.current.data?.periodKind).toBe('month');
    expect(result.current.data?.reps.map((r) => r.name)).toEqual(['Rep A', 'Rep B', 'Rep C']);
    expect(result.current.team?.period).toBe('2026-06');
    expect(result.current.team?.incompletePeriods).toEqual([]);
  });

  it('skips an incomplete tail: deals only, the last month with under half the usual opportunities created', async () => {
    // Team totals of opportunities created: 3 × 10 = 30 in Jan–May, 3 × 4 = 12 in June (under 15, half of 30).
    const db = await seed(3, (i, k) => ({ opportunitiesCreated: k === 5 ? 4 : 10, dealsWon: 2 + i, dealsLost: 4, revenueWon: 9000 }));
    const { result } = renderHook(
      () => {
        const data = useDiagnosisData();
        return useTeamDiagnosis(data, null);
      },
      { wrapper: wrapper(db) },
    );
    await waitFor(() => expect(result.current).not.toBeNull());
    expect(result.current?.incompletePeriods).toEqual(['2026-06']);
    expect(result.current?.period).toBe('2026-05');
    expect(result.current?.notes.join(' ')).toContain('Showing May 2026, the last month before the incomplete ones');
  });

  it('keeps the latest month when June is only a little lower (not under half)', async () => {
    // June: 3 × 6 = 18, above half of 30: nothing is skipped.
    const db = await seed(3, (i, k) => ({ opportunitiesCreated: k === 5 ? 6 : 10, dealsWon: 2 + i, dealsLost: 4, revenueWon: 9000 }));
    const { result } = renderHook(() => useTeamDiagnosis(useDiagnosisData(), null), { wrapper: wrapper(db) });
    await waitFor(() => expect(result.current).not.toBeNull());
    expect(result.current?.period).toBe('2026-06');
    expect(result.current?.incompletePeriods).toEqual([]);
  });

  it('diagnoses the period asked for, and ignores one the data does not hold', async () => {
    const db = await seed(3, (i) => ({ calls: 40 + i, opportunitiesCreated: 5, dealsWon: 1, dealsLost: 2, revenueWon: 5000 }));
    const { result, rerender } = renderHook(({ period }) => useTeamDiagnosis(useDiagnosisData(), period), {
      wrapper: wrapper(db),
      initialProps: { period: '2026-03' as string | null },
    });
    await waitFor(() => expect(result.current).not.toBeNull());
    expect(result.current?.period).toBe('2026-03');
    expect(result.current?.windowPeriods).toEqual(['2026-01', '2026-02', '2026-03']);
    rerender({ period: '2025-11' });
    expect(result.current?.period).toBe('2026-06');
  });

  it('gives no diagnosis and no periods when nothing is stored, and reads the first import live', async () => {
    const db = freshDb();
    const { result } = renderHook(
      () => {
        const data = useDiagnosisData();
        return { data, team: useTeamDiagnosis(data, null), history: useRepHistory(data, 'r0') };
      },
      { wrapper: wrapper(db) },
    );
    await waitFor(() => expect(result.current.data).toBeDefined());
    expect(result.current.data?.periods).toEqual([]);
    expect(result.current.data?.periodKind).toBeNull();
    expect(result.current.team).toBeNull();
    expect(result.current.history).toBeNull();

    await act(async () => {
      await db.reps.add(importedRep(0, 'Rep A', AT));
      await db.metricPeriods.add(row(0, '2026-02', { calls: 12, dealsWon: 1, dealsLost: 1, revenueWon: 3000 }));
    });
    await waitFor(() => expect(result.current.team).not.toBeNull());
    expect(result.current.data?.periods).toEqual(['2026-02']);
    expect(result.current.team?.reps.map((r) => r.repId)).toEqual(['r0']);
    expect(result.current.history?.repId).toBe('r0');
  });
});

describe('useDiagnosisFor and periodChoices: monthly data read by quarter', () => {
  it('rolls whole quarters up from the months, summing counts, and offers them beside the months', async () => {
    // Rep i makes 10 × (month + 1) + i calls: Q2 (Apr, May, Jun = months 4, 5, 6) sums 40 + 50 + 60 + 3i.
    const db = await seed(2, (i, k) => ({ calls: 10 * (k + 1) + i, dealsWon: 1, dealsLost: 1, revenueWon: 1000 * (k + 1) }));
    const { result } = renderHook(
      ({ period }) => {
        const data = useDiagnosisData();
        return { data, read: useDiagnosisFor(data, period) };
      },
      { wrapper: wrapper(db), initialProps: { period: '2026-Q2' as string | null } },
    );
    await waitFor(() => expect(result.current.read?.periodKind).toBe('quarter'));
    const read = result.current.read!;
    expect(read.periods).toEqual(['2026-Q1', '2026-Q2']);
    const q2 = read.input.periods.filter((p) => p.period === '2026-Q2');
    expect(q2.map((p) => [p.repId, p.values.calls, p.values.revenueWon])).toEqual([
      ['r0', 150, 15000],
      ['r1', 153, 15000],
    ]);
    expect(periodChoices(result.current.data!)).toEqual({ label: 'Months', groups: [{ label: 'Quarters', periods: ['2026-Q1', '2026-Q2'] }] });
  });

  it('leaves out a quarter the data holds only part of', async () => {
    // Feb to Jun: Q1 lacks January, so only Q2 is whole.
    const db = await seed(1, () => ({ calls: 30, dealsWon: 1, dealsLost: 1 }), MONTHS.slice(1));
    const { result } = renderHook(() => useDiagnosisData(), { wrapper: wrapper(db) });
    await waitFor(() => expect(result.current).toBeDefined());
    expect(periodChoices(result.current!).groups).toEqual([{ label: 'Quarters', periods: ['2026-Q2'] }]);
  });

  it('leaves the data as loaded for a week, a garbled period or none', async () => {
    const db = await seed(1, () => ({ calls: 30, dealsWon: 1, dealsLost: 1 }));
    const { result, rerender } = renderHook(
      ({ period }) => {
        const data = useDiagnosisData();
        return { data, read: useDiagnosisFor(data, period) };
      },
      { wrapper: wrapper(db), initialProps: { period: '2026-W10' as string | null } },
    );
    await waitFor(() => expect(result.current.data).toBeDefined());
    expect(result.current.read).toBe(result.current.data);
    rerender({ period: 'not a period' });
    expect(result.current.read).toBe(result.current.data);
    rerender({ period: null });
    expect(result.current.read?.periodKind).toBe('month');
  });
});

describe('the peer group chosen in Settings', () => {
  it('compares a rep with their own team once Settings say so, live', async () => {
    // Ten reps: r0–r4 in team North, r5–r9 in team South, five each (the minimum group size).
    const db = await seed(10, (i) => ({ calls: i < 5 ? 100 : 20, opportunitiesCreated: 5, dealsWon: 2, dealsLost: 2, revenueWon: 8000 }));
    await db.reps.toCollection().modify((r) => {
      r.placements = [{ from: '2025-01-01', team: Number(r.id.slice(1)) < 5 ? 'North' : 'South', manager: null, office: null }];
    });
    const { result } = renderHook(() => useTeamDiagnosis(useDiagnosisData(), null), { wrapper: wrapper(db, true) });
    await waitFor(() => expect(result.current).not.toBeNull());
    const peersOf = (id: string) => result.current?.reps.find((r) => r.repId === id)?.window.peers.used;
    expect(peersOf('r0')).toMatchObject({ scope: 'role', size: 10 });

    await act(async () => {
      await saveSettings(db, { diagnosis: { ...(await getSettings(db)).diagnosis, peerGroup: 'team' } });
    });
    await waitFor(() => expect(peersOf('r0')?.scope).toBe('team'));
    expect(peersOf('r0')).toMatchObject({ label: 'team North', size: 5 });
    expect(peersOf('r7')).toMatchObject({ label: 'team South', size: 5 });
  });
});

describe('plans and the idle trend', () => {
  it('reads plans on their own, and diagnoses each month asked for once the page has settled', async () => {
    const db = await seed(2, (i) => ({ calls: 30 + i, dealsWon: 1, dealsLost: 1, revenueWon: 2000 }));
    const { result } = renderHook(
      () => {
        const data = useDiagnosisData();
        return { plans: usePlans(), trend: useIdleTeamDiagnoses(data, ['2026-04', '2026-05', '2026-09']) };
      },
      { wrapper: wrapper(db) },
    );
    await waitFor(() => expect(result.current.plans).toEqual([]));
    expect(result.current.trend).toBeNull();
    // September is not in the data: two diagnoses, in the order asked.
    await waitFor(() => expect(result.current.trend?.map((t) => t.period)).toEqual(['2026-04', '2026-05']), { timeout: 5000 });
  });
});
