import { zodResolver } from '@hookform/resolvers/zod';
import { ArrowLeft, Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { DIFFICULTY_LABELS, newScriptId, SKILL_LABELS, STAGE_NAMES, walkScript } from '../../../../../shared/domain/roleplay';
import { difficultySchema, roleplayScriptSchema, roleplaySkillSchema, weakStageSchema, type RoleplayScript } from '../../../../../shared/schemas';
import { useDb } from '../../../state/db';
import { useAppStore } from '../../../state/store';
import { saveCustomScript } from '../../../db/repositories/roleplay';
import { Button } from '../../../ui/Button';
import { Field } from '../../../ui/Field';
import { PageHeader } from '../../../ui/PageHeader';
import type { Scripts } from '../data/library';
import { emptyCriterion, emptyStep, formSchema, toForm, type FormIn, type FormOut } from '../state/scriptForm';
import { go, hrefWithin } from '../state/view';
import { Branches, StepMarks } from './LineFields';

/** Create, copy or edit a script. Library scripts are never changed: editing one makes a copy. */
export function ScriptForm({
  scripts,
  base,
  mode,
  repId,
}: {
  scripts: Scripts;
  base: RoleplayScript | null;
  mode: 'new' | 'copy' | 'edit';
  repId: string | null;
}) {
  const db = useDb();
  const notify = useAppStore((s) => s.notify);
  const {
    register,
    control,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<FormIn, unknown, FormOut>({ resolver: zodResolver(formSchema), defaultValues: toForm(base) });
  const steps = useFieldArray({ control, name: 'steps', keyName: 'key' });
  const criteria = useFieldArray({ control, name: 'criteria', keyName: 'key' });
  const laterThan = (i: number) => steps.fields.slice(i + 1).map((f, k) => ({ id: f.id, n: i + k + 2 }));
  const [walkProblems, setWalkProblems] = useState<string[]>([]);
  const title = mode === 'edit' ? `Edit “${base?.title ?? ''}”` : mode === 'copy' ? `Copy of “${base?.title ?? ''}”` : 'New script';

  const save = async (v: FormOut) => {
    const id = mode === 'edit' && base ? base.id : newScriptId(v.title);
    const { criteria: crit, passMark, ...rest } = v;
    const parsed = roleplayScriptSchema.safeParse({
      ...rest,
      id,
      rubric: { criteria: crit, passMark },
      origin: 'custom',
      updatedAt: new Date().toISOString(),
    });
    if (!parsed.success) {
      notify('error', `The script could not be saved: ${parsed.error.issues[0]?.message ?? 'check the fields'}.`);
      return;
    }
    // A line that contradicts an earlier answer on some path is a script no coach can perform.
    const problems = walkScript(parsed.data).problems.map((p) => `${p.path}: ${p.message}`);
    setWalkProblems(problems);
    if (problems.length > 0) return;
    const saved = await saveCustomScript(db, parsed.data, scripts.libraryIds);
    notify('success', `“${saved.title}” saved.`);
    go({ rep: repId, view: { kind: 'script', id: saved.id } });
  };

  const back = base ? hrefWithin({ rep: repId, view: { kind: 'script', id: base.id } }) : hrefWithin({ rep: repId, view: { kind: 'home' } });
  return (
    <>
      <a className="back-link" href={back}>
        <ArrowLeft size={16} aria-hidden="true" /> Back
      </a>
      <PageHeader title={title} subtitle="Every field is shown to the rep except the observer prompts and the “watch” notes." />
      <form className="form rp-form" noValidate aria-label="Script" onSubmit={handleSubmit(save)}>
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
            <div key={f.key} className="rp-form-item">
              <div className="rp-form-item-head">
                <h3>Step {i + 1}</h3>
                <Button size="sm" variant="ghost" icon={<Trash2 size={14} />} onClick={() => steps.remove(i)} aria-label={`Remove step ${i + 1}`}>
                  Remove
                </Button>
              </div>
              <Field label={`Step ${i + 1}: the buyer says`} error={errors.steps?.[i]?.buyer?.message}>
                <textarea className="input" rows={2} {...register(`steps.${i}.buyer`)} />
              </Field>
              <Field label={`Step ${i + 1}: the rep aims to`} error={errors.steps?.[i]?.repAim?.message}>
                <input className="input" {...register(`steps.${i}.repAim`)} />
              </Field>
              <Field label={`Step ${i + 1}: observer watches for`} optional error={errors.steps?.[i]?.coachNote?.message}>
                <input className="input" {...register(`steps.${i}.coachNote`)} />
              </Field>
              <StepMarks register={register} errors={errors} step={i} later={laterThan(i)} />
              <Branches control={control} register={register} errors={errors} step={i} later={laterThan(i)} />
            </div>
          ))}
          <Button size="sm" icon={<Plus size={14} />} disabled={steps.fields.length >= 20} onClick={() => steps.append(emptyStep())}>
            Add a step
          </Button>
        </fieldset>

        <fieldset className="card">
          <legend className="card-title">Rubric (4 to 8 criteria, anchored at 1, 3 and 5)</legend>
          {errors.criteria?.root?.message || errors.criteria?.message ? (
            <p className="form-error" role="alert">
              {errors.criteria?.root?.message ?? errors.criteria?.message}
            </p>
          ) : null}
          {criteria.fields.map((f, i) => (
            <div key={f.key} className="rp-form-item">
              <div className="rp-form-item-head">
                <h3>Criterion {i + 1}</h3>
                <Button
                  size="sm"
                  variant="ghost"
                  icon={<Trash2 size={14} />}
                  onClick={() => criteria.remove(i)}
                  aria-label={`Remove criterion ${i + 1}`}
                >
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

        <fieldset className="card">
          <legend className="card-title">For the observer only</legend>
          <Field label="Observer prompts" hint="One per line. Not in the rep’s copy." error={errors.observerPrompts?.message}>
            <textarea className="input" rows={3} {...register('observerPrompts')} />
          </Field>
        </fieldset>

        <div className="form-actions sticky-actions">
          <a className="btn btn-ghost" href={back}>
            Cancel
          </a>
          <Button variant="primary" type="submit" disabled={isSubmitting}>
            Save script
          </Button>
        </div>
      </form>
    </>
  );
}
