// One measurement of the plans being worked on per version of the data. The wins log, the rep's
// timeline and the Team page's live status all need the held, signed and closed plans measured on
// the newest data (measurePlansOn); they read this one result instead of measuring again each.
import { useMemo } from 'react';
import { measurePlansOn, type PlanProgress } from '@shared/app';
import type { DiagnosisData } from '@shared/app/diagnosis';
import type { PaceStatus } from '@shared/domain/followup';
import { isoDay } from '@shared/domain/plan';
import type { Plan } from '@shared/schemas';
import { useFormat } from '@renderer/ui/format';
import { useDiagnosisData, usePlans } from '../diagnosis';

export type PlanMeasure = { progress: PlanProgress; status: PaceStatus };
export type PlanMeasures = ReadonlyMap<string, PlanMeasure>;

/** Plans whose conversation has been held: their targets are being worked on (the wins log's rule too). */
const MEASURED = new Set<Plan['status']>(['held', 'signed', 'closed']);

/**
 * Results per loaded data (a reload makes a new object), then per day, number format and the
 * version of every measured plan (id, status, last change), so the same plans on the same data
 * are measured once however many components ask.
 */
const kept = new WeakMap<DiagnosisData, Map<string, PlanMeasures>>();

function versionOf(plans: readonly Plan[]): string {
  return plans.map((p) => `${p.id}:${p.status}:${p.updatedAt}`).join(',');
}

export function planMeasuresOn(
  data: DiagnosisData,
  plans: readonly Plan[],
  asOf: string,
  format: { locale: string; currency: string | null },
): PlanMeasures {
  const measured = plans.filter((p) => MEASURED.has(p.status)).sort((a, b) => a.id.localeCompare(b.id));
  const key = `${asOf}|${format.locale}|${format.currency ?? ''}|${versionOf(measured)}`;
  let byKey = kept.get(data);
  if (!byKey) kept.set(data, (byKey = new Map()));
  let hit = byKey.get(key);
  if (!hit) {
    hit = new Map(measurePlansOn(measured, data, { asOf, format }).map((m) => [m.progress.planId, m]));
    // Older versions of the plans on this data are not asked for again.
    if (byKey.size >= 4) byKey.clear();
    byKey.set(key, hit);
  }
  return hit;
}

/** The held, signed and closed plans measured today on the shared data, by plan id; undefined while loading. */
export function usePlanMeasures(): PlanMeasures | undefined {
  const data = useDiagnosisData();
  const plans = usePlans();
  const { locale, currency } = useFormat();
  const asOf = isoDay(new Date());
  return useMemo(() => (data && plans ? planMeasuresOn(data, plans, asOf, { locale, currency }) : undefined), [data, plans, asOf, locale, currency]);
}
