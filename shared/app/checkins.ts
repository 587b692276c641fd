// Check-in use cases, written once for the app and the CLI over the storage port: the schedule of
// a plan and of the whole team as of a day, moving a check-in with its reason, keeping a draft,
// recording a check-in with the facts it saw (one transaction with the plan's history), and the
// plan following: extended, closed as met or as escalated, each a dated line in its history.
import { checkInSchedule, escalationFlag, followsUp, PROGRESS_LABELS, finalStatus, type ScheduledCheckIn } from '../domain/checkin';
import { isoDay, transition, TransitionError } from '../domain/plan';
import { formatDate } from '../lib/format';
import { randomId, systemClock, type Clock, type IdSource } from '../lib/ids';
import { err, ok, type Result } from '../lib/result';
import { checkInSchema, isoDateSchema, planSchema, type CheckIn, type CheckInFacts, type CheckInItem, type ActionItem, type Plan } from '../schemas';
import type { Store } from './store';

export type CheckInDeps = { ids: IdSource; clock: Clock };
const defaults: CheckInDeps = { ids: randomId, clock: systemClock };

/** A real calendar day written YYYY-MM-DD (not 30 February). */
const isDay = (s: string) => isoDateSchema.safeParse(s).success && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;
const day = (iso: string) => formatDate(iso);

/** Every check-in of a plan as of a day (its stored rows matched to its cadence). */
export async function planCheckIns(store: Store, planId: string, asOf: string): Promise<{ plan: Plan; schedule: ScheduledCheckIn[] } | null> {
  const plan = await store.table('plans').get(planId);
  if (!plan) return null;
  return { plan, schedule: checkInSchedule(plan, await store.table('checkIns').where('planId', planId), asOf) };
}

async function findSlot(store: Store, planId: string, slot: number, asOf: string) {
  const found = await planCheckIns(store, planId, asOf);
  if (!found) return err('no-plan', 'This plan is no longer stored.');
  const entry = found.schedule.find((c) => c.slot === slot);
  if (!entry) return err('no-check-in', 'This plan has no such check-in; its schedule may have changed.');
  return ok({ plan: found.plan, entry });
}

/** The stored row of a scheduled check-in, or a fresh one for its slot and day. */
export function baseRow(plan: Plan, entry: ScheduledCheckIn, ids: IdSource): CheckIn {
  return (
    entry.row ?? {
      id: ids(),
      planId: plan.id,
      repId: plan.repId,
      dueDate: entry.due,
      heldDate: null,
      notes: '',
      itemStatuses: [],
      wins: [],
      slot: entry.slot,
    }
  );
}

/** Moves a check-in that is not recorded yet to another day; the reason is kept with the move and in the plan's history. */
export async function moveCheckIn(
  store: Store,
  req: { planId: string; slot: number; to: string; reason: string },
  deps: CheckInDeps = defaults,
): Promise<Result<CheckIn>> {
  const reason = req.reason.trim();
  if (!isDay(req.to)) return err('bad-date', 'Give the new day as a date, for example 2027-01-15.');
  if (!reason) return err('no-reason', 'Say why the check-in moves: the reason is kept with it.');
  if (reason.length > 500) return err('long-reason', 'Keep the reason under 500 characters.');
  return store.transaction(['plans', 'checkIns'], async () => {
    const now = deps.clock();
    const found = await findSlot(store, req.planId, req.slot, isoDay(now));
    if (!found.ok) return found;
    const { plan, entry } = found.value;
    if (entry.state === 'recorded') return err('recorded', 'This check-in is recorded already; it cannot move.');
    if (req.to === entry.due) return err('same-day', 'The check-in is on that day already.');
    const at = now.toISOString();
    const base = baseRow(plan, entry, deps.ids);
    const row = checkInSchema.parse({
      ...base,
      dueDate: req.to,
      moves: [...(base.moves ?? []), { from: entry.due, to: req.to, reason, at }],
      updatedAt: at,
    });
    await store.table('checkIns').put([row]);
    const history = [
      ...plan.history,
      { at, revision: plan.revision, event: 'check-in-moved' as const, detail: `${day(entry.due)} to ${day(req.to)}, ${reason}`.slice(0, 500) },
    ];
    await store.table('plans').put([planSchema.parse({ ...plan, history, updatedAt: at })]);
    return ok(row);
  });
}

export type CheckInDraft = { notes: string; items: CheckInItem[]; newItems: ActionItem[] };

/** Keeps what the manager typed so far (notes, statuses, words, new items) on the check-in's row; a recorded one is not changed. */
export async function saveCheckInDraft(
  store: Store,
  req: { planId: string; slot: number } & CheckInDraft,
  deps: CheckInDeps = defaults,
): Promise<Result<CheckIn>> {
  return store.transaction(['plans', 'checkIns'], async () => {
    const now = deps.clock();
    const found = await findSlot(store, req.planId, req.slot, isoDay(now));
    if (!found.ok) return found;
    const { plan, entry } = found.value;
    if (entry.state === 'recorded') return err('recorded', 'This check-in is recorded already; it is kept as it was.');
    const parsed = checkInSchema.safeParse({
      ...baseRow(plan, entry, deps.ids),
      notes: req.notes,
      items: req.items,
      newItems: req.newItems,
      updatedAt: now.toISOString(),
    });
    if (!parsed.success) return err('invalid', 'Part of this check-in is too long to keep; shorten the notes or the words.');
    await store.table('checkIns').put([parsed.data]);
    return ok(parsed.data);
  });
}

/** A status set by the manager that differs from the computed one needs its reason. */
export function missingReasons(items: readonly CheckInItem[]): CheckInItem[] {
  return items.filter((i) => i.status !== null && i.status !== i.computed && !i.reason.trim());
}

/**
 * Records a check-in: the notes, each item's computed and final status with the manager's word,
 * the new action items and the facts it saw, held on `heldDate`. In one transaction the row is
 * written and the plan's history gains a dated line (and a flag line when a 30/60/90-day mark
 * finds a target missed). A recorded check-in is not changed again.
 */
export async function recordCheckIn(
  store: Store,
  req: { planId: string; slot: number; heldDate: string; facts: CheckInFacts } & CheckInDraft,
  deps: CheckInDeps = defaults,
): Promise<Result<CheckIn>> {
  if (!isDay(req.heldDate)) return err('bad-date', 'Give the day the check-in was held, for example 2027-01-15.');
  const unexplained = missingReasons(req.items)[0];
  if (unexplained)
    return err(
      'no-reason',
      `Say why “${unexplained.action.slice(0, 80)}” is ${PROGRESS_LABELS[unexplained.status ?? 'on-track'].toLowerCase()} and not as computed.`,
    );
  return store.transaction(['plans', 'checkIns'], async () => {
    const now = deps.clock();
    const found = await findSlot(store, req.planId, req.slot, isoDay(now));
    if (!found.ok) return found;
    const { plan, entry } = found.value;
    if (!followsUp(plan)) return err('not-agreed', 'Check-ins are recorded on a plan once the conversation is held.');
    if (entry.state === 'recorded') return err('recorded', 'This check-in is recorded already.');
    if (req.heldDate > isoDay(now)) return err('future', 'A check-in is recorded on or after the day it was held, not before.');
    const at = now.toISOString();
    const base = baseRow(plan, entry, deps.ids);
    const parsed = checkInSchema.safeParse({
      ...base,
      heldDate: req.heldDate,
      notes: req.notes,
      items: req.items,
      newItems: req.newItems,
      itemStatuses: [],
      facts: req.facts,
      recordedAt: at,
      updatedAt: at,
    });
    if (!parsed.success) return err('invalid', 'Part of this check-in is too long to keep; shorten the notes or the words.');
    const row = parsed.data;
    await store.table('checkIns').put([row]);
    const counts = summaryCounts(row.items ?? []);
    const history: Plan['history'] = [
      ...plan.history,
      { at, revision: plan.revision, event: 'check-in', detail: `held ${day(req.heldDate)}${counts ? `; ${counts}` : ''}`.slice(0, 500) },
    ];
    const rows = await store.table('checkIns').where('planId', plan.id);
    const before = escalationFlag(
      plan,
      rows.filter((r) => r.id !== row.id),
      isoDay(now),
    );
    const after = escalationFlag(plan, rows, isoDay(now));
    if (after && (!before || before.day !== after.day))
      history.push({
        at,
        revision: plan.revision,
        event: 'escalation-flag',
        detail: `at ${after.day} days (${day(after.date)}): ${after.missed.join('; ')}`.slice(0, 500),
      });
    await store.table('plans').put([planSchema.parse({ ...plan, history, updatedAt: at })]);
    return ok(row);
  });
}

/** "2 on track, 1 off track": how many items ended in each status. */
export function summaryCounts(items: readonly CheckInItem[]): string {
  const counts = new Map<string, number>();
  for (const i of items) {
    const s = finalStatus(i);
    if (s) counts.set(PROGRESS_LABELS[s].toLowerCase(), (counts.get(PROGRESS_LABELS[s].toLowerCase()) ?? 0) + 1);
  }
  return [...counts].map(([label, n]) => `${n} ${label}`).join(', ');
}

/**
 * Extends a plan that follows up to a new end day, with the reason: check-ins go on at the same
 * cadence until that day, and action items due earlier are due on it. A dated line in its history.
 */
export async function extendPlan(
  store: Store,
  req: { planId: string; to: string; reason: string },
  deps: CheckInDeps = defaults,
): Promise<Result<Plan>> {
  const reason = req.reason.trim();
  if (!isDay(req.to)) return err('bad-date', 'Give the new end as a date, for example 2027-03-31.');
  if (!reason) return err('no-reason', 'Say why the plan is extended: the reason goes in its history.');
  return store.transaction(['plans'], async () => {
    const plan = await store.table('plans').get(req.planId);
    if (!plan) return err('no-plan', 'This plan is no longer stored.');
    if (!followsUp(plan)) return err('not-agreed', 'Only a plan that was held or signed, and is not closed, can be extended.');
    const now = deps.clock();
    if (req.to <= isoDay(now)) return err('past', 'The new end must be after today.');
    const { startDate, everyDays } = plan.content.checkIns;
    const count = startDate ? Math.min(52, Math.floor((Date.parse(req.to) - Date.parse(startDate)) / 86_400_000 / everyDays)) : 0;
    const checkIns = { ...plan.content.checkIns, count: Math.max(plan.content.checkIns.count, count) };
    const actionItems = plan.content.actionItems.map((a) => (a.deadline && a.deadline < req.to ? { ...a, deadline: req.to } : a));
    const at = now.toISOString();
    const next = planSchema.parse({
      ...plan,
      content: { ...plan.content, checkIns, actionItems },
      updatedAt: at,
      history: [...plan.history, { at, revision: plan.revision, event: 'extended', detail: `to ${day(req.to)}, ${reason}`.slice(0, 500) }],
    });
    await store.table('plans').put([next]);
    return ok(next);
  });
}

/** Closes a plan that follows up as met or as escalated, with the reason beside the dated status line. */
export async function closePlan(
  store: Store,
  req: { planId: string; outcome: 'met' | 'escalated'; reason: string },
  deps: CheckInDeps = defaults,
): Promise<Result<Plan>> {
  const reason = req.reason.trim();
  if (!reason)
    return err(
      'no-reason',
      req.outcome === 'met' ? 'Say what was met: it goes in the plan’s history.' : 'Say why the plan is escalated: it goes in the plan’s history.',
    );
  return store.transaction(['plans'], async () => {
    const plan = await store.table('plans').get(req.planId);
    if (!plan) return err('no-plan', 'This plan is no longer stored.');
    if (!followsUp(plan)) return err('not-agreed', 'Only a plan that was held or signed, and is not closed, can be closed this way.');
    try {
      const now = deps.clock();
      const closed = transition(plan, 'closed', now, req.outcome);
      // The status line transition() wrote says how it ended; the reason goes on the same line.
      const history = closed.history.map((h, i) =>
        i === closed.history.length - 1 ? { ...h, detail: `closed: ${req.outcome}, ${reason}`.slice(0, 500) } : h,
      );
      const next = planSchema.parse({ ...closed, history, updatedAt: now.toISOString() });
      await store.table('plans').put([next]);
      return ok(next);
    } catch (e) {
      if (e instanceof TransitionError) return err('transition', e.message);
      throw e;
    }
  });
}
