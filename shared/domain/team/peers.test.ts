import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { choosePeerGroup, NO_TEAM, peerGroupLines, peerSentence, peerTeamAt, type PeerLevel } from './peers';

const level = (scope: PeerLevel['scope'], size: number, label: string = scope): PeerLevel => ({ scope, key: scope, label, size });

describe('choosePeerGroup', () => {
  it('uses a wider group if and only if the narrower one is under the minimum', () => {
    fc.assert(
      fc.property(fc.nat(40), fc.nat(40), fc.nat(40), fc.integer({ min: 2, max: 20 }), (team, role, everyone, min) => {
        const choice = choosePeerGroup([level('team', team), level('role', role), level('everyone', everyone)], min);
        expect(choice.used.scope !== 'team').toBe(team < min);
        if (team < min) expect(choice.used.scope === 'everyone').toBe(role < min);
        expect(choice.passedOver.every((l) => l.size < min)).toBe(true);
      }),
    );
  });
  it('falls back to everyone with data however small it is, naming each group passed over', () => {
    const choice = choosePeerGroup([level('team', 2, 'Dustin Brinkmann’s team'), level('role', 4, 'AE'), level('everyone', 4)], 5);
    expect(choice.used.scope).toBe('everyone');
    expect(peerSentence(choice)).toBe(
      'Compared with everyone with data (4 reps with data): Dustin Brinkmann’s team has 2 reps with data, fewer than 5; the role AE has 4 reps with data, fewer than 5.',
    );
  });
  it('states the role group as the brief’s example does', () => {
    const choice = choosePeerGroup([level('team', 3, 'Dustin Brinkmann’s team'), level('role', 30, 'Sales Rep'), level('everyone', 30)], 5);
    expect(peerSentence(choice)).toBe('Compared with all 30 reps in the role Sales Rep: Dustin Brinkmann’s team has 3 reps with data, fewer than 5.');
  });
});

describe('peerTeamAt', () => {
  it('is the team where one is recorded, else the manager’s team, else none', () => {
    expect(peerTeamAt({ placements: [{ from: '2017-01-01', team: 'East', manager: 'Rosa', office: null }] }, '2017-05-01')?.label).toBe('team East');
    expect(peerTeamAt({ placements: [{ from: '2017-01-01', team: null, manager: 'Rosa', office: null }] }, '2017-05-01')?.label).toBe('Rosa’s team');
    expect(peerTeamAt({ placements: [{ from: '2017-06-01', team: null, manager: 'Rosa', office: null }] }, '2017-05-01')).toBeNull();
  });
});

describe('peerGroupLines', () => {
  it('says one line for one group, else one per group with its reps', () => {
    const team = choosePeerGroup([level('team', 5, 'Dustin Brinkmann’s team'), level('role', 30, 'AE'), level('everyone', 30)], 5);
    const role = choosePeerGroup([level('team', 3, 'Melvin Marxen’s team'), level('role', 30, 'AE'), level('everyone', 30)], 5);
    expect(peerGroupLines([{ name: 'Anna', choice: team }])).toEqual(['Compared with Dustin Brinkmann’s team (5 reps with data).']);
    expect(
      peerGroupLines([
        { name: 'Anna', choice: team },
        { name: 'Bo', choice: role },
        { name: 'Cy', choice: team },
      ]),
    ).toEqual([
      'Anna, Cy: Compared with Dustin Brinkmann’s team (5 reps with data).',
      'Bo: Compared with all 30 reps in the role AE: Melvin Marxen’s team has 3 reps with data, fewer than 5.',
    ]);
  });
});

describe('a rep with no team on record', () => {
  it('is compared with the role, and the sentence says why', () => {
    const choice = choosePeerGroup([level('team', 0, NO_TEAM), level('role', 10, 'AE'), level('everyone', 10)], 5);
    expect(peerSentence(choice)).toBe('Compared with all 10 reps in the role AE: no team or manager is on record for this rep.');
  });
});
