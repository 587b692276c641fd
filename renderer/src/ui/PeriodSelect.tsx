import { useId } from 'react';
import { useFormat } from './format';

/** Chooses one period of the data, newest first, named as people say it ("Oct 2026"). */
export function PeriodSelect({ periods, value, onChange }: { periods: readonly string[]; value: string | null; onChange: (period: string) => void }) {
  const fmt = useFormat();
  const id = useId();
  return (
    <div className="field period-switcher">
      <label htmlFor={id}>Period</label>
      <select id={id} className="input" value={value ?? ''} onChange={(e) => onChange(e.target.value)}>
        {[...periods].reverse().map((p) => (
          <option key={p} value={p}>
            {fmt.period(p)}
          </option>
        ))}
      </select>
    </div>
  );
}
