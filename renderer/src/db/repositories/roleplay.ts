import {
  planSchema,
  roleplayScriptSchema,
  roleplaySessionSchema,
  type Plan,
  type RoleplayScript,
  type RoleplaySession,
} from '../../../../shared/schemas';
import { systemClock, type Clock } from '../../../../shared/lib/ids';
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

export async function deleteSession(db: CandorDB, id: string): Promise<void> {
  await db.roleplaySessions.delete(id);
}

export type PlanItemOption = {
  id: string;
  /** The skill as the plan names it. */
  label: string;
  planId: string;
  planStatus: Plan['status'];
  /** When the plan was started (ISO date-time), to tell two plans apart. */
  planCreatedAt: string;
};

/**
 * Development-plan items a session can be linked to: the skills of the rep's plans that are not
 * closed, newest plan first. A row that is not a valid plan is skipped, never guessed at.
 */
export async function developmentItemsForRep(db: CandorDB, repId: string): Promise<PlanItemOption[]> {
  const rows = (await db.plans.where('repId').equals(repId).toArray()) as unknown[];
  const plans = rows
    .map((row) => planSchema.safeParse(row))
    .flatMap((r) => (r.success && r.data.status !== 'closed' ? [r.data] : []))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id));
  return plans.flatMap((plan) =>
    plan.content.development.map((item) => ({
      id: item.id,
      label: item.skill.trim() || 'Development item',
      planId: plan.id,
      planStatus: plan.status,
      planCreatedAt: plan.createdAt,
    })),
  );
}
