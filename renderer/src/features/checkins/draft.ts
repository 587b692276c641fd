// The check-in being written: the manager's marks per item, notes and new items. Every change is
// journalled to localStorage at once and written to the check-in's row after a short pause (and
// on leaving the page or hiding it), so a reload mid-edit loses nothing, as in the planner.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { CarriedItem } from '@shared/domain/checkin';
import type { ItemProgress, PlanProgress } from '@shared/app';
import type { ActionItem, CheckIn, CheckInFacts, CheckInItem, CheckInPractice, Plan, ProgressStatus } from '@shared/schemas';

export type Mark = { status: ProgressStatus | null; reason: string; word: string };
export type Draft = { notes: string; marks: Record<string, Mark>; newItems: ActionItem[] };

export const EMPTY_MARK: Mark = { status: null, reason: '', word: '' };
export const DRAFT_DELAY_MS = 400;

const key = (planId: string, slot: number) => `candor.checkin-journal.${planId}.${slot}`;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The draft to open with: the journal when a write was cut short, else what the row holds. */
export function initialDraft(planId: string, slot: number, row: CheckIn | null): Draft {
  try {
    const text = storage()?.getItem(key(planId, slot));
    if (text) return JSON.parse(text) as Draft;
  } catch {
    // A damaged journal entry: fall back to the stored row.
  }
  const marks: Record<string, Mark> = {};
  for (const i of row?.items ?? []) marks[i.itemId] = { status: i.status, reason: i.reason, word: i.word };
  return { notes: row?.notes ?? '', marks, newItems: row?.newItems ?? [] };
}

/** The items a check-in covers: those carried from the last one first, then the plan's others. */
export function itemList(
  plan: Plan,
  carried: readonly CarriedItem[],
): { itemId: string; action: string; metricKey: string | null; carried: boolean }[] {
  const carriedIds = new Set(carried.map((c) => c.itemId));
  return [
    ...carried.map((c) => ({ itemId: c.itemId, action: c.action, metricKey: c.metricKey, carried: true })),
    ...plan.content.actionItems
      .filter((a) => !carriedIds.has(a.id))
      .map((a) => ({ itemId: a.id, action: a.action, metricKey: a.metricKey, carried: false })),
  ];
}

/** One item as recorded: the measured numbers and computed status beside the manager's marks. */
export function toCheckInItem(base: ReturnType<typeof itemList>[number], measured: ItemProgress | undefined, mark: Mark): CheckInItem {
  return {
    itemId: base.itemId,
    action: base.action.slice(0, 1000),
    metricKey: base.metricKey,
    carried: base.carried,
    baseline: measured?.baseline ?? null,
    current: measured?.current ?? null,
    target: measured?.target ?? null,
    expected: measured?.expected ?? null,
    computed: measured?.status ?? null,
    rule: (measured?.rule ?? 'Not measured: added at a check-in, outside the plan’s own items.').slice(0, 1000),
    status: mark.status,
    reason: mark.reason,
    word: mark.word,
  };
}

/**
 * The facts a recorded check-in keeps: the day, the newest period read, each item's series, and
 * the role-play practice as shown (left out when it had not loaded: unknown is not "none").
 */
export function factsOf(progress: PlanProgress | null, asOf: string, now: Date, practice?: readonly CheckInPractice[]): CheckInFacts {
  const latest = progress?.measuredThrough ?? null;
  return {
    takenAt: now.toISOString(),
    asOf,
    latestPeriod: latest,
    latestIncomplete: (progress?.incompletePeriods.length ?? 0) > 0,
    series: (progress?.items ?? []).map((i) => ({
      itemId: i.itemId,
      points: i.series.filter((p) => !p.baseline).map((p) => ({ period: p.period, value: p.value })),
    })),
    ...(practice ? { practice: [...practice] } : {}),
  };
}

/**
 * Holds the draft and saves it: journalled on every change, written after DRAFT_DELAY_MS, flushed
 * on unmount and when the page hides. `save` returns a sentence when the write was refused.
 */
export function useCheckInDraft(planId: string, slot: number, row: CheckIn | null, save: (d: Draft) => Promise<string | null>) {
  const [draft, setDraft] = useState<Draft>(() => initialDraft(planId, slot, row));
  const [state, setState] = useState<'idle' | 'pending' | 'saved' | string>('idle');
  const pending = useRef<Draft | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saveRef = useRef(save);
  useLayoutEffect(() => {
    saveRef.current = save;
  });

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const d = pending.current;
    if (!d) return Promise.resolve();
    pending.current = null;
    return saveRef.current(d).then(
      (problem) => {
        if (problem) setState(problem);
        else {
          if (!pending.current) storage()?.removeItem(key(planId, slot));
          setState('saved');
        }
      },
      (e: unknown) => setState(e instanceof Error ? e.message : 'Could not save the draft.'),
    );
  }, [planId, slot]);

  const update = useCallback(
    (change: (d: Draft) => Draft) => {
      setDraft((d) => {
        const next = change(d);
        pending.current = next;
        try {
          storage()?.setItem(key(planId, slot), JSON.stringify(next));
        } catch {
          // Storage full or blocked: the database write still happens.
        }
        return next;
      });
      setState('pending');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DRAFT_DELAY_MS);
    },
    [planId, slot, flush],
  );

  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      void flush();
    };
  }, [flush]);

  const discardJournal = useCallback(() => storage()?.removeItem(key(planId, slot)), [planId, slot]);
  return { draft, update, state, flush, discardJournal };
}
