import { Copy, Plus, Trophy } from 'lucide-react';
import { useState } from 'react';
import { z } from 'zod';
import { noteWin, setWinBehaviour, winsLog } from '@shared/app/wins';
import { recognitionNote, type RecognitionNote, type WinEntry } from '@shared/domain/recognition';
import { randomId } from '@shared/lib/ids';
import { WIN_SOURCE_LABELS } from '@shared/schemas/wins';
import { useStore, useStoreQuery } from '@renderer/db/hooks';
import { usePlanMeasures } from '../followup';
import { useAppStore } from '@renderer/state/store';
import { Button } from '@renderer/ui/Button';
import { Field } from '@renderer/ui/Field';
import { useFormat } from '@renderer/ui/format';
import { readDraft, today, useDraftForm, useFollowUpOptions } from './draft';
import { RefLink } from './links';

const noteSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, 'Choose the day of the win'),
  result: z.string().trim().min(1, 'Write what the rep achieved, with its number and period').max(500, 'Keep the result under 500 characters'),
  behaviour: z.string().trim().min(1, 'Write what the rep did that led to it').max(1000, 'Keep the behaviour under 1000 characters'),
});
type NoteForm = z.infer<typeof noteSchema>;

function NoteWinForm({ repId, repName, onDone }: { repId: string; repName: string; onDone: () => void }) {
  const store = useStore();
  const notify = useAppStore((s) => s.notify);
  const { form, close: closeDraft } = useDraftForm<NoteForm>(`win.${repId}`, noteSchema, { date: today(), result: '', behaviour: '' });
  const { register, handleSubmit, formState } = form;
  const close = () => closeDraft(onDone);
  return (
    <form
      className="form"
      noValidate
      aria-label={`Note a win for ${repName}`}
      onSubmit={handleSubmit(async (v) => {
        const saved = await noteWin(store, repId, v, randomId(), new Date());
        if (!saved.ok) return notify('error', saved.error.message);
        notify('success', `Added the win to ${repName}'s log.`);
        close();
      })}
    >
      <Field label="Day of the win" error={formState.errors.date?.message}>
        <input type="date" className="input" {...register('date')} />
      </Field>
      <Field
        label="What the rep achieved"
        hint="The result with its number and period: “Signed Harbor Freight, $18,000, in November”."
        error={formState.errors.result?.message}
      >
        <input type="text" className="input" {...register('result')} />
      </Field>
      <Field
        label="What they did that led to it"
        hint="The behaviour: “Brought the finance lead into the second meeting”."
        error={formState.errors.behaviour?.message}
      >
        <input type="text" className="input" {...register('behaviour')} />
      </Field>
      <div className="form-actions">
        <Button variant="ghost" onClick={close}>
          Cancel
        </Button>
        <Button variant="primary" type="submit" disabled={formState.isSubmitting}>
          Add the win
        </Button>
      </div>
    </form>
  );
}

function NoteShown({ note, copied }: { note: RecognitionNote; copied: boolean }) {
  const flags = note.wording.flags;
  return (
    <div className="win-note" role="status">
      <p className="small muted">{copied ? 'Copied to the clipboard:' : 'The clipboard could not be reached; select the note and copy it:'}</p>
      <blockquote className="win-note-text">{note.text}</blockquote>
      {note.missingBehaviour ? (
        <p className="small">Add the behaviour behind this win: a note that says what the rep did teaches the team more.</p>
      ) : null}
      {flags.length ? (
        <ul className="small plain-list" aria-label="Wording coach">
          {flags.map((f) => (
            <li key={`${f.start}-${f.kind}`}>
              Wording coach: “{note.text.slice(f.start, f.end)}”: {f.why}
            </li>
          ))}
        </ul>
      ) : (
        <p className="small muted">Wording coach: nothing to change.</p>
      )}
    </div>
  );
}

function WinRow({ win, repName }: { win: WinEntry; repName: string }) {
  const fmt = useFormat();
  const store = useStore();
  const notify = useAppStore((s) => s.notify);
  const [note, setNote] = useState<{ note: RecognitionNote; copied: boolean } | null>(null);
  const [editing, setEditing] = useState(false);
  const [behaviour, setBehaviour] = useState(win.behaviour);
  const copy = async () => {
    const drafted = recognitionNote(win, repName);
    let copied = true;
    try {
      await navigator.clipboard.writeText(drafted.text);
    } catch {
      copied = false;
    }
    setNote({ note: drafted, copied });
  };
  const saveBehaviour = async () => {
    const saved = await setWinBehaviour(store, win, behaviour, randomId(), new Date());
    if (!saved.ok) return notify('error', saved.error.message);
    setEditing(false);
    setNote(null);
  };
  return (
    <li className="win" id={`win-${win.id}`} tabIndex={-1}>
      <div className="win-head">
        <span className="badge">{WIN_SOURCE_LABELS[win.source]}</span>
        <span className="muted small">{fmt.date(win.date)}</span>
        <RefLink target={win.ref} repId={win.repId} label="open" />
      </div>
      <p className="win-result">{win.result}</p>
      {editing ? (
        <div className="field">
          <label htmlFor={`win-b-${win.id}`}>What the rep did that led to it</label>
          <input id={`win-b-${win.id}`} className="input" value={behaviour} onChange={(e) => setBehaviour(e.target.value)} />
          <div className="form-actions">
            <Button size="sm" variant="ghost" onClick={() => setEditing(false)}>
              Cancel
            </Button>
            <Button size="sm" variant="primary" onClick={() => void saveBehaviour()}>
              Keep the behaviour
            </Button>
          </div>
        </div>
      ) : (
        <p className="small">
          <span className="muted">Behind it: </span>
          {win.behaviour || <em>not written yet</em>}{' '}
          <button type="button" className="link-button" onClick={() => setEditing(true)}>
            {win.behaviour ? 'Edit' : 'Add the behaviour'}
          </button>
        </p>
      )}
      <Button size="sm" icon={<Copy size={14} />} onClick={() => void copy()} aria-label={`Copy a recognition note: ${win.result}`}>
        Copy a recognition note
      </Button>
      {note ? <NoteShown note={note.note} copied={note.copied} /> : null}
    </li>
  );
}

/** The rep's wins: found in the data and noted by hand, newest first, each with a recognition note one click away. */
export function WinsLog({ repId, repName }: { repId: string; repName: string }) {
  const opts = useFollowUpOptions();
  const [adding, setAdding] = useState(() => readDraft(`win.${repId}`) !== null);
  const measured = usePlanMeasures();
  const wins = useStoreQuery(
    (s) => (measured ? winsLog(s, repId, { ...opts, measured }) : Promise.resolve(undefined)),
    [repId, opts.asOf, opts.format.locale, opts.format.currency, measured],
  );
  return (
    <section className="card" aria-labelledby="wins-title">
      <div className="role-head">
        <div>
          <h2 id="wins-title">
            <Trophy size={18} aria-hidden="true" /> Wins
          </h2>
          <p className="muted small">
            Targets met, milestones reached early, role-plays passed, benchmarks reached, and the wins you note. Newest first.
          </p>
        </div>
        {!adding ? (
          <Button size="sm" icon={<Plus size={14} />} onClick={() => setAdding(true)}>
            Note a win
          </Button>
        ) : null}
      </div>
      {adding ? <NoteWinForm repId={repId} repName={repName} onDone={() => setAdding(false)} /> : null}
      {wins === undefined ? (
        <p className="muted small">Looking for wins…</p>
      ) : wins.length === 0 ? (
        <p className="muted small">
          No wins logged yet. They appear here when newer data shows a plan target met, a role-play is passed, or you note one.
        </p>
      ) : (
        <ul className="plain-list wins" aria-label={`Wins of ${repName}`}>
          {wins.map((w) => (
            <WinRow key={w.id} win={w} repName={repName} />
          ))}
        </ul>
      )}
    </section>
  );
}
