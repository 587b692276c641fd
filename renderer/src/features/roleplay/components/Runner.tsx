import { useLiveQuery } from 'dexie-react-hooks';
import { ArrowLeft, Pause, Play } from 'lucide-react';
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { formatElapsed, sessionResult, SKILL_LABELS } from '@shared/domain/roleplay';
import type { RoleplaySession } from '@shared/schemas';
import { useDb } from '@renderer/state/db';
import { developmentItemsForRep, getSession } from '@renderer/db/repositories/roleplay';
import { Button } from '@renderer/ui/Button';
import { initRunner, runnerReducer, type RunnerState } from '../state/runner';
import { useSessionAutosave, type SaveStatus } from '../data/useSessionAutosave';
import { hrefWithin } from '../state/view';
import { Conversation } from './Conversation';
import { Keys } from './Keys';
import { Scoring } from './Scoring';
import { FinishedSession } from './SessionResult';
import { useRunnerKeys } from './useRunnerKeys';
import { useStoreQuery } from '@renderer/db/hooks';

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

function RunningSession({ initial, back, now = Date.now, saveDelayMs = 400 }: { initial: RoleplaySession; back: string } & RunnerOptions) {
  const db = useDb();
  const [state, dispatch] = useReducer(runnerReducer, initial, initRunner);
  // Set by a finish with criteria unscored; the message lists what is still missing, and goes once none is.
  const [finishTried, setFinishTried] = useState(false);
  const stepNote = useRef<HTMLTextAreaElement>(null);
  const sessionNotes = useRef<HTMLTextAreaElement>(null);
  const notes = useMemo(() => ({ conversation: stepNote, scoring: sessionNotes }), []);
  const rep = useStoreQuery(async (s) => (await s.table('reps').get(initial.repId)) ?? null, [initial.repId]);
  const planItems = useLiveQuery(() => developmentItemsForRep(db, initial.repId), [db, initial.repId]);
  const { session } = state;
  // The clock ticks only while running.
  const running = state.timer.runningSince !== null;
  const saved = useSessionAutosave(session, running, saveDelayMs);
  useEffect(() => {
    if (!running) return;
    const t = setInterval(() => dispatch({ type: 'tick', now: now() }), 250);
    return () => clearInterval(t);
  }, [running, now]);

  const finish = useCallback(() => {
    const r = sessionResult(state.session);
    setFinishTried(r.missing.length > 0);
    dispatch(r.missing.length ? { type: 'mode', mode: 'scoring' } : { type: 'finish', now: now() });
  }, [state.session, now]);
  useRunnerKeys({ state, dispatch, finish, now, notes });

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
          <h1>{session.script.title}</h1>
          <p className="page-subtitle">
            {SKILL_LABELS[session.script.skill]} with {rep?.name ?? '…'} · buyer: {session.script.persona.name}, {session.script.persona.role}
          </p>
        </div>
        <TimerBox session={session} running={running} saved={saved} onToggle={() => dispatch({ type: 'toggle-timer', now: now() })} />
      </header>
      <ModeSwitch mode={state.mode} onMode={(mode) => dispatch({ type: 'mode', mode })} />
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

/** The time on the clock against the script's minutes, the button that starts and pauses it, and whether all is saved. */
function TimerBox({ session, running, saved, onToggle }: { session: RoleplaySession; running: boolean; saved: SaveStatus; onToggle: () => void }) {
  const elapsed = session.elapsedSeconds;
  const over = elapsed > session.script.minutes * 60;
  return (
    <div className="rp-timer-box">
      <span className={`rp-timer${over ? ' rp-timer-over' : ''}`} role="timer" aria-label="Time on the clock">
        {formatElapsed(elapsed)}
      </span>
      <span className="muted small">of {session.script.minutes} min</span>
      <Button size="sm" icon={running ? <Pause size={14} /> : <Play size={14} />} onClick={onToggle} aria-keyshortcuts="Space">
        {running ? 'Pause' : elapsed > 0 ? 'Continue' : 'Start timer'}
      </Button>
      <span className="small rp-clock-state" role="status" aria-label="Clock">
        {running ? 'Clock running' : elapsed > 0 ? 'Paused — press Space or Continue to resume' : 'Not started — Space starts the clock'}
      </span>
      <span className="muted small rp-saved" role="status">
        {saved === 'saved' ? 'All changes saved' : saved === 'pending' ? 'Saving…' : 'Could not save: your work is still on screen'}
      </span>
    </div>
  );
}

const MODES: { mode: RunnerState['mode']; label: string; key: string }[] = [
  { mode: 'conversation', label: 'Conversation', key: 'C' },
  { mode: 'scoring', label: 'Scoring', key: 'S' },
];

function ModeSwitch({ mode, onMode }: { mode: RunnerState['mode']; onMode: (mode: RunnerState['mode']) => void }) {
  return (
    <div className="rp-mode" role="group" aria-label="Part of the session">
      {MODES.map((m) => (
        <Button
          key={m.mode}
          size="sm"
          variant={mode === m.mode ? 'primary' : 'ghost'}
          aria-pressed={mode === m.mode}
          aria-keyshortcuts={m.key}
          onClick={() => onMode(m.mode)}
        >
          {m.label}
        </Button>
      ))}
    </div>
  );
}

function finishMessage(tried: boolean, session: RoleplaySession): string | null {
  const missing = sessionResult(session).missing;
  return tried && missing.length ? `Score every criterion first: ${missing.map((c) => c.name).join(', ')}.` : null;
}
