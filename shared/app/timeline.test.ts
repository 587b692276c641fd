// The rep timeline over a store: every kind of event of this rep, newest first, each pointing at
// what it refers to, and nothing of another rep (an import that wrote no figures for them is not theirs).
import { describe, expect, it } from 'vitest';
import { seedRows } from '@tests/helpers/seed';
import { planSchema } from '../schemas';
import { memoryStore } from './memory-store';
import { repTimeline } from './timeline';

const OPTS = { asOf: '2026-12-10', format: { locale: 'en-US', currency: 'USD' } };

function rows() {
  const t = seedRows();
  const plan = t.plans[0]!;
  t.plans = [
    {
      ...plan,
      history: [
        { at: '2026-11-21T09:00:00.000Z', revision: 1, event: 'created', detail: 'Prepared from the facts of Oct 2026' },
        { at: '2026-11-24T15:00:00.000Z', revision: 1, event: 'status', detail: 'Signed by both' },
        { at: '2026-11-24T15:05:00.000Z', revision: 1, event: 'export', detail: 'Exported as Word' },
      ],
    },
  ];
  t.imports.push({ ...t.imports[0]!, id: 'imp-ana', fileName: 'november.csv', importedAt: '2026-12-01T08:00:00.000Z' });
  t.metricPeriods.push(
    { ...t.metricPeriods[0]!, id: 'mp-a1', repId: 'rep-ana', period: '2026-10', importId: 'imp-ana' },
    { ...t.metricPeriods[0]!, id: 'mp-a2', repId: 'rep-ana', period: '2026-11', importId: 'imp-ana' },
  );
  return t;
}

describe('the rep timeline', () => {
  it('lists every event of the rep newest first, each with what it opens', async () => {
    const events = await repTimeline(memoryStore(rows()), 'rep-ana', OPTS);
    expect(events.map((e) => [e.date, e.title, e.detail])).toEqual([
      // The seeded check-in recorded at its moved date (ci-2), then the one still open (ci-1).
      ['2026-12-21', 'Check-in', 'Held on Dec 21, 2026'],
      ['2026-12-04', 'Check-in', 'Overdue since Dec 4, 2026'],
      ['2026-12-01', 'Imported november.csv', '2 periods of figures for this rep (Oct to Nov 2026)'],
      ['2026-11-30', 'Win: noted by the manager', 'Signed Harbor Freight for 18,000 in November 2026'],
      ['2026-11-24', 'Plan (revision 1)', 'Exported as Word'],
      ['2026-11-24', 'Plan (revision 1)', 'Signed by both'],
      ['2026-11-21', 'Plan started', 'Prepared from the facts of Oct 2026'],
      ['2026-11-20', 'Practice assigned: Closing: ask for the decision (our version)', 'Pass mark 3.5 of 5, due Dec 15, 2026'],
      ['2026-11-20', 'Role-play: Closing: ask for the decision (our version)', 'Average 3.5 of 5 against a pass mark of 3.5: passed'],
      [
        '2026-11-20',
        'Win: role-play passed',
        'Passed the “Closing: ask for the decision (our version)” role-play on Nov 20, 2026 with an average of 3.5 of 5 against a pass mark of 3.5',
      ],
      ['2026-11-19', 'Self-assessment', 'Ratings and comments, filled in on this computer'],
    ]);
    expect(events.map((e) => e.ref)).toContainEqual({ kind: 'roleplay-session', sessionId: 'rps-1' });
    expect(events.map((e) => e.ref)).toContainEqual({ kind: 'plan', planId: 'plan-1' });
  });

  it('points each check-in at its own screen, numbered by its place in the plan’s schedule', async () => {
    const t = rows();
    // The plan starts Nov 23, 2026 with a check-in every 14 days: Dec 7, Dec 21, Jan 4, ...
    expect(planSchema.parse(t.plans[0]).content.checkIns).toMatchObject({ startDate: '2026-11-23', everyDays: 14 });
    // ci-3 was stored without a slot on the third day the cadence gives.
    t.checkIns.push({ ...t.checkIns[0]!, id: 'ci-3', dueDate: '2027-01-04', itemStatuses: [] });
    // A check-in of a plan no longer stored has no screen to open: it points at the plan.
    t.checkIns.push({ ...t.checkIns[0]!, id: 'ci-gone', planId: 'plan-gone', dueDate: '2026-12-09', itemStatuses: [] });
    const events = await repTimeline(memoryStore(t), 'rep-ana', OPTS);
    const refs = Object.fromEntries(events.filter((e) => e.ref.kind === 'check-in').map((e) => [e.key, e.ref]));
    expect(refs).toEqual({
      // Stored with slot 1 (the second check-in), then moved to Dec 21.
      'check-in:ci-2': { kind: 'check-in', planId: 'plan-1', checkInId: 'ci-2', slot: 1 },
      'check-in:ci-3': { kind: 'check-in', planId: 'plan-1', checkInId: 'ci-3', slot: 2 },
      // Dec 4 is none of the cadence's six days: kept after them, as slot 6 + 6.
      'check-in:ci-1': { kind: 'check-in', planId: 'plan-1', checkInId: 'ci-1', slot: 12 },
      'check-in:ci-gone': { kind: 'check-in', planId: 'plan-gone', checkInId: 'ci-gone', slot: null },
    });
  });

  it('shows another rep only the import that wrote their figures', async () => {
    const events = await repTimeline(memoryStore(rows()), 'rep-moses', OPTS);
    expect(events.map((e) => [e.title, e.detail])).toEqual([['Imported sales_pipeline.csv', '1 period of figures for this rep (Jan 2026)']]);
  });
});
