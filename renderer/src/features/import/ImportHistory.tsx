import { useLiveQuery } from 'dexie-react-hooks';
import { Undo2 } from 'lucide-react';
import { useState } from 'react';
import { FIELD_LABELS, type CanonicalField } from '@shared/domain/import/mapping';
import type { ImportRecord } from '@shared/schemas';
import { useDb } from '@renderer/state/db';
import { useAppStore } from '@renderer/state/store';
import { listImports, undoImport } from '@renderer/db/repositories/imports';
import { Button } from '@renderer/ui/Button';
import { Dialog } from '@renderer/ui/Dialog';
import { ScrollRegion } from '@renderer/ui/ScrollRegion';
import { useFormat } from '@renderer/ui/format';

const KIND_LABEL: Record<ImportRecord['kind'], string> = { 'period-sheet': 'Metric sheet', deals: 'Deals', activities: 'Activities' };

function mappingSummary(r: ImportRecord): string {
  return Object.entries(r.mapping)
    .filter(([, header]) => header)
    .map(([field, header]) => `${FIELD_LABELS[field as CanonicalField] ?? field} ← “${header}”`)
    .join(', ');
}

export function ImportHistory() {
  const db = useDb();
  const imports = useLiveQuery(() => listImports(db), [db]);
  const [undoing, setUndoing] = useState<ImportRecord | null>(null);
  if (!imports || imports.length === 0) return null;
  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title" className="card-title">
        Import history
      </h2>
      <ScrollRegion label="Import history" className="flat">
        <table className="table" aria-label="Import history">
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Imported</th>
              <th scope="col">Type</th>
              <th scope="col" className="num">
                Rows accepted
              </th>
              <th scope="col" className="num">
                Rejected
              </th>
              <th scope="col" className="num">
                Rows stored
              </th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {imports.map((r) => (
              <ImportRow key={r.id} record={r} onUndo={() => setUndoing(r)} />
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <UndoImportDialog undoing={undoing} onClose={() => setUndoing(null)} />
    </section>
  );
}

function ImportRow({ record: r, onUndo }: { record: ImportRecord; onUndo: () => void }) {
  const f = useFormat();
  return (
    <tr>
      <td>
        <div>{r.fileName}</div>
        <details className="mapping-details">
          <summary className="muted small">
            {r.sheetName ? `Sheet “${r.sheetName}” · ` : ''}
            {r.periodKind} periods · {Object.values(r.mapping).filter(Boolean).length} columns mapped
          </summary>
          <p className="small">{mappingSummary(r)}</p>
        </details>
      </td>
      <td>{f.dateTime(r.importedAt)}</td>
      <td>{KIND_LABEL[r.kind]}</td>
      <td className="num">{f.count(r.rowsAccepted)}</td>
      <td className="num">{f.count(r.rowsRejected)}</td>
      <td className="num">{f.count(r.periodsWritten)}</td>
      <td>
        <div className="row-actions">
          <Button size="sm" variant="ghost" icon={<Undo2 size={14} />} onClick={onUndo} aria-label={`Undo import of ${r.fileName}`}>
            Undo
          </Button>
        </div>
      </td>
    </tr>
  );
}

/** Asks before an import is undone; the undo removes exactly what that import added. */
function UndoImportDialog({ undoing, onClose }: { undoing: ImportRecord | null; onClose: () => void }) {
  const db = useDb();
  const notify = useAppStore((s) => s.notify);
  const [busy, setBusy] = useState(false);
  const undo = async () => {
    if (!undoing) return;
    setBusy(true);
    try {
      const res = await undoImport(db, undoing.id);
      notify('success', `Import undone: ${res.periodsRemoved} rows and ${res.repsRemoved} reps removed.`);
      onClose();
    } catch {
      notify('error', 'The import could not be undone; nothing was changed.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      open={undoing !== null}
      onOpenChange={(o) => {
        if (!o) onClose();
      }}
      title={undoing ? `Undo the import of ${undoing.fileName}?` : 'Undo import'}
      description="This removes exactly what that import added: its metrics, its raw records, and reps it created that nothing else refers to."
    >
      <div className="form-actions">
        <Button variant="ghost" onClick={onClose}>
          Keep it
        </Button>
        <Button variant="danger" disabled={busy} onClick={() => void undo()}>
          Undo import
        </Button>
      </div>
    </Dialog>
  );
}
