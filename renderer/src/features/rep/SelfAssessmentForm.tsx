import { z } from 'zod';
import { saveSelfAssessment } from '@shared/app/self-assessments';
import { estimateFromTyped, estimateLabel, SALE_STAGE_NAMES, SALE_STAGES } from '@shared/domain/self-assessment';
import { randomId } from '@shared/lib/ids';
import type { MetricKey } from '@shared/schemas/metrics';
import { useStore } from '@renderer/db/hooks';
import { useAppStore } from '@renderer/state/store';
import { Button } from '@renderer/ui/Button';
import { Field } from '@renderer/ui/Field';
import { useFormat } from '@renderer/ui/format';
import { today, useDraftForm } from './draft';

type Values = { estimates: Record<string, string>; ratings: Record<string, string>; obstacles: string; supportWanted: string };

const NUMBER_HINT = 'Write a number in figures, such as 42';

function schemaFor(metrics: readonly MetricKey[]) {
  const estimate = (k: MetricKey) => z.string().refine((t) => t.trim() === '' || (estimateFromTyped(k, t) ?? -1) >= 0, NUMBER_HINT);
  return z.object({
    estimates: z.object(Object.fromEntries(metrics.map((k) => [k, estimate(k)]))),
    ratings: z.record(z.string(), z.string()),
    obstacles: z.string().max(3000, 'Keep this under 3000 characters'),
    supportWanted: z.string().max(3000, 'Keep this under 3000 characters'),
  }) as unknown as z.ZodType<Values, Values>;
}

/** The self-assessment filled on the manager's laptop: the rep's estimate of each metric the data holds, stage ratings and two questions. */
// long-function: form markup, one field per metric and stage; validation is the zod schema.
export function SelfAssessmentForm({
  repId,
  repName,
  period,
  metrics,
  onDone,
}: {
  repId: string;
  repName: string;
  period: string;
  metrics: readonly MetricKey[];
  onDone: () => void;
}) {
  const fmt = useFormat();
  const store = useStore();
  const notify = useAppStore((s) => s.notify);
  const empty: Values = { estimates: Object.fromEntries(metrics.map((k) => [k, ''])), ratings: {}, obstacles: '', supportWanted: '' };
  const { form, close: closeDraft } = useDraftForm<Values>(`sa.${repId}.${period}`, schemaFor(metrics), empty);
  const { register, handleSubmit, formState } = form;
  const close = () => closeDraft(onDone);
  return (
    <form
      className="form"
      noValidate
      aria-label={`Self-assessment of ${repName} for ${fmt.period(period)}`}
      onSubmit={handleSubmit(async (v) => {
        const estimates = Object.fromEntries(metrics.flatMap((k) => (v.estimates[k]?.trim() ? [[k, estimateFromTyped(k, v.estimates[k])!]] : [])));
        const stageRatings = Object.fromEntries(Object.entries(v.ratings).flatMap(([k, r]) => (r ? [[k, Number(r)]] : [])));
        const saved = await saveSelfAssessment(
          store,
          { repId, period, estimates, stageRatings, obstacles: v.obstacles.trim(), supportWanted: v.supportWanted.trim(), via: 'laptop' },
          randomId(),
          new Date(),
          today(),
        );
        if (!saved.ok) return notify('error', saved.error.message);
        notify('success', `Saved ${repName}'s self-assessment of ${fmt.period(period)}.`);
        close();
      })}
    >
      <fieldset className="sa-fieldset">
        <legend>
          {repName}’s estimates for {fmt.period(period)} (a rate as a percentage)
        </legend>
        <div className="mapping-grid">
          {metrics.map((k) => (
            <Field key={k} label={estimateLabel(k)} error={formState.errors.estimates?.[k]?.message} optional>
              <input type="text" inputMode="decimal" className="input" {...register(`estimates.${k}`)} />
            </Field>
          ))}
        </div>
      </fieldset>
      <fieldset className="sa-fieldset">
        <legend>How {repName} rates each stage of the sale (1 = needs a lot of work, 5 = a real strength)</legend>
        <div className="mapping-grid">
          {SALE_STAGES.map((st) => (
            <Field key={st} label={SALE_STAGE_NAMES[st]} optional>
              <select className="input" {...register(`ratings.${st}`)}>
                <option value="">Not rated</option>
                {[1, 2, 3, 4, 5].map((n) => (
                  <option key={n} value={String(n)}>
                    {n}
                  </option>
                ))}
              </select>
            </Field>
          ))}
        </div>
      </fieldset>
      <Field label="What got in the way" error={formState.errors.obstacles?.message} optional>
        <textarea className="input" rows={2} {...register('obstacles')} />
      </Field>
      <Field label="What support they want" error={formState.errors.supportWanted?.message} optional>
        <textarea className="input" rows={2} {...register('supportWanted')} />
      </Field>
      <div className="form-actions">
        <Button variant="ghost" onClick={close}>
          Cancel
        </Button>
        <Button variant="primary" type="submit" disabled={formState.isSubmitting}>
          Save the self-assessment
        </Button>
      </div>
    </form>
  );
}
