import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { DEFAULT_DIAGNOSIS_SETTINGS, type DiagnosisSettings } from '@shared/schemas';
import { useDb } from '@renderer/state/db';
import { useAppStore } from '@renderer/state/store';
import { saveSettings } from '@renderer/db/repositories/settings';
import { Button } from '@renderer/ui/Button';
import { Field } from '@renderer/ui/Field';
import { useWrite, WriteFailure } from '@renderer/ui/WriteFailure';

/** The form speaks percentages; storage keeps shares (0–1). */
const formSchema = z
  .object({
    gapThresholdPct: z.coerce.number<string>().min(1, 'At least 1%').max(90, 'At most 90%'),
    trailingWindow: z.coerce.number<string>().int('A whole number').min(1, 'At least 1').max(24, 'At most 24'),
    missedPeriodsN: z.coerce.number<string>().int('A whole number').min(1, 'At least 1').max(24, 'At most 24'),
    missedPeriodsM: z.coerce.number<string>().int('A whole number').min(1, 'At least 1').max(24, 'At most 24'),
    activityDropPct: z.coerce.number<string>().min(1, 'At least 1%').max(95, 'At most 95%'),
    minEventsForConfidence: z.coerce.number<string>().int('A whole number').min(1, 'At least 1').max(1000, 'At most 1000'),
  })
  .refine((v) => v.missedPeriodsN <= v.missedPeriodsM, { path: ['missedPeriodsN'], message: 'Cannot be more than the periods looked at' });

type FormIn = z.input<typeof formSchema>;
type FormOut = z.output<typeof formSchema>;

function toForm(s: DiagnosisSettings): FormIn {
  return {
    gapThresholdPct: String(Math.round(s.gapThreshold * 100)),
    trailingWindow: String(s.trailingWindow),
    missedPeriodsN: String(s.missedPeriodsN),
    missedPeriodsM: String(s.missedPeriodsM),
    activityDropPct: String(Math.round(s.activityDropShare * 100)),
    minEventsForConfidence: String(s.minEventsForConfidence),
  };
}

function fromForm(v: FormOut): DiagnosisSettings {
  return {
    gapThreshold: v.gapThresholdPct / 100,
    trailingWindow: v.trailingWindow,
    missedPeriodsN: v.missedPeriodsN,
    missedPeriodsM: v.missedPeriodsM,
    activityDropShare: v.activityDropPct / 100,
    minEventsForConfidence: v.minEventsForConfidence,
  };
}

export function ThresholdsForm({ current }: { current: DiagnosisSettings }) {
  const db = useDb();
  const notify = useAppStore((s) => s.notify);
  const write = useWrite();
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isDirty, isSubmitting },
  } = useForm<FormIn, unknown, FormOut>({ resolver: zodResolver(formSchema), defaultValues: toForm(current) });

  return (
    <form
      className="form"
      noValidate
      aria-labelledby="thresholds-title"
      onSubmit={handleSubmit(async (values) => {
        const next = fromForm(values);
        if (!(await write.run(() => saveSettings(db, { diagnosis: { ...current, ...next } })))) return;
        reset(toForm(next));
        notify('success', 'Diagnosis thresholds saved.');
      })}
    >
      <div className="form-row">
        <Field
          label="Gap threshold (%)"
          hint="A factor is in gap when it is more than this far below its benchmark."
          error={errors.gapThresholdPct?.message}
        >
          <input type="number" inputMode="decimal" {...register('gapThresholdPct')} />
        </Field>
        <Field
          label="Trailing window (periods)"
          hint="The rolled-up verdict looks at this many recent periods."
          error={errors.trailingWindow?.message}
        >
          <input type="number" inputMode="numeric" {...register('trailingWindow')} />
        </Field>
      </div>
      <div className="form-row">
        <Field
          label="Missed periods to warn (N)"
          hint="Warn when N of the last M periods are under expectation."
          error={errors.missedPeriodsN?.message}
        >
          <input type="number" inputMode="numeric" {...register('missedPeriodsN')} />
        </Field>
        <Field label="Periods looked at (M)" error={errors.missedPeriodsM?.message}>
          <input type="number" inputMode="numeric" {...register('missedPeriodsM')} />
        </Field>
      </div>
      <div className="form-row">
        <Field label="Activity drop to warn (%)" hint="Last 3 periods against the 3 before." error={errors.activityDropPct?.message}>
          <input type="number" inputMode="decimal" {...register('activityDropPct')} />
        </Field>
        <Field
          label="Events for a confident verdict"
          hint="Fewer deals or meetings than this mark a verdict low-confidence."
          error={errors.minEventsForConfidence?.message}
        >
          <input type="number" inputMode="numeric" {...register('minEventsForConfidence')} />
        </Field>
      </div>
      <div className="form-actions">
        <Button variant="ghost" onClick={() => reset(toForm(DEFAULT_DIAGNOSIS_SETTINGS), { keepDefaultValues: true })}>
          Restore defaults
        </Button>
        <Button variant="primary" type="submit" disabled={!isDirty || isSubmitting}>
          Save thresholds
        </Button>
      </div>
      <WriteFailure failure={write.failure} />
    </form>
  );
}
