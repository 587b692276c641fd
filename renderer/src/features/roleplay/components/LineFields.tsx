import { Plus, Trash2 } from 'lucide-react';
import { useFieldArray, type Control, type FieldErrors, type Path, type UseFormRegister } from 'react-hook-form';
import { END_OF_SCRIPT } from '@shared/schemas';
import { Button } from '@renderer/ui/Button';
import { Field } from '@renderer/ui/Field';
import { emptyBranch, type FormIn, type FormOut } from '../state/scriptForm';

type Form = { control: Control<FormIn, unknown, FormOut>; register: UseFormRegister<FormIn>; errors: FieldErrors<FormIn> };
/** The steps a line may lead to: every later one, by number. */
export type Later = { id: string; n: number }[];
type LineErrors = { assumes?: { message?: string }; sets?: { message?: string }; next?: { message?: string } } | undefined;

const MARKS_HINT = 'Name: value, separated by commas, e.g. “decision: undecided”.';

/**
 * What a buyer line takes as already said, what it leaves said, and where the conversation goes
 * next. The path walk checks these on save, so a branch cannot contradict an earlier answer.
 */
function LineMarks({
  register,
  errors,
  label,
  base,
  later,
}: {
  register: UseFormRegister<FormIn>;
  errors: LineErrors;
  label: string;
  base: string;
  later: Later;
}) {
  const name = (field: 'assumes' | 'sets' | 'next') => `${base}.${field}` as Path<FormIn>;
  return (
    <div className="form-row">
      <Field label={`${label}: takes as said`} optional hint={MARKS_HINT} error={errors?.assumes?.message}>
        <input className="input" {...register(name('assumes'))} />
      </Field>
      <Field label={`${label}: leaves said`} optional error={errors?.sets?.message}>
        <input className="input" {...register(name('sets'))} />
      </Field>
      <Field label={`${label}: then`} error={errors?.next?.message}>
        <select className="input" {...register(name('next'))}>
          <option value="">{later.length > 0 ? 'The next step' : 'The conversation ends'}</option>
          {later.map((s) => (
            <option key={s.id} value={s.id}>
              Step {s.n}
            </option>
          ))}
          <option value={END_OF_SCRIPT}>The conversation ends</option>
        </select>
      </Field>
    </div>
  );
}

/** The main line's marks for step `step`. */
export function StepMarks({ register, errors, step, later }: Omit<Form, 'control'> & { step: number; later: Later }) {
  return <LineMarks register={register} errors={errors.steps?.[step]} label={`Step ${step + 1}`} base={`steps.${step}`} later={later} />;
}

/** The other lines the buyer may say at a step, each with its marks. */
export function Branches({ control, register, errors, step, later }: Form & { step: number; later: Later }) {
  const branches = useFieldArray({ control, name: `steps.${step}.branches`, keyName: 'key' });
  return (
    <div className="rp-form-branches">
      {branches.fields.map((f, j) => (
        <div key={f.key} className="rp-form-branch">
          <div className="form-row">
            <Field label={`Step ${step + 1}, branch ${j + 1}: when`} error={errors.steps?.[step]?.branches?.[j]?.when?.message}>
              <input className="input" {...register(`steps.${step}.branches.${j}.when`)} />
            </Field>
            <Field label={`Step ${step + 1}, branch ${j + 1}: the buyer says`} error={errors.steps?.[step]?.branches?.[j]?.buyer?.message}>
              <input className="input" {...register(`steps.${step}.branches.${j}.buyer`)} />
            </Field>
            <Button size="sm" variant="ghost" aria-label={`Remove branch ${j + 1} of step ${step + 1}`} onClick={() => branches.remove(j)}>
              <Trash2 size={14} aria-hidden="true" />
            </Button>
          </div>
          <LineMarks
            register={register}
            errors={errors.steps?.[step]?.branches?.[j]}
            label={`Step ${step + 1}, branch ${j + 1}`}
            base={`steps.${step}.branches.${j}`}
            later={later}
          />
        </div>
      ))}
      <Button
        size="sm"
        variant="ghost"
        icon={<Plus size={14} />}
        aria-label={`Add an objection branch to step ${step + 1}`}
        disabled={branches.fields.length >= 6}
        onClick={() => branches.append(emptyBranch())}
      >
        Add an objection branch
      </Button>
    </div>
  );
}
