import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import {
  DEFAULT_ROLE_EXPECTATIONS,
  diagnoseRepHistory,
  diagnoseTeam,
  mergeMetricPeriods,
  type DiagnoseTeamInput,
  type RepHistory,
  type TeamDiagnosis,
} from '../../../../shared/domain/diagnosis';
import type { ImportRecord, PeriodKind, Plan, Rep, RoleExpectation, Settings, Targets } from '../../../../shared/schemas';
import { useDb } from '../../state/db';
import type { CandorDB } from '../../db/db';
import { listAppliedExpectations } from '../../db/repositories/expectations';
import { listOverrides } from '../../db/repositories/overrides';
import { getSettings } from '../../db/repositories/settings';
import { useFormat } from '../../ui/format';

/** The shipped role defaults: offered (Settings, Team page), applied only when the manager says so. */
export const DEFAULT_EXPECTATIONS: RoleExpectation[] = [...DEFAULT_ROLE_EXPECTATIONS];

export type DiagnosisData = {
  reps: Rep[];
  input: Omit<DiagnoseTeamInput, 'period' | 'window'>;
  /** Periods present in the data for the chosen period kind, oldest first. */
  periods: string[];
  periodKind: PeriodKind | null;
  lastImportByRep: Map<string, string>;
  imports: ImportRecord[];
  settings: Settings;
};

function definedOnly(t: Rep['targetOverrides']): Partial<Targets> | null {
  return t ? (Object.fromEntries(Object.entries(t).filter(([, v]) => v !== undefined)) as Partial<Targets>) : null;
}

/**
 * Reads everything the diagnosis needs; the engine itself is pure (shared/domain/diagnosis).
 * Only the expectations the manager set or applied count (never the offered defaults). Plans
 * are not read here: a saved plan must not re-run the team diagnosis (see usePlans).
 */
export async function loadDiagnosisData(db: CandorDB): Promise<DiagnosisData> {
  const [reps, stored, expectations, settings, overrides, imports] = await Promise.all([
    db.reps.toArray(),
    db.metricPeriods.toArray(),
    listAppliedExpectations(db),
    getSettings(db),
    listOverrides(db),
    db.imports.toArray(),
  ]);
  // One kind of period at a time: the manager's default where the data has it, else the most common.
  const counts = new Map<PeriodKind, number>();
  for (const r of stored) counts.set(r.periodKind, (counts.get(r.periodKind) ?? 0) + 1);
  const periodKind: PeriodKind | null = counts.has(settings.defaultPeriodKind)
    ? settings.defaultPeriodKind
    : ([...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null);
  const merged = mergeMetricPeriods(stored.filter((r) => r.periodKind === periodKind));
  const importedAt = new Map(imports.map((i) => [i.id, i.importedAt]));
  const lastImportByRep = new Map<string, string>();
  for (const r of stored) {
    const at = r.importId ? importedAt.get(r.importId) : undefined;
    if (at && (lastImportByRep.get(r.repId) ?? '') < at) lastImportByRep.set(r.repId, at);
  }
  return {
    reps,
    input: {
      reps: reps.map((r) => ({ id: r.id, name: r.name, role: r.role, startDate: r.startDate, targetOverrides: definedOnly(r.targetOverrides) })),
      periods: merged,
      expectations,
      settings: settings.diagnosis,
      overrides,
    },
    periods: [...new Set(merged.map((p) => p.period))].sort(),
    periodKind,
    lastImportByRep,
    imports,
    settings,
  };
}

export function useDiagnosisData(): DiagnosisData | undefined {
  const db = useDb();
  return useLiveQuery(() => loadDiagnosisData(db), [db]);
}

/** Plans, read on their own so that editing one never reloads the diagnosis data. */
export function usePlans(): Plan[] | undefined {
  const db = useDb();
  return useLiveQuery(() => db.plans.toArray(), [db]);
}

/** The team's diagnosis; its sentences write numbers and money in the manager's number format (Settings). */
export function useTeamDiagnosis(data: DiagnosisData | undefined, period: string | null): TeamDiagnosis | null {
  const { locale, currency } = useFormat();
  return useMemo(() => {
    if (!data || data.input.periods.length === 0) return null;
    return diagnoseTeam({ ...data.input, ...(period && data.periods.includes(period) ? { period } : {}), format: { locale, currency } });
  }, [data, period, locale, currency]);
}

export function useRepHistory(data: DiagnosisData | undefined, repId: string): RepHistory | null {
  return useMemo(() => (data && data.input.periods.length ? diagnoseRepHistory({ ...data.input, repId }) : null), [data, repId]);
}
