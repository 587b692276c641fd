import { useLiveQuery } from 'dexie-react-hooks';
import { ArrowLeft, Pause, Play } from 'lucide-react';
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { formatElapsed, sessionResult, SKILL_LABELS } from '../../../../../shared/domain/roleplay';
import type { RoleplaySession } from '../../../../../shared/schemas';
import { useDb } from '../../../state/db';
import { developmentItemsForRep, getSession, saveSession } from '../../../db/repositories/roleplay';
import { Button } from '../../../ui/Button';
import { initRunner, runnerReducer, type RunnerAction, type RunnerState } from '../state/runner';
import { hrefWithin } from '../state/view';
import { Conversation } from './Conversation';
import { Keys } from './Keys';
import { focusAtEnd } from './NoteField';
import { Scoring } from './Scoring';
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
  const back = hrefWithin({ rep: repId, view: { kind: 'home' } });
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

const isPressable = (t: EventTarget | null) => t instanceof HTMLElement && t.closest('button, a[href], [role="button"], [role="radio"]') !== null;

const isTextEntry = (t: EventTarget | null) =>
  t instanceof HTMLElement &&
  (t.isContentEditable || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || (t.tagName === 'INPUT' && (t as HTMLInputElement).type !== 'radio'));

function RunningSession({ initial, back, now = Date.now, saveDelayMs = 400 }: { initial: RoleplaySession; back: string } & RunnerOptions) {
  const db = useDb();
  const [state, dispatch] = useReducer(runnerReducer, initial, initRunner);
  const [saved, setSaved] = useState<'saved' | 'pending' | 'error'>('saved');
  // Set by a finish with criteria unscored; the message lists what is still missing, and goes once none is.
  const [finishTried, setFinishTried] = useState(false);
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
      setFinishTried(true);
      dispatch({ type: 'mode', mode: 'scoring' });
      return;
    }
    setFinishTried(false);
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
      // Space and Enter on a focused button or link press it, as everywhere else.
      if ((e.key === ' ' || e.key === 'Enter') && isPressable(e.target)) return;
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
        focusAtEnd((s.mode === 'scoring' ? sessionNotes : stepNote).current);
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

  // A finished session waits for the rep's name (undefined while it is read), so its score sheet is never named "Rep".
  if (session.status === 'completed')
    return rep === undefined ? (
      <p className="muted" role="status">
        Loading the session…
      </p>
    ) : (
      <FinishedSession session={session} repName={rep?.name ?? null} back={back} />
    );

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
          <span className="small rp-clock-state" role="status" aria-label="Clock">
            {running ? 'Clock running' : elapsed > 0 ? 'Paused — press Space or Continue to resume' : 'Not started — Space starts the clock'}
          </span>
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
              finishError={finishMessage(finishTried, session)}
              onFinish={finish}
            />
          )}
        </div>
        <Keys mode={state.mode} />
      </div>
    </div>
  );
}

function finishMessage(tried: boolean, session: RoleplaySession): string | null {
  const missing = sessionResult(session).missing;
  return tried && missing.length ? `Score every criterion first: ${missing.map((c) => c.name).join(', ')}.` : null;
}
