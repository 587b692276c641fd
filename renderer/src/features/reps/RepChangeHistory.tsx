import { Undo2 } from 'lucide-react';
import { useState } from 'react';
import { listRepChanges, undoRepChange } from '@shared/app/rep-changes';
import { useStore, useStoreQuery } from '@renderer/db/hooks';
import { useAppStore } from '@renderer/state/store';
import { Button } from '@renderer/ui/Button';
import { ScrollRegion } from '@renderer/ui/ScrollRegion';
import { useFormat } from '@renderer/ui/format';

const KIND_LABEL = { roster: 'Roster', edit: 'Edit', left: 'Left', merge: 'Merge' } as const;

/** Rosters applied, bulk edits, reps marked as left and merges, newest first, each with Undo. */
export function RepChangeHistory() {
  const store = useStore();
  const fmt = useFormat();
  const notify = useAppStore((s) => s.notify);
  const changes = useStoreQuery((s) => listRepChanges(s), []);
  const [busy, setBusy] = useState(false);
  if (!changes || changes.length === 0) return null;
  const undo = async (id: string) => {
    setBusy(true);
    try {
      const done = await undoRepChange(store, id);
      notify(
        'success',
        `Undone: ${done.repsRestored} reps put back as they were${done.repsRemoved ? `, ${done.repsRemoved} added reps removed` : ''}.`,
      );
    } catch (e) {
      notify('error', e instanceof Error ? e.message : 'The change could not be undone; nothing was changed.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card" aria-labelledby="rep-changes-title">
      <h2 id="rep-changes-title" className="card-title">
        Rosters and rep changes
      </h2>
      <ScrollRegion label="Rosters and rep changes" className="flat">
        <table className="table" aria-label="Rosters and rep changes">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">What</th>
              <th scope="col">
                <span className="visually-hidden">Undo</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c) => (
              <tr key={c.id}>
                <td>{fmt.dateTime(c.at)}</td>
                <td>
                  <span className="badge">{KIND_LABEL[c.kind]}</span> {c.summary}
                  {c.asOf ? (
                    <span className="muted">
                      {' '}
                      {c.kind === 'roster' ? 'As of' : 'From'} {fmt.date(`${c.asOf}T12:00:00`)}.
                    </span>
                  ) : null}
                </td>
                <td>
                  <Button
                    size="sm"
                    icon={<Undo2 size={14} aria-hidden="true" />}
                    disabled={busy}
                    onClick={() => void undo(c.id)}
                    aria-label={`Undo: ${c.summary}`}
                  >
                    Undo
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
