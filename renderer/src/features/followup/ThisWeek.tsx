import './followup.css';
import { dueTomorrow, thisWeek, weekEnd } from '@shared/domain/checkin';
import { isoDay } from '@shared/domain/plan';
import type { CheckIn, Plan } from '@shared/schemas';
import { hrefFor } from '@renderer/state/router';
import { useFormat } from '@renderer/ui/format';
import { dueText, STATE_TEXT } from './labels';

/** Check-ins overdue or due by Sunday, over every plan that follows up: a past one never drops off. */
export function ThisWeek({ plans, checkIns, names }: { plans: readonly Plan[]; checkIns: readonly CheckIn[]; names: ReadonlyMap<string, string> }) {
  const fmt = useFormat();
  const asOf = isoDay(new Date());
  const list = thisWeek(plans, checkIns, asOf);
  const overdue = list.filter((c) => c.state === 'overdue').length;
  // Tomorrow may be next week (on a Sunday): said here too, beside the reminder.
  const tomorrow = dueTomorrow(plans, checkIns, asOf).filter(
    (c) => !list.includes(c) && !list.some((l) => l.planId === c.planId && l.slot === c.slot),
  );
  const nameOf = (c: { repId: string; planId: string }) => names.get(c.repId) ?? plans.find((p) => p.id === c.planId)?.snapshot.repName ?? 'A rep';
  return (
    <section className="card this-week" aria-labelledby="this-week">
      <h2 id="this-week" className="card-title">
        This week: check-ins up to {fmt.date(weekEnd(asOf))}
      </h2>
      {tomorrow.length > 0 ? (
        <p className="notice notice-info">
          Tomorrow, {fmt.date(tomorrow[0]?.due ?? asOf)}: {tomorrow.map(nameOf).join(', ')}
        </p>
      ) : null}
      {list.length === 0 ? (
        <p className="muted small">No check-in is due this week, and none is overdue.</p>
      ) : (
        <>
          <p className="muted small">
            {list.length} {list.length === 1 ? 'check-in' : 'check-ins'} to hold{overdue > 0 ? `, ${overdue} of them overdue` : ''}.
          </p>
          <ul className="plain-list this-week-list">
            {list.map((c) => {
              const name = nameOf(c);
              return (
                <li key={`${c.planId}-${c.slot}`}>
                  <a href={hrefFor({ page: 'checkin', planId: c.planId, slot: c.slot })}>{name}</a>{' '}
                  <span className={`badge checkin-state checkin-${c.state}`}>{STATE_TEXT[c.state]}</span>{' '}
                  <span className="muted small">{dueText(c, asOf, fmt.date)}</span>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
