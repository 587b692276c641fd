import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { Rep, RoleExpectation, Targets } from '@shared/schemas';
import { useDb } from '@renderer/state/db';
import { useAppStore } from '@renderer/state/store';
import { saveRepTargets } from '@renderer/db/repositories/reps';
import { Button } from '@renderer/ui/Button';
import { Field } from '@renderer/ui/Field';
import { useFormat } from '@renderer/ui/format';
import { TARGET_FIELDS, targetBoxes, targetText } from '../settings';

const formSchema = (locale: string) => z.object(targetBoxes(locale)) as unknown as z.ZodType<Record<string, number | null>, Record<string, string>>;

/** Per-rep adjustments to the role's targets; empty fields keep the role's target. */
export function RepTargets({ rep, expectation }: { rep: Rep; expectation: RoleExpectation | null }) {
  const db = useDb();
  const notify = useAppStore((s) => s.notify);
  const [editing, setEditing] = useState(false);
  const { locale } = useFormat();
  const schema = useMemo(() => formSchema(locale), [locale]);
  const overrides = rep.targetOverrides ?? {};
  const adjusted = TARGET_FIELDS.filter((f) => overrides[f.key] !== undefined && overrides[f.key] !== null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<Record<string, string>, unknown, Record<string, number | null>>({
    resolver: zodResolver(schema),
    defaultValues: Object.fromEntries(TARGET_FIELDS.map((f) => [f.key, targetText(overrides[f.key], f.pct, locale)])),
  });

  return (
    <section className="card" aria-labelledby="rep-targets-title">
      <div className="role-head">
        <div>
          <h2 id="rep-targets-title">Targets for {rep.name}</h2>
          <p className="muted small">
            {adjusted.length
              ? `Adjusted: ${adjusted.map((f) => f.label).join(', ')}. Everything else follows the ${rep.role} expectations.`
              : `Follows the ${rep.role} expectations${expectation ? '' : ' (none set: the median of the rep’s peers is the benchmark)'}. Adjust for a smaller territory, a part-time schedule or a special assignment.`}
          </p>
        </div>
        {!editing ? (
          <Button size="sm" onClick={() => setEditing(true)}>
            Adjust targets
          </Button>
        ) : null}
      </div>
      {editing ? (
        <form
          className="form"
          noValidate
          aria-label={`Adjust targets for ${rep.name}`}
          onSubmit={handleSubmit(async (v) => {
            // The boxes hand over stored figures: a rate already as a share, refused above 100%.
            const next = Object.fromEntries(TARGET_FIELDS.map((f) => [f.key, v[f.key] ?? null])) as Partial<Targets>;
            await saveRepTargets(db, rep.id, next);
            notify('success', `Saved the targets for ${rep.name}.`);
            setEditing(false);
          })}
        >
          <div className="mapping-grid">
            {TARGET_FIELDS.map((f) => {
              const roleValue = expectation?.targets[f.key] ?? null;
              return (
                <Field
                  key={f.key}
                  label={f.label}
                  hint={roleValue === null ? 'Role: not set' : `Role: ${targetText(roleValue, f.pct, locale)}`}
                  error={errors[f.key]?.message as string | undefined}
                >
                  <input type="text" inputMode="decimal" {...register(f.key)} />
                </Field>
              );
            })}
          </div>
          <div className="form-actions">
            <Button variant="ghost" onClick={() => setEditing(false)}>
              Cancel
            </Button>
            <Button variant="primary" type="submit" disabled={isSubmitting}>
              Save targets
            </Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
