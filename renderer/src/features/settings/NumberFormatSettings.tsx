import { useLiveQuery } from 'dexie-react-hooks';
import { COMMON_CURRENCIES, currencyForLocale } from '@shared/lib/currency';
import { safeLocale } from '@shared/lib/format';
import { getSettings, saveSettings } from '@renderer/db/repositories/settings';
import { useDb } from '@renderer/state/db';
import { useAppStore } from '@renderer/state/store';
import { Field } from '@renderer/ui/Field';
import { systemLocale, useFormat } from '@renderer/ui/format';

const LOCALES: { code: string; name: string }[] = [
  { code: 'en-US', name: 'English (United States)' },
  { code: 'en-GB', name: 'English (United Kingdom)' },
  { code: 'en-CA', name: 'English (Canada)' },
  { code: 'en-AU', name: 'English (Australia)' },
  { code: 'en-IN', name: 'English (India)' },
  { code: 'de-DE', name: 'Deutsch (Deutschland)' },
  { code: 'fr-FR', name: 'Français (France)' },
  { code: 'es-ES', name: 'Español (España)' },
  { code: 'es-MX', name: 'Español (México)' },
  { code: 'it-IT', name: 'Italiano (Italia)' },
  { code: 'nl-NL', name: 'Nederlands (Nederland)' },
  { code: 'pt-BR', name: 'Português (Brasil)' },
  { code: 'sv-SE', name: 'Svenska (Sverige)' },
  { code: 'pl-PL', name: 'Polski (Polska)' },
  { code: 'ja-JP', name: '日本語 (日本)' },
];

/** Locale and currency: how every number, amount and date in Candor is written. */
export function NumberFormatSettings() {
  const db = useDb();
  const notify = useAppStore((s) => s.notify);
  const fmt = useFormat();
  const display = useLiveQuery(async () => (await getSettings(db)).display ?? { locale: null, currency: null }, [db]);
  if (!display)
    return (
      <p className="muted" role="status">
        Loading…
      </p>
    );
  const system = safeLocale(systemLocale());
  const localeGuess = currencyForLocale(fmt.locale);
  const currencies = [...new Set([...COMMON_CURRENCIES, ...(display.currency ? [display.currency] : [])])];

  async function save(next: { locale: string | null; currency: string | null }) {
    try {
      await saveSettings(db, { display: next });
      notify('success', 'Number format saved.');
    } catch (e) {
      notify('error', `The number format could not be saved: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  return (
    <div className="form">
      <div className="form-row">
        <Field label="Language and region" hint="Decides separators, dates and month names.">
          <select value={display.locale ?? ''} onChange={(e) => void save({ ...display, locale: e.target.value || null })}>
            <option value="">This computer’s setting ({system})</option>
            {LOCALES.map((l) => (
              <option key={l.code} value={l.code}>
                {l.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Currency" hint="Shown with every amount of money. Amounts are not converted.">
          <select value={display.currency ?? ''} onChange={(e) => void save({ ...display, currency: e.target.value || null })}>
            <option value="">{localeGuess ? `From the region (${localeGuess})` : 'From the region (none known: US dollar)'}</option>
            {currencies.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <p className="muted small" aria-live="polite">
        Example: {fmt.money(48250)} won · {fmt.count(1052)} calls · win rate {fmt.rate(0.256)} · coverage {fmt.coverage(4.3)} ·{' '}
        {fmt.period('2026-10')} · {fmt.date(Date.UTC(2026, 11, 1))}
      </p>
    </div>
  );
}
