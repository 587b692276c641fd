import { useState } from 'react';
import type { RepDiagnosis } from '@shared/domain/diagnosis';
import type { VerdictOverride } from '@shared/schemas';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '@renderer/state/db';
import { overrideHistory, withdrawOverride } from '@renderer/db/repositories/overrides';
import { useAppStore } from '@renderer/state/store';
import { Button } from '@renderer/ui/Button';
import { useWrite, WriteFailure } from '@renderer/ui/WriteFailure';
import { useFormat } from '@renderer/ui/format';
import { STAGE_LABEL, VERDICT_LABEL } from '../team';
import { OverrideForm, useOverrideForm } from './OverrideForm';

/** The earlier overrides of this rep and period (the one in force left out), folded. */
function EarlierOverrides({ earlier }: { earlier: readonly VerdictOverride[] }) {
  const fmt = useFormat();
  if (!earlier.length) return null;
  return (
    <details className="override-history">
      <summary>Earlier overrides for this period ({earlier.length})</summary>
      <ul className="small">
        {earlier.map((o) => (
          <li key={o.id}>
            {fmt.date(o.createdAt)}: {VERDICT_LABEL[o.verdict]}
            {o.weakStage ? ` (${STAGE_LABEL[o.weakStage]})` : ''} — “{o.reason}”
            {o.withdrawnAt ? ` · removed ${fmt.date(o.withdrawnAt)}` : ' · replaced by a later one'}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The override in force, with Candor's own reading beside it; change or remove it; the earlier ones below. */
function OverrideShown({ diagnosis, write, onChange }: { diagnosis: RepDiagnosis; write: ReturnType<typeof useWrite>; onChange: () => void }) {
  const db = useDb();
  const fmt = useFormat();
  const notify = useAppStore((s) => s.notify);
  const current = diagnosis.override;
  const period = diagnosis.period;
  const history = useLiveQuery(() => (period ? overrideHistory(db, diagnosis.repId, period) : Promise.resolve([])), [db, diagnosis.repId, period]);
  const remove = async (id: string) => {
    if ((await write.run(() => withdrawOverride(db, id).then(() => true))) !== true) return;
    notify('success', 'Override removed: the computed verdict applies again. It stays in the history.');
  };
  return (
    <div className="override">
      {current ? (
        <div className="notice notice-info">
          <div>
            <strong>You set this verdict to {VERDICT_LABEL[current.verdict]}</strong>
            {current.obstacle ? ' (a genuine obstacle: support, not pressure)' : ''} on {fmt.date(current.createdAt)}. Reason: “{current.reason}”.
            Candor’s own reading was {VERDICT_LABEL[diagnosis.computed.verdict]}.
          </div>
        </div>
      ) : null}
      <div className="row-actions" style={{ justifyContent: 'flex-start', marginTop: 8 }}>
        <Button size="sm" onClick={onChange}>
          {current ? 'Change the override' : 'Override this verdict'}
        </Button>
        {current ? (
          <Button size="sm" variant="ghost" onClick={() => void remove(current.id)}>
            Remove override
          </Button>
        ) : null}
      </div>
      <EarlierOverrides earlier={(history ?? []).filter((o) => o.id !== current?.id)} />
      <WriteFailure failure={write.failure} />
    </div>
  );
}

/** The manager may override a verdict with a reason: kept, shown, carried into plans. */
export function OverrideControl({ diagnosis }: { diagnosis: RepDiagnosis }) {
  const [open, setOpen] = useState(false);
  const write = useWrite();
  const form = useOverrideForm(diagnosis, write, () => setOpen(false));
  return open ? (
    <OverrideForm state={form} failure={write.failure} onClose={() => setOpen(false)} />
  ) : (
    <OverrideShown diagnosis={diagnosis} write={write} onChange={() => setOpen(true)} />
  );
}
