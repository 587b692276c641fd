import { linkablePlanItems, type PlanItemOption } from '@shared/domain/roleplay';
import {
  planSchema,
  roleplayAssignmentSchema,
  roleplayScriptSchema,
  roleplaySessionSchema,
  type RoleplayAssignment,
  type RoleplayScript,
  type RoleplaySession,
} from '@shared/schemas';
import { systemClock, type Clock } from '@shared/lib/ids';
import type { CandorDB } from '../db';

/** Scripts the coach wrote, copied or imported (the shipped library is read from resources/, not stored). */
export async function listCustomScripts(db: CandorDB): Promise<RoleplayScript[]> {
  const rows = await db.roleplayScripts.toArray();
  return rows.sort((a, b) => a.title.localeCompare(b.title));
}

/** Validates and stores a custom script; library ids are reserved. */
export async function saveCustomScript(
  db: CandorDB,
  script: RoleplayScript,
  reservedIds: ReadonlySet<string>,
  clock: Clock = systemClock,
): Promise<RoleplayScript> {
  if (reservedIds.has(script.id)) throw new Error(`The id “${script.id}” belongs to a library script. Save it under another id.`);
  const row = roleplayScriptSchema.parse({ ...script, origin: 'custom', updatedAt: clock().toISOString() });
  await db.roleplayScripts.put(row);
  return row;
}

/** Sessions keep their own copy of the script, so deleting a script loses no score. */
export async function deleteCustomScript(db: CandorDB, id: string): Promise<void> {
  await db.roleplayScripts.delete(id);
}

export async function listSessions(db: CandorDB, repId?: string): Promise<RoleplaySession[]> {
  const rows = repId ? await db.roleplaySessions.where('repId').equals(repId).toArray() : await db.roleplaySessions.toArray();
  return rows.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export async function getSession(db: CandorDB, id: string): Promise<RoleplaySession | null> {
  return (await db.roleplaySessions.get(id)) ?? null;
}

/** Autosave: validate, stamp, write. A completed session is never reopened by a late write. */
export async function saveSession(db: CandorDB, session: RoleplaySession, clock: Clock = systemClock): Promise<RoleplaySession> {
  const row = roleplaySessionSchema.parse({ ...session, updatedAt: clock().toISOString() });
  return db.transaction('rw', db.roleplaySessions, async () => {
    const stored = await db.roleplaySessions.get(row.id);
    if (stored?.status === 'completed' && row.status !== 'completed') return stored;
    await db.roleplaySessions.put(row);
    return row;
  });
}

/** Links a session (finished or not) to a development-plan item, or unlinks it; nothing else of it changes. */
export async function linkSessionToPlanItem(db: CandorDB, id: string, planItemId: string | null, clock: Clock = systemClock): Promise<void> {
  await db.transaction('rw', db.roleplaySessions, async () => {
    const stored = await db.roleplaySessions.get(id);
    if (!stored) throw new Error('This session no longer exists.');
    await db.roleplaySessions.put(roleplaySessionSchema.parse({ ...stored, planItemId, updatedAt: clock().toISOString() }));
  });
}

export async function deleteSession(db: CandorDB, id: string): Promise<void> {
  await db.roleplaySessions.delete(id);
}

export type { PlanItemOption };

/** Development-plan items a session can be linked to (linkablePlanItems); a row that is not a valid plan is skipped, never guessed at. */
export async function developmentItemsForRep(db: CandorDB, repId: string): Promise<PlanItemOption[]> {
  const rows = (await db.plans.where('repId').equals(repId).toArray()) as unknown[];
  return linkablePlanItems(
    rows.flatMap((row) => {
      const r = planSchema.safeParse(row);
      return r.success ? [r.data] : [];
    }),
  );
}

/** Practice assigned to a rep, soonest due first. */
export async function listAssignments(db: CandorDB, repId: string): Promise<RoleplayAssignment[]> {
  const rows = await db.roleplayAssignments.where('repId').equals(repId).toArray();
  return rows.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.createdAt.localeCompare(b.createdAt));
}

export async function saveAssignment(db: CandorDB, assignment: RoleplayAssignment): Promise<void> {
  await db.roleplayAssignments.put(roleplayAssignmentSchema.parse(assignment));
}

export async function deleteAssignment(db: CandorDB, id: string): Promise<void> {
  await db.roleplayAssignments.delete(id);
}
