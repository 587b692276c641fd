import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { resolveNumberFormat } from '@shared/lib/currency';
import { makeFormatter, type Formatter } from '@shared/lib/format';
import type { Settings } from '@shared/schemas';

/** The system's locale as the browser reports it. */
export function systemLocale(): string {
  return (typeof navigator !== 'undefined' && navigator.language) || 'en-US';
}

const FormatContext = createContext<Formatter>(makeFormatter(resolveNumberFormat(undefined, systemLocale())));

/**
 * Numbers, money and dates as the manager's setting says (Settings → Numbers and currency), for
 * everything inside. The design system reads no data: the app shell passes the setting in
 * (StoredFormatProvider in renderer/src/db/hooks.ts).
 */
export function FormatProvider({ display, children }: { display: Settings['display'] | null; children: ReactNode }) {
  const value = useMemo(() => makeFormatter(resolveNumberFormat(display ?? undefined, systemLocale())), [display]);
  return <FormatContext.Provider value={value}>{children}</FormatContext.Provider>;
}

/** Every number, period and date on a page goes through this. */
export function useFormat(): Formatter {
  return useContext(FormatContext);
}
