import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { newAssignment } from '../../../../../shared/domain/roleplay';
import { randomId } from '../../../../../shared/lib/ids';
import type { RoleplayScript } from '../../../../../shared/schemas';
import { useDb } from '../../../state/db';
import { useAppStore } from '../../../state/store';
import { developmentItemsForRep, saveAssignment } from '../../../db/repositories/roleplay';
import { Button } from '../../../ui/Button';
import { localToday } from './Assignments';

/** Assign a script to the rep for one item of their development plan, with a pass mark and a due date. */
export function AssignForm({ repId, repName, scripts }: { repId: string; repName: string; scripts: readonly RoleplayScript[] }) {
  const db = useDb();
  const notify = useAppStore((s) => s.notify);
  const items = useLiveQuery(() => developmentItemsForRep(db, repId), [db, repId]);
  const [itemId, setItemId] = useState('');
  const [scriptId, setScriptId] = useState('');
  const [passMark, setPassMark] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!items) return null;
  if (!items.length)
    return (
      <p className="muted small">
        To assign practice, give {repName} a plan with a development item first (Plans → the plan’s Development plan step).
      </p>
    );
  const script = scripts.find((s) => s.id === scriptId) ?? null;
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const item = items.find((i) => i.id === itemId) ?? null;
    const made = newAssignment(
      {
        repId,
        script,
        planId: item?.planId ?? null,
        planItemId: item?.id ?? null,
        passMark: passMark || String(script?.rubric.passMark ?? ''),
        dueDate,
      },
      randomId(),
      new Date(),
      localToday(),
    );
    if (!made.ok) {
      setError(made.error.message);
      return;
    }
    await saveAssignment(db, made.value);
    setError(null);
    setScriptId('');
    setPassMark('');
    setDueDate('');
    notify('success', `“${made.value.scriptTitle}” assigned to ${repName}.`);
  };
  return (
    <form className="form rp-assign" aria-label={`Assign a script to ${repName}`} noValidate onSubmit={(e) => void submit(e)}>
      <div className="toolbar">
        <div className="field">
          <label htmlFor="rp-assign-item">Development-plan item</label>
          <select id="rp-assign-item" className="input" value={itemId} onChange={(e) => setItemId(e.target.value)}>
            <option value="">Choose…</option>
            {items.map((i) => (
              <option key={i.id} value={i.id}>
                {i.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="rp-assign-script">Script</label>
          <select id="rp-assign-script" className="input" value={scriptId} onChange={(e) => setScriptId(e.target.value)}>
            <option value="">Choose…</option>
            {scripts.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="rp-assign-pass">Pass mark (average of 5)</label>
          <input
            id="rp-assign-pass"
            className="input rp-assign-number"
            inputMode="decimal"
            placeholder={script ? String(script.rubric.passMark) : '3.5'}
            value={passMark}
            onChange={(e) => setPassMark(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="rp-assign-due">Due</label>
          <input id="rp-assign-due" className="input" type="date" min={localToday()} value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
        </div>
        <Button type="submit" variant="primary">
          Assign
        </Button>
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
