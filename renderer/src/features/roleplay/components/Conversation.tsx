import { ChevronLeft, ChevronRight } from 'lucide-react';
import { buyerLine, leadsTo, nextIndex, stepPosition } from '@shared/domain/roleplay';
import { Button } from '@renderer/ui/Button';
import { NoteField } from './NoteField';
import type { RunnerAction, RunnerState } from '../state/runner';

/** One step of the conversation: the buyer's line, every other line the coach may use, and a note. */
export function Conversation({
  state,
  dispatch,
  noteRef,
}: {
  state: RunnerState;
  dispatch: (a: RunnerAction) => void;
  noteRef: React.RefObject<HTMLTextAreaElement | null>;
}) {
  const { session } = state;
  const i = session.currentStep;
  const step = session.script.steps[i];
  const chosen = session.steps[i];
  if (!step || !chosen) return null;
  // Where the chosen line leads: a later step, or (null) the end of the conversation.
  const next = nextIndex(session.script, i, chosen.branchId);
  const leads = (to: string | null) => leadsTo(session.script, to);
  const where = stepPosition(session.script, session.steps, i);
  const lines = [
    { id: null, label: 'Main line', buyer: step.buyer, leads: leads(step.next) },
    ...step.branches.map((b) => ({ id: b.id, label: b.when, buyer: b.buyer, leads: leads(b.next) })),
  ];
  return (
    <section className="card rp-step" aria-label={`Step ${where.at} of ${where.of}`}>
      <p className="muted small">
        Step {where.at} of {where.of}
      </p>
      <blockquote className="rp-buyer" aria-label="The buyer says">
        <span className="rp-buyer-name">{session.script.persona.name}:</span> “{buyerLine(step, chosen.branchId)}”
      </blockquote>
      <p>
        <strong>The rep aims to:</strong> {step.repAim}
      </p>
      {step.coachNote ? <p className="muted small">Watch: {step.coachNote}</p> : null}
      {lines.length > 1 ? (
        <div className="rp-lines" role="radiogroup" aria-label="Buyer’s line">
          {lines.map((l, n) => (
            <button
              key={l.id ?? 'main'}
              type="button"
              role="radio"
              aria-checked={chosen.branchId === l.id}
              className={`rp-line${chosen.branchId === l.id ? ' rp-line-on' : ''}`}
              onClick={() => dispatch({ type: 'choose-line', index: n })}
            >
              <kbd>{n + 1}</kbd>{' '}
              <span className="rp-line-body">
                <span>{l.label}</span>
                <span className="rp-line-text">“{l.buyer}”</span>
                {l.leads ? <span className="muted small">{l.leads}</span> : null}
              </span>
            </button>
          ))}
        </div>
      ) : null}
      <NoteField
        id="rp-step-note"
        label="Notes on this step"
        inputRef={noteRef}
        value={chosen.note}
        onChange={(text) => dispatch({ type: 'step-note', text })}
      />
      <div className="form-actions">
        <Button size="sm" icon={<ChevronLeft size={14} />} disabled={i === 0} onClick={() => dispatch({ type: 'step', delta: -1 })}>
          Previous step
        </Button>
        <Button size="sm" disabled={next === null} onClick={() => dispatch({ type: 'step', delta: 1 })}>
          Next step <ChevronRight size={14} aria-hidden="true" />
        </Button>
        {next === null ? (
          <Button size="sm" variant="primary" onClick={() => dispatch({ type: 'mode', mode: 'scoring' })}>
            Go to scoring
          </Button>
        ) : null}
      </div>
    </section>
  );
}
