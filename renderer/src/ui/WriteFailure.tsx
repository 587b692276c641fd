import { useCallback, useState } from 'react';

/** Why a write failed, in one sentence a manager can act on. Dexie wraps the real cause (e.g. quota) in `.inner`. */
export function writeFailureMessage(error: unknown): string {
  const names: string[] = [];
  let e: unknown = error;
  for (let depth = 0; e && depth < 4; depth += 1) {
    const name = (e as { name?: unknown }).name;
    if (typeof name === 'string') names.push(name);
    e = (e as { inner?: unknown }).inner;
  }
  if (names.includes('QuotaExceededError')) {
    return 'This was not saved: the disk or the browser’s storage for Candor is full. Free some space (or download a backup and remove old data), then try again.';
  }
  if (names.some((n) => n === 'AbortError' || n === 'DatabaseClosedError' || n === 'InvalidStateError')) {
    return 'This was not saved: the database stopped the write (another Candor window may be upgrading it). Nothing was changed; try again.';
  }
  return 'This was not saved because of an unexpected storage error. Nothing was changed; try again.';
}

/**
 * The one way a form or control saves: `run` performs the write and, if it fails, keeps a
 * plain message to show right where the user acted (render it with <WriteFailure />).
 */
export function useWrite(): { failure: string | null; run: <T>(write: () => Promise<T>) => Promise<T | undefined>; clear: () => void } {
  const [failure, setFailure] = useState<string | null>(null);
  const run = useCallback(async <T,>(write: () => Promise<T>): Promise<T | undefined> => {
    setFailure(null);
    try {
      return await write();
    } catch (e) {
      setFailure(writeFailureMessage(e));
      return undefined;
    }
  }, []);
  const clear = useCallback(() => setFailure(null), []);
  return { failure, run, clear };
}

export function WriteFailure({ failure }: { failure: string | null }) {
  if (!failure) return null;
  return (
    <p className="notice notice-error" role="alert">
      {failure}
    </p>
  );
}
