// A form being typed survives a reload: its values are kept in localStorage under a key of its
// own until it is saved or cancelled. Drafts hold only what the manager typed, never stored rows.
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm, type DefaultValues, type FieldValues, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { useFormat } from '@renderer/ui/format';

const PREFIX = 'candor.draft.';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The draft kept under `key`, or null. */
export function readDraft<T>(key: string): T | null {
  const raw = storage()?.getItem(PREFIX + key);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return null;
  }
}

export function clearDraft(key: string): void {
  storage()?.removeItem(PREFIX + key);
}

/** Keeps the form's values under `key` on every change, while `active`. */
export function useKeepDraft<T extends FieldValues>(key: string, form: Pick<UseFormReturn<T>, 'watch'>, active: boolean): void {
  useEffect(() => {
    if (!active) return undefined;
    const sub = form.watch((values) => {
      try {
        storage()?.setItem(PREFIX + key, JSON.stringify(values));
      } catch {
        // A full or blocked storage loses the draft, not the form.
      }
    });
    return () => sub.unsubscribe();
  }, [key, form, active]);
}

/** The manager's calendar day, YYYY-MM-DD. */
export const today = (d = new Date()): string =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** A form checked by `schema` whose typing is kept as a draft under `key`; `close` drops the draft. */
export function useDraftForm<T extends FieldValues>(
  key: string,
  schema: z.ZodType<T, T>,
  empty: T,
): { form: UseFormReturn<T>; close: (then: () => void) => void } {
  const form = useForm<T>({ resolver: zodResolver(schema), defaultValues: (readDraft<T>(key) ?? empty) as DefaultValues<T> });
  useKeepDraft(key, form, true);
  return {
    form,
    close: (then) => {
      clearDraft(key);
      then();
    },
  };
}

/** What the follow-up use cases read by: the manager's day and number format. */
export function useFollowUpOptions(): { asOf: string; format: { locale: string; currency: string } } {
  const fmt = useFormat();
  return { asOf: today(), format: { locale: fmt.locale, currency: fmt.currency } };
}
