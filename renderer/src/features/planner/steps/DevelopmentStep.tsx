import { useLiveQuery } from 'dexie-react-hooks';
import { useFieldArray, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { randomId } from '@shared/lib/ids';
import { isoDateSchema } from '@shared/schemas';
import { ItemFoot, AddButton, ToCheck } from '../ItemParts';
import { Field } from '@renderer/ui/Field';
import { STAGE_LABELS } from '../labels';
import { usePlanner, useStepForm } from '../stepForm';
import { checkInPractice } from '@shared/app';
import { listSessions } from '@renderer/db/repositories/roleplay';
import { useStoreQuery } from '@renderer/db/hooks';
import { localToday } from '@renderer/features/roleplay';
import { useDb } from '@renderer/state/db';
import { OneLineText } from '@renderer/ui/OneLineText';
import { ItemPractice } from './ItemPractice';

const schema = z.object({
  development: z
    .array(
      z.object({
        id: z.string(),
        skill: z.string().max(300),
        activities: z.string().max(10_000),
        resources: z.string().max(10_000),
        timeline: z.string().max(300),
        reviewDate: isoDateSchema.or(z.literal('')),
      }),
    )
    .max(20),
});

const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function DevelopmentStep() {
  const { plan } = usePlanner();
  const db = useDb();
  const sessions = useLiveQuery(() => listSessions(db, plan.repId), [db, plan.repId]);
  // The practice assigned from this plan as its check-in shows it today: one pass mark, due day and standing.
  const today = localToday();
  const assigned = useStoreQuery(async (s) => (await checkInPractice(s, plan.id, today)) ?? [], [plan.id, today]);
  const stage = plan.content.diagnosis.weakStage;
  const defaults = {
    development: plan.content.development.map((d) => ({
      ...d,
      activities: d.activities.join('\n'),
      resources: d.resources.join('\n'),
      reviewDate: d.reviewDate ?? '',
    })),
  };
  const { form, flush, readOnly } = useStepForm('development-plan', schema, defaults, (v) => ({
    development: v.development.map((d) => ({
      ...d,
      activities: lines(d.activities),
      resources: lines(d.resources),
      reviewDate: d.reviewDate || null,
    })),
  }));
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'development', keyName: 'key' });
  const skills = useWatch({ control: form.control, name: 'development' });
  return (
    <form className="stack" onBlur={flush} onSubmit={(e) => e.preventDefault()} aria-label="Development plan">
      <section className="card">
        <h2 className="card-title">Skills to build</h2>
        <p className="muted">
          {stage
            ? `Drawn from the weak stage: ${STAGE_LABELS[stage].toLowerCase()}.`
            : 'No weak stage was found: add a skill only where you see one.'}
        </p>
        <ol className="item-list">
          {fields.map((f, i) => (
            <li key={f.key} className="item">
              <ToCheck id={f.id} />
              <div className="item-grid item-grid-2">
                <Field label="Skill">
                  <OneLineText {...form.register(`development.${i}.skill`)} />
                </Field>
                <Field label="Timeline">
                  <OneLineText {...form.register(`development.${i}.timeline`)} />
                </Field>
                <Field label="Activities" hint="One per line: role-play, training, mentoring, shadowing, reading.">
                  <textarea rows={3} {...form.register(`development.${i}.activities`)} />
                </Field>
                <Field label="Resources" hint="One per line.">
                  <textarea rows={3} {...form.register(`development.${i}.resources`)} />
                </Field>
                <Field label="Review date">
                  <input className="input" type="date" {...form.register(`development.${i}.reviewDate`)} />
                </Field>
              </div>
              <ItemPractice sessions={sessions} assigned={assigned} repId={plan.repId} itemId={f.id} skill={skills?.[i]?.skill ?? f.skill} />
              <ItemFoot onRemove={() => remove(i)} removeLabel={`Remove skill ${i + 1}`} disabled={readOnly} />
            </li>
          ))}
        </ol>
        {fields.length === 0 ? <p className="muted">No development items yet.</p> : null}
        <AddButton
          onAdd={() => append({ id: randomId(), skill: '', activities: '', resources: '', timeline: '', reviewDate: '' })}
          disabled={readOnly}
        >
          Add a skill
        </AddButton>
      </section>
    </form>
  );
}
