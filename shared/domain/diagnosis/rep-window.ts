// One rep's targets and quota per period, and its values rolled up over a window of periods
// (the rep's side of the engine; indexing.ts holds the rows these read).
import type { PeriodKey } from '@shared/schemas/common';
import type { Targets } from '@shared/schemas/expectations';
import type { MetricValues } from '@shared/schemas/metrics';
import { aggregateValues, derive } from './aggregate';
import type { ResolvedTargets } from './expectations';
import { VOLUME_TARGET_KEYS, resolveTargets } from './expectations';
import type { Engine, RepIndex, RepWindow } from './indexing';

/** The rep's targets for a period, kept on the rep (and shared by every rep of the same set-up). */
export function targetsFor(engine: Engine, idx: RepIndex, period: PeriodKey): ResolvedTargets {
  const own = idx.targets.get(period);
  if (own) return own;
  const t = sharedTargets(engine, idx, period);
  idx.targets.set(period, t);
  return t;
}

/** The targets, as targetsFor, without keeping them on the rep (team statistics read every rep once). */
export function peekTargets(engine: Engine, idx: RepIndex, period: PeriodKey): ResolvedTargets {
  return idx.targets.get(period) ?? sharedTargets(engine, idx, period);
}

function sharedTargets(engine: Engine, idx: RepIndex, period: PeriodKey): ResolvedTargets {
  const byPeriod = (engine.targetsCache[idx.setup] ??= new Map());
  let t = byPeriod.get(period);
  if (!t) {
    t = resolveTargets(idx.rep, idx.expectation, period);
    byPeriod.set(period, t);
  }
  return t;
}

/** The quota quotaFor gives, without its source (no object made: team statistics read every member). */
export function quotaValue(t: ResolvedTargets, v: MetricValues): number | null {
  return t.source.quota === 'override' ? t.targets.quota : v.quota !== null ? v.quota : t.targets.quota;
}

/** The quota a period's result is held to: a per-rep override, else the data's quota, else the role's (ramp-adjusted). */
export function quotaFor(t: ResolvedTargets, v: MetricValues): { quota: number | null; source: 'override' | 'data' | 'role' | null } {
  const quota = quotaValue(t, v);
  return { quota, source: t.source.quota === 'override' ? 'override' : v.quota !== null ? 'data' : quota !== null ? 'role' : null };
}

export function repWindow(engine: Engine, idx: RepIndex, periods: readonly PeriodKey[]): RepWindow | null {
  if (periods.length === 1) {
    // One period (every history point, every single-period check): no copies, shared targets.
    const p = periods[0] as PeriodKey;
    const slot = idx.rows.slot(p);
    const v = idx.rows.atSlot(slot);
    if (!v) return null;
    const t = targetsFor(engine, idx, p);
    const q = quotaFor(t, v);
    const coverage = v.pipeline !== null && q.quota !== null && q.quota > 0 ? v.pipeline / q.quota : null;
    return {
      periods: periods as PeriodKey[],
      values: v,
      derived: idx.rows.derivedAtSlot(slot),
      quota: q.quota,
      quotaSource: q.source,
      targets: t.targets,
      fullTargets: t.fullTargets,
      coverage,
    };
  }
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
