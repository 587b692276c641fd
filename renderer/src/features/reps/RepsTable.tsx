import './reps.css';
import { Pencil, Trash2 } from 'lucide-react';
import { useMemo, useState } from 'react';
import type { Rep } from '@shared/schemas';
import { placementAt } from '@shared/domain/team/index';
import { useAppStore } from '@renderer/state/store';
import { hrefFor } from '@renderer/state/router';
import { useFormat } from '@renderer/ui/format';
import { ScrollRegion } from '@renderer/ui/ScrollRegion';
import { Button } from '@renderer/ui/Button';
import { BulkEditDialog, MarkLeftDialog, MergeDialog } from './RepBulkDialogs';
import { RepChangeHistory } from './RepChangeHistory';
import { noonOf, todayIso } from './dates';

type Open = 'edit' | 'left' | 'merge' | null;

/** Manage reps: where each sits today, select several to set team, manager, office or role, mark as left, or merge two spellings. */
// long-function: table markup with its selection and filter switches; the edits are use cases in shared/app.
export function RepsTable({ reps, onRemove }: { reps: Rep[]; onRemove: (rep: Rep) => void }) {
  const openRepForm = useAppStore((s) => s.openRepForm);
  const fmt = useFormat();
  const [showLeft, setShowLeft] = useState(false);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [open, setOpen] = useState<Open>(null);
  const today = todayIso();
  const leftCount = reps.filter((r) => r.leftDate != null && r.leftDate <= today).length;
  const shown = useMemo(() => reps.filter((r) => showLeft || r.leftDate == null || r.leftDate > today), [reps, showLeft, today]);
  const chosen = shown.filter((r) => picked.has(r.id));
  const toggle = (id: string) =>
    setPicked((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const close = (done: boolean) => {
    setOpen(null);
    if (done) setPicked(new Set());
  };
  const day = (d: string | null | undefined) => (d ? fmt.date(noonOf(d)) : '—');

  return (
    <div className="stack manage-reps">
      <div className="manage-toolbar" role="toolbar" aria-label="Change the chosen reps">
        <span className="muted" aria-live="polite">
          {chosen.length ? `${chosen.length} chosen` : 'Choose reps to change several at once'}
        </span>
        <Button size="sm" disabled={chosen.length === 0} onClick={() => setOpen('edit')}>
          Set team, manager, office or role…
        </Button>
        <Button size="sm" disabled={chosen.length === 0} onClick={() => setOpen('left')}>
          Mark as left…
        </Button>
        <Button size="sm" disabled={chosen.length !== 2} onClick={() => setOpen('merge')} title="Choose the two spellings of one person">
          Merge two spellings…
        </Button>
        <label className="switch">
          <input type="checkbox" checked={showLeft} onChange={(e) => setShowLeft(e.target.checked)} />
          Show reps who left ({leftCount})
        </label>
      </div>
      <ScrollRegion label="Reps">
        <table className="table" aria-label="Reps">
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">Choose</span>
              </th>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Team</th>
              <th scope="col">Manager</th>
              <th scope="col">Office</th>
              <th scope="col">Start date</th>
              <th scope="col">Left on</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((rep) => {
              const seat = placementAt(rep, today);
              return (
                <tr key={rep.id}>
                  <td>
                    <input type="checkbox" aria-label={`Choose ${rep.name}`} checked={picked.has(rep.id)} onChange={() => toggle(rep.id)} />
                  </td>
                  <td>
                    <a href={hrefFor({ page: 'rep', repId: rep.id })}>{rep.name}</a>
                  </td>
                  <td>
                    <span className="badge badge-role">{rep.role}</span>
                  </td>
                  <td>{seat.team ?? '—'}</td>
                  <td>{seat.manager ?? '—'}</td>
                  <td>{seat.office ?? '—'}</td>
                  <td>{day(rep.startDate)}</td>
                  <td>{day(rep.leftDate)}</td>
                  <td>
                    <div className="row-actions">
                      <button type="button" className="icon-btn" aria-label={`Edit ${rep.name}`} onClick={() => openRepForm({ id: rep.id })}>
                        <Pencil size={16} aria-hidden="true" />
                      </button>
                      <button type="button" className="icon-btn" aria-label={`Remove ${rep.name}`} onClick={() => onRemove(rep)}>
                        <Trash2 size={16} aria-hidden="true" />
                      </button>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      <BulkEditDialog reps={open === 'edit' ? chosen : []} onClose={close} />
      <MarkLeftDialog reps={open === 'left' ? chosen : []} onClose={close} />
      <MergeDialog reps={open === 'merge' ? chosen : []} onClose={close} />
      <RepChangeHistory />
    </div>
  );
}
