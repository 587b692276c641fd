// The fieldsets of the script form: what the script is about, the buyer, the buyer's lines step by
// step, the rubric, and what only the observer sees. Each registers its own fields with the one
// form the ScriptForm holds.
import { Plus, Trash2 } from 'lucide-react';
import type { Control, FieldErrors, UseFieldArrayReturn, UseFormRegister } from 'react-hook-form';
import { DIFFICULTY_LABELS, SKILL_LABELS, STAGE_NAMES } from '@shared/domain/roleplay';
import { difficultySchema, roleplaySkillSchema, weakStageSchema } from '@shared/schemas';
import { Button } from '@renderer/ui/Button';
import { Field } from '@renderer/ui/Field';
import { emptyCriterion, emptyStep, type FormIn, type FormOut } from '../state/scriptForm';
import { Branches, StepMarks, type Later } from './LineFields';

export type ScriptFormParts = { control: Control<FormIn, unknown, FormOut>; register: UseFormRegister<FormIn>; errors: FieldErrors<FormIn> };

export function AboutFieldset({ form: { register, errors } }: { form: ScriptFormParts }) {
  return (
    <fieldset className="card">
      <legend className="card-title">About the script</legend>
      <Field label="Title" error={errors.title?.message}>
        <input className="input" {...register('title')} />
      </Field>
      <div className="form-row">
        <Field label="Skill" error={errors.skill?.message}>
          <select className="input" {...register('skill')}>
            {roleplaySkillSchema.options.map((k) => (
              <option key={k} value={k}>
                {SKILL_LABELS[k]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Funnel stage" error={errors.stage?.message}>
          <select className="input" {...register('stage')}>
            {weakStageSchema.options.map((k) => (
              <option key={k} value={k}>
                {STAGE_NAMES[k]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Difficulty" error={errors.difficulty?.message}>
          <select className="input" {...register('difficulty')}>
            {difficultySchema.options.map((k) => (
              <option key={k} value={k}>
                {DIFFICULTY_LABELS[k]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Length (minutes)" error={errors.minutes?.message}>
          <input className="input" type="number" inputMode="numeric" {...register('minutes')} />
        </Field>
      </div>
      <Field label="Scenario" error={errors.scenario?.message}>
        <textarea className="input" rows={3} {...register('scenario')} />
      </Field>
      <Field label="What the rep knows going in" error={errors.context?.message}>
        <textarea className="input" rows={3} {...register('context')} />
      </Field>
      <Field label="The rep’s objective" error={errors.repObjective?.message}>
        <textarea className="input" rows={2} {...register('repObjective')} />
      </Field>
    </fieldset>
  );
}

export function BuyerFieldset({ form: { register, errors } }: { form: ScriptFormParts }) {
  return (
    <fieldset className="card">
      <legend className="card-title">The buyer</legend>
      <div className="form-row">
        <Field label="Buyer’s name" error={errors.persona?.name?.message}>
          <input className="input" {...register('persona.name')} />
        </Field>
        <Field label="Buyer’s role" error={errors.persona?.role?.message}>
          <input className="input" {...register('persona.role')} />
        </Field>
        <Field label="Company" optional error={errors.persona?.company?.message}>
          <input className="input" {...register('persona.company')} />
        </Field>
      </div>
      <Field label="Goals" hint="One per line." error={errors.persona?.goals?.message}>
        <textarea className="input" rows={2} {...register('persona.goals')} />
      </Field>
      <Field label="Temperament" error={errors.persona?.temperament?.message}>
        <textarea className="input" rows={2} {...register('persona.temperament')} />
      </Field>
    </fieldset>
  );
}

export function StepsFieldset({
  form,
  steps,
  walkProblems,
}: {
  form: ScriptFormParts;
  steps: UseFieldArrayReturn<FormIn, 'steps', 'key'>;
  /** Paths on which a line contradicts an earlier answer, from the last try to save. */
  walkProblems: string[];
}) {
  const { register, errors } = form;
  const laterThan = (i: number): Later => steps.fields.slice(i + 1).map((f, k) => ({ id: f.id, n: i + k + 2 }));
  return (
    <fieldset className="card">
      <legend className="card-title">The buyer’s lines, step by step</legend>
      <Field
        label="What is still open when the role-play starts"
        optional
        hint="Name: value, e.g. “decision: undecided”. Each line below can take these as said, or settle them."
        error={errors.startState?.message}
      >
        <input className="input" {...register('startState')} />
      </Field>
      {walkProblems.length > 0 ? (
        <div className="form-error" role="alert">
          <p>Not saved: on some path through the script a line contradicts an earlier one.</p>
          <ul>
            {walkProblems.slice(0, 5).map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {errors.steps?.root?.message || errors.steps?.message ? (
        <p className="form-error">{errors.steps?.root?.message ?? errors.steps?.message}</p>
      ) : null}
      {steps.fields.map((f, i) => (
        <StepFields key={f.key} form={form} step={i} later={laterThan(i)} onRemove={() => steps.remove(i)} />
      ))}
      <Button size="sm" icon={<Plus size={14} />} disabled={steps.fields.length >= 20} onClick={() => steps.append(emptyStep())}>
        Add a step
      </Button>
    </fieldset>
  );
}

/** One step: what the buyer says, what the rep aims for, what the observer watches, and where the lines lead. */
function StepFields({ form, step, later, onRemove }: { form: ScriptFormParts; step: number; later: Later; onRemove: () => void }) {
  const { control, register, errors } = form;
  return (
    <div className="rp-form-item">
      <div className="rp-form-item-head">
        <h3>Step {step + 1}</h3>
        <Button size="sm" variant="ghost" icon={<Trash2 size={14} />} onClick={onRemove} aria-label={`Remove step ${step + 1}`}>
          Remove
        </Button>
      </div>
      <Field label={`Step ${step + 1}: the buyer says`} error={errors.steps?.[step]?.buyer?.message}>
        <textarea className="input" rows={2} {...register(`steps.${step}.buyer`)} />
      </Field>
      <Field label={`Step ${step + 1}: the rep aims to`} error={errors.steps?.[step]?.repAim?.message}>
        <input className="input" {...register(`steps.${step}.repAim`)} />
      </Field>
      <Field label={`Step ${step + 1}: observer watches for`} optional error={errors.steps?.[step]?.coachNote?.message}>
        <input className="input" {...register(`steps.${step}.coachNote`)} />
      </Field>
      <StepMarks register={register} errors={errors} step={step} later={later} />
      <Branches control={control} register={register} errors={errors} step={step} later={later} />
    </div>
  );
}

export function RubricFieldset({ form, criteria }: { form: ScriptFormParts; criteria: UseFieldArrayReturn<FormIn, 'criteria', 'key'> }) {
  const { register, errors } = form;
  return (
    <fieldset className="card">
      <legend className="card-title">Rubric (4 to 8 criteria, anchored at 1, 3 and 5)</legend>
      {errors.criteria?.root?.message || errors.criteria?.message ? (
        <p className="form-error" role="alert">
          {errors.criteria?.root?.message ?? errors.criteria?.message}
        </p>
      ) : null}
      {criteria.fields.map((f, i) => (
        <CriterionFields key={f.key} form={form} index={i} onRemove={() => criteria.remove(i)} />
      ))}
      <Button size="sm" icon={<Plus size={14} />} disabled={criteria.fields.length >= 8} onClick={() => criteria.append(emptyCriterion())}>
        Add a criterion
      </Button>
      <div className="form-row">
        <Field label="Pass mark (average of 5)" hint="For example 3.5." error={errors.passMark?.message}>
          <input className="input" type="number" step="0.1" inputMode="decimal" {...register('passMark')} />
        </Field>
      </div>
    </fieldset>
  );
}

function CriterionFields({ form: { register, errors }, index: i, onRemove }: { form: ScriptFormParts; index: number; onRemove: () => void }) {
  return (
    <div className="rp-form-item">
      <div className="rp-form-item-head">
        <h3>Criterion {i + 1}</h3>
        <Button size="sm" variant="ghost" icon={<Trash2 size={14} />} onClick={onRemove} aria-label={`Remove criterion ${i + 1}`}>
          Remove
        </Button>
      </div>
      <Field label={`Criterion ${i + 1}: name`} error={errors.criteria?.[i]?.name?.message}>
        <input className="input" {...register(`criteria.${i}.name`)} />
      </Field>
      <div className="form-row">
        {(['1', '3', '5'] as const).map((level) => (
          <Field key={level} label={`Criterion ${i + 1}: a ${level} looks like`} error={errors.criteria?.[i]?.anchors?.[level]?.message}>
            <textarea className="input" rows={2} {...register(`criteria.${i}.anchors.${level}`)} />
          </Field>
        ))}
      </div>
    </div>
  );
}

export function ObserverFieldset({ form: { register, errors } }: { form: ScriptFormParts }) {
  return (
    <fieldset className="card">
      <legend className="card-title">For the observer only</legend>
      <Field label="Observer prompts" hint="One per line. Not in the rep’s copy." error={errors.observerPrompts?.message}>
        <textarea className="input" rows={3} {...register('observerPrompts')} />
      </Field>
    </fieldset>
  );
}
