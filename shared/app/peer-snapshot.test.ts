// Changing the peer group changes the medians the diagnosis compares with, but never a stored
// plan's snapshot: the plan keeps the facts it was prepared with.
import { describe, expect, it } from 'vitest';
import { diagnoseTeam } from '../domain/diagnosis/diagnose';
import { funnelMonth, managedRep, series } from '../domain/diagnosis/testing';
import { newDraftPlan, prefillContent, snapshotFromDiagnosis } from '../domain/plan';
import { sequentialIds } from '../lib/ids';
import type { Rep } from '../schemas';
import { planSchema } from '../schemas/plan';
import { loadDiagnosisData } from './diagnosis';
import { memoryStore } from './memory-store';
import { defaultSettings } from './settings';

const NOW = new Date('2017-11-20T09:00:00Z');
const at = NOW.toISOString();

/** Dustin's five reps hold 40 × 1.0 … 1.4 meetings a month; Melvin's five 40 × 0.5 … 0.9. */
const FLOOR: Array<[string, string, number]> = [
  ...[1, 1.1, 1.2, 1.3, 1.4].map((a, i): [string, string, number] => [`d${i}`, 'Dustin Brinkmann', a]),
  ...[0.5, 0.6, 0.7, 0.8, 0.9].map((a, i): [string, string, number] => [`m${i}`, 'Melvin Marxen', a]),
];

function store() {
  const reps: Rep[] = FLOOR.map(([id, manager]) => managedRep(id, `Rep ${id}`, manager, at));
  const metricPeriods = FLOOR.flatMap(([id, , a]) =>
    series(id, '2017-10', 3, () => funnelMonth(a)).map((r, k) => ({ ...r, id: `${id}-${k}`, importId: null, createdAt: at })),
  );
  return memoryStore({ reps, metricPeriods, settings: [defaultSettings(NOW)] });
}

const heldMedian = (metrics: ReadonlyArray<{ key: string; teamMedian: number | null }>) => metrics.find((m) => m.key === 'meetingsHeld')?.teamMedian;

describe('peer group and stored plans', () => {
  it('a plan keeps the median it was prepared with after the peer group changes', async () => {
    const s = store();
    const before = diagnoseTeam({ ...(await loadDiagnosisData(s)).input, period: '2017-10', window: 1 });
    const d0 = before.reps.find((r) => r.repId === 'd0');
    if (!d0) throw new Error('no d0');
    // By role: all ten reps, 0.5 … 1.4 → (0.9 + 1.0) / 2 × 40 meetings.
    expect(heldMedian(d0.window.metrics)).toBeCloseTo(38);
    const snapshot = snapshotFromDiagnosis(d0, 'month', NOW);
    const content = prefillContent({ snapshot, managerName: 'Dustin Brinkmann', start: '2017-11-20', ids: sequentialIds('c'), conversation: null });
    const plan = planSchema.parse({ ...newDraftPlan({ id: 'p1', repId: 'd0', snapshot, content, now: NOW }), history: [] });
    await s.table('plans').add([plan]);
    const stored = structuredClone(await s.table('plans').get('p1'));

    const settings = defaultSettings(NOW);
    await s.table('settings').put([{ ...settings, diagnosis: { ...settings.diagnosis, peerGroup: 'team' } }]);
    const after = diagnoseTeam({ ...(await loadDiagnosisData(s)).input, period: '2017-10', window: 1 });
    // By team: Dustin's five, 1.0 … 1.4 → 1.2 × 40. The diagnosis moved…
    expect(heldMedian(after.reps.find((r) => r.repId === 'd0')?.window.metrics ?? [])).toBeCloseTo(48);
    // …the plan did not.
    expect(await s.table('plans').get('p1')).toEqual(stored);
    expect(heldMedian((await s.table('plans').get('p1'))?.snapshot.metrics ?? [])).toBeCloseTo(38);
  });
});
