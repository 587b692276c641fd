import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import type { RepDiagnosis } from '@shared/domain/diagnosis';
import { verdictSchema, weakStageSchema, type Verdict, type WeakStage } from '@shared/schemas';
import { useDb } from '@renderer/state/db';
import { saveOverride } from '@renderer/db/repositories/overrides';
import { useAppStore } from '@renderer/state/store';
import { Button } from '@renderer/ui/Button';
import { Field } from '@renderer/ui/Field';
import { WriteFailure, type useWrite } from '@renderer/ui/WriteFailure';
import { STAGE_LABEL, VERDICT_LABEL } from '../team';

const formSchema = z.object({
  verdict: verdictSchema,
  weakStage: z.union([weakStageSchema, z.literal('')]),
  reason: z.string().trim().min(3, 'Say why, in a few words').max(2000, 'Keep it under 2,000 characters'),
  obstacle: z.boolean(),
});
type FormValues = z.infer<typeof formSchema>;

type Write = ReturnType<typeof useWrite>;

/**
 * The override form's fields, starting from the override in force (else Candor's own verdict),
 * and its save. Held by the control, so what was typed survives Cancel and reopening.
 */
export function useOverrideForm(diagnosis: RepDiagnosis, write: Write, onSaved: () => void) {
  const db = useDb();
  const notify = useAppStore((s) => s.notify);
  const current = diagnosis.override;
  const form = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: {
      verdict: current?.verdict ?? diagnosis.computed.verdict,
      weakStage: current?.weakStage ?? '',
      reason: current?.reason ?? '',
      obstacle: current?.obstacle ?? false,
    },
  });
  const onSubmit = form.handleSubmit(async (v) => {
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
    onSaved();
  });
  return { form, onSubmit };
}
export type OverrideFormState = ReturnType<typeof useOverrideForm>;

/** Override the verdict: another verdict (and weak stage), the reason the numbers do not show, and whether it is an obstacle. */
export function OverrideForm({ state, failure, onClose }: { state: OverrideFormState; failure: Write['failure']; onClose: () => void }) {
  const { form, onSubmit } = state;
  const {
    register,
    control,
    formState: { errors, isSubmitting },
  } = form;
  const verdict = useWatch({ control, name: 'verdict' });
  return (
    <form className="form override-form" noValidate aria-label="Override the verdict" onSubmit={onSubmit}>
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
        <Button variant="ghost" onClick={onClose}>
          Cancel
        </Button>
        <Button variant="primary" type="submit" disabled={isSubmitting}>
          Save override
        </Button>
      </div>
      <WriteFailure failure={failure} />
    </form>
  );
}
