import { sessionResult } from '@shared/domain/roleplay';
import { STATUS_LABELS } from '@shared/domain/plan';
import type { PlanItemOption } from '@renderer/db/repositories/roleplay';
import { useFormat } from '@renderer/ui/format';
import { Button } from '@renderer/ui/Button';
import type { RunnerAction, RunnerState } from '../state/runner';
import { NoteField } from './NoteField';
import { ResultLine } from './ResultLine';

/** The rubric with its anchors, the result so far, session notes and the plan item. */
export function Scoring({
  state,
  dispatch,
  notesRef,
  planItems,
  finishError,
  onFinish,
}: {
  state: RunnerState;
  dispatch: (a: RunnerAction) => void;
  notesRef: React.RefObject<HTMLTextAreaElement | null>;
  planItems: PlanItemOption[];
  finishError: string | null;
  onFinish: () => void;
}) {
  const { session } = state;
  const result = sessionResult(session);
  return (
    <section className="card rp-scoring" aria-label="Scoring">
      <ol className="rp-criteria">
        {session.script.rubric.criteria.map((c, i) => (
          <Criterion
            key={c.id}
            criterion={c}
            current={i === state.criterion}
            score={session.scores[c.id]}
            onScore={(score) => dispatch({ type: 'score', index: i, score, advance: false })}
          />
        ))}
      </ol>
      <ResultLine result={result} />
      <NoteField
        id="rp-notes"
        label="Session notes"
        inputRef={notesRef}
        value={session.notes}
        onChange={(text) => dispatch({ type: 'notes', text })}
      />
      {planItems.length || session.planItemId ? (
        <PlanItemSelect planItems={planItems} value={session.planItemId} onChange={(id) => dispatch({ type: 'plan-item', id })} />
      ) : null}
      {finishError ? (
        <p className="form-error" role="alert">
          {finishError}
        </p>
      ) : null}
      <div className="form-actions">
        <Button variant="primary" onClick={onFinish} aria-keyshortcuts="F">
          Finish and save the result
        </Button>
      </div>
    </section>
  );
}

type Criterion = RunnerState['session']['script']['rubric']['criteria'][number];

/** One criterion: its name, a score from 1 to 5, and what a 1, a 3 and a 5 look like. */
function Criterion({
  criterion: c,
  current,
  score,
  onScore,
}: {
  criterion: Criterion;
  current: boolean;
  score: number | undefined;
  onScore: (score: number) => void;
}) {
  return (
    <li className={current ? 'rp-criterion rp-criterion-on' : 'rp-criterion'} aria-current={current ? 'step' : undefined}>
      <div className="rp-criterion-head">
        <h3 id={`rp-c-${c.id}`}>{c.name}</h3>
        <div className="rp-scores" role="radiogroup" aria-labelledby={`rp-c-${c.id}`}>
          {[1, 2, 3, 4, 5].map((v) => (
            <button
              key={v}
              type="button"
              role="radio"
              aria-checked={score === v}
              className={`rp-score${score === v ? ' rp-score-on' : ''}`}
              onClick={() => onScore(v)}
            >
              {v}
            </button>
          ))}
        </div>
      </div>
      <dl className="rp-anchors">
        {(['1', '3', '5'] as const).map((level) => (
          <div key={level} className={score === Number(level) ? 'rp-anchor-on' : undefined}>
            <dt>{level}</dt>
            <dd>{c.anchors[level]}</dd>
          </div>
        ))}
      </dl>
    </li>
  );
}

/** The development-plan item a session works on, grouped by plan (newest first). */
export function PlanItemSelect({
  planItems,
  value,
  onChange,
}: {
  planItems: PlanItemOption[];
  value: string | null;
  onChange: (id: string | null) => void;
}) {
  const fmt = useFormat();
  const plans = new Map<string, PlanItemOption[]>();
  for (const item of planItems) plans.set(item.planId, [...(plans.get(item.planId) ?? []), item]);
  const known = value === null || planItems.some((p) => p.id === value);
  return (
    <div className="field">
      <label htmlFor="rp-plan-item">Development-plan item this works on</label>
      <select id="rp-plan-item" className="input" value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">None</option>
        {known ? null : <option value={value ?? ''}>An item of a closed or deleted plan</option>}
        {[...plans.values()].map((items) => {
          const first = items[0]!;
          return (
            <optgroup key={first.planId} label={`Plan started ${fmt.date(first.planCreatedAt)} (${STATUS_LABELS[first.planStatus].toLowerCase()})`}>
              {items.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
            </optgroup>
          );
        })}
      </select>
      <p className="field-hint">The plan’s development step shows the scores of the sessions linked to it.</p>
    </div>
  );
}
