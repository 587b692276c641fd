import { useState, type FormEvent, type ReactNode } from 'react';
import { editReps, markLeft, mergeReps, type RepPatch } from '@shared/app/rep-edits';
import type { Rep } from '@shared/schemas';
import { useStore } from '@renderer/db/hooks';
import { useAppStore } from '@renderer/state/store';
import { Button } from '@renderer/ui/Button';
import { Dialog } from '@renderer/ui/Dialog';
import { todayIso } from './dates';

type Props = { reps: Rep[]; onClose: (done: boolean) => void };

const names = (reps: readonly Rep[]) => (reps.length <= 3 ? reps.map((r) => r.name).join(', ') : `${reps.length} reps`);

/** Runs a change, says what happened, and keeps the dialog open with one sentence when it fails. */
function useRun(onClose: (done: boolean) => void) {
  const notify = useAppStore((s) => s.notify);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<{ summary: string }>) => {
    setBusy(true);
    setError(null);
    try {
      const change = await work();
      notify('success', `${change.summary} Undo it under Rosters and rep changes.`);
      onClose(true);
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Nothing was changed.');
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, run };
}

function Shell({
  open,
  title,
  description,
  error,
  busy,
  submit,
  onClose,
  onSubmit,
  children,
}: {
  open: boolean;
  title: string;
  description: string;
  error: string | null;
  busy: boolean;
  submit: string;
  onClose: (done: boolean) => void;
  onSubmit: () => void;
  children: ReactNode;
}) {
  const send = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <Dialog open={open} onOpenChange={(o) => !o && onClose(false)} title={title} description={description}>
      <form className="stack" onSubmit={send}>
        {children}
        {error ? (
          <div className="notice notice-error" role="alert">
            {error}
          </div>
        ) : null}
        <div className="form-actions">
          <Button variant="ghost" onClick={() => onClose(false)}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" disabled={busy}>
            {submit}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

function TextField({ id, label, value, onChange, hint }: { id: string; label: string; value: string; onChange: (v: string) => void; hint?: string }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" value={value} placeholder={hint} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

function DateField({ id, label, value, onChange }: { id: string; label: string; value: string; onChange: (v: string) => void }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="date" required value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

/** Team, manager, office and role for the chosen reps; an empty box leaves that detail as it is. */
export function BulkEditDialog({ reps, onClose }: Props) {
  const store = useStore();
  const { error, busy, run } = useRun(onClose);
  const [v, setV] = useState({ team: '', manager: '', office: '', role: '', from: todayIso() });
  const set = (k: keyof typeof v) => (x: string) => setV((s) => ({ ...s, [k]: x }));
  const submit = () => {
    const patch: RepPatch = {};
    for (const k of ['team', 'manager', 'office', 'role'] as const) if (v[k].trim()) patch[k] = v[k].trim();
    if (Object.keys(patch).length === 0)
      return void run(async () => Promise.reject(new Error('Fill in at least one of team, manager, office or role.')));
    return void run(() =>
      editReps(
        store,
        reps.map((r) => r.id),
        patch,
        v.from,
      ),
    );
  };
  return (
    <Shell
      open={reps.length > 0}
      title={`Change ${names(reps)}`}
      description="Empty boxes leave that detail as it is. Months before the date keep the team the reps had."
      error={error}
      busy={busy}
      submit="Save"
      onClose={onClose}
      onSubmit={submit}
    >
      <TextField id="bulk-team" label="Team" value={v.team} onChange={set('team')} />
      <TextField id="bulk-manager" label="Manager" value={v.manager} onChange={set('manager')} />
      <TextField id="bulk-office" label="Office or region" value={v.office} onChange={set('office')} />
      <TextField id="bulk-role" label="Role" value={v.role} onChange={set('role')} hint="AE, SDR, AM…" />
      <DateField id="bulk-from" label="From" value={v.from} onChange={set('from')} />
    </Shell>
  );
}

/** Reps who left: hidden from the list by default and not counted from the day given; their history stays. */
export function MarkLeftDialog({ reps, onClose }: Props) {
  const store = useStore();
  const { error, busy, run } = useRun(onClose);
  const [day, setDay] = useState(todayIso());
  return (
    <Shell
      open={reps.length > 0}
      title={`Mark ${names(reps)} as left`}
      description="Their figures, plans and check-ins stay; they are not counted from this day on."
      error={error}
      busy={busy}
      submit="Mark as left"
      onClose={onClose}
      onSubmit={() =>
        void run(() =>
          markLeft(
            store,
            reps.map((r) => r.id),
            day,
          ),
        )
      }
    >
      <DateField id="left-on" label="Not counted from" value={day} onChange={setDay} />
    </Shell>
  );
}

/** Two spellings of one person: everything of the other moves to the one kept. */
export function MergeDialog({ reps, onClose }: Props) {
  const store = useStore();
  const { error, busy, run } = useRun(onClose);
  const [keep, setKeep] = useState<string | null>(null);
  const [a, b] = reps;
  const kept = keep ?? a?.id ?? '';
  const other = kept === a?.id ? b : a;
  return (
    <Shell
      open={reps.length === 2}
      title="Merge two spellings of one person"
      description="Figures, deals, plans, check-ins and role-play sessions of the other spelling move to the one you keep. One undo splits them again."
      error={error}
      busy={busy}
      submit="Merge"
      onClose={onClose}
      onSubmit={() => void run(() => mergeReps(store, kept, other?.id ?? ''))}
    >
      <fieldset className="stack">
        <legend>Keep this name</legend>
        {reps.map((r) => (
          <label key={r.id} className="radio">
            <input type="radio" name="merge-keep" value={r.id} checked={kept === r.id} onChange={() => setKeep(r.id)} />
            {r.name}
          </label>
        ))}
      </fieldset>
    </Shell>
  );
}
