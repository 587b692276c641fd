import { zodResolver } from '@hookform/resolvers/zod';
import { ArrowLeft } from 'lucide-react';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { newScriptId, walkScript } from '@shared/domain/roleplay';
import { roleplayScriptSchema, type RoleplayScript } from '@shared/schemas';
import { useDb } from '@renderer/state/db';
import { useAppStore } from '@renderer/state/store';
import { saveCustomScript } from '@renderer/db/repositories/roleplay';
import { Button } from '@renderer/ui/Button';
import { PageHeader } from '@renderer/ui/PageHeader';
import type { Scripts } from '../data/library';
import { formSchema, toForm, type FormIn, type FormOut } from '../state/scriptForm';
import { go, hrefWithin } from '../state/view';
import { AboutFieldset, BuyerFieldset, ObserverFieldset, RubricFieldset, StepsFieldset } from './ScriptFormParts';

type Mode = 'new' | 'copy' | 'edit';

/**
 * The script form's state: the fields, the steps and criteria lists, and saving. A script that
 * fails the schema or whose lines contradict each other on some path is not saved, and says why.
 */
function useScriptForm(scripts: Scripts, base: RoleplayScript | null, mode: Mode, repId: string | null) {
  const db = useDb();
  const notify = useAppStore((s) => s.notify);
  const form = useForm<FormIn, unknown, FormOut>({ resolver: zodResolver(formSchema), defaultValues: toForm(base) });
  const steps = useFieldArray({ control: form.control, name: 'steps', keyName: 'key' });
  const criteria = useFieldArray({ control: form.control, name: 'criteria', keyName: 'key' });
  const [walkProblems, setWalkProblems] = useState<string[]>([]);

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
  return { form, steps, criteria, walkProblems, submit: form.handleSubmit(save) };
}

/** Create, copy or edit a script. Library scripts are never changed: editing one makes a copy. */
export function ScriptForm({ scripts, base, mode, repId }: { scripts: Scripts; base: RoleplayScript | null; mode: Mode; repId: string | null }) {
  const { form, steps, criteria, walkProblems, submit } = useScriptForm(scripts, base, mode, repId);
  const parts = { control: form.control, register: form.register, errors: form.formState.errors };
  const title = mode === 'edit' ? `Edit “${base?.title ?? ''}”` : mode === 'copy' ? `Copy of “${base?.title ?? ''}”` : 'New script';
  const back = base ? hrefWithin({ rep: repId, view: { kind: 'script', id: base.id } }) : hrefWithin({ rep: repId, view: { kind: 'home' } });
  return (
    <>
      <a className="back-link" href={back}>
        <ArrowLeft size={16} aria-hidden="true" /> Back
      </a>
      <PageHeader title={title} subtitle="Every field is shown to the rep except the observer prompts and the “watch” notes." />
      <form className="form rp-form" noValidate aria-label="Script" onSubmit={submit}>
        <AboutFieldset form={parts} />
        <BuyerFieldset form={parts} />
        <StepsFieldset form={parts} steps={steps} walkProblems={walkProblems} />
        <RubricFieldset form={parts} criteria={criteria} />
        <ObserverFieldset form={parts} />
        <div className="form-actions sticky-actions">
          <a className="btn btn-ghost" href={back}>
            Cancel
          </a>
          <Button variant="primary" type="submit" disabled={form.formState.isSubmitting}>
            Save script
          </Button>
        </div>
      </form>
    </>
  );
}
