import { describe, expect, it } from 'vitest';
import { sequentialIds } from '@shared/lib/ids';
import { planProgressSchema, planSchema } from '@shared/schemas/plan';
import { v2PlanToV3 } from './plans';
import { v2Plan } from './plans.fixtures';

describe('plans v2 → v3', () => {
  it('keeps every word the manager wrote, in structured fields', () => {
    const { plan, progress } = v2PlanToV3(v2Plan(), sequentialIds('m'));
    expect(planSchema.parse(plan)).toEqual(plan);
    expect(planProgressSchema.parse(progress)).toEqual({
      planId: 'plan-1',
      step: 'action-plan',
      visited: ['action-plan'],
      updatedAt: '2026-10-02T10:00:00.000Z',
    });
    const c = plan.content;
    expect(c.acknowledgements).toBe('Meetings held 26 against 40 expected.');
    expect(c.expectations.map((e) => e.label)).toEqual(['At least 40 meetings held a month.']);
    expect(c.talkingPoints.map((t) => t.text)).toEqual(['Meetings are down a third since July.']);
    expect(c.questions.map((q) => q.text)).toEqual(['What gets in the way of booking meetings?']);
    expect(c.pushback).toEqual([
      {
        id: 'pb-1',
        objection: 'My territory is weak',
        repLine: '',
        approach: 'Compare with the team median for the same territory type.',
        included: true,
        own: true,
      },
    ]);
    expect(c.consequences).toMatch(/formal plan/);
    expect(c.support).toEqual([{ id: expect.any(String), kind: 'other', text: 'Weekly call review with me.' }]);
    expect(c.actionItems).toEqual([
      { id: 'a-1', action: 'Book 45 meetings a month', metricKey: 'meetingsBooked', baseline: null, target: 45, deadline: '2026-12-31', owner: '' },
    ]);
    expect(c.milestones).toEqual([{ id: expect.any(String), date: '2026-10-31', text: 'Halfway: 40' }]);
    expect(c.development).toEqual([
      {
        id: 'd-1',
        skill: 'Prospecting',
        activities: ['Shadow Ana on two call blocks'],
        resources: [],
        timeline: 'coaching',
        reviewDate: '2026-11-15',
      },
    ]);
    expect(c.checkIns.everyDays).toBe(7);
    expect(plan.signatures).toEqual([{ role: 'manager', name: 'Sam Lee', date: '2026-10-02', pngBase64: null, width: 0, height: 0 }]);
    expect(plan.exports).toEqual([
      { id: 'e-1', kind: 'plan-docx', fileName: 'plan.docx', sha256: 'a'.repeat(64), exportedAt: '2026-10-02T10:00:00.000Z', revision: 1 },
    ]);
  });

  it('invents no numbers: the snapshot is marked migrated, with no metrics and the old facts text as evidence', () => {
    const { plan } = v2PlanToV3(v2Plan(), sequentialIds('m'));
    expect(plan.snapshot).toMatchObject({
      source: 'migrated',
      metrics: [],
      periodMetrics: [],
      attainment: null,
      verdict: 'effort',
      period: '2026-09',
    });
    expect(plan.snapshot.evidence).toEqual(['Meetings held 26 against 40 expected.']);
    // No baseline was stored in v2: unknown, never zero.
    expect(plan.content.actionItems[0]?.baseline).toBeNull();
  });

  it.each([
    ['draft', 'draft', null],
    ['active', 'held', null],
    ['completed', 'closed', 'met'],
    ['cancelled', 'closed', 'withdrawn'],
  ] as const)('status %s becomes %s (%s)', (from, status, outcome) => {
    const { plan } = v2PlanToV3(v2Plan({ status: from }), sequentialIds('m'));
    expect([plan.status, plan.outcome]).toEqual([status, outcome]);
  });

  it('an empty v2 plan with an unknown step and no verdict still migrates', () => {
    const { plan, progress } = v2PlanToV3(
      v2Plan({
        step: 'gone',
        verdict: null,
        weakStage: null,
        facts: '',
        expectations: '',
        support: '',
        talkingPoints: [],
        openQuestions: [],
        pushback: [],
        actionItems: [],
        developmentItems: [],
        exports: [],
        signatures: { managerDate: null, repDate: null },
      }),
      sequentialIds('m'),
    );
    expect(progress.step).toBe('facts');
    expect(plan.snapshot.verdict).toBe('insufficient-data');
    expect(plan.content.expectations).toEqual([]);
    expect(plan.content.support).toEqual([]);
    expect(plan.signatures).toEqual([]);
  });
});
