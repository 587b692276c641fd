// What a key does in the role-play runner, away from any text field: the clock, the two parts of
// the session, stepping through the conversation or the rubric, and scoring with a digit.
import type { RunnerAction, RunnerState } from './runner';

/** A reducer action, or one of the two commands the runner itself carries out. */
export type KeyCommand = RunnerAction | { type: 'focus-notes' } | { type: 'finish-session' };

/** The command for `key` (as `KeyboardEvent.key`) in this state, or null when the key does nothing here. */
export function keyCommand(rawKey: string, s: RunnerState, now: number): KeyCommand | null {
  const key = rawKey.length === 1 ? rawKey.toLowerCase() : rawKey;
  if (key === ' ') return { type: 'toggle-timer', now };
  if (key === 's') return { type: 'mode', mode: 'scoring' };
  if (key === 'c') return { type: 'mode', mode: 'conversation' };
  if (key === 'n') return { type: 'focus-notes' };
  if (key === 'f') return { type: 'finish-session' };
  const digit = /^[1-9]$/.test(key) ? Number(key) : null;
  if (s.mode === 'conversation') {
    if (key === 'ArrowRight' || key === 'j') return { type: 'step', delta: 1 };
    if (key === 'ArrowLeft' || key === 'k') return { type: 'step', delta: -1 };
    if (digit !== null) return { type: 'choose-line', index: digit - 1 };
    return null;
  }
  if (key === 'ArrowDown' || key === 'j') return { type: 'criterion', index: s.criterion + 1 };
  if (key === 'ArrowUp' || key === 'k') return { type: 'criterion', index: s.criterion - 1 };
  if (digit !== null && digit <= 5) return { type: 'score', index: s.criterion, score: digit, advance: true };
  return null;
}
