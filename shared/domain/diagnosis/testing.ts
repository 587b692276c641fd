// Fixture builders for tests (here and in the UI): a standard AE month at the default
// expectations, and a team of such reps. Pure and deterministic.
import type { Rep } from '@shared/schemas/rep';
import type { PeriodKey } from '@shared/schemas/common';
import type { MetricValues } from '@shared/schemas/metrics';
import { emptyMetricValues } from '@shared/schemas/metrics';
import type { DiagnosisPeriodRow, DiagnosisRep } from './types';
import { trailingPeriods } from './periods';

/** An AE month exactly at the default expectations (40 meetings, 20 opps, 5 wins × 10,000 = quota 50,000). */
export function aeMonth(over: Partial<MetricValues> = {}): MetricValues {
  return {
    ...emptyMetricValues(),
    quota: 50_000,
    revenueWon: 50_000,
    calls: 400,
    emails: 600,
    meetingsBooked: 45,
    meetingsHeld: 40,
    opportunitiesCreated: 20,
    dealsWon: 5,
    dealsLost: 15,
    avgDealSize: 10_000,
    cycleDaysMedian: 40,
    pipeline: 220_000,
    complaints: 0,
    csat: 4.5,
    ...over,
  };
}

/** Scales a month's funnel: activity × a, meeting→opp × c, opp→win × w, deal size × d (counts unrounded). */
export function funnelMonth(a = 1, c = 1, w = 1, d = 1, over: Partial<MetricValues> = {}): MetricValues {
  const held = 40 * a;
  const opps = held * 0.5 * c;
  const wins = opps * 0.25 * w;
  const deal = 10_000 * d;
  return aeMonth({
    calls: 400 * a,
    emails: 600 * a,
    meetingsBooked: 45 * a,
    meetingsHeld: held,
    opportunitiesCreated: opps,
    dealsWon: wins,
    dealsLost: Math.max(0, opps - wins),
    revenueWon: wins * deal,
    avgDealSize: deal,
    ...over,
  });
}

export function rep(id: string, over: Partial<DiagnosisRep> = {}): DiagnosisRep {
  return { id, name: over.name ?? `Rep ${id}`, role: 'AE', startDate: '2020-01-06', targetOverrides: null, ...over };
}

/** Rows for one rep over `count` months ending at `end`, from a function of the month index (0 = oldest). */
export function series(repId: string, end: PeriodKey, count: number, month: (i: number, period: PeriodKey) => MetricValues): DiagnosisPeriodRow[] {
  return trailingPeriods(end, count).map((period, i) => ({ repId, period, periodKind: 'month', values: month(i, period) }));
}

/** A stored AE rep under a manager in the Central office since 2016 (tests of peer groups over the store). */
export function managedRep(id: string, name: string, manager: string, at: string): Rep {
  return {
    id,
    name,
    nameKey: name.toLowerCase(),
    role: 'AE',
    startDate: '2015-01-05',
    email: null,
    targetOverrides: null,
    createdByImportId: null,
    createdAt: at,
    updatedAt: at,
    placements: [{ from: '2016-01-01', team: null, manager, office: 'Central' }],
    leftDate: null,
  };
}
