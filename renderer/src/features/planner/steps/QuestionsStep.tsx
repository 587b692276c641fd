import { useFieldArray } from 'react-hook-form';
import { z } from 'zod';
import { randomId } from '@shared/lib/ids';
import { useRedraft } from '../Redraft';
import { ItemFoot, AddButton, ToCheck, WhyLine } from '../ItemParts';
import { CoachedText } from '../CoachedText';
import { usePlanner, useStepForm } from '../stepForm';

const schema = z.object({
  questions: z
    .array(
      z.object({ id: z.string(), text: z.string().max(1000), gap: z.string().max(40), included: z.boolean(), why: z.string().max(300).optional() }),
    )
    .max(60),
});

export function QuestionsStep() {
  const { plan, facts } = usePlanner();
  const { form, flush, readOnly } = useStepForm('questions', schema, { questions: plan.content.questions }, (v) => v);
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'questions', keyName: 'key' });
  const redraft = useRedraft({
    field: 'questions',
    noun: 'question',
    textOf: (q) => q.text,
    current: () => form.getValues('questions'),
    apply: (items) => form.setValue('questions', items, { shouldDirty: true }),
    readOnly,
  });
  return (
    <form className="stack" onBlur={flush} onSubmit={(e) => e.preventDefault()} aria-label="Questions">
      <section className="card">
        <div className="section-head">
          <h2>Open questions</h2>
          {redraft.button}
        </div>
        {redraft.panel}
        <p className="muted">Questions that let the rep explain before you conclude. Choose the ones you will ask, edit them, add your own.</p>
        <ol className="item-list">
          {fields.map((f, i) => (
            <li key={f.key} className="item">
              <ToCheck id={f.id} />
              <WhyLine why={f.why} />
              <label className="checkbox small">
                <input type="checkbox" {...form.register(`questions.${i}.included`)} /> Ask this
              </label>
              <CoachedText
                control={form.control}
                name={`questions.${i}.text`}
                label={`Question ${i + 1}`}
                facts={facts}
                disabled={readOnly}
                rows={2}
              />
              <ItemFoot onRemove={() => remove(i)} removeLabel={`Remove question ${i + 1}`} disabled={readOnly}>
                <span className="muted small">{f.gap === 'own' ? 'Your own' : `For a${f.gap === 'effort' ? 'n' : ''} ${f.gap} gap`}</span>
              </ItemFoot>
            </li>
          ))}
        </ol>
        {fields.length === 0 ? <p className="muted">No questions yet: add your own, or redraft them from the diagnosis.</p> : null}
        <AddButton onAdd={() => append({ id: randomId(), text: '', gap: 'own', included: true })} disabled={readOnly}>
          Add a question
        </AddButton>
      </section>
    </form>
  );
}
