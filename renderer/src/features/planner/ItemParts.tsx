import { Plus, Trash2 } from 'lucide-react';
import type { ReactNode } from 'react';
import { Button } from '@renderer/ui/Button';
import { usePlanner } from './stepForm';

/** The bottom line of a list item: a note or control on the left, Remove on the right. */
export function ItemFoot({
  children,
  onRemove,
  removeLabel,
  disabled,
}: {
  children?: ReactNode;
  onRemove: () => void;
  removeLabel: string;
  disabled: boolean;
}) {
  return (
    <div className="item-foot">
      {children ?? <span />}
      <RemoveButton onRemove={onRemove} label={removeLabel} disabled={disabled} />
    </div>
  );
}

export function RemoveButton({ onRemove, label, disabled }: { onRemove: () => void; label: string; disabled: boolean }) {
  return (
    <Button variant="ghost" size="sm" icon={<Trash2 size={14} />} onClick={onRemove} disabled={disabled} aria-label={label}>
      Remove
    </Button>
  );
}

export function AddButton({ onAdd, disabled, children }: { onAdd: () => void; disabled: boolean; children: ReactNode }) {
  return (
    <Button icon={<Plus size={16} />} onClick={onAdd} disabled={disabled}>
      {children}
    </Button>
  );
}

/**
 * Marks what the manager wrote that a refresh of the facts kept as it was (an item by its id, or
 * a whole field by its name), so they check it against the new facts.
 */
export function ToCheck({ id }: { id: string }) {
  const { plan } = usePlanner();
  const marks = plan.toCheck;
  if (!marks || !plan.beforeRefresh || !(marks.items.includes(id) || marks.fields.includes(id))) return null;
  return <p className="to-check small">Written by you: check against the new facts</p>;
}

/** One line on why Candor suggested this item (drafted items only; the manager's own have none). */
export function WhyLine({ why }: { why?: string | undefined }) {
  return why ? <p className="why-line muted small">Why suggested: {why}</p> : null;
}
