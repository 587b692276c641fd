// Use case: a recorded check-in as the summary document for the rep, in the manager's format.
import { finalStatus, practiceItemLabel, practiceWords, PROGRESS_LABELS, type ScheduledCheckIn } from '../domain/checkin';
import { buildCheckInSummary, makeFormatter, type CheckInSummaryInput, type DocumentModel } from '../domain/document';
import { PACE_RULE_TEXT } from '../domain/followup';
import { metricFacts } from '../domain/metrics';
import { windowLabel } from '../domain/plan';
import { formatPeriod } from '../lib/format';
import type { CheckIn, CheckInItem, Plan } from '../schemas';

/** "On track" or, where the manager set another, "On track (computed: at risk; two deals moved to January)". */
export function statusText(i: Pick<CheckInItem, 'status' | 'computed' | 'reason'>): string {
  const final = finalStatus(i);
  const text = final ? PROGRESS_LABELS[final] : 'Not measured';
  if (i.status === null || i.status === i.computed) return text;
  const computed = i.computed ? PROGRESS_LABELS[i.computed].toLowerCase() : 'not measured';
  return `${text} (computed: ${computed}; ${i.reason.trim()})`;
}

export function checkInSummaryDocument(
  plan: Plan,
  row: CheckIn,
  schedule: readonly ScheduledCheckIn[],
  opts: { locale: string; currency: string | null },
): DocumentModel {
  // A metric’s label and unit: as the plan’s facts hold it, else as the catalogue has it.
  const labelOf = (key: string | null) => (key ? (plan.snapshot.metrics.find((m) => m.key === key) ?? metricFacts(key)) : undefined);
  const facts = row.facts;
  const measured = facts
    ? { asOf: facts.asOf, through: facts.latestPeriod ? formatPeriod(facts.latestPeriod, opts.locale) : null, incomplete: facts.latestIncomplete }
    : null;
  const held = row.heldDate ?? row.dueDate;
  const next = schedule.find((c) => c.state !== 'recorded' && c.due > held)?.due ?? null;
  return buildCheckInSummary(
    {
      repName: plan.snapshot.repName,
      managerName: plan.content.managerName,
      heldDate: held,
      planFacts: windowLabel(plan, opts.locale) || 'no period',
      measured,
      rule: PACE_RULE_TEXT,
      incompleteNote: null,
      notes: row.notes,
      items: (row.items ?? []).map((i) => ({
        action: i.action,
        metric: labelOf(i.metricKey)?.label ?? (i.metricKey ? i.metricKey : 'No metric'),
        unit: labelOf(i.metricKey)?.unit ?? null,
        baseline: i.baseline,
        current: i.current,
        target: i.target,
        status: statusText(i),
        word: i.word,
      })),
      newItems: (row.newItems ?? []).map((n) => ({ action: n.action, deadline: n.deadline, owner: n.owner })),
      practice: practiceLines(row, opts),
      nextCheckIn: next,
    },
    opts,
  );
}

/** The practice the check-in kept, in the document's words (its long dates): none when it kept none. */
function practiceLines(row: CheckIn, opts: { locale: string; currency: string | null }): CheckInSummaryInput['practice'] {
  const f = makeFormatter(opts);
  const words = { score: (n: number) => f.value(n, 'decimal'), date: (d: string) => f.date(d) };
  return (row.facts?.practice ?? []).map((p) => {
    const w = practiceWords(p, words);
    return { script: p.scriptTitle, item: practiceItemLabel(p.skill), facts: `${w.passMark}; ${w.due}; ${w.sessions}`, status: w.status };
  });
}
