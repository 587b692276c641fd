import { Pencil, Trash2 } from 'lucide-react';
import type { Rep } from '../../../../shared/schemas';
import { useAppStore } from '../../state/store';
import { hrefFor } from '../../state/router';
import { useFormat } from '../../ui/format';
import { ScrollRegion } from '../../ui/ScrollRegion';

export function RepsTable({ reps, onRemove }: { reps: Rep[]; onRemove: (rep: Rep) => void }) {
  const openRepForm = useAppStore((s) => s.openRepForm);
  const fmt = useFormat();
  return (
    <ScrollRegion label="Reps">
      <table className="table" aria-label="Reps">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
            <th scope="col">Start date</th>
            <th scope="col">Email</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {reps.map((rep) => (
            <tr key={rep.id}>
              <td>
                <a href={hrefFor({ page: 'rep', repId: rep.id })}>{rep.name}</a>
              </td>
              <td>
                <span className="badge badge-role">{rep.role}</span>
              </td>
              <td>{rep.startDate ? fmt.date(`${rep.startDate}T12:00:00`) : '—'}</td>
              <td>{rep.email ?? <span className="muted">—</span>}</td>
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
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
