import { useLiveQuery } from 'dexie-react-hooks';
import { ArrowLeft, ChevronLeft, ChevronRight, Pause, Play } from 'lucide-react';
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { buyerLine, formatElapsed, sessionResult, SKILL_LABELS } from '../../../../../shared/domain/roleplay';
import type { RoleplaySession } from '../../../../../shared/schemas';
import { useDb } from '../../../state/db';
import { developmentItemsForRep, getSession, saveSession, type PlanItemOption } from '../../../db/repositories/roleplay';
import { STATUS_LABELS } from '../../../../../shared/domain/plan';
import { useFormat } from '../../../ui/format';
import { Button } from '../../../ui/Button';
import { initRunner, runnerReducer, type RunnerAction, type RunnerState } from '../state/runner';
import { hrefLocation } from '../state/view';
import { ResultLine } from './ResultLine';
import { FinishedSession } from './SessionResult';
import { useStoreQuery } from '../../../db/hooks';

export type RunnerOptions = {
  /** Milliseconds since the epoch; injectable for tests. */
  now?: () => number;
  /** Autosave delay after the last change. */
  saveDelayMs?: number;
};

/** Loads the session, then hands it to the runner; a finished session shows its result. */
export function Runner({ sessionId, repId, ...options }: { sessionId: string; repId: string | null } & RunnerOptions) {
  const db = useDb();
  const [loaded, setLoaded] = useState<RoleplaySession | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void getSession(db, sessionId).then((s) => live && setLoaded(s));
    return () => {
      live = false;
    };
  }, [db, sessionId]);
  const back = hrefLocation({ rep: repId, view: { kind: 'home' } });
  if (loaded === undefined)
    return (
      <p className="muted" role="status">
        Opening the session…
      </p>
    );
  if (loaded === null)
    return (
      <div className="notice notice-error" role="alert">
        This session no longer exists. <a href={back}>Back to role-play</a>
      </div>
    );
  return <RunningSession key={loaded.id} initial={loaded} back={back} {...options} />;
}

/** True when two snapshots differ only in the time on the clock (a tick copies every other field by reference). */
function onlyClockMoved(a: RoleplaySession, b: RoleplaySession): boolean {
  return (Object.keys(b) as (keyof RoleplaySession)[]).every((k) => k === 'elapsedSeconds' || a[k] === b[k]);
}

const isTextEntry = (t: EventTarget | null) =>
  t instanceof HTMLElement &&
  (t.isContentEditable || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || (t.tagName === 'INPUT' && (t as HTMLInputElement).type !== 'radio'));

function RunningSession({ initial, back, now = Date.now, saveDelayMs = 400 }: { initial: RoleplaySession; back: string } & RunnerOptions) {
  const db = useDb();
  const [state, dispatch] = useReducer(runnerReducer, initial, initRunner);
  const [saved, setSaved] = useState<'saved' | 'pending' | 'error'>('saved');
  const [finishError, setFinishError] = useState<string | null>(null);
  const stepNote = useRef<HTMLTextAreaElement>(null);
  const sessionNotes = useRef<HTMLTextAreaElement>(null);
  const rep = useStoreQuery(async (s) => (await s.table('reps').get(initial.repId)) ?? null, [initial.repId]);
  const planItems = useLiveQuery(() => developmentItemsForRep(db, initial.repId), [db, initial.repId]);
  const { session } = state;

  // Autosave: every change is written after a short pause; a pending write is flushed on leave.
  const latest = useRef(session);
  const pending = useRef(false);
  const write = useCallback(
    (s: RoleplaySession) =>
      saveSession(db, s).then(
        () => setSaved('saved'),
        () => setSaved('error'),
      ),
    [db],
  );
  useEffect(() => {
    if (latest.current === session) return;
    const before = latest.current;
    latest.current = session;
    pending.current = true;
    // The clock ticking is saved too, but does not flip the status line every second.
    if (!onlyClockMoved(before, session)) setSaved('pending');
    const t = setTimeout(() => {
      pending.current = false;
      void write(session);
    }, saveDelayMs);
    return () => clearTimeout(t);
  }, [session, saveDelayMs, write]);
  useEffect(
    () => () => {
      if (pending.current) void saveSession(db, latest.current);
    },
    [db],
  );

  // The clock ticks only while running.
  const running = state.timer.runningSince !== null;
  // Pausing is a moment the coach may walk away: the time on the clock is written at once.
  const wasRunning = useRef(running);
  useEffect(() => {
    if (wasRunning.current && !running) {
      pending.current = false;
      setSaved('pending');
      void write(latest.current);
    }
    wasRunning.current = running;
  }, [running, write]);
  useEffect(() => {
    if (!running) return;
    const t = setInterval(() => dispatch({ type: 'tick', now: now() }), 250);
    return () => clearInterval(t);
  }, [running, now]);

  const finish = useCallback(() => {
    const r = sessionResult(state.session);
    if (r.missing.length) {
      setFinishError(`Score every criterion first: ${r.missing.map((c) => c.name).join(', ')}.`);
      dispatch({ type: 'mode', mode: 'scoring' });
      return;
    }
    setFinishError(null);
    dispatch({ type: 'finish', now: now() });
  }, [state.session, now]);

  const stateRef = useRef<RunnerState>(state);
  useEffect(() => {
    stateRef.current = state;
  }, [state]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (isTextEntry(e.target)) {
        if (e.key === 'Escape') (e.target as HTMLElement).blur();
        return;
      }
      const s = stateRef.current;
      if (s.session.status === 'completed') return;
      const act = (a: RunnerAction) => {
        e.preventDefault();
        dispatch(a);
      };
      const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
      if (key === ' ') return act({ type: 'toggle-timer', now: now() });
      if (key === 's') return act({ type: 'mode', mode: 'scoring' });
      if (key === 'c') return act({ type: 'mode', mode: 'conversation' });
      if (key === 'n') {
        e.preventDefault();
        (s.mode === 'scoring' ? sessionNotes : stepNote).current?.focus();
        return;
      }
      if (key === 'f') {
        e.preventDefault();
        finish();
        return;
      }
      const digit = /^[1-9]$/.test(key) ? Number(key) : null;
      if (s.mode === 'conversation') {
        if (key === 'ArrowRight' || key === 'j') return act({ type: 'step', delta: 1 });
        if (key === 'ArrowLeft' || key === 'k') return act({ type: 'step', delta: -1 });
        if (digit !== null) return act({ type: 'choose-line', index: digit - 1 });
      } else {
        if (key === 'ArrowDown' || key === 'j') return act({ type: 'criterion', index: s.criterion + 1 });
        if (key === 'ArrowUp' || key === 'k') return act({ type: 'criterion', index: s.criterion - 1 });
        if (digit !== null && digit <= 5) return act({ type: 'score', index: s.criterion, score: digit, advance: true });
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [finish, now]);

  const script = session.script;
  const elapsed = session.elapsedSeconds;
  const over = elapsed > script.minutes * 60;
  const title = `${script.title}`;

  if (session.status === 'completed') return <FinishedSession session={session} repName={rep?.name ?? null} back={back} />;

  return (
    <div className="rp-runner">
      <a className="back-link" href={back}>
        <ArrowLeft size={16} aria-hidden="true" /> Role-play
      </a>
      <header className="rp-runner-head">
        <div>
          <h1>{title}</h1>
          <p className="page-subtitle">
            {SKILL_LABELS[script.skill]} with {rep?.name ?? '…'} · buyer: {script.persona.name}, {script.persona.role}
          </p>
        </div>
        <div className="rp-timer-box">
          <span className={`rp-timer${over ? ' rp-timer-over' : ''}`} role="timer" aria-label="Time on the clock">
            {formatElapsed(elapsed)}
          </span>
          <span className="muted small">of {script.minutes} min</span>
          <Button
            size="sm"
            icon={running ? <Pause size={14} /> : <Play size={14} />}
            onClick={() => dispatch({ type: 'toggle-timer', now: now() })}
            aria-keyshortcuts="Space"
          >
            {running ? 'Pause' : elapsed > 0 ? 'Continue' : 'Start timer'}
          </Button>
          <span className="muted small rp-saved" role="status">
            {saved === 'saved' ? 'All changes saved' : saved === 'pending' ? 'Saving…' : 'Could not save: your work is still on screen'}
          </span>
        </div>
      </header>
      <div className="rp-mode" role="group" aria-label="Part of the session">
        <Button
          size="sm"
          variant={state.mode === 'conversation' ? 'primary' : 'ghost'}
          aria-pressed={state.mode === 'conversation'}
          aria-keyshortcuts="C"
          onClick={() => dispatch({ type: 'mode', mode: 'conversation' })}
        >
          Conversation
        </Button>
        <Button
          size="sm"
          variant={state.mode === 'scoring' ? 'primary' : 'ghost'}
          aria-pressed={state.mode === 'scoring'}
          aria-keyshortcuts="S"
          onClick={() => dispatch({ type: 'mode', mode: 'scoring' })}
        >
          Scoring
        </Button>
      </div>
      <div className="rp-runner-body">
        <div className="rp-runner-main">
          {state.mode === 'conversation' ? (
            <Conversation state={state} dispatch={dispatch} noteRef={stepNote} />
          ) : (
            <Scoring
              state={state}
              dispatch={dispatch}
              notesRef={sessionNotes}
              planItems={planItems ?? []}
              finishError={finishError}
              onFinish={finish}
            />
          )}
        </div>
        <Keys mode={state.mode} />
      </div>
    </div>
  );
}

function Conversation({
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
  const lines = [{ id: null, label: 'Main line', buyer: step.buyer }, ...step.branches.map((b) => ({ id: b.id, label: b.when, buyer: b.buyer }))];
  return (
    <section className="card rp-step" aria-label={`Step ${i + 1} of ${session.steps.length}`}>
      <p className="muted small">
        Step {i + 1} of {session.steps.length}
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
              <kbd>{n + 1}</kbd> <span>{l.label}</span>
            </button>
          ))}
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="rp-step-note">Notes on this step</label>
        <textarea
          id="rp-step-note"
          ref={noteRef}
          className="input"
          rows={3}
          value={chosen.note}
          onChange={(e) => dispatch({ type: 'step-note', text: e.target.value })}
        />
      </div>
      <div className="form-actions">
        <Button size="sm" icon={<ChevronLeft size={14} />} disabled={i === 0} onClick={() => dispatch({ type: 'step', delta: -1 })}>
          Previous step
        </Button>
        <Button size="sm" disabled={i === session.steps.length - 1} onClick={() => dispatch({ type: 'step', delta: 1 })}>
          Next step <ChevronRight size={14} aria-hidden="true" />
        </Button>
        {i === session.steps.length - 1 ? (
          <Button size="sm" variant="primary" onClick={() => dispatch({ type: 'mode', mode: 'scoring' })}>
            Go to scoring
          </Button>
        ) : null}
      </div>
    </section>
  );
}

function Scoring({
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
        {session.script.rubric.criteria.map((c, i) => {
          const score = session.scores[c.id];
          return (
            <li
              key={c.id}
              className={i === state.criterion ? 'rp-criterion rp-criterion-on' : 'rp-criterion'}
              aria-current={i === state.criterion ? 'step' : undefined}
            >
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
                      onClick={() => dispatch({ type: 'score', index: i, score: v, advance: false })}
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
        })}
      </ol>
      <ResultLine result={result} />
      <div className="field">
        <label htmlFor="rp-notes">Session notes</label>
        <textarea
          id="rp-notes"
          ref={notesRef}
          className="input"
          rows={3}
          value={session.notes}
          onChange={(e) => dispatch({ type: 'notes', text: e.target.value })}
        />
      </div>
      {planItems.length || session.planItemId ? <PlanItemSelect planItems={planItems} value={session.planItemId} dispatch={dispatch} /> : null}
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

/** The development-plan item a session works on, grouped by plan (newest first). */
function PlanItemSelect({ planItems, value, dispatch }: { planItems: PlanItemOption[]; value: string | null; dispatch: (a: RunnerAction) => void }) {
  const fmt = useFormat();
  const plans = new Map<string, PlanItemOption[]>();
  for (const item of planItems) plans.set(item.planId, [...(plans.get(item.planId) ?? []), item]);
  const known = value === null || planItems.some((p) => p.id === value);
  return (
    <div className="field">
      <label htmlFor="rp-plan-item">Development-plan item this works on</label>
      <select id="rp-plan-item" className="input" value={value ?? ''} onChange={(e) => dispatch({ type: 'plan-item', id: e.target.value || null })}>
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

function Keys({ mode }: { mode: RunnerState['mode'] }) {
  const rows: [string, string][] =
    mode === 'conversation'
      ? [
          ['Space', 'start or pause the timer'],
          ['→ or J', 'next step'],
          ['← or K', 'previous step'],
          ['1–9', 'the buyer’s line to use (1 = main line)'],
          ['N', 'write a note on this step'],
          ['S', 'go to scoring'],
          ['Esc', 'leave a text box'],
        ]
      : [
          ['Space', 'start or pause the timer'],
          ['1–5', 'score the highlighted criterion, then move on'],
          ['↓ or J', 'next criterion'],
          ['↑ or K', 'previous criterion'],
          ['N', 'write session notes'],
          ['C', 'back to the conversation'],
          ['F', 'finish and save the result'],
          ['Esc', 'leave a text box'],
        ];
  return (
    <aside className="card rp-keys" aria-label="Keyboard">
      <h2 className="card-title">Keys</h2>
      <dl>
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>
              <kbd>{k}</kbd>
            </dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
    </aside>
  );
}
