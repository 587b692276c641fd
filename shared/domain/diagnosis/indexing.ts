// Indexing: the rows of every rep once, by period, with their resolved targets; and one rep's
// values rolled up over a window of periods.
import type { PeriodKey, PeriodKind } from '../../schemas/common';
import { nameKey } from '../../schemas/common';
import type { RoleExpectation, Targets } from '../../schemas/expectations';
import type { MetricValues } from '../../schemas/metrics';
import type { DiagnosisSettings } from '../../schemas/settings';
import type { Derived } from './aggregate';
import { aggregateValues, derive } from './aggregate';
import type { ResolvedTargets } from './expectations';
import { VOLUME_TARGET_KEYS, findExpectation, resolveTargets } from './expectations';
import { parsePeriod } from './periods';
import type { Quartiles } from './stats';
import type { DiagnosisPeriodRow, DiagnosisRep, EffortSignal, StatKey } from './types';

export type RepIndex = {
  rep: DiagnosisRep;
  roleKey: string;
  expectation: RoleExpectation | null;
  rows: Map<PeriodKey, MetricValues>;
  /** Resolved targets by period (shared objects from the engine cache). */
  targets: Map<PeriodKey, ResolvedTargets>;
};

export type RepWindow = {
  periods: PeriodKey[];
  values: MetricValues;
  derived: Derived;
  /** Quota the result is held to, summed over the present periods. */
  quota: number | null;
  quotaSource: 'override' | 'data' | 'role' | null;
  /** Targets summed over the present periods (volumes) or as stated (rates). */
  targets: Targets;
  fullTargets: Targets;
  coverage: number | null;
};

export type WindowStats = {
  periods: PeriodKey[];
  reps: Map<string, RepWindow>;
  /** Per peer group ('*' = whole team, else role key): per stat, quartiles of per-period values. */
  groups: Map<string, Map<StatKey, Quartiles>>;
  groupSize: Map<string, number>;
  /**
   * The one effort signal for the whole team in this window: the first of meetings held,
   * meetings booked, calls + emails, opportunities created that at least half the reps with data
   * carry. A rep without it has unknown effort (never a substitute signal).
   */
  signal: EffortSignal;
};

export type Engine = {
  settings: DiagnosisSettings;
  kind: PeriodKind;
  reps: RepIndex[];
  byId: Map<string, RepIndex>;
  /** Sorted distinct periods in the data (of this kind). */
  periods: PeriodKey[];
  targetsCache: Map<string, ResolvedTargets>;
  windows: Map<string, WindowStats>;
};

export function createEngine(input: {
  reps: readonly DiagnosisRep[];
  periods: readonly DiagnosisPeriodRow[];
  expectations: readonly RoleExpectation[];
  settings: DiagnosisSettings;
  kind?: PeriodKind;
}): Engine {
  const kinds = new Map<PeriodKind, number>();
  for (const r of input.periods) kinds.set(r.periodKind, (kinds.get(r.periodKind) ?? 0) + 1);
  let kind: PeriodKind = input.kind ?? 'month';
  if (input.kind === undefined) {
    let best = -1;
    for (const [k, n] of kinds) if (n > best) [kind, best] = [k, n];
  }
  const reps: RepIndex[] = [];
  const byId = new Map<string, RepIndex>();
  for (const rep of input.reps) {
    if (byId.has(rep.id)) continue;
    const idx: RepIndex = {
      rep,
      roleKey: nameKey(rep.role),
      expectation: findExpectation(input.expectations, rep.role),
      rows: new Map(),
      targets: new Map(),
    };
    reps.push(idx);
    byId.set(rep.id, idx);
  }
  const periodSet = new Set<PeriodKey>();
  for (const r of input.periods) {
    if (r.periodKind !== kind) continue;
    const idx = byId.get(r.repId);
    if (!idx) continue;
    const parsed = parsePeriod(r.period);
    if (!parsed || parsed.kind !== kind) continue;
    idx.rows.set(r.period, r.values);
    periodSet.add(r.period);
  }
  const periods = [...periodSet].sort((a, b) => (parsePeriod(a)?.ordinal ?? 0) - (parsePeriod(b)?.ordinal ?? 0));
  return { settings: input.settings, kind, reps, byId, periods, targetsCache: new Map(), windows: new Map() };
}

export function targetsFor(engine: Engine, idx: RepIndex, period: PeriodKey): ResolvedTargets {
  const own = idx.targets.get(period);
  if (own) return own;
  const t = sharedTargets(engine, idx, period);
  idx.targets.set(period, t);
  return t;
}

function sharedTargets(engine: Engine, idx: RepIndex, period: PeriodKey): ResolvedTargets {
  // Reps without overrides share targets by role expectation, start date and period.
  const key = idx.rep.targetOverrides
    ? `r\u0000${idx.rep.id}\u0000${period}`
    : `e\u0000${idx.roleKey}\u0000${idx.expectation?.id ?? ''}\u0000${idx.rep.startDate ?? ''}\u0000${period}`;
  let t = engine.targetsCache.get(key);
  if (!t) {
    t = resolveTargets(idx.rep, idx.expectation, period);
    engine.targetsCache.set(key, t);
  }
  return t;
}

/** The quota a period's result is held to: a per-rep override, else the data's quota, else the role's (ramp-adjusted). */
export function quotaFor(t: ResolvedTargets, v: MetricValues): { quota: number | null; source: 'override' | 'data' | 'role' | null } {
  if (t.source.quota === 'override') return { quota: t.targets.quota, source: 'override' };
  if (v.quota !== null) return { quota: v.quota, source: 'data' };
  if (t.targets.quota !== null) return { quota: t.targets.quota, source: 'role' };
  return { quota: null, source: null };
}

export function repWindow(engine: Engine, idx: RepIndex, periods: readonly PeriodKey[]): RepWindow | null {
  const present: PeriodKey[] = [];
  const list: MetricValues[] = [];
  for (const p of periods) {
    const v = idx.rows.get(p);
    if (v) {
      present.push(p);
      list.push(v);
    }
  }
  if (present.length === 0) return null;
  const values = aggregateValues(list);
  const lastTargets = targetsFor(engine, idx, present[present.length - 1] ?? '');
  // A single period reads the cached targets as they are; a window sums into copies.
  const targets: Targets = present.length > 1 ? { ...lastTargets.targets } : lastTargets.targets;
  const fullTargets: Targets = present.length > 1 ? { ...lastTargets.fullTargets } : lastTargets.fullTargets;
  let quota: number | null = 0;
  let quotaSource: RepWindow['quotaSource'] = null;
  if (present.length > 1)
    for (const k of VOLUME_TARGET_KEYS) {
      targets[k] = targets[k] === null ? null : 0;
      fullTargets[k] = fullTargets[k] === null ? null : 0;
    }
  for (let i = 0; i < present.length; i++) {
    const p = present[i] ?? '';
    const t = targetsFor(engine, idx, p);
    const q = quotaFor(t, list[i] as MetricValues);
    quota = quota === null || q.quota === null ? null : quota + q.quota;
    quotaSource = q.source;
    if (present.length > 1)
      for (const k of VOLUME_TARGET_KEYS) {
        const a = targets[k];
        const b = t.targets[k];
        targets[k] = a === null || b === null ? null : a + b;
        const fa = fullTargets[k];
        const fb = t.fullTargets[k];
        fullTargets[k] = fa === null || fb === null ? null : fa + fb;
      }
  }
  const last = list[list.length - 1];
  const lastQuota = last ? quotaFor(targetsFor(engine, idx, present[present.length - 1] ?? ''), last).quota : null;
  const coverage = last && last.pipeline !== null && lastQuota !== null && lastQuota > 0 ? last.pipeline / lastQuota : null;
  return { periods: present, values, derived: derive(values), quota, quotaSource, targets, fullTargets, coverage };
}
