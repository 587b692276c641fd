// The history of changes made to reps at once (a roster, a bulk edit, reps who left, a merge),
// each stored with what was there before, and its undo. Written once for the app and the CLI.
import { randomId, systemClock, type Clock, type IdSource } from '../lib/ids';
import { repChangeSchema, type Rep, type RepChange } from '../schemas';
import { TABLE_ROW_SCHEMAS } from '../schemas/backup';
import { REP_OWNED_TABLES, TABLE_KEYS } from '../schemas/tables';
import { looseTable, type Store, type TableName } from './store';

export type Deps = { ids: IdSource; clock: Clock };
export const defaultDeps: Deps = { ids: randomId, clock: systemClock };

/** Every table a rep change may touch (reps, rows owned by a rep, and the history itself). */
export const REP_CHANGE_TABLES: readonly TableName[] = ['reps', 'repChanges', ...REP_OWNED_TABLES];

export const CHANGE_GONE = 'That change is no longer in the history.';

/** Stores a change record (inside the caller's transaction). */
export async function recordChange(store: Store, change: Omit<RepChange, 'id'>, deps: Deps): Promise<RepChange> {
  const row = repChangeSchema.parse({ ...change, id: deps.ids() });
  await store.table('repChanges').add([row]);
  return row;
}

/** Every change, newest first. */
export async function listRepChanges(store: Store): Promise<RepChange[]> {
  return (await store.table('repChanges').all()).sort((a, b) => (a.at !== b.at ? (a.at < b.at ? 1 : -1) : a.id < b.id ? 1 : -1));
}

function isRestorable(name: string): name is TableName {
  return (TABLE_KEYS as readonly string[]).includes(name) && (name === 'reps' || REP_OWNED_TABLES.includes(name as TableName));
}

/**
 * Puts back what the change replaced and removes the reps it created. Refused, changing nothing,
 * when a rep it touched was changed again since (undo the later change first) or when a rep it
 * created has data of its own now.
 */
export async function undoRepChange(store: Store, changeId: string): Promise<{ repsRestored: number; repsRemoved: number }> {
  return store.transaction(REP_CHANGE_TABLES, async () => {
    const change = await store.table('repChanges').get(changeId);
    if (!change) throw new Error(CHANGE_GONE);
    const beforeReps = (change.before.find((b) => b.table === 'reps')?.rows ?? []) as Rep[];
    for (const was of beforeReps) {
      const now = await store.table('reps').get(was.id);
      if (now && now.updatedAt > change.at) throw new Error(`${now.name} was changed again after this; undo that change first.`);
    }
    for (const id of change.createdRepIds) {
      const rep = await store.table('reps').get(id);
      if (!rep) continue;
      if (rep.updatedAt > change.at) throw new Error(`${rep.name} was changed again after this; undo that change first.`);
      for (const name of REP_OWNED_TABLES)
        if ((await looseTable(store, name).countWhere('repId', id)) > 0)
          throw new Error(`${rep.name}, added by this change, has data of their own now; remove them by hand if they should go.`);
    }
    await store.table('reps').delete(change.createdRepIds);
    for (const part of change.before) {
      if (!isRestorable(part.table)) throw new Error(`This change names a table Candor does not restore (${part.table}); nothing was changed.`);
      const schema = TABLE_ROW_SCHEMAS[part.table];
      const rows = part.rows.map((r) => schema.parse(r));
      await looseTable(store, part.table).put(rows as unknown as Record<string, string>[]);
    }
    await store.table('repChanges').delete([changeId]);
    return { repsRestored: beforeReps.length, repsRemoved: change.createdRepIds.length };
  });
}
