import { useApplyDefaults } from './ApplyDefaults';
import { TARGET_FIELDS, TARGET_UNIT, targetBoxes, targetText } from './targets';
import { zodResolver } from '@hookform/resolvers/zod';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { RoleExpectation, Targets } from '@shared/schemas';
import { useDb } from '@renderer/state/db';
import { useAppStore } from '@renderer/state/store';
import { listExpectationChoices, resetExpectation, saveExpectation, stopApplyingExpectation } from '@renderer/db/repositories/expectations';
import { Button } from '@renderer/ui/Button';
import { Field } from '@renderer/ui/Field';
import { useFormat } from '@renderer/ui/format';

type RoleValues = Record<string, unknown> & { label: string; ramp: number[] };

function roleSchema(locale: string) {
  return z.object({
    label: z.string().trim().min(1, 'Give the role a name').max(80),
    ...targetBoxes(locale),
    ramp: z
      .string()
      .trim()
      .refine(
        (s) => s === '' || s.split(/[,\s]+/).every((p) => /^\d{1,3}(\.\d+)?%?$/.test(p) && Number(p.replace('%', '')) <= 100),
        'Percentages from 0 to 100, separated by commas',
      )
      .transform((s) => (s === '' ? [] : s.split(/[,\s]+/).map((p) => Number(p.replace('%', '')) / 100))),
  }) as unknown as z.ZodType<RoleValues, Record<string, string>>;
}

function toForm(e: RoleExpectation, locale: string): Record<string, string> {
  const values: Record<string, string> = { label: e.label, ramp: e.ramp.map((r) => `${Math.round(r * 100)}%`).join(', ') };
  for (const f of TARGET_FIELDS) values[f.key] = targetText(e.targets[f.key], f.pct, locale);
  return values;
}

function RoleForm({ expectation, onDone }: { expectation: RoleExpectation; onDone: () => void }) {
  const db = useDb();
  const notify = useAppStore((s) => s.notify);
  const { locale } = useFormat();
  const schema = useMemo(() => roleSchema(locale), [locale]);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<Record<string, string>, unknown, RoleValues>({
    resolver: zodResolver(schema),
    defaultValues: toForm(expectation, locale),
  });
  const err = (k: string) => (errors[k]?.message as string | undefined) ?? undefined;
  return (
    <form
      className="form"
      noValidate
      aria-label={`Targets for ${expectation.role}`}
      onSubmit={handleSubmit(async (v) => {
        // The boxes hand over stored figures: a rate already as a share, refused above 100%.
        const targets = Object.fromEntries(TARGET_FIELDS.map((f) => [f.key, v[f.key] as number | null])) as Targets;
        await saveExpectation(db, { role: expectation.role, label: v.label, targets, ramp: v.ramp });
        notify('success', `Saved the ${expectation.role} expectations.`);
        onDone();
      })}
    >
      <Field label="Role name" error={err('label')}>
        <input type="text" {...register('label')} />
      </Field>
      <div className="mapping-grid">
        {TARGET_FIELDS.map((f) => (
          <Field key={f.key} label={f.label} error={err(f.key)}>
            <input type="text" inputMode="decimal" {...register(f.key)} />
          </Field>
        ))}
      </div>
      <Field
        label="New-hire ramp"
        hint="Share of the targets expected in months 1, 2, 3… of tenure; full targets after. Example: 25%, 50%, 75%."
        error={err('ramp')}
      >
        <input type="text" {...register('ramp')} />
      </Field>
      <div className="form-actions">
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
        <Button variant="primary" type="submit" disabled={isSubmitting}>
          Save targets
        </Button>
      </div>
    </form>
  );
}

export function ExpectationsEditor({ defaults, periodLabel = 'per month' }: { defaults: RoleExpectation[]; periodLabel?: string }) {
  const db = useDb();
  const list = useLiveQuery(() => listExpectationChoices(db, defaults), [db, defaults]);
  const [editing, setEditing] = useState<string | null>(null);
  const apply = useApplyDefaults(defaults);
  if (!list) return null;
  const offered = list.filter((c) => !c.applied).map((c) => c.expectation.role);
  return (
    <div className="stack">
      {apply.message}
      {apply.dialog}
      {offered.length ? (
        <div className="notice notice-info" style={{ flexDirection: 'column', gap: 0 }}>
          <div>
            Defaults are offered, not applied: until you apply or edit a role’s targets, its reps are compared with the median of their peers and held
            to no quota but the one in your data.
          </div>
          <div className="row-actions" style={{ justifyContent: 'flex-start', marginTop: 8 }}>
            <Button size="sm" onClick={() => apply.ask(offered, 'Apply all defaults to the team')}>
              Apply all defaults to the team
            </Button>
          </div>
        </div>
      ) : null}
      {list.map(({ expectation: e, applied }) => (
        <div key={e.role} className="role-card">
          <div className="role-head">
            <RoleTitle expectation={e} applied={applied} />
            {editing !== e.role ? (
              <RoleActions
                expectation={e}
                applied={applied}
                hasDefault={defaults.some((d) => d.role === e.role)}
                onApply={() => apply.ask([e.role], `Apply the ${e.role} defaults`)}
                onRestore={() => void resetExpectation(db, e.role, defaults)}
                onEdit={() => setEditing(e.role)}
              />
            ) : null}
          </div>
          {editing === e.role ? <RoleForm expectation={e} onDone={() => setEditing(null)} /> : <TargetList expectation={e} />}
        </div>
      ))}
      <p className="muted small">Activity and quota targets are {periodLabel}; Candor scales them for weeks and quarters.</p>
    </div>
  );
}

function RoleTitle({ expectation: e, applied }: { expectation: RoleExpectation; applied: boolean }) {
  return (
    <div>
      <h3>
        {e.role} <span className="muted">· {e.label}</span>
      </h3>
      {!applied ? (
        <span className="badge">Default · not applied</span>
      ) : e.isDefault ? (
        <span className="badge badge-role">Default targets · applied</span>
      ) : (
        <span className="badge badge-role">Your targets · applied</span>
      )}
    </div>
  );
}

/** Apply a role's defaults, go back to them, stop applying the role's targets, or edit them. */
function RoleActions({
  expectation: e,
  applied,
  hasDefault,
  onApply,
  onRestore,
  onEdit,
}: {
  expectation: RoleExpectation;
  applied: boolean;
  /** Candor ships defaults for this role, so edited targets can go back to them. */
  hasDefault: boolean;
  onApply: () => void;
  onRestore: () => void;
  onEdit: () => void;
}) {
  const db = useDb();
  return (
    <div className="row-actions">
      {!applied ? (
        <Button size="sm" onClick={onApply} aria-label={`Apply the ${e.role} defaults`}>
          Apply
        </Button>
      ) : null}
      {applied && !e.isDefault && hasDefault ? (
        <Button size="sm" variant="ghost" onClick={onRestore}>
          Restore default
        </Button>
      ) : null}
      {applied ? (
        <Button size="sm" variant="ghost" onClick={() => void stopApplyingExpectation(db, e.role)} aria-label={`Stop applying ${e.role} targets`}>
          Stop applying
        </Button>
      ) : null}
      <Button size="sm" onClick={onEdit} aria-label={`Edit ${e.role} targets`}>
        Edit
      </Button>
    </div>
  );
}

function TargetList({ expectation: e }: { expectation: RoleExpectation }) {
  const fmt = useFormat();
  return (
    <dl className="target-list">
      {TARGET_FIELDS.map((f) => (
        <div key={f.key}>
          <dt>{f.label}</dt>
          <dd>{fmt.value(e.targets[f.key], TARGET_UNIT[f.key] ?? 'count')}</dd>
        </div>
      ))}
      <div>
        <dt>Ramp</dt>
        <dd>{e.ramp.length ? [...e.ramp, 1].map((r) => fmt.value(r, 'rate')).join(' → ') : 'none'}</dd>
      </div>
    </dl>
  );
}
