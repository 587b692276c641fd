import { useFieldArray } from 'react-hook-form';
import { z } from 'zod';
import { conversationInputFrom } from '@shared/domain/plan';
import { randomId } from '@shared/lib/ids';
import { useRedraft } from '../Redraft';
import { ItemFoot, AddButton, ToCheck, WhyLine } from '../ItemParts';
import { CoachedText } from '../CoachedText';
import { draft, useTextFormat } from '../engine';
import { usePlanner, useStepForm } from '../stepForm';

const schema = z.object({
  opening: z.string().max(2000),
  talkingPoints: z
    .array(
      z.object({
        id: z.string(),
        text: z.string().max(2000),
        metricKey: z.string().nullable(),
        kind: z.enum(['activity', 'behaviour', 'result', 'acknowledge', 'own']),
        included: z.boolean(),
        why: z.string().max(300).optional(),
      }),
    )
    .max(60),
});

const KIND_LABEL = {
  activity: 'About activity',
  behaviour: 'About behaviour',
  result: 'About results',
  acknowledge: 'Acknowledges what works',
  own: 'Your own',
} as const;

export function TalkingPointsStep() {
  const { plan, facts } = usePlanner();
  const format = useTextFormat();
  const { form, flush, readOnly } = useStepForm(
    'talking-points',
    schema,
    { opening: plan.content.opening, talkingPoints: plan.content.talkingPoints },
    (v) => v,
  );
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'talkingPoints', keyName: 'key' });
  const redraft = useRedraft({
    field: 'talkingPoints',
    noun: 'point',
    textOf: (t) => t.text,
    current: () => form.getValues('talkingPoints'),
    apply: (items) => {
      form.setValue('talkingPoints', items, { shouldDirty: true });
      const opening = draftedOpening();
      if (opening && !form.getValues('opening').trim()) form.setValue('opening', opening, { shouldDirty: true });
    },
    readOnly,
  });
  const draftedOpening = () => draft(conversationInputFrom(plan.snapshot, plan.content, { locale: format.locale }), format)?.opening ?? null;
  return (
    <form className="stack" onBlur={flush} onSubmit={(e) => e.preventDefault()} aria-label="Talking points">
      <section className="card">
        <ToCheck id="opening" />
        <CoachedText
          control={form.control}
          name="opening"
          label="How you will open"
          hint="Say why you are meeting, plainly, in a sentence or two."
          facts={facts}
          disabled={readOnly}
          rows={2}
        />
      </section>
      <section className="card">
        <div className="section-head">
          <h2>Talking points</h2>
          {redraft.button}
        </div>
        {redraft.panel}
        <p className="muted">Each point ties a behaviour to its result and cites a number. Untick the ones you will not use; edit any of them.</p>
        <ol className="item-list">
          {fields.map((f, i) => (
            <li key={f.key} className="item">
              <ToCheck id={f.id} />
              <WhyLine why={f.why} />
              <label className="checkbox small">
                <input type="checkbox" {...form.register(`talkingPoints.${i}.included`)} /> Use this point
              </label>
              <CoachedText
                control={form.control}
                name={`talkingPoints.${i}.text`}
                label={`Point ${i + 1}`}
                facts={facts}
                disabled={readOnly}
                rows={2}
              />
              <ItemFoot onRemove={() => remove(i)} removeLabel={`Remove point ${i + 1}`} disabled={readOnly}>
                <span className="muted small">{KIND_LABEL[f.kind]}</span>
              </ItemFoot>
            </li>
          ))}
        </ol>
        {fields.length === 0 ? <p className="muted">No talking points yet: add your own, or redraft them from the diagnosis.</p> : null}
        <AddButton onAdd={() => append({ id: randomId(), text: '', metricKey: null, kind: 'own', included: true })} disabled={readOnly}>
          Add a talking point
        </AddButton>
      </section>
    </form>
  );
}
