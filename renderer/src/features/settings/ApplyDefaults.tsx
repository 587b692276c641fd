import { useMemo, useState } from 'react';
import { previewExpectations, VERDICT_LABELS } from '@shared/domain/diagnosis';
import type { RoleExpectation } from '@shared/schemas';
import { applyDefaultExpectations, stopApplyingExpectation } from '@renderer/db/repositories/expectations';
import { useDb } from '@renderer/state/db';
import { useAppStore } from '@renderer/state/store';
import { Button } from '@renderer/ui/Button';
import { Dialog } from '@renderer/ui/Dialog';
import { useFormat } from '@renderer/ui/format';
import { useDiagnosisData } from '../diagnosis';
import { TARGET_FIELDS, TARGET_UNIT } from './targets';

const SHOWN_CHANGES = 8;

type ExpectationsPreview = ReturnType<typeof previewExpectations>;

/** What one role's defaults hold, as the manager reads them ("Calls 1,000 · Quota (revenue) $50,000 …"). */
function TargetsOf({ e }: { e: RoleExpectation }) {
  const fmt = useFormat();
  const set = TARGET_FIELDS.filter((f) => e.targets[f.key] !== null && e.targets[f.key] !== undefined);
  return (
    <li>
      <strong>{e.role}</strong> ({e.label}):{' '}
      {set.map((f) => `${f.label.replace(/ \((%|days)\)$/, '')} ${fmt.value(e.targets[f.key], TARGET_UNIT[f.key] ?? 'count')}`).join(' · ')}
    </li>
  );
}

/**
 * "Apply the default targets", knowingly: `ask(roles, title)` opens a dialog that first shows the
 * targets and how many reps' verdicts they would change (the team diagnosed with and without
 * them); it applies on confirmation, then `message` says what changed, with an undo. Keep the
 * caller mounted after applying (the message lives in its state).
 */
export function useApplyDefaults(defaults: readonly RoleExpectation[], period: string | null = null) {
  const db = useDb();
  const data = useDiagnosisData();
  const fmt = useFormat();
  const notify = useAppStore((s) => s.notify);
  const [asked, setAsked] = useState<{ roles: readonly string[]; title: string } | null>(null);
  const [applied, setApplied] = useState<{ roles: string[]; changed: number } | null>(null);
  const chosen = useMemo(() => (asked ? defaults.filter((d) => asked.roles.includes(d.role)) : []), [defaults, asked]);
  const preview = useMemo(() => {
    if (!asked || !data || data.input.periods.length === 0) return null;
    const at = period && data.periods.includes(period) ? { period } : {};
    return previewExpectations({ ...data.input, ...at, format: { locale: fmt.locale, currency: fmt.currency } }, chosen);
  }, [asked, data, period, chosen, fmt.locale, fmt.currency]);

  const apply = async () => {
    try {
      const done = await applyDefaultExpectations(db, [...chosen], asked?.roles);
      setApplied({ roles: done, changed: preview?.changes.length ?? 0 });
      setAsked(null);
    } catch (e) {
      notify('error', e instanceof Error ? e.message : 'Could not apply the targets.');
    }
  };
  const undo = async (rolesDone: string[]) => {
    for (const r of rolesDone) await stopApplyingExpectation(db, r);
    setApplied(null);
    notify('success', 'The default targets are no longer applied: every comparison is with the team median again.');
  };
  const message = applied ? <AppliedMessage applied={applied} onUndo={() => void undo(applied.roles)} /> : null;
  const dialog = (
    <ApplyDefaultsDialog
      asked={asked}
      chosen={chosen}
      preview={preview}
      noNumbers={data?.input.periods.length === 0}
      onCancel={() => setAsked(null)}
      onApply={() => void apply()}
    />
  );
  return { ask: (roles: readonly string[], title: string) => setAsked({ roles, title }), dialog, message };
}

function AppliedMessage({ applied, onUndo }: { applied: { roles: string[]; changed: number }; onUndo: () => void }) {
  return (
    <p className="notice notice-info small applied-defaults" role="status">
      <span>
        Default targets applied for {applied.roles.join(', ')}: {applied.changed} {applied.changed === 1 ? 'rep’s verdict' : 'reps’ verdicts'}{' '}
        changed. Edit them any time in Settings.
      </span>
      <Button size="sm" onClick={onUndo}>
        Undo
      </Button>
    </p>
  );
}

/** The targets about to be applied and the verdicts they would change, before anything is stored. */
function ApplyDefaultsDialog({
  asked,
  chosen,
  preview,
  noNumbers,
  onCancel,
  onApply,
}: {
  asked: { title: string } | null;
  chosen: readonly RoleExpectation[];
  preview: ExpectationsPreview | null;
  /** No period is imported yet: nothing can change, and applying needs no preview. */
  noNumbers: boolean;
  onCancel: () => void;
  onApply: () => void;
}) {
  return (
    <Dialog
      open={asked !== null}
      onOpenChange={(o) => (o ? null : onCancel())}
      title={asked?.title ?? ''}
      description="Candor’s defaults, not your numbers: check them against your business first."
    >
      <ul className="plain-list small">
        {chosen.map((e) => (
          <TargetsOf key={e.role} e={e} />
        ))}
      </ul>
      {preview ? (
        <VerdictChanges preview={preview} />
      ) : (
        <p className="muted">{noNumbers ? 'There are no numbers yet, so no verdict changes.' : 'Working out what would change…'}</p>
      )}
      <div className="form-actions">
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        <Button variant="primary" onClick={onApply} disabled={!preview && !noNumbers}>
          Apply them
        </Button>
      </div>
    </Dialog>
  );
}

function VerdictChanges({ preview }: { preview: ExpectationsPreview }) {
  const fmt = useFormat();
  const n = preview.changes.length;
  return (
    <>
      <p>
        With them, {n === 0 ? 'no rep’s verdict changes' : `${n} of ${preview.reps} reps’ verdicts change`}
        {preview.period ? ` for ${fmt.period(preview.period)}` : ''}.
      </p>
      {n > 0 ? (
        <ul className="plain-list small" aria-label="Verdicts that change">
          {preview.changes.slice(0, SHOWN_CHANGES).map((c) => (
            <li key={c.repId}>
              {c.name}: {VERDICT_LABELS[c.before]} → {VERDICT_LABELS[c.after]}
            </li>
          ))}
          {n > SHOWN_CHANGES ? <li>…and {n - SHOWN_CHANGES} more</li> : null}
        </ul>
      ) : null}
    </>
  );
}
