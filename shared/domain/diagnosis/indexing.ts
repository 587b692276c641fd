// Indexing: the rows of every rep once, by period, and the engine built from them (cached per
// data load). A rep's targets and its values over a window are read in rep-window.ts.
import type { PeriodKey, PeriodKind } from '@shared/schemas/common';
import { nameKey } from '@shared/schemas/common';
import type { RoleExpectation, Targets } from '@shared/schemas/expectations';
import type { MetricValues } from '@shared/schemas/metrics';
import type { DiagnosisSettings } from '@shared/schemas/settings';
import type { Derived } from './aggregate';
import { derive } from './aggregate';
import type { ResolvedTargets } from './expectations';
import { findExpectation } from './expectations';
import { parsePeriod } from './periods';
import type { Quartiles } from './stats';
import type { DiagnosisPeriodRow, DiagnosisRep, EffortSignal, StatKey } from './types';

export type RepIndex = {
  rep: DiagnosisRep;
  roleKey: string;
  /** Index of roleKey in Engine.roleKeys. */
  roleGroup: number;
  expectation: RoleExpectation | null;
  rows: PeriodRows;
  /** Resolved targets by period (shared objects from the engine cache). */
  targets: Map<PeriodKey, ResolvedTargets>;
  /**
   * The rep's set-up (0, 1, …): reps without overrides and with the same role expectation and start
   * date share one, and with it their targets in every period (the engine's targets cache).
   */
  setup: number;
};

/**
 * One rep's rows by period. The engine numbers the distinct periods once (slots), and every rep
 * keeps its rows in an array by slot: as quick to read as a Map, far cheaper to build for
 * thousands of reps.
 */
export class PeriodRows {
  private readonly at: Array<MetricValues | undefined> = [];
  /** Derived quantities of each row, computed once when first needed (rows are not mutated). */
  private readonly derivedAt: Array<Derived | undefined> = [];
  constructor(private readonly slots: ReadonlyMap<PeriodKey, number>) {}
  /** The slot of a period (the same for every rep of the engine); -1 when no rep has it. */
  slot(p: PeriodKey): number {
    return this.slots.get(p) ?? -1;
  }
  get(p: PeriodKey): MetricValues | undefined {
    const i = this.slots.get(p);
    return i === undefined ? undefined : this.at[i];
  }
  has(p: PeriodKey): boolean {
    return this.get(p) !== undefined;
  }
  atSlot(i: number): MetricValues | undefined {
    return i < 0 ? undefined : this.at[i];
  }
  /** The derived quantities of the row in slot i (which must hold one). */
  derivedAtSlot(i: number): Derived {
    let d = this.derivedAt[i];
    if (d === undefined) {
      while (this.derivedAt.length < i) this.derivedAt.push(undefined);
      d = this.derivedAt[i] = derive(this.at[i] as MetricValues);
    }
    return d;
  }
  /** Later rows for the same slot replace earlier ones. */
  put(slot: number, v: MetricValues): void {
    while (this.at.length < slot) this.at.push(undefined);
    this.at[slot] = v;
  }
}

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

/** The reps with data in a window, by id; size = how many. */
export type WindowReps = { get(repId: string): RepWindow | undefined; readonly size: number };

export type WindowStats = {
  periods: PeriodKey[];
  reps: WindowReps;
  /**
   * Per peer group ('*' = whole team, else a role key with at least MIN_PEERS reps): per stat,
   * quartiles of per-period values, computed on first use and kept (computed once per group,
   * shared by every rep judged against them).
   */
  groups: Map<string, StatLookup>;
  groupSize: Map<string, number>;
  /** Each rep's team group key and label at the window's end (reps with a placement only). */
  teamOf: Map<string, { key: string; label: string }>;
  /**
   * The one effort signal for the whole team in this window: the first of meetings held,
   * meetings booked, calls + emails, opportunities created that at least half the reps with data
   * carry. A rep without it has unknown effort (never a substitute signal).
   */
  signal: EffortSignal;
};

/** Team quartiles of one peer group, by stat. */
export type StatLookup = {
  get(k: StatKey): Quartiles | undefined;
  /** The same figures for one stat, computed alone when the others are not needed (yet). */
  one(k: StatKey): Quartiles | undefined;
};

export type Engine = {
  settings: DiagnosisSettings;
  kind: PeriodKind;
  reps: RepIndex[];
  /** The distinct role keys, in order of first appearance. */
  roleKeys: string[];
  byId: Map<string, RepIndex>;
  /** Sorted distinct periods in the data (of this kind). */
  periods: PeriodKey[];
  /** Resolved targets by rep set-up (RepIndex.setup), then period. */
  targetsCache: Array<Map<PeriodKey, ResolvedTargets>>;
  /** Window statistics by end period, then window length. */
  windows: Map<PeriodKey, Map<number, WindowStats>>;
};

type EngineInput = {
  reps: readonly DiagnosisRep[];
  periods: readonly DiagnosisPeriodRow[];
  expectations: readonly RoleExpectation[];
  settings: DiagnosisSettings;
  kind?: PeriodKind;
};

export function createEngine(input: EngineInput): Engine {
  const kind = input.kind ?? mostFrequentKind(input.periods);
  // Each distinct period of this kind gets a slot; every rep's rows are kept by slot.
  const validSlots = new Map<PeriodKey, number>();
  const { reps, byId, roleKeys } = indexReps(input.reps, input.expectations, validSlots);
  const periods = slotRows(input.periods, kind, byId, validSlots);
  return { settings: input.settings, kind, reps, roleKeys, byId, periods, targetsCache: [], windows: new Map() };
}

/** The most frequent period kind of the rows (the first seen on a tie; months when there are none). */
function mostFrequentKind(rows: readonly DiagnosisPeriodRow[]): PeriodKind {
  const kinds = new Map<PeriodKind, number>();
  let lastKind: PeriodKind | null = null;
  let run = 0;
  for (const r of rows) {
    // Rows come in runs of one kind: count a run at once.
    if (r.periodKind === lastKind) run++;
    else {
      if (lastKind !== null) kinds.set(lastKind, (kinds.get(lastKind) ?? 0) + run);
      lastKind = r.periodKind;
      run = 1;
      if (!kinds.has(lastKind)) kinds.set(lastKind, 0);
    }
  }
  if (lastKind !== null) kinds.set(lastKind, (kinds.get(lastKind) ?? 0) + run);
  let kind: PeriodKind = 'month';
  let best = -1;
  for (const [k, n] of kinds) if (n > best) [kind, best] = [k, n];
  return kind;
}

/** One index per rep (the first of a repeated id), with its role group, expectation and set-up; rows not yet filled. */
function indexReps(input: readonly DiagnosisRep[], expectations: readonly RoleExpectation[], slots: ReadonlyMap<PeriodKey, number>) {
  const reps: RepIndex[] = [];
  const byId = new Map<string, RepIndex>();
  // Many reps, few roles: normalise each role name and find its expectation once.
  const roles = new Map<string, { key: string; group: number; expectation: RoleExpectation | null }>();
  const roleKeys: string[] = [];
  const setups = new Map<string, number>();
  for (const rep of input) {
    if (byId.has(rep.id)) continue;
    let role = roles.get(rep.role);
    if (!role) {
      const key = nameKey(rep.role);
      if (!roleKeys.includes(key)) roleKeys.push(key);
      roles.set(rep.role, (role = { key, group: roleKeys.indexOf(key), expectation: findExpectation(expectations, rep.role) }));
    }
    // Reps without overrides share targets by role expectation, start date and period.
    const setupKey = rep.targetOverrides ? `r\u0000${rep.id}` : `e\u0000${role.key}\u0000${role.expectation?.id ?? ''}\u0000${rep.startDate ?? ''}`;
    let setup = setups.get(setupKey);
    if (setup === undefined) setups.set(setupKey, (setup = setups.size));
    const idx: RepIndex = {
      rep,
      roleKey: role.key,
      roleGroup: role.group,
      expectation: role.expectation,
      rows: new PeriodRows(slots),
      targets: new Map(),
      setup,
    };
    reps.push(idx);
    byId.set(rep.id, idx);
  }
  return { reps, byId, roleKeys };
}

/**
 * Puts each row of this kind into its rep's index, numbering the distinct periods as they come
 * (each parsed once; validSlots gets the periods of this kind), and returns the periods sorted.
 */
function slotRows(
  rows: readonly DiagnosisPeriodRow[],
  kind: PeriodKind,
  byId: ReadonlyMap<string, RepIndex>,
  validSlots: Map<PeriodKey, number>,
): PeriodKey[] {
  // -1: not a period of this kind.
  const slots = new Map<PeriodKey, number>();
  const ordinalAt: number[] = [];
  const periodAt: PeriodKey[] = [];
  for (const r of rows) {
    if (r.periodKind !== kind) continue;
    const idx = byId.get(r.repId);
    if (!idx) continue;
    let slot = slots.get(r.period);
    if (slot === undefined) {
      const parsed = parsePeriod(r.period);
      slot = parsed && parsed.kind === kind ? periodAt.length : -1;
      if (parsed && slot >= 0) {
        periodAt.push(r.period);
        ordinalAt.push(parsed.ordinal);
        validSlots.set(r.period, slot);
      }
      slots.set(r.period, slot);
    }
    if (slot < 0) continue;
    idx.rows.put(slot, r.values);
  }
  const order = periodAt.map((_, i) => i).sort((a, b) => (ordinalAt[a] ?? 0) - (ordinalAt[b] ?? 0));
  return order.map((i) => periodAt[i] as PeriodKey);
}

type CachedEngine = {
  reps: EngineInput['reps'];
  expectations: EngineInput['expectations'];
  settings: EngineInput['settings'];
  kind: PeriodKind | undefined;
  n: number;
  engine: Engine;
};
const engines = new WeakMap<readonly DiagnosisPeriodRow[], CachedEngine[]>();

/**
 * The engine for this input, shared between calls that pass the very same arrays and settings
 * (the app's team diagnosis and every rep history of one data load): team statistics per period
 * are then computed once. Inputs are read, never changed; pass new arrays for new data.
 */
export function engineFor(input: EngineInput): Engine {
  const list = engines.get(input.periods) ?? [];
  const hit = list.find(
    (c) =>
      c.reps === input.reps &&
      c.expectations === input.expectations &&
      c.settings === input.settings &&
      c.kind === input.kind &&
      c.n === input.periods.length,
  );
  if (hit) return hit.engine;
  const engine = createEngine(input);
  // A few variants per data load at most (period kinds); keep the latest four.
  engines.set(input.periods, [
    ...list.slice(-3),
    { reps: input.reps, expectations: input.expectations, settings: input.settings, kind: input.kind, n: input.periods.length, engine },
  ]);
  return engine;
}
