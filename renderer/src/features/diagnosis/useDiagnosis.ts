import { createContext, createElement, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { loadDiagnosisData as loadFromStore, periodsReadAs, withPeriodKind, type DiagnosisData } from '@shared/app/diagnosis';
import {
  DEFAULT_ROLE_EXPECTATIONS,
  diagnoseRepHistory,
  diagnoseTeam,
  parsePeriod,
  type DiagnoseTeamInput,
  type RepHistory,
  type TeamDiagnosis,
} from '@shared/domain/diagnosis';
import type { Plan, RoleExpectation } from '@shared/schemas';
import { nameKey } from '@shared/schemas/common';
import type { Store } from '@shared/app/store';
import { useStoreQuery } from '@renderer/db/hooks';
import { useFormat } from '@renderer/ui/format';
import type { PeriodGroup } from '@renderer/ui/PeriodSelect';

export type { DiagnosisData } from '@shared/app/diagnosis';

/** The shipped role defaults: offered (Settings, Team page), applied only when the manager says so. */
export const DEFAULT_EXPECTATIONS: RoleExpectation[] = [...DEFAULT_ROLE_EXPECTATIONS];

/**
 * Reads everything the diagnosis needs, by the one rule the CLI uses too (shared/app/diagnosis.ts):
 * only the expectations the manager set or applied count, the kind of period is the manager's
 * default, monthly data can be read by quarter. Plans are not read here (see usePlans).
 */
export function loadDiagnosisData(store: Store): Promise<DiagnosisData> {
  return loadFromStore(store);
}

/**
 * The diagnosis data, loaded once for the whole app (a live query: every write to the tables it
 * reads reloads it) and shared by every page, so going from the Team page to a Rep page reuses the
 * same engine and results instead of loading and diagnosing the team again.
 */
const SharedDiagnosisData = createContext<{ data: DiagnosisData | undefined } | null>(null);

export function DiagnosisDataProvider({ children }: { children: ReactNode }) {
  const data = useStoreQuery(loadDiagnosisData, []);
  const value = useMemo(() => ({ data }), [data]);
  return createElement(SharedDiagnosisData.Provider, { value }, children);
}

/** The shared data inside the app; a page rendered on its own (tests) loads its own. */
export function useDiagnosisData(): DiagnosisData | undefined {
  const shared = useContext(SharedDiagnosisData);
  const own = useStoreQuery((store) => (shared ? Promise.resolve(undefined) : loadDiagnosisData(store)), [shared === null]);
  return shared ? shared.data : own;
}

/** The same data read by another kind of period, kept per loaded data and kind. */
const byKind = new WeakMap<DiagnosisData, Map<string, DiagnosisData | null>>();

function readAs(data: DiagnosisData, kind: NonNullable<DiagnosisData['periodKind']>): DiagnosisData | null {
  let kinds = byKind.get(data);
  if (!kinds) byKind.set(data, (kinds = new Map()));
  if (!kinds.has(kind)) {
    const other = withPeriodKind(data, kind, true);
    kinds.set(kind, typeof other === 'string' ? null : other);
  }
  return kinds.get(kind) ?? null;
}

/**
 * The data as the period asked for reads it: a quarter of monthly data is diagnosed from the
 * months rolled up (the rule the CLI uses); a period of a kind the data cannot give, or none,
 * leaves the data as loaded.
 */
export function useDiagnosisFor(data: DiagnosisData | undefined, period: string | null): DiagnosisData | undefined {
  return useMemo(() => {
    const kind = period ? parsePeriod(period)?.kind : undefined;
    if (!data || !kind || kind === data.periodKind) return data;
    return readAs(data, kind) ?? data;
  }, [data, period]);
}

const listed = new WeakMap<DiagnosisData, Map<string, string[] | null>>();
function periodsOf(data: DiagnosisData, kind: NonNullable<DiagnosisData['periodKind']>): string[] | null {
  let kinds = listed.get(data);
  if (!kinds) listed.set(data, (kinds = new Map()));
  if (!kinds.has(kind)) kinds.set(kind, periodsReadAs(data, kind));
  return kinds.get(kind) ?? null;
}

const KIND_HEADING: Record<string, string> = { month: 'Months', week: 'Weeks', quarter: 'Quarters' };

/**
 * What a period switcher offers: the data's own periods under their heading, then the periods of
 * every other kind it can be read by (monthly data: its quarters, rolled up from the months).
 */
export function periodChoices(data: DiagnosisData): { label: string; groups: PeriodGroup[] } {
  // Listed without reading the data by each kind (that waits until one is chosen).
  const groups = data.periodKinds.flatMap((kind) => {
    if (kind === data.periodKind) return [];
    const periods = periodsOf(data, kind);
    return periods ? [{ label: KIND_HEADING[kind] ?? kind, periods }] : [];
  });
  return { label: KIND_HEADING[data.periodKind ?? ''] ?? 'Periods', groups };
}

/** Plans, read on their own so that editing one never reloads the diagnosis data. */
export function usePlans(): Plan[] | undefined {
  return useStoreQuery((store) => store.table('plans').all(), []);
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

/** The team diagnosed for one period of the data, kept as useTeamDiagnosis keeps it (null: no such period). */
export function teamDiagnosisFor(data: DiagnosisData, period: string, format: { locale: string; currency: string | null }): TeamDiagnosis | null {
  if (!data.periods.includes(period)) return null;
  return cached(teamResults, data.input, `${period}|${format.locale}|${format.currency ?? ''}`, () =>
    diagnoseTeam({ ...data.input, period, format }),
  );
}

/**
 * The team diagnosed for each of several periods (the director's trend), one period per idle
 * slot once `start` is true and the page has settled, so the page shows first; null until all
 * are done.
 */
export function useIdleTeamDiagnoses(data: DiagnosisData | undefined, periods: readonly string[], start = true): TeamDiagnosis[] | null {
  const { locale, currency } = useFormat();
  const key = periods.join(',');
  const [done, setDone] = useState<{ key: string; data: DiagnosisData; list: TeamDiagnosis[] } | null>(null);
  useEffect(() => {
    if (!data || !start) return;
    const pending = key ? key.split(',') : [];
    const list: TeamDiagnosis[] = [];
    let handle = 0;
    const step = () => {
      const p = pending.shift();
      if (p === undefined) {
        setDone({ key, data, list });
        return;
      }
      const t = teamDiagnosisFor(data, p, { locale, currency });
      if (t) list.push(t);
      handle = idle(step);
    };
    // After the page has painted and settled: a month of a large team takes a while.
    const wait = window.setTimeout(() => (handle = idle(step)), 400);
    return () => {
      window.clearTimeout(wait);
      cancelIdle(handle);
    };
  }, [data, key, locale, currency, start]);
  return done && done.key === key && done.data === data ? done.list : null;
}

const idle = (cb: () => void): number =>
  typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(cb, { timeout: 2000 }) : window.setTimeout(cb, 50);
const cancelIdle = (h: number) => (typeof window.cancelIdleCallback === 'function' ? window.cancelIdleCallback(h) : window.clearTimeout(h));

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
