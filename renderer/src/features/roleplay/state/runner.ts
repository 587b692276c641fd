import { nextIndex, sessionPath, sessionResult } from '@shared/domain/roleplay';
import { SCORE_MAX, SCORE_MIN, type RoleplaySession } from '@shared/schemas';

/** The running session on screen. The session itself is what is autosaved; the rest is view state. */
export type RunnerState = {
  session: RoleplaySession;
  mode: 'conversation' | 'scoring';
  /** Criterion under the cursor while scoring. */
  criterion: number;
  /** Time on the clock before the current run, and when the current run started (null = paused). */
  timer: { accumulatedMs: number; runningSince: number | null };
};

export type RunnerAction =
  | { type: 'toggle-timer'; now: number }
  | { type: 'tick'; now: number }
  | { type: 'step'; delta: 1 | -1 }
  | { type: 'choose-line'; index: number }
  | { type: 'step-note'; text: string }
  | { type: 'mode'; mode: RunnerState['mode'] }
  | { type: 'criterion'; index: number }
  | { type: 'score'; index: number; score: number; advance: boolean }
  | { type: 'notes'; text: string }
  | { type: 'plan-item'; id: string | null }
  | { type: 'finish'; now: number };

export function initRunner(session: RoleplaySession): RunnerState {
  // A resumed session starts paused at the time it was saved with: time the app was closed is not counted.
  return { session, mode: 'conversation', criterion: 0, timer: { accumulatedMs: session.elapsedSeconds * 1000, runningSince: null } };
}

export function elapsedMs(timer: RunnerState['timer'], now: number): number {
  return timer.accumulatedMs + (timer.runningSince === null ? 0 : Math.max(0, now - timer.runningSince));
}

const withElapsed = (s: RunnerState, now: number): RoleplaySession => ({
  ...s.session,
  elapsedSeconds: Math.min(86_400, Math.floor(elapsedMs(s.timer, now) / 1000)),
});

export function runnerReducer(state: RunnerState, action: RunnerAction): RunnerState {
  const { session } = state;
  const locked = session.status === 'completed';
  if (locked && action.type !== 'mode' && action.type !== 'criterion') return state;
  const step = session.steps[session.currentStep];
  switch (action.type) {
    case 'toggle-timer': {
      const running = state.timer.runningSince !== null;
      const timer = running
        ? { accumulatedMs: elapsedMs(state.timer, action.now), runningSince: null }
        : { ...state.timer, runningSince: action.now };
      const next = { ...state, timer };
      return { ...next, session: withElapsed(next, action.now) };
    }
    case 'tick': {
      if (state.timer.runningSince === null) return state;
      const s = withElapsed(state, action.now);
      return s.elapsedSeconds === session.elapsedSeconds ? state : { ...state, session: s };
    }
    case 'step': {
      // Forward follows the line chosen here (a branch may lead elsewhere, or end the conversation); back retraces the path.
      const i = action.delta === 1 ? nextIndex(session.script, session.currentStep, step?.branchId ?? null) : previousIndex(session);
      if (i === null) return action.delta === 1 ? { ...state, mode: 'scoring' } : state;
      return i === session.currentStep ? state : { ...state, session: { ...session, currentStep: i } };
    }
    case 'choose-line': {
      const scriptStep = session.script.steps[session.currentStep];
      if (!scriptStep || !step) return state;
      // 0 = the main line, 1… = the branches in order.
      if (action.index < 0 || action.index > scriptStep.branches.length) return state;
      const branchId = action.index === 0 ? null : (scriptStep.branches[action.index - 1]?.id ?? null);
      return { ...state, session: { ...session, steps: session.steps.map((s, i) => (i === session.currentStep ? { ...s, branchId } : s)) } };
    }
    case 'step-note':
      return {
        ...state,
        session: { ...session, steps: session.steps.map((s, i) => (i === session.currentStep ? { ...s, note: action.text.slice(0, 2000) } : s)) },
      };
    case 'mode':
      return { ...state, mode: action.mode };
    case 'criterion': {
      const n = session.script.rubric.criteria.length;
      return { ...state, criterion: Math.min(n - 1, Math.max(0, action.index)) };
    }
    case 'score': {
      const c = session.script.rubric.criteria[action.index];
      if (!c || !Number.isInteger(action.score) || action.score < SCORE_MIN || action.score > SCORE_MAX) return state;
      const n = session.script.rubric.criteria.length;
      return {
        ...state,
        criterion: action.advance ? Math.min(n - 1, action.index + 1) : action.index,
        session: { ...session, scores: { ...session.scores, [c.id]: action.score } },
      };
    }
    case 'notes':
      return { ...state, session: { ...session, notes: action.text.slice(0, 5000) } };
    case 'plan-item':
      return { ...state, session: { ...session, planItemId: action.id } };
    case 'finish': {
      // A result is only final once every criterion has a score.
      if (sessionResult(session).missing.length) return state;
      const paused = { ...state, timer: { accumulatedMs: elapsedMs(state.timer, action.now), runningSince: null } };
      return { ...paused, session: { ...withElapsed(paused, action.now), status: 'completed', completedAt: new Date(action.now).toISOString() } };
    }
  }
}

/** The step before this one on the path the session took; null on the first step. */
function previousIndex(session: RoleplaySession): number | null {
  if (session.currentStep === 0) return null;
  const path = sessionPath(session.script, session.steps);
  const at = path.indexOf(session.currentStep);
  return at > 0 ? path[at - 1]! : session.currentStep - 1;
}
