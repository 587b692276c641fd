import { describe, expect, it } from 'vitest';
import { planSchema, type FactsSnapshot, type PlanContent } from '@shared/schemas/plan';
import { sequentialIds } from '@shared/lib/ids';
import { draftConversation, loadConversationBanks } from '../conversation';
import { prefillWithConversation } from './prefill';
import { applyRefresh, canUndoRefresh, describeChanges, describeOutcome, mergeList, refreshContent, undoRefresh } from './refresh';
import { snapshotFromDiagnosis } from './snapshot';
import { snapshotPeriodLabel } from './conversation';
import { historyLine, newDraftPlan } from './lifecycle';
import { sampleRep } from './testing';

const NOW = new Date('2026-11-20T10:00:00Z');
const LATER = new Date('2026-11-21T09:00:00Z');
const banks = loadConversationBanks();

async function snap(name: string): Promise<FactsSnapshot> {
  return snapshotFromDiagnosis(await sampleRep(name), 'month', NOW);
}
function prefill(s: FactsSnapshot, prefix: string): PlanContent {
  return prefillWithConversation({ snapshot: s, managerName: 'Sam Lee', start: '2026-11-23', ids: sequentialIds(prefix) }, (input) =>
    draftConversation(input, banks),
  );
}

/** Two sets of facts as different as the sample team has: a skill gap, then an effort gap. */
async function scenario() {
  const before = await snap('Farid Haddad');
  const after = await snap('Dev Patel');
  // Same rep, other facts: the second snapshot stands for a later import.
  const newer: FactsSnapshot = { ...after, repName: before.repName, period: '2026-12', windowPeriods: ['2026-10', '2026-11', '2026-12'] };
  return { before, newer, baseline: prefill(before, 'b'), fresh: prefill(newer, 'f') };
}

describe('refreshing a plan’s facts keeps the manager’s words', () => {
  it('untouched suggestions are drafted again from the new facts, field by field', async () => {
    const { baseline, fresh } = await scenario();
    expect(baseline.talkingPoints.length).toBeGreaterThan(0);
    const { content, keptFields } = refreshContent(baseline, baseline, fresh);
    for (const f of [
      'focusAreas',
      'opening',
      'consequences',
      'talkingPoints',
      'questions',
      'pushback',
      'actionItems',
      'development',
      'expectations',
    ] as const)
      expect(content[f], f).toEqual(fresh[f]);
    expect(keptFields).toEqual([]);
    expect(content.diagnosis.verdict).toBe(fresh.diagnosis.verdict);
  });

  it('a suggestion saved by a step form (which drops the engine’s why-note) still counts as untouched', async () => {
    const { baseline, fresh } = await scenario();
    expect(baseline.talkingPoints.some((t) => t.why)).toBe(true);
    const saved: PlanContent = structuredClone(baseline);
    saved.talkingPoints = saved.talkingPoints.map(({ why: _why, ...rest }) => rest);
    saved.questions = saved.questions.map(({ why: _why, ...rest }) => rest);
    const { content, keptFields } = refreshContent(saved, baseline, fresh);
    expect(content.talkingPoints).toEqual(fresh.talkingPoints);
    expect(content.questions).toEqual(fresh.questions);
    expect(keptFields).toEqual([]);
  });

  it('an edited opening, an edited talking point and the manager’s own question stay, marked; the rest follows the new facts', async () => {
    const { baseline, fresh } = await scenario();
    const current: PlanContent = structuredClone(baseline);
    current.opening = 'I asked for this meeting because the last quarter worried me.';
    const edited = current.talkingPoints[1];
    if (!edited) throw new Error('sample has talking points');
    edited.text = 'You closed 4 of 30 proposals in October.';
    current.questions.push({ id: 'mine', text: 'What happened with the Acme renewal?', gap: 'own', included: true });
    const { content, marks } = refreshContent(current, baseline, fresh);
    expect(content.opening).toBe('I asked for this meeting because the last quarter worried me.');
    expect(marks.fields).toContain('opening');
    expect(content.talkingPoints.map((t) => t.text)).toContain('You closed 4 of 30 proposals in October.');
    expect(content.talkingPoints.map((t) => t.text)).toEqual([...fresh.talkingPoints.map((t) => t.text), 'You closed 4 of 30 proposals in October.']);
    expect(content.questions.at(-1)).toEqual({ id: 'mine', text: 'What happened with the Acme renewal?', gap: 'own', included: true });
    expect(marks.items).toEqual(expect.arrayContaining([edited.id, 'mine']));
    expect(content.consequences).toBe(fresh.consequences);
  });

  it('an edited action item keeps its metric: the new facts’ item for that metric is not added beside it', () => {
    const item = (id: string, action: string, metricKey: string) => ({ id, action, metricKey, baseline: 1, target: 2, deadline: null, owner: 'Ana' });
    const m = mergeList(
      'actionItems',
      [item('a1', 'Win 3 of 10 proposals by March', 'closedWinRate'), item('a2', 'Old deal size item', 'dealSize')],
      [item('b1', 'Bring win rate from 12% to 25%', 'closedWinRate'), item('b2', 'Old deal size item', 'dealSize')],
      [item('f1', 'Bring win rate from 10% to 25%', 'closedWinRate'), item('f2', 'Reach 40 calls', 'calls')],
    );
    expect(m.items.map((i) => i.action)).toEqual(['Reach 40 calls', 'Win 3 of 10 proposals by March']);
    expect(m.replaced.map((i) => i.id)).toEqual(['a2']);
  });

  it('the diagnosis follows the new facts unless the manager overrode it with a reason', async () => {
    const { baseline, fresh } = await scenario();
    expect(fresh.diagnosis.verdict).not.toBe(baseline.diagnosis.verdict);
    expect(refreshContent(baseline, baseline, fresh).content.diagnosis.verdict).toBe(fresh.diagnosis.verdict);
    const overridden: PlanContent = {
      ...baseline,
      diagnosis: { ...baseline.diagnosis, verdict: 'mixed', overrideReason: 'Lost two big accounts in a reshuffle' },
    };
    const kept = refreshContent(overridden, baseline, fresh).content.diagnosis;
    expect(kept.verdict).toBe('mixed');
    expect(kept.overrideReason).toBe('Lost two big accounts in a reshuffle');
  });

  it('a plan made before baselines were kept: its re-derived prefill (new ids) still tells suggestions from the manager’s words', async () => {
    const { before, baseline, fresh } = await scenario();
    const current: PlanContent = structuredClone(baseline);
    current.consequences = 'We will talk to HR at the end of March.';
    const rederived = prefill(before, 'x');
    const { content, marks } = refreshContent(current, rederived, fresh);
    expect(content.talkingPoints).toEqual(fresh.talkingPoints);
    expect(content.consequences).toBe('We will talk to HR at the end of March.');
    expect(marks.fields).toEqual(['consequences']);
  });

  it('applied to a plan: kept for an undo, which puts everything back until the plan is changed again', async () => {
    const { before, newer, baseline, fresh } = await scenario();
    const plan = planSchema.parse(newDraftPlan({ id: 'p1', repId: 'r1', snapshot: before, content: baseline, now: NOW }));
    const edited = planSchema.parse({ ...plan, content: { ...plan.content, opening: 'My own opening.' } });
    const { plan: refreshed, outcome } = applyRefresh(edited, newer, fresh, baseline, LATER);
    expect(planSchema.safeParse(refreshed).success).toBe(true);
    expect(refreshed.snapshot.period).toBe('2026-12');
    expect(refreshed.content.opening).toBe('My own opening.');
    expect(describeOutcome(outcome)).toMatch(/Kept as you wrote them, marked to check against the new facts: opening\./);
    expect(canUndoRefresh(refreshed)).toBe(true);
    const back = undoRefresh(refreshed, new Date('2026-11-21T09:05:00Z'));
    expect(back?.snapshot).toEqual(before);
    expect(back?.content).toEqual(edited.content);
    // Once the manager typed something after the refresh, an undo would throw it away: refused.
    const typedSince = { ...refreshed, updatedAt: '2026-11-21T09:03:00.000Z' };
    expect(undoRefresh(typedSince, LATER)).toBeNull();
  });

  it('says what changed in plain words: no internal codes, periods as people write them', async () => {
    const { before, newer } = await scenario();
    const lines = describeChanges(before, newer);
    expect(lines[0]).toMatch(/^Period reviewed: .+ → Oct to Dec 2026$/);
    expect(lines.find((l) => l.startsWith('Reading:'))).toMatch(/^Reading: Skill gap at .+ → Effort gap/);
    expect(lines.join('\n')).not.toMatch(/\(deal-size\)|opportunity-to-win|insufficient-data|\bmixed\b/);
  });

  it('a target taken away changes only what the rep is measured against, and says so', async () => {
    const withTargets = await snap('Farid Haddad');
    const calls = withTargets.metrics.find((m) => m.key === 'calls');
    if (!calls || calls.benchmarkSource !== 'expectation') throw new Error('sample calls carry the AE target');
    const median: FactsSnapshot = {
      ...withTargets,
      fingerprint: 'other',
      metrics: withTargets.metrics.map((m) =>
        m.key === 'calls' ? { ...m, benchmark: 350, benchmarkSource: 'team-median' as const, benchmarkOrigin: 'team-median' as const } : m,
      ),
    };
    expect(describeChanges(withTargets, median)).toEqual([
      `Calls over ${snapshotPeriodLabel(median)}, measured against: ${calls.expectation?.toLocaleString('en-US')} (AE target) → 350 (median of the role AE)`,
    ]);
  });
});

describe('plan history in plain words', () => {
  it('names statuses, outcomes and refreshes as a manager says them, never by their codes', () => {
    const line = (event: Parameters<typeof historyLine>[0]['event'], detail: string) =>
      historyLine({ at: NOW.toISOString(), revision: 1, event, detail });
    expect(line('status', 'held')).toBe('Marked “Conversation held”');
    expect(line('status', 'closed: escalated')).toBe('Closed: Escalated');
    expect(line('facts-refreshed', 'facts of Aug to Oct 2017 (were Jul to Sep 2017)')).toBe(
      'Facts updated: facts of Aug to Oct 2017 (were Jul to Sep 2017)',
    );
    expect(line('created', 'for Oct 2017')).toBe('Started (facts of Oct 2017)');
  });
});
