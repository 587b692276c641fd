// A plan row with a history written for a test: made on `created`, then each step (a status
// change, or a new revision) on its day, as shared/domain/plan/lifecycle writes them.
export type PlanStep = [day: string, event: 'status' | 'revision', detail: string];

export function planWithHistory(
  base: Record<string, unknown>,
  id: string,
  repId: string,
  created: string,
  steps: PlanStep[],
  now: { status: string; outcome: string | null },
): Record<string, unknown> {
  return {
    ...base,
    id,
    repId,
    ...now,
    createdAt: `${created}T09:00:00.000Z`,
    updatedAt: `${steps.at(-1)?.[0] ?? created}T09:00:00.000Z`,
    history: [
      { at: `${created}T09:00:00.000Z`, revision: 1, event: 'created', detail: `made on ${created}` },
      ...steps.map(([day, event, detail]) => ({ at: `${day}T10:00:00.000Z`, revision: 1, event, detail })),
    ],
  };
}
