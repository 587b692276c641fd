import { z } from 'zod';
import { err, ok, type Result } from '@shared/lib/result';
import { roleplayAssignmentSchema, type RoleplayAssignment, type RoleplayScript, type RoleplaySession } from '@shared/schemas';
import { newSession, skillHistory, type SkillPoint } from './session';

export type AssignmentStatus = 'passed' | 'open' | 'overdue';

export type AssignmentProgress = {
  assignment: RoleplayAssignment;
  /** Finished, fully scored sessions of the assigned script with this rep started since it was assigned, oldest first. */
  points: SkillPoint[];
  /** The latest average, scored against the assignment's own pass mark; null before any session. */
  latest: number | null;
  best: number | null;
  /** The day a session first reached the assignment's pass mark. */
  passedOn: string | null;
  status: AssignmentStatus;
};

/**
 * Where an assignment stands on `today` (YYYY-MM-DD): passed once a session reaches its pass mark,
 * overdue after the due date. A session counts once it was started after the assignment was made,
 * so it was scored against the assignment's pass mark (newSessionFor) and says the same as this.
 */
export function assignmentProgress(a: RoleplayAssignment, sessions: readonly RoleplaySession[], today: string): AssignmentProgress {
  const points = skillHistory(
    sessions.filter((s) => s.scriptId === a.scriptId && s.createdAt >= a.createdAt),
    a.repId,
  );
  const passing = points.find((p) => p.average >= a.passMark) ?? null;
  const latest = points.at(-1)?.average ?? null;
  const best = points.length ? Math.max(...points.map((p) => p.average)) : null;
  const status: AssignmentStatus = passing ? 'passed' : today > a.dueDate ? 'overdue' : 'open';
  return { assignment: a, points, latest, best, passedOn: passing?.date ?? null, status };
}

export type AssignmentInput = {
  repId: string;
  script: RoleplayScript | null;
  planId: string | null;
  planItemId: string | null;
  /** As typed: "3.5" or "3,5". */
  passMark: string;
  dueDate: string;
};

const passMarkText = z
  .string()
  .trim()
  .transform((t) => Number(t.replace(',', '.')));

/** A new assignment from the form, or one sentence saying what to fix. A due date before `today` (the manager's calendar day) is refused. */
export function newAssignment(input: AssignmentInput, id: string, now: Date, today: string): Result<RoleplayAssignment> {
  if (!input.planId || !input.planItemId) return err('invalid', 'Choose the development-plan item this practice serves.');
  if (!input.script) return err('invalid', 'Choose the script to practise.');
  const passMark = passMarkText.parse(input.passMark);
  if (!input.passMark.trim() || !Number.isFinite(passMark)) return err('invalid', 'Give the pass mark as an average from 1 to 5, such as 3.5.');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.dueDate)) return err('invalid', 'Choose the day the practice is due.');
  if (input.dueDate < today) return err('invalid', 'The due date has passed: choose today or a later day.');
  const parsed = roleplayAssignmentSchema.safeParse({
    id,
    repId: input.repId,
    scriptId: input.script.id,
    scriptTitle: input.script.title,
    planId: input.planId,
    planItemId: input.planItemId,
    passMark,
    dueDate: input.dueDate,
    createdAt: now.toISOString(),
  });
  if (!parsed.success) return err('invalid', `${parsed.error.issues[0]?.message ?? 'Check the fields'}.`);
  return ok(parsed.data);
}

/** The assignment a new session of the script with the rep practises toward: the newest one of that script, if any. */
export function assignmentFor(assignments: readonly RoleplayAssignment[], repId: string, scriptId: string): RoleplayAssignment | null {
  let found: RoleplayAssignment | null = null;
  for (const a of assignments) {
    if (a.repId !== repId || a.scriptId !== scriptId) continue;
    if (!found || a.createdAt > found.createdAt || (a.createdAt === found.createdAt && a.id > found.id)) found = a;
  }
  return found;
}

/**
 * A new session of `script` with the rep. Practised toward an assignment (assignmentFor, or the one
 * the coach started it from), the session is scored against the pass mark the coach set for that
 * assignment (its copy of the script carries it, so the result, the score sheet, the plan item, the
 * check-in and the timeline give one verdict) and is linked to the plan item the assignment serves.
 */
export function newSessionFor(script: RoleplayScript, repId: string, toward: RoleplayAssignment | null, id: string, now: Date): RoleplaySession {
  if (!toward || toward.scriptId !== script.id || toward.repId !== repId) return newSession(script, repId, id, now);
  const session = newSession({ ...script, rubric: { ...script.rubric, passMark: toward.passMark } }, repId, id, now);
  return { ...session, planItemId: toward.planItemId };
}
