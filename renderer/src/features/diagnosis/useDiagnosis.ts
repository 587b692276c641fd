import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, createElement, useContext, useEffect, useMemo, type ReactNode } from 'react';
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
import { nameKey } from '../../../../shared/schemas/common';
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

/**
 * The diagnosis data, loaded once for the whole app (a live query: every write to the tables it
 * reads reloads it) and shared by every page, so going from the Team page to a Rep page reuses the
 * same engine and results instead of loading and diagnosing the team again.
 */
const SharedDiagnosisData = createContext<{ data: DiagnosisData | undefined } | null>(null);

export function DiagnosisDataProvider({ children }: { children: ReactNode }) {
  const db = useDb();
  const data = useLiveQuery(() => loadDiagnosisData(db), [db]);
  const value = useMemo(() => ({ data }), [data]);
  return createElement(SharedDiagnosisData.Provider, { value }, children);
}

/** The shared data inside the app; a page rendered on its own (tests) loads its own. */
export function useDiagnosisData(): DiagnosisData | undefined {
  const shared = useContext(SharedDiagnosisData);
  const db = useDb();
  const own = useLiveQuery(() => (shared ? undefined : loadDiagnosisData(db)), [db, shared === null]);
  return shared ? shared.data : own;
}

/** Plans, read on their own so that editing one never reloads the diagnosis data. */
export function usePlans(): Plan[] | undefined {
  const db = useDb();
  return useLiveQuery(() => db.plans.toArray(), [db]);
}

/**
 * Results kept per loaded data (the input object is never changed: a reload makes a new one), so
 * pages that show the same team and period share one diagnosis.
 */
const teamResults = new WeakMap<DiagnoseTeamInput, Map<string, TeamDiagnosis>>();
const historyResults = new WeakMap<DiagnoseTeamInput, Map<string, RepHistory>>();

function cached<T>(store: WeakMap<DiagnoseTeamInput, Map<string, T>>, input: DiagnoseTeamInput, key: string, make: () => T): T {
  let byKey = store.get(input);
  if (!byKey) store.set(input, (byKey = new Map()));
  let hit = byKey.get(key);
  if (hit === undefined) byKey.set(key, (hit = make()));
  return hit;
}

/** The team's diagnosis; its sentences write numbers and money in the manager's number format (Settings). */
export function useTeamDiagnosis(data: DiagnosisData | undefined, period: string | null): TeamDiagnosis | null {
  const { locale, currency } = useFormat();
  return useMemo(() => {
    if (!data || data.input.periods.length === 0) return null;
    const asked = period && data.periods.includes(period) ? period : null;
    return cached(teamResults, data.input, `${asked ?? ''}|${locale}|${currency ?? ''}`, () =>
      diagnoseTeam({ ...data.input, ...(asked ? { period: asked } : {}), format: { locale, currency } }),
    );
  }, [data, period, locale, currency]);
}

function repHistory(data: DiagnosisData, repId: string): RepHistory {
  return cached(historyResults, data.input, repId, () => diagnoseRepHistory({ ...data.input, repId }));
}

export function useRepHistory(data: DiagnosisData | undefined, repId: string): RepHistory | null {
  return useMemo(() => (data && data.input.periods.length ? repHistory(data, repId) : null), [data, repId]);
}

/**
 * While the Team page sits idle, works out one rep's history per role group: that computes the
 * group's per-period team benchmarks (kept by the engine), so the first Rep page opened shows its
 * history at once. One group per idle slot; nothing runs while the manager is busy.
 */
export function useWarmRepHistories(data: DiagnosisData | undefined): void {
  useEffect(() => {
    if (!data || data.input.periods.length === 0) return;
    const byRole = new Map<string, string>();
    // One rep per role group as the engine forms them (role names compared as nameKey does).
    for (const r of data.input.reps) if (!byRole.has(nameKey(r.role))) byRole.set(nameKey(r.role), r.id);
    const pending = [...byRole.values()];
    const idle = (cb: () => void): number =>
      typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(cb, { timeout: 2000 }) : window.setTimeout(cb, 50);
    const cancel = (h: number) => (typeof window.cancelIdleCallback === 'function' ? window.cancelIdleCallback(h) : window.clearTimeout(h));
    let handle = 0;
    const next = () => {
      const repId = pending.shift();
      if (repId === undefined) return;
      repHistory(data, repId);
      handle = idle(next);
    };
    handle = idle(next);
    return () => cancel(handle);
  }, [data]);
}
