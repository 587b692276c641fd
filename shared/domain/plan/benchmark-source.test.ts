import { describe, expect, it } from 'vitest';
import { DEFAULT_ROLE_EXPECTATIONS, diagnoseTeam } from '../diagnosis';
import { funnelMonth, rep, series } from '../diagnosis/testing';
import { DEFAULT_DIAGNOSIS_SETTINGS } from '@shared/schemas/settings';
import { planSchema, type FactsSnapshot } from '@shared/schemas/plan';
import { sequentialIds } from '@shared/lib/ids';
import { prefillActionItems, prefillContent, prefillExpectations } from './prefill';
import { snapshotFromDiagnosis } from './snapshot';
import { factRows } from './document';
import { describeChanges } from './refresh';
import { planShell } from './testing';

const NOW = new Date('2026-11-20T10:00:00Z');
const END = '2026-10';

// Seven AEs held to the AE defaults (one with its own meetings target, one hired in August and
// still in ramp) and two partners whose role has no targets: judged against the median of everyone (two are
// fewer than the minimum peer group).
function team() {
  const reps = [
    rep('role', { name: 'Rita Role' }),
    rep('own', { name: 'Owen Own', targetOverrides: { meetingsHeld: 30 } }),
    rep('ramp', { name: 'Rae Ramp', startDate: '2026-08-03' }),
    rep('ae4', { name: 'Ada Four' }),
    rep('ae5', { name: 'Abe Five' }),
    rep('ae6', { name: 'Al Six' }),
    rep('ae7', { name: 'Amy Seven' }),
    rep('none', { name: 'Nia None', role: 'Partner' }),
    rep('p2', { name: 'Pat Two', role: 'Partner' }),
  ];
  const low = new Set(['role', 'own', 'ramp', 'none']);
  const periods = reps.flatMap((r) => series(r.id, END, 3, () => funnelMonth(low.has(r.id) ? 0.4 : 1.2, 1, 1, 1, { quota: null })));
  const d = diagnoseTeam({ reps, periods, expectations: [...DEFAULT_ROLE_EXPECTATIONS], settings: DEFAULT_DIAGNOSIS_SETTINGS, overrides: [] });
  const snap = (id: string): FactsSnapshot => {
    const r = d.reps.find((x) => x.repId === id);
    if (!r) throw new Error(`no rep ${id}`);
    return snapshotFromDiagnosis(r, 'month', NOW);
  };
  return { snap };
}

const held = (s: FactsSnapshot) => s.metrics.find((m) => m.key === 'meetingsHeld');

describe('the source of each benchmark', () => {
  const { snap } = team();

  it('names the role target, the rep’s own target and the team median in the snapshot', () => {
    // 3 months of the AE default of 40 meetings; Owen's own 30 a month; partners have no target.
    expect(held(snap('role'))).toMatchObject({ benchmark: 120, benchmarkSource: 'expectation', benchmarkOrigin: 'role', rampAdjusted: false });
    expect(held(snap('own'))).toMatchObject({ benchmark: 90, benchmarkSource: 'expectation', benchmarkOrigin: 'rep', rampAdjusted: false });
    expect(held(snap('none'))).toMatchObject({ benchmarkSource: 'team-median', benchmarkOrigin: 'team-median' });
    // Rae's months 1 to 3 of tenure: 25%, 50% and 75% of 40 meetings.
    expect(held(snap('ramp'))).toMatchObject({ benchmark: 60, benchmarkOrigin: 'role', rampAdjusted: true });
    // A win-rate target is never scaled by a ramp.
    expect(snap('ramp').metrics.find((m) => m.key === 'closedWinRate')).toMatchObject({ benchmarkOrigin: 'role', rampAdjusted: false });
  });

  it('says whose target it is in the action item, the expectation note and the facts table', () => {
    const action = (id: string) => prefillActionItems(snap(id), ['meetingsHeld'], '2026-11-23', sequentialIds('a'))[0]?.action ?? '';
    expect(action('role')).toMatch(/, the AE target$/);
    expect(action('own')).toMatch(/, your own target$/);
    // The two partners are fewer than five: their median is everyone's.
    expect(action('none')).toMatch(/, the median of everyone with data$/);
    expect(action('ramp')).toMatch(/, the AE target \(ramp-adjusted\)$/);

    const note = (id: string) =>
      prefillExpectations(snap(id), sequentialIds('e'), ['meetingsHeld']).find((e) => e.metricKey === 'meetingsHeld')?.note;
    expect(note('role')).toBe('AE target over Aug to Oct 2026, in total for the 3 months');
    expect(note('own')).toBe("Rep's own target over Aug to Oct 2026, in total for the 3 months");
    expect(note('none')).toBe('Median of everyone with data over Aug to Oct 2026, in total for the 3 months: no target set yet');

    const facts = (id: string) => {
      const s = snap(id);
      const content = prefillContent({ snapshot: s, managerName: 'Sam Lee', start: '2026-11-23', ids: sequentialIds('c'), conversation: null });
      const plan = planSchema.parse({ ...planShell(NOW), snapshot: s, content: { ...content, focusAreas: ['meetingsHeld'] } });
      return factRows(plan)[0]?.metric;
    };
    expect(facts('role')).toBe('Meetings held, against the AE target');
    expect(facts('own')).toBe("Meetings held, against the rep's own target");
    expect(facts('none')).toBe('Meetings held, against the median of everyone with data');
  });

  it('reads a plan stored before the origin was kept as it always did', () => {
    const s = snap('role');
    const old = planSchema.shape.snapshot.parse({ ...s, metrics: s.metrics.map(({ benchmarkOrigin: _o, rampAdjusted: _r, ...m }) => m) });
    const action = prefillActionItems(old, ['meetingsHeld'], '2026-11-23', sequentialIds('a'))[0]?.action ?? '';
    expect(action).toMatch(/, the expectation$/);
    // Refreshing an old plan onto new facts is no change of source by itself.
    expect(describeChanges(old, s)).toEqual([]);
  });

  it('tells a refresh that the benchmark moved from the role target to the rep’s own', () => {
    const before = snap('role');
    const after = { ...before, metrics: before.metrics.map((m) => (m.key === 'meetingsHeld' ? { ...m, benchmarkOrigin: 'rep' as const } : m)) };
    expect(describeChanges(before, after)).toContain(
      "Meetings held over Aug to Oct 2026, measured against: 120 (AE target) → 120 (rep's own target)",
    );
  });
});
