// Test helper: a role-play session as a coach leaves it, finished and scored (or not).
import type { RoleplayScript, RoleplaySession } from '@shared/schemas';
import { newSession } from './session';

/**
 * A session of `script` with `repId` held on `day` at 10:00 UTC, finished at 10:15 with the
 * criteria scored in rubric order from `scores` (a criterion past the end stays unscored).
 */
export function scoredSession(
  script: RoleplayScript,
  over: { id: string; day: string; scores: readonly number[]; repId?: string; finished?: boolean },
): RoleplaySession {
  const s = newSession(script, over.repId ?? 'rep-1', over.id, new Date(`${over.day}T10:00:00Z`));
  const finished = over.finished ?? true;
  return {
    ...s,
    status: finished ? 'completed' : 'in-progress',
    completedAt: finished ? `${over.day}T10:15:00.000Z` : null,
    scores: Object.fromEntries(script.rubric.criteria.flatMap((c, i) => (over.scores[i] === undefined ? [] : [[c.id, over.scores[i]]]))),
  };
}
