import { useState } from 'react';
import { useDb } from '@renderer/state/db';
import { useAppStore } from '@renderer/state/store';
import { addRep, removeRep, updateRep } from '@renderer/db/repositories/reps';
import type { Rep } from '@shared/schemas';
import { Button } from '@renderer/ui/Button';
import { Dialog } from '@renderer/ui/Dialog';
import { RepForm } from './RepForm';
import { useStoreQuery } from '@renderer/db/hooks';

/** The add/edit dialog, driven by the store's repForm slice. */
export function RepFormDialog() {
  const db = useDb();
  const target = useAppStore((s) => s.repForm);
  const close = useAppStore((s) => s.closeRepForm);
  const notify = useAppStore((s) => s.notify);
  const editingId = target !== null && target !== 'new' ? target.id : null;
  const editing = useStoreQuery(async (s) => (editingId ? s.table('reps').get(editingId) : undefined), [editingId]);
  const customRoles = useStoreQuery(async (s) => (await s.table('expectations').all()).map((e) => e.role), []) ?? [];
  const open = target !== null && (target === 'new' || editing !== undefined);

  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        if (!o) close();
      }}
      title={editing ? `Edit ${editing.name}` : 'Add a rep'}
    >
      {open ? (
        <RepForm
          key={editing?.id ?? 'new'}
          initial={editing ? { name: editing.name, role: editing.role, startDate: editing.startDate ?? '', email: editing.email ?? '' } : undefined}
          extraRoles={customRoles}
          submitLabel={editing ? 'Save changes' : 'Add rep'}
          onCancel={close}
          onSubmit={async (values) => {
            if (editing) {
              const rep = await updateRep(db, editing.id, values);
              notify('success', `Saved ${rep.name}.`);
            } else {
              const rep = await addRep(db, values);
              notify('success', `Added ${rep.name}.`);
            }
            close();
          }}
        />
      ) : null}
    </Dialog>
  );
}

export function RemoveRepDialog({ rep, onClose }: { rep: Rep | null; onClose: () => void }) {
  const db = useDb();
  const notify = useAppStore((s) => s.notify);
  const [busy, setBusy] = useState(false);
  return (
    <Dialog
      open={rep !== null}
      onOpenChange={(o) => {
        if (!o) onClose();
      }}
      title={rep ? `Remove ${rep.name}?` : 'Remove rep'}
      description="This removes the rep with their imported metrics, plans, check-ins and role-play history. It cannot be undone."
    >
      <div className="form-actions">
        <Button variant="ghost" onClick={onClose}>
          Keep rep
        </Button>
        <Button
          variant="danger"
          disabled={busy}
          onClick={async () => {
            if (!rep) return;
            setBusy(true);
            try {
              await removeRep(db, rep.id);
              notify('success', `Removed ${rep.name}.`);
              onClose();
            } catch {
              notify('error', `${rep.name} could not be removed; nothing was changed.`);
            } finally {
              setBusy(false);
            }
          }}
        >
          Remove rep
        </Button>
      </div>
    </Dialog>
  );
}
