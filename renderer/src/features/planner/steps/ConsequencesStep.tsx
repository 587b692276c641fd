import { useFieldArray } from 'react-hook-form';
import { z } from 'zod';
import { randomId } from '@shared/lib/ids';
import { planSupportKindSchema } from '@shared/schemas';
import { RemoveButton, AddButton, ToCheck } from '../ItemParts';
import { Field } from '@renderer/ui/Field';
import { CoachedText } from '../CoachedText';
import { SUPPORT_LABELS } from '../labels';
import { OneLineText } from '@renderer/ui/OneLineText';
import { usePlanner, useStepForm } from '../stepForm';
import { PlanRecordCard } from '../HrRecord';

const schema = z.object({
  consequences: z.string().max(3000),
  support: z.array(z.object({ id: z.string(), kind: planSupportKindSchema, text: z.string().max(1000) })).max(20),
});

export function ConsequencesStep() {
  const { plan, facts } = usePlanner();
  const { form, flush, readOnly } = useStepForm(
    'consequences-support',
    schema,
    { consequences: plan.content.consequences, support: plan.content.support },
    (v) => v,
  );
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'support', keyName: 'key' });
  const obstacles = plan.content.diagnosis.obstacles.length;
  return (
    <div className="stack">
      <form className="stack" onBlur={flush} onSubmit={(e) => e.preventDefault()} aria-label="Consequences and support">
        <section className="card">
          <ToCheck id="consequences" />
          <CoachedText
            control={form.control}
            name="consequences"
            label="If the expectations are not met"
            hint="State what happens next plainly and calmly: a fact about the process, not a threat."
            facts={facts}
            disabled={readOnly}
          />
        </section>
        <section className="card">
          <h2 className="card-title">Support you will give</h2>
          <p className="muted">
            {obstacles > 0
              ? `You recorded ${obstacles} genuine obstacle${obstacles === 1 ? '' : 's'}: lead with support that removes ${obstacles === 1 ? 'it' : 'them'}.`
              : 'A fair plan gives the rep what they need to succeed: coaching, training, ride-alongs, role-play, tools.'}
          </p>
          <ol className="item-list">
            {fields.map((f, i) => (
              <li key={f.key} className="item-row item-row-kind">
                <ToCheck id={f.id} />
                <Field label="Kind">
                  <select className="input" {...form.register(`support.${i}.kind`)}>
                    {planSupportKindSchema.options.map((k) => (
                      <option key={k} value={k}>
                        {SUPPORT_LABELS[k]}
                      </option>
                    ))}
                  </select>
                </Field>
                <Field label="What you will do">
                  <OneLineText {...form.register(`support.${i}.text`)} />
                </Field>
                <RemoveButton onRemove={() => remove(i)} label={`Remove support ${i + 1}`} disabled={readOnly} />
              </li>
            ))}
          </ol>
          {fields.length === 0 ? <p className="smart-flag">No support offered yet: a plan with only consequences reads as a countdown.</p> : null}
          <AddButton onAdd={() => append({ id: randomId(), kind: 'coaching', text: '' })} disabled={readOnly}>
            Add support
          </AddButton>
        </section>
      </form>
      <PlanRecordCard />
    </div>
  );
}
