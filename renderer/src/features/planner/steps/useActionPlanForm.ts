// The Action plan step's form and what its cards read from it: the plan's metrics by key, the
// units, the baselines' period, and the check-in dates the cadence gives.
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { z } from 'zod';
import { checkInDates, snapshotPeriodLabel } from '@shared/domain/plan';
import { isoDateSchema, type Plan, type SnapshotMetric } from '@shared/schemas';
import { useFormat } from '@renderer/ui/format';
import { fromInput, numberText, toInput } from '../numbers';
import { usePlanner, useStepForm } from '../stepForm';

const dateText = isoDateSchema.or(z.literal(''));

const schema = z.object({
  actionItems: z
    .array(
      z.object({
        id: z.string(),
        action: z.string().max(1000),
        metricKey: z.string().max(60),
        baseline: numberText,
        target: numberText,
        deadline: dateText,
        owner: z.string().max(200),
        why: z.string().max(300).optional(),
      }),
    )
    .max(50),
  milestones: z.array(z.object({ id: z.string(), date: dateText, text: z.string().max(500) })).max(20),
  checkIns: z.object({
    startDate: dateText,
    everyDays: z.coerce.number<string>().int().min(1).max(90),
    // An emptied box is a count still being typed, not 0 check-ins.
    count: z
      .string()
      .trim()
      .min(1, 'How many check-ins: 0 for none')
      .pipe(z.coerce.number<string>().int('A whole number').min(0).max(52, 'At most 52')),
  }),
});

export type ActionPlanValues = z.input<typeof schema>;
export type ActionPlanForm = UseFormReturn<ActionPlanValues, unknown, z.output<typeof schema>>;

/** Every metric of the plan's facts by key: the period's figures first, then the window's. */
function metricsOf(plan: Plan): Map<string, SnapshotMetric> {
  const byKey = new Map<string, SnapshotMetric>([...plan.snapshot.periodMetrics, ...plan.snapshot.metrics].map((m) => [m.key, m]));
  for (const m of plan.snapshot.metrics) if (!byKey.has(m.key)) byKey.set(m.key, m);
  return byKey;
}

/** The form's values as the stored plan holds them, figures written in each metric's unit. */
function defaultsOf(plan: Plan, unitOf: (key: string | null) => SnapshotMetric['unit'] | null): ActionPlanValues {
  const c = plan.content;
  return {
    actionItems: c.actionItems.map((a) => ({
      ...a,
      metricKey: a.metricKey ?? '',
      baseline: toInput(a.baseline, unitOf(a.metricKey)),
      target: toInput(a.target, unitOf(a.metricKey)),
      deadline: a.deadline ?? '',
    })),
    milestones: c.milestones.map((m) => ({ ...m, date: m.date ?? '' })),
    checkIns: { startDate: c.checkIns.startDate ?? '', everyDays: String(c.checkIns.everyDays), count: String(c.checkIns.count) },
  };
}

/** The check-in dates of the cadence typed so far; none until it is complete and valid. */
function datesOf(checkIns: ActionPlanValues['checkIns']): string[] {
  const every = Number(checkIns.everyDays);
  const count = Number(checkIns.count);
  return checkIns.startDate && Number.isInteger(every) && every >= 1 && Number.isInteger(count) && count >= 0 && count <= 52
    ? checkInDates(checkIns.startDate, every, count)
    : [];
}

export function useActionPlanForm() {
  const { plan } = usePlanner();
  const format = useFormat();
  const metricsByKey = metricsOf(plan);
  // Baselines are the snapshot's figures: over the window the Rep page showed (plans from before one snapshot: the single period).
  const baselineSpan =
    plan.snapshot.periodMetrics.length === 0
      ? `Over ${snapshotPeriodLabel(plan.snapshot)}`
      : plan.snapshot.period
        ? `In ${format.period(plan.snapshot.period)}`
        : undefined;
  const unitOf = (key: string | null) => (key ? (metricsByKey.get(key)?.unit ?? null) : null);
  const stored = new Map(plan.content.actionItems.map((a) => [a.id, a]));
  const { form, flush, readOnly } = useStepForm('action-plan', schema, defaultsOf(plan, unitOf), (v) => ({
    actionItems: v.actionItems.map((a) => ({
      ...a,
      metricKey: a.metricKey || null,
      // A figure left as shown keeps the exact value it was shown from: the stored one, else the fact's.
      baseline: fromInput(a.baseline, unitOf(a.metricKey), stored.get(a.id)?.baseline, metricsByKey.get(a.metricKey)?.value),
      target: fromInput(a.target, unitOf(a.metricKey), stored.get(a.id)?.target),
      deadline: a.deadline || null,
    })),
    milestones: v.milestones.map((m) => ({ ...m, date: m.date || null })),
    checkIns: { startDate: v.checkIns.startDate || null, everyDays: v.checkIns.everyDays, count: v.checkIns.count },
  }));
  const items = useFieldArray({ control: form.control, name: 'actionItems', keyName: 'key' });
  const milestones = useFieldArray({ control: form.control, name: 'milestones', keyName: 'key' });
  const values = form.watch();

  const chooseMetric = (i: number, key: string) => {
    const m = metricsByKey.get(key);
    form.setValue(`actionItems.${i}.metricKey`, key, { shouldDirty: true });
    // The baseline comes from the plan's facts; the manager can still edit it.
    if (m) form.setValue(`actionItems.${i}.baseline`, toInput(m.value, m.unit), { shouldDirty: true });
  };

  return {
    plan,
    form,
    flush,
    readOnly,
    items,
    milestones,
    values,
    metricsByKey,
    unitOf,
    baselineSpan,
    chooseMetric,
    dates: datesOf(values.checkIns),
  };
}

export type ActionPlanState = ReturnType<typeof useActionPlanForm>;
