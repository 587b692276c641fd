// The self-assessment's facts and questions offered to the plan being prepared: added once,
// chosen and marked as coming from the self-assessment; without a plan in preparation, one sentence.
// Offered as well to the rep's next open check-in, in its notes, once.
import { describe, expect, it } from 'vitest';
import { seedRows } from '@tests/helpers/seed';
import { sequentialIds } from '../lib/ids';
import { memoryStore } from './memory-store';
import { offerGapQuestions } from './self-assessments';

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
    const first = await offerGapQuestions(store, 'rep-ana', Q, sequentialIds('q'), NOW);
    expect(first).toEqual({ ok: true, value: { plan: { planId: 'plan-1', added: 1 }, checkIn: null } });
    const again = await offerGapQuestions(store, 'rep-ana', Q, sequentialIds('r'), NOW);
    expect(again).toEqual({ ok: true, value: { plan: { planId: 'plan-1', added: 0 }, checkIn: null } });
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

  it('leave a signed plan as it is when no plan is being prepared: no plan takes them', async () => {
    const t = seedRows();
    const signed = t.plans.map((p) => ({ ...p, status: 'signed' }));
    const store = memoryStore({ reps: t.reps, plans: signed });
    const before = await store.table('plans').all();
    const r = await offerGapQuestions(store, 'rep-ana', Q, sequentialIds('q'), NOW);
    expect(r.ok && r.value.plan).toBeNull();
    expect(await store.table('plans').all()).toEqual(before);
    expect(before.map((p) => p.status)).toEqual(signed.map((p) => p.status));
  });
});

const LINE = `- ${Q[0]!.fact} ${Q[0]!.question}`;
const HEADING = 'From the rep’s self-assessment, beside the data:';

describe('facts and questions offered to the next plan or check-in', () => {
  // plan-1 starts Nov 23, 2026 with a check-in every 14 days: the first is due Dec 7, 2026.
  const signed = () => seedRows().plans.map((p) => ({ ...(p as object), status: 'signed' }));

  it('go into the notes of the rep’s next open check-in, once', async () => {
    const t = seedRows();
    const store = memoryStore({ reps: t.reps, plans: signed() });
    const first = await offerGapQuestions(store, 'rep-ana', Q, sequentialIds('c'), NOW);
    expect(first).toEqual({ ok: true, value: { plan: null, checkIn: { planId: 'plan-1', slot: 0, due: '2026-12-07', added: 1 } } });
    const again = await offerGapQuestions(store, 'rep-ana', Q, sequentialIds('d'), NOW);
    expect(again.ok && again.value.checkIn?.added).toBe(0);
    const rows = await store.table('checkIns').all();
    expect(rows.map((r) => [r.planId, r.slot, r.dueDate, r.heldDate, r.notes])).toEqual([['plan-1', 0, '2026-12-07', null, `${HEADING}\n${LINE}`]]);
  });

  it('follow what the manager already wrote in that check-in, and reach the plan being prepared too', async () => {
    const t = seedRows();
    const preparing = { ...(t.plans[0] as object), id: 'plan-2', status: 'draft' };
    const draftRow = { ...t.checkIns[0]!, id: 'ci-7', dueDate: '2026-12-07', slot: 0, notes: 'Ask about the Harbor deal.' };
    const store = memoryStore({ reps: t.reps, plans: [...signed(), preparing], checkIns: [draftRow] });
    const r = await offerGapQuestions(store, 'rep-ana', Q, sequentialIds('c'), NOW);
    expect(r).toEqual({
      ok: true,
      value: { plan: { planId: 'plan-2', added: 1 }, checkIn: { planId: 'plan-1', slot: 0, due: '2026-12-07', added: 1 } },
    });
    expect((await store.table('checkIns').get('ci-7'))!.notes).toBe(`Ask about the Harbor deal.\n\n${HEADING}\n${LINE}`);
    expect((await store.table('plans').get('plan-2'))!.content.questions.at(-1)!.text).toBe(LINE.slice(2));
  });

  it('are refused in one sentence when there is neither a plan being prepared nor an open check-in, storing nothing', async () => {
    const t = seedRows();
    const closed = signed().map((p) => ({ ...p, status: 'closed' }));
    const store = memoryStore({ reps: t.reps, plans: closed });
    const before = await store.table('plans').all();
    const r = await offerGapQuestions(store, 'rep-ana', Q, sequentialIds('c'), NOW);
    expect(r.ok ? null : r.error.message).toBe(
      'No plan is being prepared and no check-in is open for this rep: start a plan with Prepare a conversation, then add these questions.',
    );
    expect(await store.table('plans').all()).toEqual(before);
    expect(await store.table('checkIns').all()).toEqual([]);
  });
});
