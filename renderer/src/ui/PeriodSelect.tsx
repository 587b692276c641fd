import { useId } from 'react';
import { useFormat } from './format';

export type PeriodGroup = { label: string; periods: readonly string[] };

/**
 * Chooses one period of the data, newest first, named as people say it ("Oct 2026"). With
 * `groups`, the periods of another kind the data can also be read by (monthly data: quarters)
 * follow under their own heading.
 */
export function PeriodSelect({
  periods,
  value,
  onChange,
  label = 'Periods',
  groups = [],
}: {
  periods: readonly string[];
  value: string | null;
  onChange: (period: string) => void;
  /** Heading of `periods` when other groups follow. */
  label?: string;
  groups?: readonly PeriodGroup[];
}) {
  const fmt = useFormat();
  const id = useId();
  const options = (list: readonly string[]) =>
    [...list].reverse().map((p) => (
      <option key={p} value={p}>
        {fmt.period(p)}
      </option>
    ));
  return (
    <div className="field period-switcher">
      <label htmlFor={id}>Period</label>
      <select id={id} className="input" value={value ?? ''} onChange={(e) => onChange(e.target.value)}>
        {groups.length === 0 ? (
          options(periods)
        ) : (
          <>
            <optgroup label={label}>{options(periods)}</optgroup>
            {groups.map((g) => (
              <optgroup key={g.label} label={g.label}>
                {options(g.periods)}
              </optgroup>
            ))}
          </>
        )}
      </select>
    </div>
  );
}
