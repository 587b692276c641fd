import { useMemo } from 'react';
import { followsUp } from '@shared/domain/checkin';
import type { Plan, ProgressStatus } from '@shared/schemas';
import { usePlanMeasures } from '../followup';

/**
 * Each following-up plan's live status, by plan id: its worst action item measured today on the
 * newest imported data, by the pace rule the check-in screen uses. The measurement is the one the
 * wins log and the timeline read too (usePlanMeasures), made once per version of the data.
 */
export function useLiveFollowUp(plans: readonly Plan[] | undefined): ReadonlyMap<string, ProgressStatus> {
  const measured = usePlanMeasures();
  return useMemo(() => {
    const open = (plans ?? []).filter(followsUp);
    const statuses = new Map<string, ProgressStatus>();
    for (const p of open) {
      const m = measured?.get(p.id);
      if (m) statuses.set(p.id, m.status);
    }
    return statuses;
  }, [plans, measured]);
}
