// The self-assessment's facts and questions offered to the plan being prepared: added once,
// chosen and marked as coming from the self-assessment; without a plan in preparation, one sentence.
import { describe, expect, it } from 'vitest';
import { seedRows } from '../../tests/helpers/seed';
import { sequentialIds } from '../lib/ids';
import { memoryStore } from './memory-store';
import { addQuestionsToPlan } from './self-assessments';

const Q = [
  {
    metric: 'calls',
    fact: 'Ana Ruiz estimated calls in Nov 2026 at 80; the data shows 60: 20 more (33% over).',
    question: 'What did calls look like to you in Nov 2026?',
  },
];
const NOW = new Date('2026-12-02T10:00:00Z');

describe('facts and questions from a self-assessment', () => {
  it('are added to the rep’s plan being prepared, once', async () => {
    const t = seedRows();
    const store = memoryStore({ reps: t.reps, plans: t.plans });
    const before = (await store.table('plans').get('plan-1'))!.content.questions.length;
    const first = await addQuestionsToPlan(store, 'rep-ana', Q, sequentialIds('q'), NOW);
    expect(first).toEqual({ ok: true, value: { planId: 'plan-1', added: 1 } });
    const again = await addQuestionsToPlan(store, 'rep-ana', Q, sequentialIds('r'), NOW);
    expect(again).toEqual({ ok: true, value: { planId: 'plan-1', added: 0 } });
    const plan = await store.table('plans').get('plan-1');
    expect(plan!.content.questions).toHaveLength(before + 1);
    expect(plan!.content.questions.at(-1)).toEqual({
      id: 'q-1',
      text: 'Ana Ruiz estimated calls in Nov 2026 at 80; the data shows 60: 20 more (33% over). What did calls look like to you in Nov 2026?',
      gap: 'self-assessment',
      included: true,
      why: 'From the rep’s self-assessment, beside the data',
    });
  });

  it('are refused in one sentence when no plan is being prepared, changing nothing', async () => {
    const t = seedRows();
    const signed = t.plans.map((p) => ({ ...p, status: 'signed' }));
    const store = memoryStore({ reps: t.reps, plans: signed });
    const before = await store.table('plans').all();
    const r = await addQuestionsToPlan(store, 'rep-ana', Q, sequentialIds('q'), NOW);
    expect(r.ok ? null : r.error.message).toBe(
      'No plan is being prepared for this rep: start one with Prepare a conversation, then add these questions.',
    );
    expect(await store.table('plans').all()).toEqual(before);
    expect(before.map((p) => p.status)).toEqual(signed.map((p) => p.status));
  });
});
