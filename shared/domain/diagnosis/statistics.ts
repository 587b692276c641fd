// Team statistics: per window and peer group, the quartiles of every metric, computed once and
// shared by every rep assessed against them.
import type { PeriodKey } from '../../schemas/common';
import { METRIC_KEYS } from '../../schemas/metrics';
import { hasSignal, isFlowMetric } from './aggregate';
import type { Engine, RepWindow, StatLookup, WindowStats } from './indexing';
import { repWindow } from './indexing';
import { trailingPeriods } from './periods';
import type { Quartiles } from './stats';
import { quartiles } from './stats';
import type { EffortSignal, StatKey } from './types';

/** Fewer reps than this in a role (in the period) → team figures come from the whole team. */
export const MIN_PEERS = 3;

export const DERIVED_FLOW_KEYS = ['revenue', 'activities', 'effectiveQuota'] as const;

export const STAT_KEYS: readonly StatKey[] = [
  ...METRIC_KEYS,
  'revenue',
  'activities',
  'effectiveQuota',
  'conversionHeld',
  'conversionBooked',
  'conversionActivities',
  'winPerOpportunity',
  'closedWinRate',
  'closingPace',
  'dealSize',
  'pipelineCoverage',
  'cohortWinRate',
  'cohortOpenShare',
];

/**
 * The metrics an assessment lists (team statistics exist for every STAT_KEY). Duplicates are
 * left out: revenue (not revenueWon), closed win rate (not the stated winRate), deal size
 * (not avgDealSize); of the three conversions only the one for the effort signal is listed.
 */
export const DISPLAY_KEYS: readonly StatKey[] = [
  'effectiveQuota',
  'quota',
  'revenue',
  'calls',
  'emails',
  'activities',
  'meetingsBooked',
  'meetingsHeld',
  'opportunitiesCreated',
  'conversionHeld',
  'conversionBooked',
  'conversionActivities',
  'dealsWon',
  'dealsLost',
  'winPerOpportunity',
  'closedWinRate',
  'closingPace',
  'dealSize',
  'cycleDaysMedian',
  'pipeline',
  'pipelineCoverage',
  'complaints',
  'csat',
];

export const LOWER_IS_BETTER = new Set<StatKey>(['cycleDaysMedian', 'complaints', 'dealsLost']);
export const FLOW_STATS = new Set<StatKey>(STAT_KEYS.filter((k) => isFlowMetric(k) || (DERIVED_FLOW_KEYS as readonly string[]).includes(k)));

/**
 * Quartiles of one stat over a peer group's members, computed on first use. The role groups of
 * one window are siblings: the first request for a stat computes it for every role group at once
 * (the same work they would each do later), so a rep history after another role's history, or
 * after the team diagnosis, finds its per-period benchmarks ready.
 */
class GroupStats implements StatLookup {
  private readonly cache = new Map<StatKey, Quartiles | null>();
  siblings: readonly GroupStats[] = [];
  constructor(private readonly members: readonly RepWindow[]) {}
  get(k: StatKey): Quartiles | undefined {
    let q = this.cache.get(k);
    if (q === undefined) {
      for (const g of this.siblings) if (g !== this && !g.cache.has(k)) g.compute(k);
      q = this.compute(k);
    }
    return q ?? undefined;
  }
  private compute(k: StatKey): Quartiles | null {
    const flow = FLOW_STATS.has(k);
    const xs: number[] = [];
    for (const rw of this.members) {
      const raw = statRaw(rw, k);
      if (raw === null) continue;
      const v = flow ? raw / rw.periods.length : raw;
      if (Number.isFinite(v)) xs.push(v);
    }
    const q = quartiles(xs);
    this.cache.set(k, q);
    return q;
  }
}

export function windowStats(engine: Engine, end: PeriodKey, length: number): WindowStats {
  const key = `${end}\u0000${length}`;
  const cached = engine.windows.get(key);
  if (cached) return cached;
  const periods = trailingPeriods(end, length);
  const reps = new Map<string, RepWindow>();
  const members = new Map<string, RepWindow[]>([['*', []]]);
  const all = members.get('*') as RepWindow[];
  for (const idx of engine.reps) {
    const rw = repWindow(engine, idx, periods);
    if (!rw) continue;
    reps.set(idx.rep.id, rw);
    all.push(rw);
    let role = members.get(idx.roleKey);
    if (!role) members.set(idx.roleKey, (role = []));
    if (idx.roleKey !== '*') role.push(rw);
  }
  const groups = new Map<string, StatLookup>();
  const groupSize = new Map<string, number>();
  const roleGroups: GroupStats[] = [];
  for (const [g, list] of members) {
    groupSize.set(g, list.length);
    if (g === '*' || list.length >= MIN_PEERS) {
      const stats = new GroupStats(list);
      groups.set(g, stats);
      if (g !== '*') roleGroups.push(stats);
    }
  }
  for (const g of roleGroups) g.siblings = roleGroups;
  const ws: WindowStats = { periods, reps, groups, groupSize, signal: teamSignal(all) };
  engine.windows.set(key, ws);
  return ws;
}

export function statRaw(rw: RepWindow, k: StatKey): number | null {
  switch (k) {
    case 'effectiveQuota':
      return rw.quota;
    case 'pipelineCoverage':
      return rw.coverage;
    case 'revenue':
    case 'activities':
    case 'conversionHeld':
    case 'conversionBooked':
    case 'conversionActivities':
    case 'winPerOpportunity':
    case 'closedWinRate':
    case 'closingPace':
    case 'dealSize':
    case 'cohortWinRate':
    case 'cohortOpenShare':
      return rw.derived[k];
    default:
      return rw.values[k];
  }
}

const SIGNAL_ORDER: readonly EffortSignal[] = ['meetingsHeld', 'meetingsBooked', 'activities', 'opportunitiesCreated'];

/** The team's effort signal: the first that at least half the reps with data carry (see WindowStats.signal). */
export function teamSignal(windows: readonly RepWindow[]): EffortSignal {
  const n = windows.length;
  for (let i = 0; i < SIGNAL_ORDER.length - 1; i++) {
    const s = SIGNAL_ORDER[i] as EffortSignal;
    let count = 0;
    for (const rw of windows) if (hasSignal(rw.values, s)) count++;
    if (count > 0 && count * 2 >= n) return s;
  }
  return 'opportunitiesCreated';
}
