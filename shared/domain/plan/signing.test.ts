import { describe, expect, it } from 'vitest';
import { planSchema, type Plan } from '@shared/schemas/plan';
import { transition, TransitionError } from './lifecycle';
import { canSign, hrRecordOf, DEFAULT_OUTCOMES, recordHrReview } from './signing';
import { samplePlan } from './testing';

const NOW = new Date('2026-12-01T10:00:00Z');
const at = (day: string) => new Date(`${day}T10:00:00Z`);

async function readyPlan(meeting: string | null): Promise<Plan> {
  const p = await samplePlan('Farid Haddad', NOW, { status: 'ready' });
  return planSchema.parse({ ...p, content: { ...p.content, meeting: { ...p.content.meeting, date: meeting } } });
}

describe('signing as HR expects', () => {
  it('the conversation is held, and the plan signed, only on or after the meeting date', async () => {
    const p = await readyPlan('2026-12-10');
    expect(() => transition(p, 'held', at('2026-12-09'))).toThrow(
      new TransitionError('The meeting is set for Dec 10, 2026: mark it held on or after that day.'),
    );
    const held = transition(p, 'held', at('2026-12-10'));
    expect(held.status).toBe('held');
    expect(canSign(held)).toBe(true);
    expect(canSign(p)).toBe(false);
    // Held and signed plans made before the gate: signing early is refused the same way.
    expect(() =>
      transition({ ...held, content: { ...held.content, meeting: { ...held.content.meeting, date: '2026-12-12' } } }, 'signed', at('2026-12-11')),
    ).toThrow(/the plan is signed on or after that day/);
    expect(transition(held, 'signed', at('2026-12-11')).signed[0]?.content.meeting.date).toBe('2026-12-10');
  });

  it('held without a meeting date: it was held that day, so signatures can never predate it', async () => {
    const held = transition(await readyPlan(null), 'held', at('2026-12-04'));
    expect(held.content.meeting.date).toBe('2026-12-04');
  });

  it('an HR review before the plan is issued: reviewer and date in the history; refused once held', async () => {
    const p = await readyPlan('2026-12-10');
    const reviewed = recordHrReview(p, ' Jo Park ', '2026-12-02', NOW);
    expect(reviewed.hrReview).toEqual({ reviewer: 'Jo Park', date: '2026-12-02' });
    expect(reviewed.history.at(-1)).toMatchObject({ event: 'hr-review', detail: 'reviewed by Jo Park on Dec 2, 2026' });
    expect(planSchema.safeParse(reviewed).success).toBe(true);
    expect(() => recordHrReview(p, '  ', '2026-12-02', NOW)).toThrow('Say who reviewed the plan for HR.');
    const held = transition(p, 'held', at('2026-12-10'));
    expect(() => recordHrReview(held, 'Jo Park', '2026-12-11', NOW)).toThrow(/before it is issued/);
  });

  it('an older plan without an HR record reads as empty, with the three possible outcomes stated', async () => {
    const r = hrRecordOf((await readyPlan(null)).content);
    expect(r).toEqual({ priorGuidance: '', outcomes: DEFAULT_OUTCOMES, repComments: '', declined: null });
  });
});
