import { useEffect, useRef, type RefObject } from 'react';
import { keyCommand } from '../state/keys';
import type { RunnerAction, RunnerState } from '../state/runner';
import { focusAtEnd } from './NoteField';

const isPressable = (t: EventTarget | null) => t instanceof HTMLElement && t.closest('button, a[href], [role="button"], [role="radio"]') !== null;

const isTextEntry = (t: EventTarget | null) =>
  t instanceof HTMLElement &&
  (t.isContentEditable || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || (t.tagName === 'INPUT' && (t as HTMLInputElement).type !== 'radio'));

/**
 * The runner's keyboard: one listener on the document for as long as the session runs. Keys typed
 * into a field stay there (Escape leaves the field); Space and Enter on a button press it.
 */
export function useRunnerKeys({
  state,
  dispatch,
  finish,
  now,
  notes,
}: {
  state: RunnerState;
  dispatch: (a: RunnerAction) => void;
  finish: () => void;
  now: () => number;
  /** The note field each part of the session focuses on N. */
  notes: Record<RunnerState['mode'], RefObject<HTMLTextAreaElement | null>>;
}) {
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
      if ((e.key === ' ' || e.key === 'Enter') && isPressable(e.target)) return;
      const s = stateRef.current;
      if (s.session.status === 'completed') return;
      const command = keyCommand(e.key, s, now());
      if (!command) return;
      e.preventDefault();
      if (command.type === 'focus-notes') focusAtEnd(notes[s.mode].current);
      else if (command.type === 'finish-session') finish();
      else dispatch(command);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [finish, now, dispatch, notes]);
}
