import { FileDown, Printer, X } from 'lucide-react';
import { useCallback, useRef, useState } from 'react';
import { documentFileName, type DocumentModel } from '@shared/domain/document';
import { documentDateOf, planDocument } from '@shared/app';
import { isReadOnly } from '@shared/domain/plan';
import { sha256Hex } from '@shared/lib/ids';
import type { Plan } from '@shared/schemas';
import { getPlan, recordExport } from '@renderer/db/repositories/plans';
import { usePlatform } from '@renderer/platform';
import { useDb } from '@renderer/state/db';
import { useAppStore } from '@renderer/state/store';
import { Button } from '@renderer/ui/Button';
import { useFullScreenView } from '@renderer/ui/inertOutside';
import { PrintView } from '../documents';
import { Signatures } from './Signatures';
import { useTextFormat } from './engine';
import { useFormat } from '@renderer/ui/format';

type Kind = 'plan' | 'guide';

const documentDate = (plan: Plan) => documentDateOf(plan, {});

/** The document model in the manager's number format (Settings → Number format: locale and currency): the planDocument use case. */
export function buildModel(plan: Plan, kind: Kind, opts: { locale: string; currency: string | null }): DocumentModel {
  return planDocument(plan, kind, opts);
}

/** Renders the plan's newest stored revision to .docx and offers it to save; null when the manager cancels the save. */
async function saveDocx(
  db: ReturnType<typeof useDb>,
  platform: ReturnType<typeof usePlatform>,
  plan: Plan,
  kind: Kind,
  format: { locale: string; currency: string | null },
): Promise<string | null> {
  // Read after any pending autosave (IndexedDB runs the read after the earlier write).
  const current = (await getPlan(db, plan.id)) ?? plan;
  const { renderDocx } = await import('@shared/export/docx');
  const bytes = await renderDocx(buildModel(current, kind, format));
  const saved = await platform.saveFile({
    suggestedName: documentFileName(documentDate(current), current.snapshot.repName || 'Rep', kind),
    bytes,
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    filterName: 'Word document',
    extensions: ['docx'],
  });
  if (saved === null) return null;
  await recordExport(db, plan.id, { kind: kind === 'plan' ? 'plan-docx' : 'guide-docx', fileName: saved, sha256: await sha256Hex(bytes) });
  return saved;
}

/**
 * Export the rep's plan or the private guide as Word files (native save dialog on the desktop,
 * a download in the browser), or print either. Each export is recorded with its SHA-256.
 */
export function ExportActions({ plan }: { plan: Plan }) {
  const db = useDb();
  const platform = usePlatform();
  const notify = useAppStore((s) => s.notify);
  const format = useTextFormat();
  const [busy, setBusy] = useState<Kind | null>(null);
  const [printing, setPrinting] = useState<{ kind: Kind; model: DocumentModel } | null>(null);
  // Stable, so the full-screen view does not take the focus again on every render.
  const closePrint = useCallback(() => setPrinting(null), []);

  const exportDocx = async (kind: Kind) => {
    setBusy(kind);
    try {
      const saved = await saveDocx(db, platform, plan, kind, format);
      if (saved !== null) notify('success', `Saved ${saved}.`);
    } catch (e) {
      notify('error', e instanceof Error ? `Could not export: ${e.message}` : 'Could not export the document.');
    } finally {
      setBusy(null);
    }
  };

  const print = async (kind: Kind) => {
    try {
      setPrinting({ kind, model: buildModel((await getPlan(db, plan.id)) ?? plan, kind, format) });
    } catch (e) {
      notify('error', e instanceof Error ? e.message : 'Could not prepare the document.');
    }
  };

  return (
    <div className="export-actions">
      {!isReadOnly(plan) ? <Signatures plan={plan} /> : null}
      <div className="row-actions export-buttons">
        <Button variant="primary" icon={<FileDown size={16} />} disabled={busy !== null} onClick={() => void exportDocx('plan')}>
          Export plan (.docx)
        </Button>
        <Button icon={<FileDown size={16} />} disabled={busy !== null} onClick={() => void exportDocx('guide')}>
          Export your guide (.docx)
        </Button>
        <Button variant="ghost" icon={<Printer size={16} />} onClick={() => void print('plan')}>
          Print plan
        </Button>
        <Button variant="ghost" icon={<Printer size={16} />} onClick={() => void print('guide')}>
          Print guide
        </Button>
      </div>
      <ExportList plan={plan} />
      {printing ? <PrintOverlay plan={plan} printing={printing} onClose={closePrint} /> : null}
    </div>
  );
}

/** Every export and print of the plan so far, with its revision and the file's fingerprint. */
function ExportList({ plan }: { plan: Plan }) {
  const fmt = useFormat();
  if (plan.exports.length === 0) return null;
  return (
    <ul className="plain-list small" aria-label="Exports">
      {plan.exports.map((e) => (
        <li key={e.id}>
          {fmt.dateTime(e.exportedAt)} · revision {e.revision} · {e.fileName}
          {e.sha256 ? <span className="muted"> · SHA-256 {e.sha256.slice(0, 12)}…</span> : null}
        </li>
      ))}
    </ul>
  );
}

/** The document full screen, ready to print; printing it is recorded on the plan. */
function PrintOverlay({ plan, printing, onClose }: { plan: Plan; printing: { kind: Kind; model: DocumentModel }; onClose: () => void }) {
  const db = useDb();
  const overlay = useRef<HTMLDivElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  useFullScreenView(overlay, true, onClose, closeButton);
  return (
    <div
      ref={overlay}
      tabIndex={-1}
      className="print-overlay"
      role="dialog"
      aria-modal="true"
      aria-label={printing.kind === 'plan' ? 'Print the plan' : 'Print the guide'}
    >
      <div className="print-overlay-head">
        <Button ref={closeButton} variant="ghost" icon={<X size={16} />} onClick={onClose}>
          Close
        </Button>
      </div>
      <PrintView
        model={printing.model}
        onPrint={() => {
          window.print();
          void recordExport(db, plan.id, { kind: 'print', fileName: `${printing.kind} (printed)`, sha256: null });
        }}
      />
    </div>
  );
}
