// One name for the peer group everywhere: whatever Settings → peer group and minimum size pick,
// every drafted line of a plan (facts, expectations, actions, talking points, pushback answers),
// every paragraph of its documents and every line `candor diagnose` prints names the same group
// the Rep page names, and never says "team median" when the peers were the role (nor the role
// when they were the rep's team). The expected group is worked out from the floor below, by hand.
import { describe, expect, it } from 'vitest';
import { diagnoseJson } from '@cli/diagnose-json';
import { table } from '@cli/diagnose-table';
import { draftConversation, loadConversationBanks } from '@shared/domain/conversation';
import { diagnoseTeam } from '@shared/domain/diagnosis/diagnose';
import { funnelMonth, managedRep, series } from '@shared/domain/diagnosis/testing';
import { documentText } from '@shared/domain/document';
import { newDraftPlan } from '@shared/domain/plan';
import { sequentialIds } from '@shared/lib/ids';
import type { Rep } from '@shared/schemas';
import { loadDiagnosisData } from '@shared/app/diagnosis';
import { memoryStore } from '@shared/app/memory-store';
import { planDocument } from '@shared/app/plan-documents';
import { defaultSettings } from '@shared/app/settings';
import { startPlan } from '@shared/app/start-plan';

const NOW = new Date('2017-11-20T09:00:00Z');
const at = NOW.toISOString();
const banks = loadConversationBanks();

/** Twelve AEs: Dustin's five and Melvin's five, well apart in activity, and Rosa's two. */
const FLOOR: Array<[id: string, manager: string, activity: number]> = [
  ...[1, 1.1, 1.2, 1.3, 1.4].map((a, i): [string, string, number] => [`d${i}`, 'Dustin Brinkmann', a]),
  ...[0.5, 0.6, 0.7, 0.8, 0.9].map((a, i): [string, string, number] => [`m${i}`, 'Melvin Marxen', a]),
  ['r0', 'Rosa Diaz', 0.55],
  ['r1', 'Rosa Diaz', 1.35],
];
const TEAM_SIZE: Record<string, number> = { 'Dustin Brinkmann': 5, 'Melvin Marxen': 5, 'Rosa Diaz': 2 };
const ROLE_SIZE = FLOOR.length;

function store(peerGroup: 'team' | 'role', minPeerGroup: number) {
  const reps: Rep[] = FLOOR.map(([id, manager]) => managedRep(id, `Rep ${id.toUpperCase()}`, manager, at));
  const metricPeriods = FLOOR.flatMap(([id, , a], i) =>
    series(id, '2017-10', 3, () => funnelMonth(a, 1 + (i % 3) * 0.2, 1.4 - (i % 4) * 0.25)).map((r, k) => ({
      ...r,
      id: `${id}-${k}`,
      importId: null,
      createdAt: at,
    })),
  );
  const settings = defaultSettings(NOW);
  return memoryStore({ reps, metricPeriods, settings: [{ ...settings, diagnosis: { ...settings.diagnosis, peerGroup, minPeerGroup } }] });
}

/** The group the rule must pick for a rep of this manager, from the sizes above. */
function expectedGroup(peerGroup: 'team' | 'role', min: number, manager: string): string {
  if (peerGroup === 'team' && (TEAM_SIZE[manager] ?? 0) >= min) return `${manager}’s team`;
  return ROLE_SIZE >= min ? 'the role AE' : 'everyone with data';
}

/** Every string in a value, however deep. */
function strings(x: unknown): string[] {
  if (typeof x === 'string') return [x];
  if (Array.isArray(x)) return x.flatMap(strings);
  if (x && typeof x === 'object') return Object.values(x).flatMap(strings);
  return [];
}

const SETTINGS: Array<['team' | 'role', number]> = [
  ['team', 2],
  ['team', 5],
  ['role', 5],
  ['role', 20],
];

describe('the peer group has one name in plans, documents and the CLI', () => {
  it.each(SETTINGS)('peers by %s, minimum %i', async (peerGroup, min) => {
    const s = store(peerGroup, min);
    const team = diagnoseTeam({ ...(await loadDiagnosisData(s)).input, period: '2017-10', window: 3 });
    let named = 0;
    for (const d of team.reps) {
      const manager = FLOOR.find(([id]) => id === d.repId)?.[1] ?? '';
      const group = expectedGroup(peerGroup, min, manager);
      const started = startPlan(
        { diagnosis: d, periodKind: 'month', managerName: manager, gapThreshold: 0.2 },
        { ids: sequentialIds('x'), now: () => NOW, draft: (input) => draftConversation(input, banks) },
      );
      if (!started.ok) throw new Error(started.message);
      const plan = newDraftPlan({ id: 'p', repId: d.repId, snapshot: started.snapshot, content: started.content, now: NOW });
      const docs = (['plan', 'guide'] as const).map((kind) =>
        documentText(planDocument(plan, kind, { locale: 'en-US', currency: 'USD', now: () => NOW })),
      );
      const lines = [...strings(started.snapshot), ...strings(started.content), ...docs.flatMap((t) => t.split('\n'))];
      for (const line of lines) {
        expect(line, d.name).not.toMatch(/team median/i);
        if (group !== 'the role AE') expect(line, d.name).not.toMatch(/median of the role/i);
        if (!group.endsWith('’s team')) expect(line, d.name).not.toMatch(/median of \S+ \S+’s team/);
      }
      // Not vacuous: the plan names its group, in the words the Rep page uses.
      expect(
        lines.some((l) => l.includes(`median of ${group}`)),
        `${d.name}: ${group}`,
      ).toBe(true);
      named++;
    }
    expect(named).toBe(FLOOR.length);
    const cli = [...table(team, 'median').split('\n'), ...strings(diagnoseJson(team, 'median'))];
    for (const line of cli) expect(line).not.toMatch(/team median/i);
    if (peerGroup === 'role') expect(cli.some((l) => l.includes(`median of ${expectedGroup('role', min, '')}`))).toBe(true);
  });

  it('a stored plan keeps the name it was made with when Settings change', async () => {
    const s = store('role', 5);
    const d = diagnoseTeam({ ...(await loadDiagnosisData(s)).input, period: '2017-10', window: 3 }).reps.find((r) => r.repId === 'd0');
    if (!d) throw new Error('no d0');
    const started = startPlan(
      { diagnosis: d, periodKind: 'month', managerName: 'Dustin Brinkmann', gapThreshold: 0.2 },
      { ids: sequentialIds('x'), now: () => NOW, draft: (input) => draftConversation(input, banks) },
    );
    if (!started.ok) throw new Error(started.message);
    const plan = newDraftPlan({ id: 'p', repId: 'd0', snapshot: started.snapshot, content: started.content, now: NOW });
    await s.table('plans').add([plan]);
    const settings = defaultSettings(NOW);
    await s.table('settings').put([{ ...settings, diagnosis: { ...settings.diagnosis, peerGroup: 'team' } }]);
    const stored = await s.table('plans').get('p');
    if (!stored) throw new Error('no plan');
    const guide = documentText(planDocument(stored, 'guide', { locale: 'en-US', currency: 'USD', now: () => NOW }));
    expect(guide).toContain('median of the role AE');
    expect(guide).not.toContain('Dustin Brinkmann’s team');
  });
});
