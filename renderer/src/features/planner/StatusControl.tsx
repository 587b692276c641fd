import { useState } from 'react';
import { allowedTransitions, meetingGate, OUTCOME_LABELS, STATUS_LABELS } from '@shared/domain/plan';
import { useFormat } from '@renderer/ui/format';
import type { Plan, PlanOutcome, PlanStatus } from '@shared/schemas';
import { changeStatus, startRevision } from '@renderer/db/repositories/plans';
import { useDb } from '@renderer/state/db';
import { useAppStore } from '@renderer/state/store';
import { Button } from '@renderer/ui/Button';
import { Dialog } from '@renderer/ui/Dialog';

const ACTION: Record<PlanStatus, string> = {
  draft: 'Back to draft',
  ready: 'Mark ready to hold',
  held: 'Mark the conversation held',
  signed: 'Record it as signed',
  closed: 'Close the plan',
};

const CONFIRM: Record<PlanStatus, string> = {
  draft: 'The plan goes back to draft so you can keep preparing.',
  ready: 'You have prepared everything and are ready to hold the conversation.',
  held: 'You have held the conversation with the rep.',
  signed: 'Both of you have signed. The signed plan is frozen: later changes start a new revision and the signed copy stays as it was.',
  closed: 'The plan ends. Say how it ended; a closed plan stays on record and can no longer be changed.',
};

/** Status transitions, each confirmed; signed plans change only through a new revision. */
export function StatusControl({ plan }: { plan: Plan }) {
  const db = useDb();
  const notify = useAppStore((s) => s.notify);
  const [target, setTarget] = useState<PlanStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const fmt = useFormat();
  const gate = (to: PlanStatus) => meetingGate(plan, to, new Date(), fmt.locale);
  const early = allowedTransitions(plan.status)
    .map(gate)
    .find((g) => g !== null);
  const run = async (fn: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await fn();
      notify('success', done);
      setTarget(null);
    } catch (e) {
      notify('error', e instanceof Error ? e.message : 'That did not work.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="status-control" role="group" aria-label="Plan status">
      <p>
        Status: <strong className={`status status-${plan.status}`}>{STATUS_LABELS[plan.status]}</strong>
        {plan.outcome ? ` (${OUTCOME_LABELS[plan.outcome].toLowerCase()})` : ''} · revision {plan.revision}
      </p>
      <div className="row-actions">
        {allowedTransitions(plan.status).map((to) => (
          <Button
            key={to}
            variant={to === 'closed' || to === 'draft' ? 'ghost' : 'secondary'}
            onClick={() => setTarget(to)}
            disabled={gate(to) !== null}
          >
            {ACTION[to]}
          </Button>
        ))}
        {plan.status === 'signed' || plan.status === 'closed' ? (
          <Button
            variant="secondary"
            disabled={busy}
            onClick={() => void run(() => startRevision(db, plan.id), `Revision ${plan.revision + 1} started; the signed copy is kept.`)}
          >
            Edit as a new revision
          </Button>
        ) : null}
      </div>
      {early ? <p className="muted small">{early}</p> : null}
      <ConfirmStatus
        target={target}
        busy={busy}
        onCancel={() => setTarget(null)}
        onConfirm={(to, outcome) => void run(() => changeStatus(db, plan.id, to, outcome), `Plan: ${STATUS_LABELS[to].toLowerCase()}.`)}
      />
    </div>
  );
}

/** Asks before the status changes; closing a plan also asks how it ended. */
function ConfirmStatus({
  target,
  busy,
  onCancel,
  onConfirm,
}: {
  target: PlanStatus | null;
  busy: boolean;
  onCancel: () => void;
  onConfirm: (to: PlanStatus, outcome: PlanOutcome | null) => void;
}) {
  const [outcome, setOutcome] = useState<PlanOutcome>('met');
  return (
    <Dialog
      open={target !== null}
      onOpenChange={(o) => (o ? null : onCancel())}
      title={target ? ACTION[target] : ''}
      description={target ? CONFIRM[target] : ''}
    >
      {target === 'closed' ? (
        <fieldset className="plain-fieldset radio-row">
          <legend className="small">How did it end?</legend>
          {(['met', 'escalated', 'withdrawn'] as const).map((o) => (
            <label key={o} className="checkbox">
              <input type="radio" name="outcome" value={o} checked={outcome === o} onChange={() => setOutcome(o)} /> {OUTCOME_LABELS[o]}
            </label>
          ))}
        </fieldset>
      ) : null}
      <div className="form-actions">
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        <Button variant="primary" disabled={busy} onClick={() => target && onConfirm(target, target === 'closed' ? outcome : null)}>
          Confirm
        </Button>
      </div>
    </Dialog>
  );
}
