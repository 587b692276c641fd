// Changing several reps at once from the Manage reps page: set team, manager, office or role;
// mark reps as left; merge two spellings of one person. Each is one transaction with one undo.
import { placementAt } from '../domain/team/placement';
import { SINCE_ALWAYS } from '../domain/team/roster-plan';
import { repSchema, type Rep, type RepChange } from '../schemas';
import { REP_OWNED_TABLES } from '../schemas/tables';
import { defaultDeps, recordChange, REP_CHANGE_TABLES, type Deps } from './rep-changes';
import { looseTable, type Store } from './store';

/** What a bulk edit sets; a field left out stays as it is. */
export type RepPatch = { team?: string | null; manager?: string | null; office?: string | null; role?: string };

async function repsOf(store: Store, ids: readonly string[]): Promise<Rep[]> {
  const out: Rep[] = [];
  for (const id of ids) {
    const rep = await store.table('reps').get(id);
    if (!rep) throw new Error('One of the chosen reps is no longer there; nothing was changed.');
    out.push(rep);
  }
  return out;
}

function patched(rep: Rep, patch: RepPatch, from: string, now: string): Rep {
  const seat = placementAt(rep, from);
  const next = { ...seat };
  for (const f of ['team', 'manager', 'office'] as const) if (patch[f] !== undefined) next[f] = patch[f]?.trim() || null;
  const list = rep.placements ?? [];
  const placements =
    list.length === 0
      ? [{ from: SINCE_ALWAYS, ...next }]
      : [...list.filter((p) => p.from !== from), { from, ...next }].sort((a, b) => a.from.localeCompare(b.from));
  return repSchema.parse({ ...rep, placements, role: patch.role?.trim() || rep.role, updatedAt: now });
}

/** Sets the same team, manager, office and/or role on every chosen rep, from the given day on. */
export async function editReps(store: Store, ids: readonly string[], patch: RepPatch, from: string, deps: Deps = defaultDeps): Promise<RepChange> {
  if (ids.length === 0) throw new Error('Choose at least one rep.');
  const now = deps.clock().toISOString();
  return store.transaction(REP_CHANGE_TABLES, async () => {
    const before = await repsOf(store, ids);
    await store.table('reps').put(before.map((r) => patched(r, patch, from, now)));
    const what = Object.entries(patch)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k} ${v === null || v === '' ? '(none)' : `“${String(v)}”`}`)
      .join(', ');
    const summary = `Set ${what} for ${before.length} rep${before.length === 1 ? '' : 's'}.`;
    return recordChange(
      store,
      { kind: 'edit', summary, fileName: null, asOf: from, at: now, createdRepIds: [], before: [{ table: 'reps', rows: before }] },
      deps,
    );
  });
}

/** Marks reps as left from `leftDate` (the day after their last day): hidden by default, history kept. */
export async function markLeft(store: Store, ids: readonly string[], leftDate: string, deps: Deps = defaultDeps): Promise<RepChange> {
  if (ids.length === 0) throw new Error('Choose at least one rep.');
  const now = deps.clock().toISOString();
  return store.transaction(REP_CHANGE_TABLES, async () => {
    const before = await repsOf(store, ids);
    await store.table('reps').put(before.map((r) => repSchema.parse({ ...r, leftDate, updatedAt: now })));
    const names = before.map((r) => r.name).join(', ');
    return recordChange(
      store,
      {
        kind: 'left',
        summary: `Marked ${names} as left.`,
        fileName: null,
        asOf: leftDate,
        at: now,
        createdRepIds: [],
        before: [{ table: 'reps', rows: before }],
      },
      deps,
    );
  });
}

/**
 * Merges two spellings of one person: every row of the other rep (metric periods, raw records,
 * plans, check-ins, sessions…) moves to the kept rep, the kept rep takes the other's missing
 * details, and the other rep goes. One transaction, one undo.
 */
export async function mergeReps(store: Store, keepId: string, dropId: string, deps: Deps = defaultDeps): Promise<RepChange> {
  if (keepId === dropId) throw new Error('Choose two different reps to merge.');
  const now = deps.clock().toISOString();
  return store.transaction(REP_CHANGE_TABLES, async () => {
    const [keep, drop] = await repsOf(store, [keepId, dropId]);
    if (!keep || !drop) throw new Error('Choose two reps to merge.');
    const before: RepChange['before'] = [{ table: 'reps', rows: [keep, drop] }];
    for (const name of REP_OWNED_TABLES) {
      const table = looseTable(store, name);
      const rows = await table.where('repId', drop.id);
      if (rows.length === 0) continue;
      before.push({ table: name, rows });
      await table.put(rows.map((r) => ({ ...r, repId: keep.id })));
    }
    const merged = repSchema.parse({
      ...keep,
      startDate: keep.startDate ?? drop.startDate,
      email: keep.email ?? drop.email,
      placements: keep.placements?.length ? keep.placements : drop.placements,
      updatedAt: now,
    });
    await store.table('reps').put([merged]);
    await store.table('reps').delete([drop.id]);
    const summary = `Merged “${drop.name}” into “${keep.name}”.`;
    return recordChange(store, { kind: 'merge', summary, fileName: null, asOf: null, at: now, createdRepIds: [], before }, deps);
  });
}
