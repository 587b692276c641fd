// Peer groups in the engine: the median a rep is judged against comes from the group Settings
// choose, falls back when the group is small, and leaves out reps who left.
import { describe, expect, it } from 'vitest';
import { DEFAULT_DIAGNOSIS_SETTINGS, type DiagnosisSettings } from '@shared/schemas/settings';
import { diagnoseTeam } from './diagnose';
import { funnelMonth, rep, series } from './testing';
import type { DiagnosisRep, RepDiagnosis } from './types';

const under = (manager: string, from = '2017-01-01') => [{ from, team: null, manager, office: 'Central' }];

/** Dustin's five reps hold 40 × 1.0 … 1.4 meetings (median 48); Melvin's three 40 × 0.5 … 0.7. */
function floor(extra: Array<[DiagnosisRep, number]> = []): Array<[DiagnosisRep, number]> {
  return [
    ...[1, 1.1, 1.2, 1.3, 1.4].map((a, i): [DiagnosisRep, number] => [rep(`d${i}`, { placements: under('Dustin Brinkmann') }), a]),
    ...[0.5, 0.6, 0.7].map((a, i): [DiagnosisRep, number] => [rep(`m${i}`, { placements: under('Melvin Marxen') }), a]),
    ...extra,
  ];
}

function diagnose(members: Array<[DiagnosisRep, number]>, settings: Partial<DiagnosisSettings>) {
  const periods = members.flatMap(([r, a]) => series(r.id, '2017-06', 3, () => funnelMonth(a)));
  return diagnoseTeam({
    reps: members.map(([r]) => r),
    periods,
    expectations: [],
    settings: { ...DEFAULT_DIAGNOSIS_SETTINGS, ...settings },
    period: '2017-06',
    window: 1,
  });
}

const held = (t: ReturnType<typeof diagnose>, id: string) => {
  const d = t.reps.find((r) => r.repId === id) as RepDiagnosis;
  return { median: d.window.metrics.find((m) => m.key === 'meetingsHeld')?.teamMedian, peers: d.window.peers };
};

describe('peer groups', () => {
  it('team: a rep is compared with their own team’s median', () => {
    const t = diagnose(floor(), { peerGroup: 'team', minPeerGroup: 5 });
    expect(held(t, 'd0').median).toBeCloseTo(48);
    expect(held(t, 'd0').peers.used).toMatchObject({ scope: 'team', label: 'Dustin Brinkmann’s team', size: 5 });
  });
  it('team under the minimum: the role’s median, and the reason why', () => {
    const t = diagnose(floor(), { peerGroup: 'team', minPeerGroup: 5 });
    // All eight AEs: 0.5 0.6 0.7 1.0 1.1 1.2 1.3 1.4 → (1.0 + 1.1) / 2 × 40.
    expect(held(t, 'm0').median).toBeCloseTo(42);
    expect(held(t, 'm0').peers.used).toMatchObject({ scope: 'role', size: 8 });
    expect(held(t, 'm0').peers.passedOver).toEqual([expect.objectContaining({ label: 'Melvin Marxen’s team', size: 3 })]);
  });
  it('role (the default): every AE’s median, whatever the team', () => {
    const t = diagnose(floor(), {});
    expect(held(t, 'd0').median).toBeCloseTo(42);
    expect(held(t, 'd0').peers.used.scope).toBe('role');
  });
  it('a rep who left before the period’s end is in no median; their own diagnosis stays', () => {
    const star = rep('gone', { placements: under('Dustin Brinkmann'), leftDate: '2017-06-15' });
    const left = diagnose(floor([[star, 3]]), { peerGroup: 'team', minPeerGroup: 5 });
    expect(held(left, 'd0').median).toBeCloseTo(48);
    expect(held(left, 'gone').median).toBeCloseTo(48);
    const stayed = diagnose(floor([[{ ...star, leftDate: null }, 3]]), { peerGroup: 'team', minPeerGroup: 5 });
    // Six reps: 1.0 1.1 1.2 1.3 1.4 3.0 → (1.2 + 1.3) / 2 × 40.
    expect(held(stayed, 'd0').median).toBeCloseTo(50);
  });
  it('a rep who moved teams in July is counted with the old team in June', () => {
    const mover = rep('mover', {
      placements: [...under('Melvin Marxen'), ...under('Dustin Brinkmann', '2017-07-01')],
    });
    const t = diagnose(floor([[mover, 0.9]]), { peerGroup: 'team', minPeerGroup: 4 });
    // Melvin's team in June: 0.5 0.6 0.7 0.9 → (0.6 + 0.7) / 2 × 40.
    expect(held(t, 'm0').median).toBeCloseTo(26);
    expect(held(t, 'mover').peers.used.label).toBe('Melvin Marxen’s team');
  });
});
