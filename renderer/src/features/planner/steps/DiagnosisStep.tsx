import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { z } from 'zod';
import { randomId } from '@shared/lib/ids';
import { focusDiagnosisSchema, obstacleKindSchema, verdictSchema, weakStageSchema } from '@shared/schemas';
import { ItemFoot, AddButton } from '../ItemParts';
import { Field } from '@renderer/ui/Field';
import { GAP_LABELS, OBSTACLE_LABELS, STAGE_LABELS, VERDICT_LABELS } from '../labels';
import { usePlanner, useStepForm } from '../stepForm';

const schema = z
  .object({
    choice: z.enum(['confirm', 'override']),
    verdict: verdictSchema,
    weakStage: weakStageSchema.or(z.literal('')),
    overrideReason: z.string().max(2000),
    perFocus: z.array(focusDiagnosisSchema).max(3),
    obstacles: z.array(z.object({ id: z.string(), kind: obstacleKindSchema, note: z.string().max(1000) })).max(10),
    systemFixes: z.array(z.object({ id: z.string(), sign: z.string().max(300), ownPart: z.string().max(1000) })).max(10),
  })
  .superRefine((v, ctx) => {
    if (v.choice === 'override' && v.overrideReason.trim().length < 3)
      ctx.addIssue({ code: 'custom', path: ['overrideReason'], message: 'Say why you see it differently, in a few words' });
  });

const SYSTEM_CHECKS = [
  'Hiring: was this the right person for this role?',
  'Onboarding and ramp: was the rep set up to succeed?',
  'Territory and leads: are they comparable with the team’s?',
  'Quota: is it realistic for this territory?',
  'Coaching: what have you given so far?',
];

type DiagnosisForm = UseFormReturn<z.input<typeof schema>, unknown, z.output<typeof schema>>;
type Part = { form: DiagnosisForm; readOnly: boolean };

function useDiagnosisForm() {
  const { plan } = usePlanner();
  const s = plan.snapshot;
  const d = plan.content.diagnosis;
  // An override is the manager's act, with a reason; facts that moved on never make one.
  const overridden = d.overrideReason.trim() !== '';
  const defaults = {
    choice: overridden ? ('override' as const) : ('confirm' as const),
    verdict: d.verdict,
    weakStage: d.weakStage ?? ('' as const),
    overrideReason: d.overrideReason,
    perFocus: d.perFocus,
    obstacles: d.obstacles,
    systemFixes: d.systemFixes,
  };
  return useStepForm('diagnosis', schema, defaults, (v) => ({
    diagnosis: {
      verdict: v.choice === 'confirm' ? s.verdict : v.verdict,
      weakStage: v.choice === 'confirm' ? s.weakStage : v.weakStage || null,
      confirmed: v.choice === 'confirm',
      overrideReason: v.choice === 'confirm' ? '' : v.overrideReason,
      perFocus: v.perFocus,
      obstacles: v.obstacles,
      systemFixes: v.systemFixes,
    },
  }));
}

/** Candor's reading, confirmed or overridden with the manager's own reading and why. */
function ReadingCard({ form, readOnly }: Part) {
  const { plan } = usePlanner();
  const s = plan.snapshot;
  const choice = form.watch('choice');
  const errors = form.formState.errors;
  return (
    <section className="card">
      <h2 className="card-title">Effort, skill, or both?</h2>
      <p>
        Candor reads this as <strong>{VERDICT_LABELS[s.verdict]}</strong>
        {s.weakStage ? ` at ${STAGE_LABELS[s.weakStage].toLowerCase()}` : ''}. <span className="muted">{s.rule}</span>
      </p>
      <fieldset className="plain-fieldset radio-row" disabled={readOnly}>
        <legend className="visually-hidden">Confirm or override</legend>
        <label className="checkbox">
          <input type="radio" value="confirm" {...form.register('choice')} /> Confirm this reading
        </label>
        <label className="checkbox">
          <input type="radio" value="override" {...form.register('choice')} /> I see it differently
        </label>
      </fieldset>
      {choice === 'override' ? (
        <div className="form" style={{ marginTop: 12 }}>
          <div className="form-row">
            <Field label="Your reading">
              <select className="input" {...form.register('verdict')}>
                {verdictSchema.options.map((v) => (
                  <option key={v} value={v}>
                    {VERDICT_LABELS[v]}
                  </option>
                ))}
              </select>
            </Field>
            <Field label="Weak stage" optional>
              <select className="input" {...form.register('weakStage')}>
                <option value="">None</option>
                {weakStageSchema.options.map((v) => (
                  <option key={v} value={v}>
                    {STAGE_LABELS[v]}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          <Field label="Why" error={errors.overrideReason?.message}>
            <textarea rows={2} {...form.register('overrideReason')} />
          </Field>
        </div>
      ) : null}
    </section>
  );
}

/** Effort or skill for each focus area the Facts step chose (none chosen: no card). */
function PerFocusCard({ form }: Part) {
  const { plan } = usePlanner();
  if (plan.content.focusAreas.length === 0) return null;
  const labelOf = (key: string) => plan.snapshot.metrics.find((m) => m.key === key)?.label ?? key;
  return (
    <section className="card">
      <h2 className="card-title">Per focus area</h2>
      <div className="form-row">
        {plan.content.focusAreas.map((key) => {
          const i = form.getValues('perFocus').findIndex((p) => p.metricKey === key);
          if (i < 0) return null;
          return (
            <Field key={key} label={labelOf(key)}>
              <select className="input" {...form.register(`perFocus.${i}.gap`)}>
                {(['effort', 'skill', 'mixed', 'none'] as const).map((g) => (
                  <option key={g} value={g}>
                    {GAP_LABELS[g]}
                  </option>
                ))}
              </select>
            </Field>
          );
        })}
      </div>
    </section>
  );
}

function ObstaclesCard({ form, readOnly }: Part) {
  const obstacles = useFieldArray({ control: form.control, name: 'obstacles', keyName: 'key' });
  return (
    <section className="card">
      <h2 className="card-title">Genuine obstacles</h2>
      <p className="muted">A territory change, leave, poor leads or broken tools turn the plan toward support. Record only what is real.</p>
      <ol className="item-list">
        {obstacles.fields.map((f, i) => (
          <li key={f.key} className="item">
            <div className="item-grid item-grid-2">
              <Field label="Obstacle">
                <select className="input" {...form.register(`obstacles.${i}.kind`)}>
                  {obstacleKindSchema.options.map((k) => (
                    <option key={k} value={k}>
                      {OBSTACLE_LABELS[k]}
                    </option>
                  ))}
                </select>
              </Field>
              <Field label="What happened" optional>
                <input className="input" {...form.register(`obstacles.${i}.note`)} />
              </Field>
            </div>
            <ItemFoot onRemove={() => obstacles.remove(i)} removeLabel={`Remove obstacle ${i + 1}`} disabled={readOnly} />
          </li>
        ))}
      </ol>
      <AddButton onAdd={() => obstacles.append({ id: randomId(), kind: 'territory-change', note: '' })} disabled={readOnly}>
        Record an obstacle
      </AddButton>
    </section>
  );
}

/** The manager's own part: the system checks to make first, and what to fix on their side. */
function SystemCard({ form, readOnly }: Part) {
  const fixes = useFieldArray({ control: form.control, name: 'systemFixes', keyName: 'key' });
  return (
    <section className="card">
      <h2 className="card-title">Check the system first</h2>
      <p className="muted">Before judging the rep, look at your own part:</p>
      <ul className="plain-list small">
        {SYSTEM_CHECKS.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      <ol className="item-list">
        {fixes.fields.map((f, i) => (
          <li key={f.key} className="item">
            <Field label={f.sign ? `Sign: ${f.sign}` : 'Something to fix on your side'}>
              <textarea rows={2} placeholder="Your part to fix" {...form.register(`systemFixes.${i}.ownPart`)} />
            </Field>
            <ItemFoot onRemove={() => fixes.remove(i)} removeLabel={`Remove system item ${i + 1}`} disabled={readOnly} />
          </li>
        ))}
      </ol>
      <AddButton onAdd={() => fixes.append({ id: randomId(), sign: '', ownPart: '' })} disabled={readOnly}>
        Add something to fix on your side
      </AddButton>
    </section>
  );
}

export function DiagnosisStep() {
  const { form, flush, readOnly } = useDiagnosisForm();
  return (
    <form className="stack" onBlur={flush} onSubmit={(e) => e.preventDefault()} aria-label="Diagnosis">
      <ReadingCard form={form} readOnly={readOnly} />
      <PerFocusCard form={form} readOnly={readOnly} />
      <ObstaclesCard form={form} readOnly={readOnly} />
      <SystemCard form={form} readOnly={readOnly} />
    </form>
  );
}
