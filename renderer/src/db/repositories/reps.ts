import { nameKey, repInputSchema, repSchema, type Rep, type RepInput, type Targets } from '@shared/schemas';
import { randomId, systemClock, type Clock, type IdSource } from '@shared/lib/ids';
import type { CandorDB } from '../db';
import { planOwnedTables, repOwnedTables } from '../tables';

export type Deps = { ids: IdSource; clock: Clock };
const defaultDeps: Deps = { ids: randomId, clock: systemClock };

export async function listReps(db: CandorDB): Promise<Rep[]> {
  const reps = await db.reps.toArray();
  return reps.sort((a, b) => a.name.localeCompare(b.name));
}

export class DuplicateRepError extends Error {
  constructor(name: string) {
    super(`A rep named “${name}” already exists.`);
  }
}

export async function addRep(db: CandorDB, input: RepInput, deps: Deps = defaultDeps): Promise<Rep> {
  const parsed = repInputSchema.parse(input);
  const now = deps.clock().toISOString();
  const rep = repSchema.parse({
    id: deps.ids(),
    name: parsed.name,
    nameKey: nameKey(parsed.name),
    role: parsed.role,
    startDate: parsed.startDate || null,
    email: parsed.email ? parsed.email : null,
    targetOverrides: null,
    createdByImportId: null,
    createdAt: now,
    updatedAt: now,
  });
  await db.transaction('rw', db.reps, async () => {
    if ((await db.reps.where('nameKey').equals(rep.nameKey).count()) > 0) throw new DuplicateRepError(rep.name);
    await db.reps.add(rep);
  });
  return rep;
}

export async function updateRep(db: CandorDB, id: string, input: RepInput, deps: Deps = defaultDeps): Promise<Rep> {
  const parsed = repInputSchema.parse(input);
  return db.transaction('rw', db.reps, async () => {
    const existing = await db.reps.get(id);
    if (!existing) throw new Error('That rep no longer exists.');
    const key = nameKey(parsed.name);
    const clash = await db.reps
      .where('nameKey')
      .equals(key)
      .filter((r) => r.id !== id)
      .count();
    if (clash > 0) throw new DuplicateRepError(parsed.name);
    const next = repSchema.parse({
      ...existing,
      name: parsed.name,
      nameKey: key,
      role: parsed.role,
      startDate: parsed.startDate || null,
      email: parsed.email ? parsed.email : null,
      updatedAt: deps.clock().toISOString(),
    });
    await db.reps.put(next);
    return next;
  });
}

/** Removes a rep and everything recorded about them (every rep-owned table in the registry), in one transaction. */
export async function removeRep(db: CandorDB, id: string): Promise<void> {
  const owned = repOwnedTables(db);
  const byPlan = planOwnedTables(db);
  await db.transaction('rw', [db.reps, ...owned, ...byPlan], async () => {
    const planIds = (await db.plans.where('repId').equals(id).primaryKeys()) as string[];
    for (const table of byPlan) await table.where('planId').anyOf(planIds).delete();
    for (const table of owned) await table.where('repId').equals(id).delete();
    await db.reps.delete(id);
  });
}

/** Per-rep adjustments to the role's targets (e.g. a smaller territory); null clears them. */
export async function saveRepTargets(db: CandorDB, id: string, overrides: Partial<Targets> | null, deps: Deps = defaultDeps): Promise<Rep> {
  return db.transaction('rw', db.reps, async () => {
    const existing = await db.reps.get(id);
    if (!existing) throw new Error('That rep no longer exists.');
    const cleaned = overrides ? Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== null && v !== undefined)) : null;
    const next = repSchema.parse({
      ...existing,
      targetOverrides: cleaned && Object.keys(cleaned).length ? cleaned : null,
      updatedAt: deps.clock().toISOString(),
    });
    await db.reps.put(next);
    return next;
  });
}
