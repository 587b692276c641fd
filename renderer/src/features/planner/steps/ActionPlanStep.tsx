import { useFieldArray } from 'react-hook-form';
import { z } from 'zod';
import { checkInDates, SMART_ISSUE_TEXT, smartCheck, snapshotPeriodLabel } from '@shared/domain/plan';
import { useFormat } from '@renderer/ui/format';
import { benchmarkSourceLabel } from '@shared/domain/metrics';
import { randomId } from '@shared/lib/ids';
import { isoDateSchema, type SnapshotMetric } from '@shared/schemas';
import { ItemFoot, AddButton, ToCheck, WhyLine } from '../ItemParts';
import { Field } from '@renderer/ui/Field';
import { fmt, fromInput, numberText, toInput, unitSuffix } from '../numbers';
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

const CADENCES = [
  { days: '7', label: 'Every week' },
  { days: '14', label: 'Every two weeks' },
  { days: '28', label: 'Every four weeks' },
];

export function ActionPlanStep() {
  const { plan } = usePlanner();
  const format = useFormat();
  const c = plan.content;
  const metricsByKey = new Map<string, SnapshotMetric>([...plan.snapshot.periodMetrics, ...plan.snapshot.metrics].map((m) => [m.key, m]));
  // Baselines are the snapshot's figures: over the window the Rep page showed (plans from before one snapshot: the single period).
  const baselineSpan =
    plan.snapshot.periodMetrics.length === 0
      ? `Over ${snapshotPeriodLabel(plan.snapshot)}`
      : plan.snapshot.period
        ? `In ${format.period(plan.snapshot.period)}`
        : undefined;
  for (const m of plan.snapshot.metrics) if (!metricsByKey.has(m.key)) metricsByKey.set(m.key, m);
  const unitOf = (key: string | null) => (key ? (metricsByKey.get(key)?.unit ?? null) : null);
  const stored = new Map(c.actionItems.map((a) => [a.id, a]));
  const defaults = {
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
  const { form, flush, readOnly } = useStepForm('action-plan', schema, defaults, (v) => ({
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
  const errors = form.formState.errors;
  const every = Number(values.checkIns.everyDays);
  const count = Number(values.checkIns.count);
  const dates =
    values.checkIns.startDate && Number.isInteger(every) && every >= 1 && Number.isInteger(count) && count >= 0 && count <= 52
      ? checkInDates(values.checkIns.startDate, every, count)
      : [];

  const chooseMetric = (i: number, key: string) => {
    const m = metricsByKey.get(key);
    form.setValue(`actionItems.${i}.metricKey`, key, { shouldDirty: true });
    // The baseline comes from the plan's facts; the manager can still edit it.
    if (m) form.setValue(`actionItems.${i}.baseline`, toInput(m.value, m.unit), { shouldDirty: true });
  };

  return (
    <form className="stack" onBlur={flush} onSubmit={(e) => e.preventDefault()} aria-label="Action plan">
      <section className="card">
        <h2 className="card-title">SMART action items</h2>
        <p className="muted">Each item names the metric it moves, from its baseline to a target, by a deadline, with an owner.</p>
        <ol className="item-list">
          {items.fields.map((f, i) => {
            const v = values.actionItems[i];
            const unit = unitOf(v?.metricKey ?? null);
            const issues = v
              ? smartCheck(
                  {
                    id: v.id,
                    action: v.action,
                    metricKey: v.metricKey || null,
                    baseline: fromInput(v.baseline, unit),
                    target: fromInput(v.target, unit),
                    deadline: v.deadline || null,
                    owner: v.owner,
                  },
                  (k) => metricsByKey.get(k)?.higherIsBetter ?? true,
                )
              : [];
            const e = errors.actionItems?.[i];
            const suffix = unitSuffix(unit) ? ` (${unitSuffix(unit)})` : '';
            return (
              <li key={f.key} className="item" aria-label={`Action item ${i + 1}`}>
                <ToCheck id={f.id} />
                <WhyLine why={f.why} />
                <Field label="Action">
                  <input className="input" {...form.register(`actionItems.${i}.action`)} />
                </Field>
                <div className="item-grid item-grid-3">
                  <Field label="Metric">
                    <select className="input" value={v?.metricKey ?? ''} onChange={(ev) => chooseMetric(i, ev.target.value)} disabled={readOnly}>
                      <option value="">Choose a metric</option>
                      {[...metricsByKey.values()].map((m) => (
                        <option key={m.key} value={m.key}>
                          {m.label}
                        </option>
                      ))}
                    </select>
                  </Field>
                  <Field label={`Baseline${suffix}`} hint={baselineSpan} error={e?.baseline?.message}>
                    <input className="input" inputMode="decimal" {...form.register(`actionItems.${i}.baseline`)} />
                  </Field>
                  <Field label={`Target${suffix}`} error={e?.target?.message}>
                    <input className="input" inputMode="decimal" {...form.register(`actionItems.${i}.target`)} />
                  </Field>
                  <Field label="Deadline" error={e?.deadline?.message}>
                    <input className="input" type="date" {...form.register(`actionItems.${i}.deadline`)} />
                  </Field>
                  <Field label="Owner">
                    <input className="input" {...form.register(`actionItems.${i}.owner`)} />
                  </Field>
                  <div className="field">
                    <span className="field-label-like">Benchmark</span>
                    <span className="muted">
                      {v?.metricKey && metricsByKey.get(v.metricKey)
                        ? `${fmt(metricsByKey.get(v.metricKey)?.benchmark ?? null, unit, format)} (${benchmarkSourceLabel(metricsByKey.get(v.metricKey)!, plan.snapshot.roleLabel)})`
                        : '–'}
                    </span>
                  </div>
                </div>
                <ItemFoot onRemove={() => items.remove(i)} removeLabel={`Remove action item ${i + 1}`} disabled={readOnly}>
                  {issues.length > 0 ? (
                    <ul className="smart-flags" aria-label={`SMART check for item ${i + 1}`}>
                      {issues.map((x) => (
                        <li key={x} className="smart-flag">
                          {SMART_ISSUE_TEXT[x]}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <span className="smart-ok">SMART</span>
                  )}
                </ItemFoot>
              </li>
            );
          })}
        </ol>
        <AddButton
          onAdd={() =>
            items.append({ id: randomId(), action: '', metricKey: '', baseline: '', target: '', deadline: '', owner: plan.snapshot.repName })
          }
          disabled={readOnly}
        >
          Add an action item
        </AddButton>
      </section>

      <section className="card">
        <h2 className="card-title">Milestones</h2>
        <ol className="item-list">
          {milestones.fields.map((f, i) => (
            <li key={f.key} className="item">
              <div className="item-grid item-grid-date">
                <Field label="Date">
                  <input className="input" type="date" {...form.register(`milestones.${i}.date`)} />
                </Field>
                <Field label="Milestone">
                  <input className="input" {...form.register(`milestones.${i}.text`)} />
                </Field>
              </div>
              <ItemFoot onRemove={() => milestones.remove(i)} removeLabel={`Remove milestone ${i + 1}`} disabled={readOnly} />
            </li>
          ))}
        </ol>
        <AddButton onAdd={() => milestones.append({ id: randomId(), date: '', text: '' })} disabled={readOnly}>
          Add a milestone
        </AddButton>
      </section>

      <section className="card">
        <h2 className="card-title">Check-ins</h2>
        <div className="item-grid item-grid-3">
          <Field label="Starting from" error={errors.checkIns?.startDate?.message}>
            <input className="input" type="date" {...form.register('checkIns.startDate')} />
          </Field>
          <Field label="How often">
            <select className="input" {...form.register('checkIns.everyDays')}>
              {CADENCES.map((x) => (
                <option key={x.days} value={x.days}>
                  {x.label}
                </option>
              ))}
            </select>
          </Field>
          <Field label="How many" error={errors.checkIns?.count?.message}>
            <input className="input" inputMode="numeric" {...form.register('checkIns.count')} />
          </Field>
        </div>
        {dates.length > 0 ? (
          <>
            <p className="muted small">Dates on a weekend move to the Monday after.</p>
            <ul className="date-chips" aria-label="Check-in dates">
              {dates.map((d) => (
                <li key={d}>{format.date(d)}</li>
              ))}
            </ul>
          </>
        ) : (
          <p className="muted">Choose a start date to see the check-in dates.</p>
        )}
      </section>
    </form>
  );
}
