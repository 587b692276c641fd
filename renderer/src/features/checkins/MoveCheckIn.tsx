import { useState } from 'react';
import type { ScheduledCheckIn } from '@shared/domain/checkin';
import { moveCheckIn } from '@renderer/db/repositories/checkins';
import { useDb } from '@renderer/state/db';
import { useAppStore } from '@renderer/state/store';
import { Button } from '@renderer/ui/Button';
import { Field } from '@renderer/ui/Field';
import { useFormat } from '@renderer/ui/format';

/** Moves a check-in not yet recorded to another day; the reason is kept with it and listed here. */
export function MoveCheckIn({ entry }: { entry: ScheduledCheckIn }) {
  const db = useDb();
  const notify = useAppStore((s) => s.notify);
  const fmt = useFormat();
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const moves = entry.row?.moves ?? [];
  const move = async () => {
    const r = await moveCheckIn(db, { planId: entry.planId, slot: entry.slot, to, reason });
    if (!r.ok) return setError(r.error.message);
    setError(null);
    setTo('');
    setReason('');
    notify('success', `Check-in moved to ${fmt.date(r.value.dueDate)}.`);
  };
  return (
    <details className="card checkin-move">
      <summary>Move this check-in</summary>
      {moves.length > 0 ? (
        <ul className="plain-list small" aria-label="Moves">
          {moves.map((m) => (
            <li key={m.at}>
              Moved from {fmt.date(m.from)} to {fmt.date(m.to)} on {fmt.date(m.at)}: {m.reason}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="form-row">
        <Field label="New day">
          <input className="input" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </Field>
        <Field label="Why it moves" error={error ?? undefined}>
          <input className="input" value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
        </Field>
      </div>
      <div className="form-actions">
        <Button onClick={() => void move()}>Move the check-in</Button>
      </div>
    </details>
  );
}
