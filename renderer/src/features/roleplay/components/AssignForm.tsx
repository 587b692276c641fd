import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { newAssignment } from '@shared/domain/roleplay';
import { randomId } from '@shared/lib/ids';
import type { RoleplayScript } from '@shared/schemas';
import { useDb } from '@renderer/state/db';
import { useAppStore } from '@renderer/state/store';
import { developmentItemsForRep, saveAssignment } from '@renderer/db/repositories/roleplay';
import { Button } from '@renderer/ui/Button';
import { localToday } from './Assignments';

type Fields = { itemId: string; scriptId: string; passMark: string; dueDate: string };

/** The assignment being written: its fields, the rep's development items, and saving it (a bad field gets one sentence). */
function useAssignForm(repId: string, repName: string, scripts: readonly RoleplayScript[], itemId: string | undefined) {
  const db = useDb();
  const notify = useAppStore((s) => s.notify);
  const items = useLiveQuery(() => developmentItemsForRep(db, repId), [db, repId]);
  const [fields, setFields] = useState<Fields>({ itemId: itemId ?? '', scriptId: '', passMark: '', dueDate: '' });
  const [error, setError] = useState<string | null>(null);
  const script = scripts.find((s) => s.id === fields.scriptId) ?? null;
  const set = (patch: Partial<Fields>) => setFields((f) => ({ ...f, ...patch }));
  const submit = async () => {
    const item = items?.find((i) => i.id === fields.itemId) ?? null;
    const passMark = fields.passMark || String(script?.rubric.passMark ?? '');
    const made = newAssignment(
      { repId, script, planId: item?.planId ?? null, planItemId: item?.id ?? null, passMark, dueDate: fields.dueDate },
      randomId(),
      new Date(),
      localToday(),
    );
    if (!made.ok) return setError(made.error.message);
    await saveAssignment(db, made.value);
    setError(null);
    set({ scriptId: '', passMark: '', dueDate: '' });
    notify('success', `“${made.value.scriptTitle}” assigned to ${repName}.`);
  };
  return { items, fields, set, script, error, submit };
}

/**
 * Assign a script to the rep for one item of their development plan, with a pass mark and a due
 * date. Opened from a plan item (`itemId`), the form has that item chosen and the script next.
 */
export function AssignForm({
  repId,
  repName,
  scripts,
  itemId,
}: {
  repId: string;
  repName: string;
  scripts: readonly RoleplayScript[];
  itemId?: string | undefined;
}) {
  const { items, fields, set, script, error, submit } = useAssignForm(repId, repName, scripts, itemId);
  const form = useRef<HTMLFormElement>(null);
  const fromPlan = !!itemId && !!items?.some((i) => i.id === itemId);
  useEffect(() => {
    if (!fromPlan) return;
    form.current?.scrollIntoView?.({ block: 'center' });
    form.current?.querySelector<HTMLSelectElement>('#rp-assign-script')?.focus();
  }, [fromPlan]);
  if (!items) return null;
  if (!items.length)
    return (
      <p className="muted small">
        To assign practice, give {repName} a plan with a development item first (Plans → the plan’s Development plan step).
      </p>
    );
  const onSubmit = (e: React.FormEvent) => {
    e.preventDefault();
    void submit();
  };
  return (
    <form ref={form} className="form rp-assign" aria-label={`Assign a script to ${repName}`} noValidate onSubmit={onSubmit}>
      <div className="toolbar">
        <Choice id="rp-assign-item" label="Development-plan item" value={fields.itemId} onChange={(itemId) => set({ itemId })} options={items} />
        <Choice
          id="rp-assign-script"
          label="Script"
          value={fields.scriptId}
          onChange={(scriptId) => set({ scriptId })}
          options={scripts.map((s) => ({ id: s.id, label: s.title }))}
        />
        <div className="field">
          <label htmlFor="rp-assign-pass">Pass mark (average of 5)</label>
          <input
            id="rp-assign-pass"
            className="input rp-assign-number"
            inputMode="decimal"
            placeholder={script ? String(script.rubric.passMark) : '3.5'}
            value={fields.passMark}
            onChange={(e) => set({ passMark: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="rp-assign-due">Due</label>
          <input
            id="rp-assign-due"
            className="input"
            type="date"
            min={localToday()}
            value={fields.dueDate}
            onChange={(e) => set({ dueDate: e.target.value })}
          />
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

function Choice({
  id,
  label,
  value,
  onChange,
  options,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly { id: string; label: string }[];
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="input" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Choose…</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
