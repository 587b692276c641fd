import { useState } from 'react';
import { escalationFlag, milestoneResults, type MilestoneState } from '@shared/domain/checkin';
import { historyLine } from '@shared/domain/plan';
import type { CheckIn, Plan } from '@shared/schemas';
import { closePlan, extendPlan } from '@renderer/db/repositories/checkins';
import { useDb } from '@renderer/state/db';
import { useAppStore } from '@renderer/state/store';
import { Button } from '@renderer/ui/Button';
import { Field } from '@renderer/ui/Field';
import { useFormat } from '@renderer/ui/format';

const MILESTONE_TEXT: Record<MilestoneState, string> = {
  met: 'Met',
  missed: 'Missed',
  'not-checked': 'No check-in recorded by then',
  ahead: 'Still ahead',
};
const FOLLOW_EVENTS = new Set(['check-in', 'check-in-moved', 'extended', 'escalation-flag', 'status']);

type Action = 'extend' | 'met' | 'escalated';

/** The plan following its check-ins: milestones, the escalation flag, extend or close, and the dated history. */
// long-function: markup of the plan's milestones and its extend / close controls; the rules live in shared/domain/checkin.
export function PlanFollow({ plan, rows, asOf }: { plan: Plan; rows: readonly CheckIn[]; asOf: string }) {
  const db = useDb();
  const notify = useAppStore((s) => s.notify);
  const fmt = useFormat();
  const [action, setAction] = useState<Action>('extend');
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const flag = escalationFlag(plan, rows, asOf);
  const milestones = milestoneResults(plan, rows, asOf);
  const history = plan.history.filter((h) => FOLLOW_EVENTS.has(h.event));
  const open = plan.status !== 'closed';

  const apply = async () => {
    const r =
      action === 'extend' ? await extendPlan(db, { planId: plan.id, to, reason }) : await closePlan(db, { planId: plan.id, outcome: action, reason });
    if (!r.ok) return setError(r.error.message);
    setError(null);
    setReason('');
    notify('success', action === 'extend' ? `Plan extended to ${fmt.date(to)}.` : `Plan closed as ${action === 'met' ? 'met' : 'escalated'}.`);
  };

  return (
    <section className="card" aria-labelledby="plan-follow">
      <h2 id="plan-follow" className="card-title">
        The plan
      </h2>
      {flag ? (
        <p className="notice notice-warn" role="note">
          Flagged for escalation at {flag.day} days ({fmt.date(flag.date)}): off track at the last check-in — {flag.missed.join('; ')}.
        </p>
      ) : null}
      <h3 className="checkin-subhead">Milestones</h3>
      {milestones.length === 0 ? <p className="muted small">The plan sets no milestones.</p> : null}
      <ul className="plain-list">
        {milestones.map((m) => (
          <li key={m.id}>
            <strong>{m.date ? fmt.date(m.date) : 'No date'}</strong> · {m.text} ·{' '}
            <span className={`milestone milestone-${m.state}`}>
              {MILESTONE_TEXT[m.state]}
              {m.checkInDay ? ` (check-in of ${fmt.date(m.checkInDay)})` : ''}
            </span>
          </li>
        ))}
      </ul>
      {open ? (
        <fieldset className="plan-follow-actions">
          <legend>Extend or close the plan</legend>
          <div className="form-row">
            <Field label="What to do">
              <select className="input" value={action} onChange={(e) => setAction(e.target.value as Action)}>
                <option value="extend">Extend to a new end</option>
                <option value="met">Close as met</option>
                <option value="escalated">Close as escalated</option>
              </select>
            </Field>
            {action === 'extend' ? (
              <Field label="New end">
                <input className="input" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
              </Field>
            ) : null}
            <Field label="Reason" error={error ?? undefined}>
              <input className="input" value={reason} maxLength={400} onChange={(e) => setReason(e.target.value)} />
            </Field>
          </div>
          <div className="form-actions">
            <Button onClick={() => void apply()}>{action === 'extend' ? 'Extend the plan' : 'Close the plan'}</Button>
          </div>
        </fieldset>
      ) : null}
      {history.length > 0 ? (
        <>
          <h3 className="checkin-subhead">Follow-up history</h3>
          <ul className="plain-list small" aria-label="Follow-up history">
            {history.map((h, i) => (
              <li key={`${h.at}-${i}`}>
                {fmt.dateTime(h.at)} · {historyLine(h)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
