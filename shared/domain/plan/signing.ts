// What an HR performance plan is expected to hold besides the plan itself (see the research notes,
// A.5): the guidance already given, the possible outcomes at the end, the rep's own response,
// a witnessed refusal to sign, and an optional HR review before the plan is issued.
import type { Plan, PlanContent, PlanStatus } from '@shared/schemas/plan';
import { formatDate } from '@shared/lib/format';
import { isoDay } from './dates';
import { STANDARD_OUTCOMES } from '../document/plan';

export type HrRecord = NonNullable<PlanContent['hrRecord']>;

/** The three ways a plan can end, stated before it starts. */
export const DEFAULT_OUTCOMES = STANDARD_OUTCOMES;

/** A plan's HR record, with the stated outcomes filled in where nothing was written yet. */
export function hrRecordOf(content: Pick<PlanContent, 'hrRecord'>): HrRecord {
  return content.hrRecord ?? { priorGuidance: '', outcomes: DEFAULT_OUTCOMES, repComments: '', declined: null };
}

/** Statuses that say the conversation took place: never before the meeting day. */
const AFTER_MEETING: ReadonlySet<PlanStatus> = new Set(['held', 'signed']);

/**
 * Why the plan cannot move to `to` today, in one sentence, or null. A conversation is held, and
 * a plan signed, on or after the meeting date (when one is set).
 */
export function meetingGate(plan: Pick<Plan, 'content'>, to: PlanStatus, now: Date, locale?: string): string | null {
  const day = plan.content.meeting.date;
  if (!AFTER_MEETING.has(to) || !day || isoDay(now) >= day) return null;
  const when = formatDate(day, locale);
  return to === 'held'
    ? `The meeting is set for ${when}: mark it held on or after that day.`
    : `The meeting is set for ${when}: the plan is signed on or after that day.`;
}

/** Signatures are collected once the conversation is held, never before it. */
export const canSign = (plan: Pick<Plan, 'status'>): boolean => plan.status === 'held';

/** An HR review before the plan is issued (ready or draft): reviewer and date go into the plan's history. */
export function recordHrReview(plan: Plan, reviewer: string, date: string, now: Date, locale?: string): Plan {
  const name = reviewer.trim();
  if (!name) throw new RangeError('Say who reviewed the plan for HR.');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError('Give the date of the HR review.');
  if (plan.status !== 'draft' && plan.status !== 'ready')
    throw new RangeError('HR reviews the plan before it is issued: this one is already held or signed.');
  const at = now.toISOString();
  return {
    ...plan,
    hrReview: { reviewer: name, date },
    updatedAt: at,
    history: [...plan.history, { at, revision: plan.revision, event: 'hr-review', detail: `reviewed by ${name} on ${formatDate(date, locale)}` }],
  };
}
