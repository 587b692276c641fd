import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import type { RepDiagnosis } from '@shared/domain/diagnosis';
import { useLiveQuery } from 'dexie-react-hooks';
import { verdictSchema, weakStageSchema, type Verdict, type WeakStage } from '@shared/schemas';
import { useDb } from '@renderer/state/db';
import { overrideHistory, saveOverride, withdrawOverride } from '@renderer/db/repositories/overrides';
import { useAppStore } from '@renderer/state/store';
import { Button } from '@renderer/ui/Button';
import { Field } from '@renderer/ui/Field';
import { useWrite, WriteFailure } from '@renderer/ui/WriteFailure';
import { useFormat } from '@renderer/ui/format';
import { STAGE_LABEL, VERDICT_LABEL } from '../team';

const formSchema = z.object({
  verdict: verdictSchema,
  weakStage: z.union([weakStageSchema, z.literal('')]),
  reason: z.string().trim().min(3, 'Say why, in a few words').max(2000, 'Keep it under 2,000 characters'),
  obstacle: z.boolean(),
});
type FormValues = z.infer<typeof formSchema>;

/** The manager may override a verdict with a reason: kept, shown, carried into plans. */
export function OverrideControl({ diagnosis }: { diagnosis: RepDiagnosis }) {
  const db = useDb();
  const fmt = useFormat();
  const notify = useAppStore((s) => s.notify);
  const write = useWrite();
  const [open, setOpen] = useState(false);
  const current = diagnosis.override;
  const period = diagnosis.period;
  const history = useLiveQuery(() => (period ? overrideHistory(db, diagnosis.repId, period) : Promise.resolve([])), [db, diagnosis.repId, period]);
  const earlier = (history ?? []).filter((o) => o.id !== current?.id);
  const {
    register,
    handleSubmit,
    control,
    formState: { errors, isSubmitting },
  } = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: {
      verdict: current?.verdict ?? diagnosis.computed.verdict,
      weakStage: current?.weakStage ?? '',
      reason: current?.reason ?? '',
      obstacle: current?.obstacle ?? false,
    },
  });
  const verdict = useWatch({ control, name: 'verdict' });

  if (!open) {
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
          <Button size="sm" onClick={() => setOpen(true)}>
            {current ? 'Change the override' : 'Override this verdict'}
          </Button>
          {current ? (
            <Button
              size="sm"
              variant="ghost"
              onClick={async () => {
                if ((await write.run(() => withdrawOverride(db, current.id).then(() => true))) !== true) return;
                notify('success', 'Override removed: the computed verdict applies again. It stays in the history.');
              }}
            >
              Remove override
            </Button>
          ) : null}
        </div>
        {earlier.length ? (
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
        ) : null}
        <WriteFailure failure={write.failure} />
      </div>
    );
  }

  return (
    <form
      className="form override-form"
      noValidate
      aria-label="Override the verdict"
      onSubmit={handleSubmit(async (v) => {
        if (!diagnosis.period) return;
        const period = diagnosis.period;
        const saved = await write.run(async () => {
          await saveOverride(db, {
            repId: diagnosis.repId,
            period,
            verdict: v.verdict,
            weakStage: (v.weakStage || null) as WeakStage | null,
            reason: v.reason,
            obstacle: v.obstacle,
          });
          return true;
        });
        if (saved !== true) return;
        notify('success', 'Override saved. It is shown wherever this verdict appears.');
        setOpen(false);
      })}
    >
      <div className="form-row">
        <Field label="Verdict" error={errors.verdict?.message}>
          <select {...register('verdict')}>
            {(Object.keys(VERDICT_LABEL) as Verdict[]).map((v) => (
              <option key={v} value={v}>
                {VERDICT_LABEL[v]}
              </option>
            ))}
          </select>
        </Field>
        {verdict === 'skill' || verdict === 'mixed' ? (
          <Field label="Weak stage" error={errors.weakStage?.message}>
            <select {...register('weakStage')}>
              <option value="">Not sure yet</option>
              {Object.entries(STAGE_LABEL).map(([k, label]) => (
                <option key={k} value={k}>
                  {label}
                </option>
              ))}
            </select>
          </Field>
        ) : null}
      </div>
      <Field
        label="Reason"
        hint="What do you know that the numbers do not show? e.g. territory change, leave, lead quality, broken tooling."
        error={errors.reason?.message}
      >
        <textarea rows={3} {...register('reason')} />
      </Field>
      <label className="checkbox">
        <input type="checkbox" {...register('obstacle')} /> This is a genuine obstacle: the rep needs support, not pressure
      </label>
      <div className="form-actions">
        <Button variant="ghost" onClick={() => setOpen(false)}>
          Cancel
        </Button>
        <Button variant="primary" type="submit" disabled={isSubmitting}>
          Save override
        </Button>
      </div>
      <WriteFailure failure={write.failure} />
    </form>
  );
}
