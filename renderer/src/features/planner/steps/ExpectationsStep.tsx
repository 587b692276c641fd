import { useFieldArray } from 'react-hook-form';
import { z } from 'zod';
import { isTeamMedianNote, snapshotPeerGroup, snapshotPeriodLabel } from '@shared/domain/plan';
import { peerMedianLabel, peerMedianName } from '@shared/domain/metrics';
import { randomId } from '@shared/lib/ids';
import { metricUnitSchema } from '@shared/schemas';
import { ItemFoot, AddButton, ToCheck } from '../ItemParts';
import { Field } from '@renderer/ui/Field';
import { fromInput, numberText, toInput, unitSuffix } from '../numbers';
import { usePlanner, useStepForm } from '../stepForm';

const schema = z.object({
  expectations: z
    .array(
      z.object({
        id: z.string(),
        metricKey: z.string().nullable(),
        unit: metricUnitSchema.nullable(),
        label: z.string().trim().min(1, 'Say what is expected').max(300),
        target: numberText,
        note: z.string().max(1000),
      }),
    )
    .max(30),
});

export function ExpectationsStep() {
  const { plan } = usePlanner();
  const defaults = { expectations: plan.content.expectations.map((e) => ({ ...e, target: toInput(e.target, e.unit) })) };
  const stored = new Map(plan.content.expectations.map((e) => [e.id, e.target]));
  const { form, flush, readOnly } = useStepForm('expectations', schema, defaults, (v) => ({
    // A target left as shown keeps its exact figure (2,535.55 shown as 2536 stays 2,535.55).
    expectations: v.expectations.map((e) => ({ ...e, target: fromInput(e.target, e.unit, stored.get(e.id)) })),
  }));
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'expectations', keyName: 'key' });
  const values = form.watch('expectations');
  const errors = form.formState.errors.expectations;
  return (
    <form className="stack" onBlur={flush} onSubmit={(e) => e.preventDefault()} aria-label="Expectations">
      <section className="card">
        <h2 className="card-title">The standards {plan.snapshot.repName} is held to</h2>
        <p className="muted">
          Prefilled from the role’s expectations and this rep’s own adjustments, for {snapshotPeriodLabel(plan.snapshot)}, the period of the facts.
          Each one needs a number so it can be measured.
        </p>
        {fields.length === 0 ? (
          <p className="notice notice-info">No expectations are set for this role. Add them here, or in Settings for the whole role.</p>
        ) : plan.content.expectations.some((e) => isTeamMedianNote(e.note)) ? (
          <p className="notice notice-info">
            Items noted “{peerMedianLabel(snapshotPeerGroup(plan.snapshot))}” use {peerMedianName(snapshotPeerGroup(plan.snapshot))}, because no
            target is set for them. Change the number here, or set the role’s targets in Settings.
          </p>
        ) : null}
        <ol className="item-list">
          {fields.map((f, i) => {
            const unit = values[i]?.unit ?? null;
            const unmeasured = (values[i]?.target ?? '').trim() === '';
            return (
              <li key={f.key} className="item">
                <ToCheck id={f.id} />
                <div className="item-grid item-grid-3">
                  <Field label="Expectation" error={errors?.[i]?.label?.message}>
                    <input className="input" {...form.register(`expectations.${i}.label`)} />
                  </Field>
                  <Field label={`Target${unitSuffix(unit) ? ` (${unitSuffix(unit)})` : ''}`} error={errors?.[i]?.target?.message}>
                    <input className="input" inputMode="decimal" {...form.register(`expectations.${i}.target`)} />
                  </Field>
                  <Field label="Note" optional>
                    {/* A note names the benchmark's source and span, often longer than the column: it wraps. */}
                    <textarea className="input note-input" rows={3} {...form.register(`expectations.${i}.note`)} />
                  </Field>
                </div>
                <ItemFoot onRemove={() => remove(i)} removeLabel={`Remove expectation ${i + 1}`} disabled={readOnly}>
                  {unmeasured ? <span className="smart-flag">Not measurable yet: add a number</span> : <span />}
                </ItemFoot>
              </li>
            );
          })}
        </ol>
        <AddButton onAdd={() => append({ id: randomId(), metricKey: null, unit: null, label: '', target: '', note: '' })} disabled={readOnly}>
          Add an expectation
        </AddButton>
      </section>
    </form>
  );
}
