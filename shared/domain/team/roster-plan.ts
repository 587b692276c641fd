// What a roster would change, rep by rep, and the reps as they are after it. Pure: the use case
// (shared/app/roster.ts) reads the reps, shows this plan as the preview, and writes its result.
import { nameKey } from '@shared/schemas/common';
import type { Rep, RepPlacement } from '@shared/schemas/rep';
import type { RosterField } from './roster-mapping';
import type { RosterEntry } from './roster-read';
import { placementAt, type Placement } from './placement';

/**
 * The first placement a rep gets holds from this day: with nothing known before, a roster says
 * where the rep has sat all along. A later roster adds a placement from its own date.
 */
export const SINCE_ALWAYS = '1900-01-01';

export type FieldChange = { field: 'manager' | 'team' | 'office' | 'role' | 'startDate' | 'email'; from: string | null; to: string | null };

export type RosterPlan = {
  asOf: string;
  added: RosterEntry[];
  changed: { repId: string; name: string; changes: FieldChange[] }[];
  /** Reps the roster says have left (with the day they left). */
  leaving: { repId: string; name: string; leftDate: string }[];
  /** Reps stored that the roster does not name (left as they are). */
  notInRoster: { repId: string; name: string }[];
  unchanged: number;
};

const PLACE_FIELDS = ['manager', 'team', 'office'] as const;

/** The placements after the roster: a new one from `asOf` when the rep's seat changes on that day. */
function placementsAfter(rep: Pick<Rep, 'placements'>, seat: Placement, asOf: string): RepPlacement[] {
  const list = rep.placements ?? [];
  if (list.length === 0) return [{ from: SINCE_ALWAYS, ...seat }];
  const now = placementAt(rep, asOf);
  if (PLACE_FIELDS.every((f) => now[f] === seat[f])) return list;
  return [...list.filter((p) => p.from !== asOf), { from: asOf, ...seat }].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/** The seat the roster gives: columns it does not have keep what the rep had on that day. */
function seatOf(rep: Pick<Rep, 'placements'> | null, entry: RosterEntry, given: ReadonlySet<RosterField>, asOf: string): Placement {
  const now = rep ? placementAt(rep, asOf) : { team: null, manager: null, office: null };
  return {
    manager: given.has('manager') ? entry.manager : now.manager,
    team: given.has('team') ? entry.team : now.team,
    office: given.has('office') ? entry.office : now.office,
  };
}

/** The rep as the roster leaves it (the same object when nothing changes). */
export function applyEntry(rep: Rep, entry: RosterEntry, given: ReadonlySet<RosterField>, asOf: string, now: string): Rep {
  const next: Rep = { ...rep, placements: placementsAfter(rep, seatOf(rep, entry, given, asOf), asOf) };
  if (entry.role !== null) next.role = entry.role;
  if (entry.startDate !== null) next.startDate = entry.startDate;
  if (entry.email !== null) next.email = entry.email;
  if (entry.leftDate !== null) next.leftDate = entry.leftDate;
  else if ((given.has('active') || given.has('leftDate')) && rep.leftDate != null) next.leftDate = null;
  const same = JSON.stringify({ ...rep, updatedAt: '' }) === JSON.stringify({ ...next, updatedAt: '' });
  return same ? rep : { ...next, updatedAt: now };
}

function changesOf(before: Rep, after: Rep, asOf: string): FieldChange[] {
  const out: FieldChange[] = [];
  const was = placementAt(before, asOf);
  const is = placementAt(after, asOf);
  for (const f of PLACE_FIELDS) if (was[f] !== is[f]) out.push({ field: f, from: was[f], to: is[f] });
  for (const f of ['role', 'startDate', 'email'] as const)
    if ((before[f] ?? null) !== (after[f] ?? null)) out.push({ field: f, from: before[f] ?? null, to: after[f] ?? null });
  return out;
}

/** Finds each entry's rep by name (case and spacing ignored, as imports match) and says what would change. */
export function planRoster(reps: readonly Rep[], entries: readonly RosterEntry[], given: ReadonlySet<RosterField>, asOf: string): RosterPlan {
  const byKey = new Map(reps.map((r) => [r.nameKey, r]));
  const named = new Set<string>();
  const plan: RosterPlan = { asOf, added: [], changed: [], leaving: [], notInRoster: [], unchanged: 0 };
  for (const entry of entries) {
    const key = nameKey(entry.name).slice(0, 120);
    named.add(key);
    const rep = byKey.get(key);
    if (!rep) {
      plan.added.push(entry);
      continue;
    }
    const after = applyEntry(rep, entry, given, asOf, rep.updatedAt);
    const changes = changesOf(rep, after, asOf);
    if (after.leftDate != null && after.leftDate !== rep.leftDate) plan.leaving.push({ repId: rep.id, name: rep.name, leftDate: after.leftDate });
    if (changes.length > 0) plan.changed.push({ repId: rep.id, name: rep.name, changes });
    if (after === rep) plan.unchanged += 1;
  }
  for (const r of reps) if (!named.has(r.nameKey) && r.leftDate == null) plan.notInRoster.push({ repId: r.id, name: r.name });
  return plan;
}
