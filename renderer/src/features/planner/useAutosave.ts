import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormWatch } from 'react-hook-form';
import type { PlanContent } from '@shared/schemas';
import { journalClear, journalWrite } from './journal';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'invalid' }
  | { kind: 'failed'; message: string };

export const AUTOSAVE_DELAY_MS = 400;

/** Calls `then` when the page is hidden or left; returns the undo. */
function onPageHidden(then: () => void): () => void {
  const onHide = () => then();
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') then();
  };
  window.addEventListener('pagehide', onHide);
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    window.removeEventListener('pagehide', onHide);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}

/**
 * Saves a step form on every change: journalled synchronously, written to Dexie after a short
 * pause (debounced), and flushed at once on blur, on leaving the step (unmount) and on pagehide.
 * `toPatch` turns form values into a content patch, or null when they do not validate: then
 * nothing typed since the last write is saved, and the plan keeps its last valid content.
 */
export function useAutosave<V extends FieldValues>({
  planId,
  slot,
  revision,
  watch,
  toPatch,
  save,
  disabled,
}: {
  planId: string;
  slot: string;
  revision: number;
  watch: UseFormWatch<V>;
  toPatch: (values: V) => Partial<PlanContent> | null;
  save: (patch: Partial<PlanContent>) => Promise<void>;
  disabled: boolean;
}): { state: SaveState; flush: () => void } {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const pending = useRef<Partial<PlanContent> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const live = useRef(true);
  const deps = useRef({ planId, slot, save, toPatch, disabled });
  useLayoutEffect(() => {
    deps.current = { planId, slot, save, toPatch, disabled };
  });

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const patch = pending.current;
    if (!patch) return;
    pending.current = null;
    const d = deps.current;
    if (live.current) setState({ kind: 'saving' });
    d.save(patch).then(
      () => {
        // A newer change may be journalled already: clear only when nothing is pending.
        if (!pending.current) journalClear(d.planId, d.slot);
        if (live.current) setState({ kind: 'saved', at: new Date() });
      },
      (e: unknown) => {
        if (live.current) setState({ kind: 'failed', message: e instanceof Error ? e.message : 'Could not save' });
      },
    );
  }, []);

  useEffect(() => {
    live.current = true;
    const sub = watch((values) => {
      const d = deps.current;
      if (d.disabled) return;
      const patch = d.toPatch(values as V);
      if (!patch) {
        // The values on their way here ("6" while typing "60") were never the manager's answer:
        // drop them, so the plan keeps what was last saved until the form is valid again.
        if (timer.current) clearTimeout(timer.current);
        if (pending.current) journalClear(d.planId, d.slot);
        timer.current = pending.current = null;
        setState({ kind: 'invalid' });
        return;
      }
      pending.current = patch;
      journalWrite(d.planId, d.slot, revision, patch);
      setState({ kind: 'pending' });
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, AUTOSAVE_DELAY_MS);
    });
    const stopWatchingPage = onPageHidden(flush);
    return () => {
      sub.unsubscribe();
      stopWatchingPage();
      flush();
      live.current = false;
    };
  }, [watch, flush, revision]);

  return { state, flush };
}
