import { planSchema, type FactsSnapshot, type Plan, type PlanContent, type PlanOutcome, type PlanStatus } from '@shared/schemas/plan';
import { formatPeriod } from '@shared/lib/format';
import { isoDay } from './dates';
import { meetingGate } from './signing';

/** draft → ready → held → signed → closed (met / escalated / withdrawn); a step back is allowed before signing. */
const NEXT: Record<PlanStatus, readonly PlanStatus[]> = {
  draft: ['ready', 'closed'],
  ready: ['draft', 'held', 'closed'],
  held: ['ready', 'signed', 'closed'],
  signed: ['closed'],
  closed: [],
};

export const STATUS_LABELS: Record<PlanStatus, string> = {
  draft: 'Draft',
  ready: 'Ready to hold',
  held: 'Conversation held',
  signed: 'Signed',
  closed: 'Closed',
};

export const OUTCOME_LABELS: Record<PlanOutcome, string> = { met: 'Met', escalated: 'Escalated', withdrawn: 'Withdrawn' };

export function allowedTransitions(status: PlanStatus): readonly PlanStatus[] {
  return NEXT[status];
}

/** Signed and closed plans are read-only: a change makes a new revision. */
export function isReadOnly(plan: Pick<Plan, 'status'>): boolean {
  return plan.status === 'signed' || plan.status === 'closed';
}

export class TransitionError extends Error {
  override name = 'TransitionError';
}

/**
 * Moves a plan to `to`. Closing needs an outcome; signing freezes an immutable copy of what was
 * signed (content, facts, signatures) under the current revision.
 */
export function transition(plan: Plan, to: PlanStatus, now: Date, outcome: PlanOutcome | null = null): Plan {
  if (!NEXT[plan.status].includes(to))
    throw new TransitionError(`A ${STATUS_LABELS[plan.status].toLowerCase()} plan cannot become ${STATUS_LABELS[to].toLowerCase()}.`);
  if (to === 'closed' && !outcome) throw new TransitionError('Say how the plan ended: met, escalated or withdrawn.');
  const early = meetingGate(plan, to, now);
  if (early) throw new TransitionError(early);
  const at = now.toISOString();
  // Held without a meeting date set: it was held today.
  const content =
    to === 'held' && !plan.content.meeting.date ? { ...plan.content, meeting: { ...plan.content.meeting, date: isoDay(now) } } : plan.content;
  const next: Plan = {
    ...plan,
    content,
    status: to,
    outcome: to === 'closed' ? outcome : null,
    updatedAt: at,
    history: [...plan.history, { at, revision: plan.revision, event: 'status', detail: to === 'closed' && outcome ? `closed: ${outcome}` : to }],
  };
  if (to === 'signed') {
    next.signed = [
      ...plan.signed,
      {
        revision: plan.revision,
        signedAt: at,
        content: structuredClone(next.content),
        snapshot: structuredClone(plan.snapshot),
        signatures: structuredClone(plan.signatures),
      },
    ];
  }
  return next;
}

/** Editing a signed or closed plan: a new revision in draft; what was signed stays as it was. */
export function newRevision(plan: Plan, now: Date): Plan {
  if (!isReadOnly(plan)) return plan;
  const at = now.toISOString();
  const revision = plan.revision + 1;
  return {
    ...plan,
    status: 'draft',
    outcome: null,
    revision,
    signatures: plan.signatures.map((s) => ({ ...s, date: null, pngBase64: null, width: 0, height: 0 })),
    updatedAt: at,
    history: [...plan.history, { at, revision, event: 'revision', detail: `revision ${revision} started from revision ${plan.revision}` }],
  };
}

/**
 * A new plan: a draft at revision 1 with the facts and content given, no signatures or exports,
 * and a history that starts with its creation (for the period of its facts). Validated.
 */
export function newDraftPlan(input: { id: string; repId: string; snapshot: FactsSnapshot; content: PlanContent; now: Date }): Plan {
  const at = input.now.toISOString();
  const period = input.snapshot.period ? formatPeriod(input.snapshot.period) : 'no period';
  return planSchema.parse({
    id: input.id,
    repId: input.repId,
    status: 'draft',
    outcome: null,
    revision: 1,
    snapshot: input.snapshot,
    content: input.content,
    signatures: [],
    history: [{ at, revision: 1, event: 'created', detail: `for ${period}` }],
    signed: [],
    exports: [],
    createdAt: at,
    updatedAt: at,
    // What the content started from: later, anything that differs from it is the manager's.
    baseline: input.content,
  });
}

/** One line of a plan's history as a manager reads it: no event codes, statuses by their labels. */
export function historyLine(h: Plan['history'][number]): string {
  const status = (key: string) => (key in STATUS_LABELS ? STATUS_LABELS[key as PlanStatus] : key);
  switch (h.event) {
    case 'created':
      return `Started (${h.detail.replace(/^for /, 'facts of ')})`;
    case 'status': {
      const closed = /^closed: (\w+)(?:, ([^]*))?$/.exec(h.detail);
      const outcome = closed?.[1] ?? '';
      const reason = closed?.[2] ? ` (${closed[2]})` : '';
      if (closed) return `Closed: ${outcome in OUTCOME_LABELS ? OUTCOME_LABELS[outcome as PlanOutcome] : outcome}${reason}`;
      return `Marked “${status(h.detail)}”`;
    }
    case 'revision':
      return `Revision ${h.detail.replace(/^revision /, '')}`;
    case 'export':
      return `Exported ${h.detail}`;
    case 'facts-refreshed':
      return `Facts updated: ${h.detail}`;
    case 'facts-restored':
      return `Facts update undone: ${h.detail}`;
    case 'hr-review':
      return `HR review: ${h.detail}`;
    case 'migrated':
      return `Carried over ${h.detail}`;
    case 'check-in':
      return `Check-in recorded: ${h.detail}`;
    case 'check-in-moved':
      return `Check-in moved: ${h.detail}`;
    case 'extended':
      return `Extended: ${h.detail}`;
    case 'escalation-flag':
      return `Flagged for escalation: ${h.detail}`;
  }
}
