import { zodResolver } from '@hookform/resolvers/zod';
import { createContext, useContext, useEffect } from 'react';
import { useForm, type DefaultValues, type FieldValues, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import type { Plan, PlanContent } from '@shared/schemas';
import type { CoachFacts } from './engine';
import { useAutosave, type SaveState } from './useAutosave';

export type PlannerCtx = {
  plan: Plan;
  readOnly: boolean;
  /** The plan's metrics, gap threshold and the rep's role, for the wording coach. */
  facts: CoachFacts;
  save: (patch: Partial<PlanContent>) => Promise<void>;
  onSaveState: (s: SaveState) => void;
};

export const PlannerContext = createContext<PlannerCtx | null>(null);

export function usePlanner(): PlannerCtx {
  const ctx = useContext(PlannerContext);
  if (!ctx) throw new Error('PlannerContext is missing');
  return ctx;
}

/**
 * A wizard step's form: react-hook-form validated by the step's zod schema, autosaved on every
 * change (see useAutosave). `toPatch` maps the validated values onto the plan's content.
 */
export function useStepForm<In extends FieldValues, Out>(
  slot: string,
  schema: z.ZodType<Out, In>,
  defaults: In,
  toPatch: (values: Out) => Partial<PlanContent>,
): { form: UseFormReturn<In, unknown, Out>; flush: () => void; readOnly: boolean } {
  const ctx = usePlanner();
  const form = useForm<In, unknown, Out>({
    resolver: zodResolver(schema as never) as never,
    defaultValues: defaults as DefaultValues<In>,
    mode: 'onChange',
    disabled: ctx.readOnly,
  });
  const { state, flush } = useAutosave<In>({
    planId: ctx.plan.id,
    slot,
    revision: ctx.plan.revision,
    watch: form.watch,
    toPatch: (v) => {
      const r = schema.safeParse(v);
      return r.success ? toPatch(r.data) : null;
    },
    save: ctx.save,
    disabled: ctx.readOnly,
  });
  const { onSaveState } = ctx;
  useEffect(() => onSaveState(state), [state, onSaveState]);
  return { form, flush, readOnly: ctx.readOnly };
}
