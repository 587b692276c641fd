import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { repInputSchema, type RepInput } from '@shared/schemas';
import { Button } from '@renderer/ui/Button';
import { Field } from '@renderer/ui/Field';

export const ROLE_OPTIONS = [
  { value: 'SDR', label: 'SDR — sales development rep' },
  { value: 'AE', label: 'AE — account executive' },
  { value: 'AM', label: 'AM — account manager' },
] as const;

type Props = {
  initial?: RepInput | undefined;
  submitLabel: string;
  onSubmit: (values: RepInput) => Promise<void>;
  onCancel: () => void;
  extraRoles?: string[];
};

export function RepForm({ initial, submitLabel, onSubmit, onCancel, extraRoles = [] }: Props) {
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<RepInput>({
    resolver: zodResolver(repInputSchema),
    defaultValues: initial ?? { name: '', role: 'AE', startDate: '', email: '' },
    mode: 'onTouched',
  });
  const roles = [...ROLE_OPTIONS.map((r) => r.value as string), ...extraRoles.filter((r) => !ROLE_OPTIONS.some((o) => o.value === r))];

  return (
    <form
      className="form"
      noValidate
      onSubmit={handleSubmit(async (values) => {
        setFormError(null);
        try {
          await onSubmit(values);
        } catch (e) {
          setFormError(e instanceof Error ? e.message : 'The rep could not be saved.');
        }
      })}
    >
      {formError ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}
      <Field label="Name" error={errors.name?.message}>
        <input type="text" autoComplete="off" {...register('name')} />
      </Field>
      <div className="form-row">
        <Field label="Role" error={errors.role?.message}>
          <select {...register('role')}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {ROLE_OPTIONS.find((o) => o.value === r)?.label ?? r}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Start date" optional hint="Used for the new-hire ramp; leave empty when not known." error={errors.startDate?.message}>
          <input type="date" {...register('startDate')} />
        </Field>
      </div>
      <Field label="Email" optional error={errors.email?.message}>
        <input type="email" autoComplete="off" {...register('email')} />
      </Field>
      <div className="form-actions">
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        <Button variant="primary" type="submit" disabled={isSubmitting}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
