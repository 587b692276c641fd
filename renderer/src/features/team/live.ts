import { useMemo } from 'react';
import { measurePlansOn } from '../../../../shared/app';
import { followsUp } from '../../../../shared/domain/checkin';
import { isoDay } from '../../../../shared/domain/plan';
import type { Plan, ProgressStatus } from '../../../../shared/schemas';
import { useDiagnosisData } from '../diagnosis';

/**
 * Each following-up plan's live status, by plan id: its worst action item measured today on the
 * newest imported data, by the pace rule the check-in screen uses (measurePlansOn over the same
 * shared data), so the Plan column can say "On track" or "Off track" before the first check-in.
 */
export function useLiveFollowUp(plans: readonly Plan[] | undefined): ReadonlyMap<string, ProgressStatus> {
  const data = useDiagnosisData();
  const asOf = isoDay(new Date());
  return useMemo(() => {
    const open = (plans ?? []).filter(followsUp);
    if (!data || open.length === 0) return new Map<string, ProgressStatus>();
    return new Map(measurePlansOn(open, data, { asOf }).map((m) => [m.progress.planId, m.status]));
  }, [plans, data, asOf]);
}
