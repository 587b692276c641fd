// Data hooks: how features and the app shell read stored data. A read is a use case or a table
// read over the storage port (shared/app/store.ts), run as a live query, so the page updates when
// any table it read changes. Features never see Dexie or db.ts.
import { useLiveQuery } from 'dexie-react-hooks';
import { createElement, type ReactNode } from 'react';
import type { Store } from '@shared/app/store';
import type { Settings } from '@shared/schemas';
import { SETTINGS_ID } from '@shared/app/settings';
import { useDb } from '../state/db';
import { FormatProvider } from '../ui/format';
import { dexieStore } from './store';

/** The storage port over the app's database, for use cases that write. */
export function useStore(): Store {
  return dexieStore(useDb());
}

/** A live read over the storage port: undefined while loading, then the result, again after every change. */
export function useStoreQuery<T>(read: (store: Store) => Promise<T>, deps: readonly unknown[]): T | undefined {
  const db = useDb();
  // `read` is rebuilt on every render; `deps` name what it reads by, as with useEffect.
  return useLiveQuery(() => read(dexieStore(db)), [db, ...deps]);
}

/** The stored settings row (null before the first save), live. */
export function useStoredSettings(): Settings | null | undefined {
  return useStoreQuery(async (s) => (await s.table('settings').get(SETTINGS_ID)) ?? null, []);
}

/** The number format for everything inside, read live from the stored settings. */
export function StoredFormatProvider({ children }: { children: ReactNode }) {
  const settings = useStoredSettings();
  return createElement(FormatProvider, { display: settings?.display ?? null, children });
}

/** First run until the manager has reps, has imported, or has skipped. */
export function useFirstRunState(): 'loading' | 'first-run' | 'ready' {
  const result = useStoreQuery(async (s) => {
    const settings = await s.table('settings').get(SETTINGS_ID);
    if (settings?.onboardedAt) return 'ready' as const;
    return (await s.table('reps').count()) > 0 ? ('ready' as const) : ('first-run' as const);
  }, []);
  return result ?? 'loading';
}
