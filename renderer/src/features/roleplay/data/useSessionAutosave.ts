import { useCallback, useEffect, useRef, useState } from 'react';
import type { RoleplaySession } from '@shared/schemas';
import { saveSession } from '@renderer/db/repositories/roleplay';
import { useDb } from '@renderer/state/db';

export type SaveStatus = 'saved' | 'pending' | 'error';

/** True when two snapshots differ only in the time on the clock (a tick copies every other field by reference). */
function onlyClockMoved(a: RoleplaySession, b: RoleplaySession): boolean {
  return (Object.keys(b) as (keyof RoleplaySession)[]).every((k) => k === 'elapsedSeconds' || a[k] === b[k]);
}

/**
 * Autosave of a running session: every change is written after a short pause, a pending write is
 * flushed on leave, and pausing the clock (a moment the coach may walk away) writes at once.
 */
export function useSessionAutosave(session: RoleplaySession, running: boolean, saveDelayMs: number): SaveStatus {
  const db = useDb();
  const [saved, setSaved] = useState<SaveStatus>('saved');
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
  const wasRunning = useRef(running);
  useEffect(() => {
    if (wasRunning.current && !running) {
      pending.current = false;
      setSaved('pending');
      void write(latest.current);
    }
    wasRunning.current = running;
  }, [running, write]);
  return saved;
}
