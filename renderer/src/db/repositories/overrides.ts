// Verdict overrides, kept as a history: saving adds a row (earlier ones stay), removing marks
// the override in force as withdrawn. The diagnosis applies the latest row per rep and period
// (latestOverride in shared/domain/diagnosis), none when that row is withdrawn.
import { verdictOverrideSchema, type Verdict, type VerdictOverride, type WeakStage } from '@shared/schemas';
import { randomId, systemClock, type Clock, type IdSource } from '@shared/lib/ids';
import type { CandorDB } from '../db';

export type OverrideInput = { repId: string; period: string; verdict: Verdict; weakStage: WeakStage | null; reason: string; obstacle: boolean };

type Deps = { ids: IdSource; clock: Clock };
const defaultDeps: Deps = { ids: randomId, clock: systemClock };

/** Every override row (history included). */
export async function listOverrides(db: CandorDB): Promise<VerdictOverride[]> {
  return db.overrides.toArray();
}

/** One rep's overrides for one period, newest first. */
export async function overrideHistory(db: CandorDB, repId: string, period: string): Promise<VerdictOverride[]> {
  const rows = await db.overrides.where('[repId+period]').equals([repId, period]).toArray();
  return rows.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Records a new override (validated); earlier ones for the same rep and period stay in the history. */
export async function saveOverride(db: CandorDB, input: OverrideInput, deps: Deps = defaultDeps): Promise<VerdictOverride> {
  const row = verdictOverrideSchema.parse({
    id: deps.ids(),
    repId: input.repId,
    period: input.period,
    verdict: input.verdict,
    weakStage: input.verdict === 'skill' || input.verdict === 'mixed' ? input.weakStage : null,
    reason: input.reason,
    obstacle: input.obstacle,
    createdAt: deps.clock().toISOString(),
    withdrawnAt: null,
  });
  await db.overrides.add(row);
  return row;
}

/** Withdraws the override in force (the computed verdict applies again); the row stays in the history. */
export async function withdrawOverride(db: CandorDB, id: string, deps: Pick<Deps, 'clock'> = defaultDeps): Promise<void> {
  await db.overrides.update(id, { withdrawnAt: deps.clock().toISOString() });
}
