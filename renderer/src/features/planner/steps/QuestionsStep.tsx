import { RefreshCw } from 'lucide-react';
import { useFieldArray } from 'react-hook-form';
import { z } from 'zod';
import { conversationInputFrom } from '../../../../../shared/domain/plan';
import { randomId } from '../../../../../shared/lib/ids';
import { Button } from '../../../ui/Button';
import { ItemFoot, AddButton, ToCheck } from '../ItemParts';
import { CoachedText } from '../CoachedText';
import { draft, useTextFormat } from '../engine';
import { usePlanner, useStepForm } from '../stepForm';

const schema = z.object({
  questions: z.array(z.object({ id: z.string(), text: z.string().max(1000), gap: z.string().max(40), included: z.boolean() })).max(60),
});

export function QuestionsStep() {
  const { plan, metrics } = usePlanner();
  const format = useTextFormat();
  const { form, flush, readOnly } = useStepForm('questions', schema, { questions: plan.content.questions }, (v) => v);
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'questions', keyName: 'key' });
  const redraft = () => {
    const d = draft(conversationInputFrom(plan.snapshot, plan.content, { locale: format.locale }), format);
    if (!d) return;
    const own = form.getValues('questions').filter((q) => q.gap === 'own');
    form.setValue('questions', [...d.questions.map((q) => ({ id: randomId(), text: q.text, gap: q.gap, included: true })), ...own], {
      shouldDirty: true,
    });
  };
  return (
    <form className="stack" onBlur={flush} onSubmit={(e) => e.preventDefault()} aria-label="Questions">
      <section className="card">
        <div className="section-head">
          <h2>Open questions</h2>
          <Button variant="ghost" size="sm" icon={<RefreshCw size={14} />} onClick={redraft} disabled={readOnly}>
            Redraft from the diagnosis
          </Button>
        </div>
        <p className="muted">Questions that let the rep explain before you conclude. Choose the ones you will ask, edit them, add your own.</p>
        <ol className="item-list">
          {fields.map((f, i) => (
            <li key={f.key} className="item">
              <ToCheck id={f.id} />
              <label className="checkbox small">
                <input type="checkbox" {...form.register(`questions.${i}.included`)} /> Ask this
              </label>
              <CoachedText
                control={form.control}
                name={`questions.${i}.text`}
                label={`Question ${i + 1}`}
                metrics={metrics}
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
