// What applying role expectations would do, before the manager applies them: the team diagnosed
// with and without them, rep by rep.
import type { RoleExpectation, Verdict } from '@shared/schemas';
import { nameKey } from '@shared/schemas/common';
import { diagnoseTeam } from './diagnose';
import type { DiagnoseTeamInput } from './types';

export type VerdictChange = { repId: string; name: string; before: Verdict; after: Verdict };

export type ExpectationsPreview = {
  /** The period both diagnoses judge (the same default as the Team page when none is asked). */
  period: string | null;
  /** Reps whose computed verdict differs with the new expectations. */
  changes: VerdictChange[];
  /** Reps diagnosed. */
  reps: number;
};

/**
 * The team's computed verdicts now and with `adding` applied as well (a role already set keeps its
 * own expectations). Overrides are left out of the comparison: they are the manager's, not the
 * targets'.
 */
export function previewExpectations(input: DiagnoseTeamInput, adding: readonly RoleExpectation[]): ExpectationsPreview {
  const set = new Set(input.expectations.map((e) => nameKey(e.role)));
  const added = adding.filter((e) => !set.has(nameKey(e.role)));
  const now = diagnoseTeam(input);
  const then = diagnoseTeam({ ...input, expectations: [...input.expectations, ...added], ...(now.period ? { period: now.period } : {}) });
  const before = new Map(now.reps.map((r) => [r.repId, r.computed.verdict]));
  const changes = then.reps.flatMap((r) => {
    const was = before.get(r.repId);
    return was !== undefined && was !== r.computed.verdict ? [{ repId: r.repId, name: r.name, before: was, after: r.computed.verdict }] : [];
  });
  return { period: now.period, changes, reps: now.reps.length };
}
