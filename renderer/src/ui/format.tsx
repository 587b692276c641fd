import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { makeFormatter, resolveNumberFormat, type Formatter } from '../../../shared/lib/format';
import { useDb } from '../state/db';

/** The system's locale as the browser reports it. */
export function systemLocale(): string {
  return (typeof navigator !== 'undefined' && navigator.language) || 'en-US';
}

const FormatContext = createContext<Formatter>(makeFormatter(resolveNumberFormat(undefined, systemLocale())));

/** Reads the manager's number setting once for the whole app. */
export function FormatProvider({ children }: { children: ReactNode }) {
  const db = useDb();
  const display = useLiveQuery(async () => (await db.settings.get('app'))?.display ?? null, [db]);
  const value = useMemo(() => makeFormatter(resolveNumberFormat(display ?? undefined, systemLocale())), [display]);
  return <FormatContext.Provider value={value}>{children}</FormatContext.Provider>;
}

/** Every number, period and date on a page goes through this. */
export function useFormat(): Formatter {
  return useContext(FormatContext);
}
