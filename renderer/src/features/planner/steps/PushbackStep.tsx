import { Play } from 'lucide-react';
import { useState } from 'react';
import { useFieldArray, type FieldArrayWithId, type UseFormReturn } from 'react-hook-form';
import { z } from 'zod';
import { randomId } from '@shared/lib/ids';
import { useRedraft } from '../Redraft';
import { Button } from '@renderer/ui/Button';
import { ItemFoot, AddButton, ToCheck, WhyLine } from '../ItemParts';
import { Field } from '@renderer/ui/Field';
import { CoachedText } from '../CoachedText';
import { Rehearsal } from '../Rehearsal';
import { OneLineText } from '@renderer/ui/OneLineText';
import { usePlanner, useStepForm } from '../stepForm';

const schema = z.object({
  pushback: z
    .array(
      z.object({
        id: z.string(),
        objection: z.string().max(500),
        repLine: z.string().max(1000),
        approach: z.string().max(2000),
        included: z.boolean(),
        own: z.boolean(),
        why: z.string().max(300).optional(),
      }),
    )
    .max(60),
});

type PushbackValues = z.input<typeof schema>;
type PushbackFormApi = UseFormReturn<PushbackValues, unknown, z.output<typeof schema>>;

/** One objection: what the rep may say and your approach, folded to one line when it was not prepared. */
function PushbackItem({
  f,
  i,
  form,
  folded,
  onRemove,
}: {
  f: FieldArrayWithId<PushbackValues, 'pushback', 'key'>;
  i: number;
  form: PushbackFormApi;
  folded: boolean;
  onRemove: () => void;
}) {
  const { facts, readOnly } = usePlanner();
  const body = (
    <>
      <div className="item-grid item-grid-2">
        <Field label="Objection">
          <OneLineText {...form.register(`pushback.${i}.objection`)} />
        </Field>
        <Field label="As the rep might say it">
          <OneLineText {...form.register(`pushback.${i}.repLine`)} />
        </Field>
      </div>
      <CoachedText control={form.control} name={`pushback.${i}.approach`} label="Your approach" facts={facts} disabled={readOnly} rows={2} />
    </>
  );
  return (
    <li className={folded ? 'item item-folded' : 'item'}>
      <ToCheck id={f.id} />
      <WhyLine why={f.why} />
      {/* Not prepared when the step opened: one line, the rest one click away. */}
      {folded ? (
        <details>
          <summary>
            <strong>{f.objection || 'Objection'}</strong>
            {f.repLine ? <span className="muted"> “{f.repLine}”</span> : null}
          </summary>
          {body}
        </details>
      ) : (
        body
      )}
      <ItemFoot onRemove={onRemove} removeLabel={`Remove objection ${i + 1}`} disabled={readOnly}>
        <label className="checkbox small">
          <input type="checkbox" {...form.register(`pushback.${i}.included`)} /> Prepare for this
        </label>
      </ItemFoot>
    </li>
  );
}

function RemindersCard() {
  const { plan } = usePlanner();
  if (plan.content.reminders.length === 0) return null;
  return (
    <section className="card">
      <h2 className="card-title">Keeping your distance</h2>
      <ul className="plain-list">
        {plan.content.reminders.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
    </section>
  );
}

function PushbackForm({ onRehearse }: { onRehearse: () => void }) {
  const { plan } = usePlanner();
  const { form, flush, readOnly } = useStepForm('pushback', schema, { pushback: plan.content.pushback }, (v) => v);
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'pushback', keyName: 'key' });
  const redraft = useRedraft({
    field: 'pushback',
    noun: 'objection',
    textOf: (p) => p.objection,
    current: () => form.getValues('pushback'),
    apply: (items) => form.setValue('pushback', items, { shouldDirty: true }),
    readOnly,
  });
  const included = form.watch('pushback').filter((p) => p.included).length;
  // The objections left unticked when the step opened stay folded, so the prepared ones lead.
  const [folded] = useState(() => new Set(plan.content.pushback.filter((p) => !p.included && !p.own).map((p) => p.id)));
  const rehearse = () => {
    flush();
    onRehearse();
  };
  return (
    <form className="stack" onBlur={flush} onSubmit={(e) => e.preventDefault()} aria-label="Pushback">
      <section className="card">
        <div className="section-head">
          <h2>Likely pushback</h2>
          <div className="row-actions">
            {redraft.button}
            <Button variant="primary" size="sm" icon={<Play size={14} />} onClick={rehearse} disabled={included === 0}>
              Rehearse ({included})
            </Button>
          </div>
        </div>
        {redraft.panel}
        <p className="muted">What the rep may say, and a fact-based way to answer. Keep the ones that fit this rep; add your own.</p>
        <ol className="item-list">
          {fields.map((f, i) => (
            <PushbackItem key={f.key} f={f} i={i} form={form} folded={folded.has(f.id)} onRemove={() => remove(i)} />
          ))}
        </ol>
        {fields.length === 0 ? <p className="muted">No objections yet: add your own, or redraft them from the diagnosis.</p> : null}
        <AddButton onAdd={() => append({ id: randomId(), objection: '', repLine: '', approach: '', included: true, own: true })} disabled={readOnly}>
          Add an objection
        </AddButton>
      </section>
      <RemindersCard />
    </form>
  );
}

export function PushbackStep() {
  const { plan } = usePlanner();
  const [rehearsing, setRehearsing] = useState(false);
  if (rehearsing)
    return (
      <Rehearsal objections={plan.content.pushback.filter((p) => p.included && (p.objection || p.repLine))} onDone={() => setRehearsing(false)} />
    );
  return <PushbackForm onRehearse={() => setRehearsing(true)} />;
}
