import type { PlanContent } from '@shared/schemas';

// A write-ahead journal for autosave: every change is written synchronously to localStorage
// before the debounced Dexie write, and removed once that write succeeded. A crash, a killed
// window or a reload between a keystroke and the write loses nothing: the next open replays it.

const PREFIX = 'candor.plan-journal.';
const key = (planId: string, slot: string) => `${PREFIX}${planId}.${slot}`;

type Entry = { at: string; revision: number; patch: Partial<PlanContent> };

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function journalWrite(planId: string, slot: string, revision: number, patch: Partial<PlanContent>): void {
  try {
    storage()?.setItem(key(planId, slot), JSON.stringify({ at: new Date().toISOString(), revision, patch } satisfies Entry));
  } catch {
    // Storage full or blocked: the Dexie write still happens.
  }
}

export function journalClear(planId: string, slot: string): void {
  storage()?.removeItem(key(planId, slot));
}

/** Pending patches for a plan, oldest first, each with its slot. */
export function journalPending(planId: string): { slot: string; entry: Entry }[] {
  const s = storage();
  if (!s) return [];
  const out: { slot: string; entry: Entry }[] = [];
  for (let i = 0; i < s.length; i += 1) {
    const k = s.key(i);
    if (!k?.startsWith(`${PREFIX}${planId}.`)) continue;
    try {
      out.push({ slot: k.slice(`${PREFIX}${planId}.`.length), entry: JSON.parse(s.getItem(k) ?? '') as Entry });
    } catch {
      s.removeItem(k);
    }
  }
  return out.sort((a, b) => a.entry.at.localeCompare(b.entry.at));
}
