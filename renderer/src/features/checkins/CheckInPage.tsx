import './checkins.css';
import { useMemo } from 'react';
import { checkInPractice, measurePlanOn, planCheckIns, progressWindowLabel } from '@shared/app';
import { PACE_RULE_TEXT } from '@shared/domain/followup';
import { carriedForward, followsUp, lastRecorded } from '@shared/domain/checkin';
import { isoDay } from '@shared/domain/plan';
import { useStoreQuery } from '@renderer/db/hooks';
import { hrefFor } from '@renderer/state/router';
import { useFormat } from '@renderer/ui/format';
import { PageHeader } from '@renderer/ui/PageHeader';
import { useDiagnosisData } from '../diagnosis';
import { useTextFormat } from '../planner';
import { dueText, STATE_TEXT } from '../followup';
import { localToday } from '../roleplay';
import { CheckInForm } from './CheckInForm';
import { MoveCheckIn } from './MoveCheckIn';
import { PlanFollow } from './PlanFollow';
import { PlanPractice } from './Practice';
import { RecordedCheckIn } from './RecordedCheckIn';

// long-function: page layout: loading, error and empty states around the form; no rule of its own.
export function CheckInPage({ planId, slot }: { planId: string; slot: number }) {
  const fmt = useFormat();
  const format = useTextFormat();
  const asOf = isoDay(new Date());
  const found = useStoreQuery((s) => planCheckIns(s, planId, asOf), [planId, asOf]);
  // Practice is read on the manager's own calendar day, as the Role-play page reads it.
  const today = localToday();
  const practice = useStoreQuery((s) => checkInPractice(s, planId, today), [planId, today]) ?? undefined;
  const data = useDiagnosisData();
  const plan = found?.plan;
  const progress = useMemo(() => (plan && data ? measurePlanOn(plan, data, { asOf, format }) : null), [plan, data, asOf, format]);
  if (found === undefined)
    return (
      <p className="muted" role="status">
        Loading the check-in…
      </p>
    );
  if (found === null || !plan) {
    return (
      <>
        <PageHeader title="Check-in not found" />
        <p>
          This plan is no longer stored. <a href={hrefFor({ page: 'plans' })}>Back to the plans</a>
        </p>
      </>
    );
  }
  const { schedule } = found;
  const entry = schedule.find((c) => c.slot === slot);
  const rows = schedule.flatMap((c) => (c.row ? [c.row] : []));
  const title = `Check-in with ${plan.snapshot.repName}`;
  if (!entry) {
    return (
      <>
        <PageHeader title={title} />
        <p>
          This plan has no such check-in; its schedule may have changed. <a href={hrefFor({ page: 'plan', planId })}>Open the plan</a>
        </p>
      </>
    );
  }
  const index = schedule.indexOf(entry);
  // The check-in recorded last (even when held after this one's day) is what carries on.
  const last = lastRecorded(
    rows.filter((r) => r.id !== entry.row?.id),
    plan.id,
  );
  const carried = carriedForward(last);
  return (
    <>
      <PageHeader
        title={title}
        subtitle={`Check-in ${index + 1} of ${schedule.length} · ${dueText(entry, asOf, fmt.date)}`}
        actions={
          <a className="btn" href={hrefFor({ page: 'plan', planId })}>
            Open the plan
          </a>
        }
      />
      <nav aria-label="This plan’s check-ins" className="checkin-nav">
        <ul className="plain-list">
          {schedule.map((c, i) => (
            <li key={c.slot}>
              <a href={hrefFor({ page: 'checkin', planId, slot: c.slot })} aria-current={c.slot === slot ? 'page' : undefined}>
                {i + 1}. {fmt.date(c.due)}
              </a>{' '}
              <span className={`badge checkin-state checkin-${c.state}`}>{STATE_TEXT[c.state]}</span>
            </li>
          ))}
        </ul>
      </nav>
      {!followsUp(plan) && entry.state !== 'recorded' ? (
        <p className="notice notice-info">
          Check-ins are recorded once the conversation is held: this plan is {plan.status === 'closed' ? 'closed' : 'not held yet'}.
        </p>
      ) : null}
      {entry.state === 'recorded' && entry.row ? (
        <RecordedCheckIn plan={plan} row={entry.row} schedule={schedule} />
      ) : (
        <>
          {progress ? (
            <section className="card" aria-labelledby="progress-title">
              <h2 id="progress-title" className="card-title">
                Progress since the plan began
              </h2>
              <p>
                {progress.measuredThrough
                  ? `Measured on the newest imported data, ${progressWindowLabel(progress, fmt.locale)}, against the plan’s facts of ${fmt.period(progress.since ?? progress.measuredThrough)}.`
                  : 'No complete period of new data yet: import the next months to measure progress.'}
              </p>
              {progress.incompleteNote ? <p className="notice notice-info">{progress.incompleteNote}</p> : null}
              {progress.dataNote ? <p className="notice notice-warn">{progress.dataNote}</p> : null}
              <details className="checkin-rule">
                <summary>The rule behind each status</summary>
                <p className="small">{PACE_RULE_TEXT}</p>
              </details>
            </section>
          ) : null}
          <PlanPractice rows={practice} repId={plan.repId} repName={plan.snapshot.repName} />
          {followsUp(plan) ? <MoveCheckIn entry={entry} /> : null}
          {followsUp(plan) ? (
            <CheckInForm
              key={`${plan.id}-${entry.slot}`}
              plan={plan}
              entry={entry}
              carried={carried}
              progress={progress}
              practice={practice}
              asOf={asOf}
            />
          ) : null}
        </>
      )}
      <PlanFollow plan={plan} rows={rows} asOf={asOf} />
    </>
  );
}
