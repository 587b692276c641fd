import { Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { missingReasons, type PlanProgress } from '@shared/app';
import type { CarriedItem, ScheduledCheckIn } from '@shared/domain/checkin';
import { isoDay } from '@shared/domain/plan';
import { randomId } from '@shared/lib/ids';
import type { CheckInPractice, Plan } from '@shared/schemas';
import { recordCheckIn, saveCheckInDraft } from '@renderer/db/repositories/checkins';
import { useDb } from '@renderer/state/db';
import { useAppStore } from '@renderer/state/store';
import { Button } from '@renderer/ui/Button';
import { Field } from '@renderer/ui/Field';
import { EMPTY_MARK, factsOf, itemList, toCheckInItem, useCheckInDraft, type Draft } from './draft';
import { ItemRow } from './ItemRow';

const SAVE_TEXT: Record<string, string> = { idle: '', pending: 'Saving…', saved: 'Draft saved.' };

/** The check-in being held: each item with its numbers and the manager's marks, new items, notes; recorded in one go. */
// long-function: markup of one form (items, notes, new items, record); its state and rules live in shared/app/checkins.ts.
export function CheckInForm({
  plan,
  entry,
  carried,
  progress,
  practice,
  asOf,
}: {
  plan: Plan;
  entry: ScheduledCheckIn;
  carried: readonly CarriedItem[];
  progress: PlanProgress | null;
  /** The plan's role-play practice as shown; undefined while it loads (then the record keeps none). */
  practice: readonly CheckInPractice[] | undefined;
  asOf: string;
}) {
  const db = useDb();
  const notify = useAppStore((s) => s.notify);
  const items = itemList(plan, carried);
  const checkInItems = (d: Draft) =>
    items.map((i) =>
      toCheckInItem(
        i,
        progress?.items.find((m) => m.itemId === i.itemId),
        d.marks[i.itemId] ?? EMPTY_MARK,
      ),
    );
  const save = async (d: Draft) => {
    const r = await saveCheckInDraft(db, { planId: plan.id, slot: entry.slot, notes: d.notes, items: checkInItems(d), newItems: d.newItems });
    return r.ok ? null : r.error.message;
  };
  const { draft, update, state, flush, discardJournal } = useCheckInDraft(plan.id, entry.slot, entry.row, save);
  const [held, setHeld] = useState(entry.due <= asOf ? asOf : isoDay(new Date()));
  const [busy, setBusy] = useState(false);
  const unexplained = missingReasons(checkInItems(draft));

  const record = async () => {
    setBusy(true);
    try {
      await flush();
      const r = await recordCheckIn(db, {
        planId: plan.id,
        slot: entry.slot,
        heldDate: held,
        notes: draft.notes,
        items: checkInItems(draft),
        newItems: draft.newItems.filter((n) => n.action.trim() !== ''),
        facts: factsOf(progress, asOf, new Date(), practice),
      });
      if (!r.ok) notify('error', r.error.message);
      else {
        discardJournal();
        notify('success', 'Check-in recorded. Export the summary for the rep below.');
      }
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="checkin-form"
      onSubmit={(e) => {
        e.preventDefault();
        void record();
      }}
    >
      <section className="card" aria-labelledby="checkin-items">
        <h2 id="checkin-items" className="card-title">
          The action items
        </h2>
        {carried.length > 0 ? (
          <p className="muted small">
            {carried.length === 1 ? 'One item carries' : `${carried.length} items carry`} on from the last check-in: at the top.
          </p>
        ) : null}
        <ol className="plain-list checkin-items">
          {items.map((i) => (
            <ItemRow
              key={i.itemId}
              action={i.action}
              carried={carried.find((c) => c.itemId === i.itemId) ?? null}
              measured={progress?.items.find((m) => m.itemId === i.itemId)}
              mark={draft.marks[i.itemId] ?? EMPTY_MARK}
              onChange={(m) => update((d) => ({ ...d, marks: { ...d.marks, [i.itemId]: m } }))}
            />
          ))}
        </ol>
      </section>
      <NewItems items={draft.newItems} owner={plan.snapshot.repName} update={update} />
      <section className="card" aria-labelledby="checkin-notes">
        <h2 id="checkin-notes" className="card-title">
          Notes and record
        </h2>
        <Field label="Notes" hint="They go in the rep’s summary.">
          <textarea
            className="input"
            rows={4}
            maxLength={5000}
            value={draft.notes}
            onChange={(e) => update((d) => ({ ...d, notes: e.target.value }))}
          />
        </Field>
        <div className="form-row">
          <Field label="Held on">
            <input className="input" type="date" value={held} max={isoDay(new Date())} onChange={(e) => setHeld(e.target.value)} />
          </Field>
        </div>
        {unexplained.length > 0 ? (
          <p className="notice notice-warn">
            Give a reason where your status differs from the computed one ({unexplained.length === 1 ? 'one item' : `${unexplained.length} items`}).
          </p>
        ) : null}
        <div className="form-actions">
          <span className="muted small" role="status">
            {SAVE_TEXT[state] ?? state}
          </span>
          <Button type="submit" variant="primary" disabled={busy || unexplained.length > 0}>
            Record the check-in
          </Button>
        </div>
      </section>
    </form>
  );
}

/** Action items agreed at the check-in: what, by when, who; the next check-in starts with them. */
function NewItems({ items, owner, update }: { items: Draft['newItems']; owner: string; update: (change: (d: Draft) => Draft) => void }) {
  const setNew = (id: string, patch: Partial<Draft['newItems'][number]>) =>
    update((d) => ({ ...d, newItems: d.newItems.map((n) => (n.id === id ? { ...n, ...patch } : n)) }));
  return (
    <section className="card" aria-labelledby="checkin-new">
      <h2 id="checkin-new" className="card-title">
        New action items
      </h2>
      {items.length === 0 ? <p className="muted small">None yet. Add what you agree today; the next check-in starts with them.</p> : null}
      <ul className="plain-list">
        {items.map((n, i) => (
          <li key={n.id} className="form-row checkin-new-item">
            <Field label={`New item ${i + 1}`}>
              <input className="input" value={n.action} maxLength={1000} onChange={(e) => setNew(n.id, { action: e.target.value })} />
            </Field>
            <Field label="By" optional>
              <input className="input" type="date" value={n.deadline ?? ''} onChange={(e) => setNew(n.id, { deadline: e.target.value || null })} />
            </Field>
            <Field label="Owner">
              <input className="input" value={n.owner} maxLength={200} onChange={(e) => setNew(n.id, { owner: e.target.value })} />
            </Field>
            <Button
              variant="ghost"
              size="sm"
              icon={<Trash2 size={14} />}
              aria-label={`Remove new item ${i + 1}`}
              onClick={() => update((d) => ({ ...d, newItems: d.newItems.filter((x) => x.id !== n.id) }))}
            >
              Remove
            </Button>
          </li>
        ))}
      </ul>
      <Button
        size="sm"
        icon={<Plus size={14} />}
        onClick={() =>
          update((d) => ({
            ...d,
            newItems: [
              ...d.newItems,
              {
                id: randomId(),
                action: '',
                metricKey: null,
                baseline: null,
                target: null,
                deadline: null,
                owner: owner.slice(0, 200),
              },
            ],
          }))
        }
      >
        Add an action item
      </Button>
    </section>
  );
}
