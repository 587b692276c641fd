// Role expectations: the shipped defaults, custom roles, ramp for new hires, per-rep overrides,
// and the adaptation of monthly targets to week and quarter periods.
//
// Rules (documented for the UI):
// - Targets are stated per month. A quarter expects 3× the monthly volume, a week 12/52 of it.
// - Volume targets (calls, emails, meetings booked/held, opportunities created, quota) are
//   scaled by the ramp share of the rep's month of tenure; rates and sizes (win rate, average
//   deal size, max cycle days, pipeline coverage) are not: a new hire is asked for less
//   volume, not for a lower standard of work. Month 1 is the calendar month of the start date.
// - A quarter's ramp share is the mean of its three months' shares; a week takes the share of
//   the month holding its Thursday. Periods before the start date take the first ramp month.
// - A per-rep override (rep.targetOverrides) that is a number replaces the role's target;
//   absent or null inherits the role's. Overrides are full-tenure targets: the ramp still applies.
import type { PeriodKey } from '@shared/schemas/common';
import type { RoleExpectation, Targets } from '@shared/schemas/expectations';
import { nameKey } from '@shared/schemas/common';
import { monthOrdinalOfDate, monthsPerPeriod, parsePeriod, periodMonths } from './periods';

export type TargetKey = keyof Targets;
export const TARGET_KEYS: readonly TargetKey[] = [
  'calls',
  'emails',
  'meetingsBooked',
  'meetingsHeld',
  'opportunitiesCreated',
  'quota',
  'winRate',
  'avgDealSize',
  'maxCycleDays',
  'pipelineCoverage',
];
/** Targets that are volumes per period: scaled by period length and ramp. */
export const VOLUME_TARGET_KEYS: readonly TargetKey[] = ['calls', 'emails', 'meetingsBooked', 'meetingsHeld', 'opportunitiesCreated', 'quota'];
const VOLUME = new Set<TargetKey>(VOLUME_TARGET_KEYS);

export const DEFAULTS_UPDATED_AT = '2026-01-01T00:00:00.000Z';

const NO_TARGETS: Targets = {
  calls: null,
  emails: null,
  meetingsBooked: null,
  meetingsHeld: null,
  opportunitiesCreated: null,
  quota: null,
  winRate: null,
  avgDealSize: null,
  maxCycleDays: null,
  pipelineCoverage: null,
};

/**
 * Shipped defaults (monthly). Internally consistent: for AE, 20 opportunities × 25% win rate ×
 * 10,000 average deal = 50,000 quota; meetings → opportunities at 50%. Pipeline coverage is at
 * least 1 ÷ win rate. SDRs are measured on opportunities created (no revenue quota).
 */
export const DEFAULT_ROLE_EXPECTATIONS: readonly RoleExpectation[] = Object.freeze([
  {
    id: 'default-sdr',
    role: 'SDR',
    label: 'Sales development rep (default)',
    isDefault: true,
    targets: {
      ...NO_TARGETS,
      calls: 1000,
      emails: 1200,
      meetingsBooked: 30,
      meetingsHeld: 24,
      opportunitiesCreated: 12,
    },
    ramp: [0.5, 0.75],
    updatedAt: DEFAULTS_UPDATED_AT,
  },
  {
    id: 'default-ae',
    role: 'AE',
    label: 'Account executive (default)',
    isDefault: true,
    targets: {
      calls: 400,
      emails: 600,
      meetingsBooked: 45,
      meetingsHeld: 40,
      opportunitiesCreated: 20,
      quota: 50_000,
      winRate: 0.25,
      avgDealSize: 10_000,
      maxCycleDays: 45,
      pipelineCoverage: 4,
    },
    ramp: [0.25, 0.5, 0.75],
    updatedAt: DEFAULTS_UPDATED_AT,
  },
  {
    id: 'default-am',
    role: 'AM',
    label: 'Account manager (default)',
    isDefault: true,
    targets: {
      calls: 200,
      emails: 500,
      meetingsBooked: 25,
      meetingsHeld: 20,
      opportunitiesCreated: 10,
      quota: 40_000,
      winRate: 0.4,
      avgDealSize: 10_000,
      maxCycleDays: 30,
      pipelineCoverage: 2.5,
    },
    ramp: [0.5, 0.75],
    updatedAt: DEFAULTS_UPDATED_AT,
  },
]);

/** Fresh, editable copies of the defaults (isDefault true until the manager edits them). */
export function defaultRoleExpectations(): RoleExpectation[] {
  return DEFAULT_ROLE_EXPECTATIONS.map((e) => ({ ...e, targets: { ...e.targets }, ramp: [...e.ramp] }));
}

/** A custom role with no targets set yet (every benchmark falls back to the team median). */
export function createRoleExpectation(input: { id: string; role: string; label: string; updatedAt: string }): RoleExpectation {
  return {
    id: input.id,
    role: input.role.trim(),
    label: input.label.trim(),
    isDefault: false,
    targets: { ...NO_TARGETS },
    ramp: [],
    updatedAt: input.updatedAt,
  };
}

/** The expectation for a role, matched case- and space-insensitively. Later entries win. */
export function findExpectation(expectations: readonly RoleExpectation[], role: string): RoleExpectation | null {
  const key = nameKey(role);
  let found: RoleExpectation | null = null;
  for (const e of expectations) if (nameKey(e.role) === key) found = e;
  return found;
}

export type TargetSource = 'override' | 'role' | null;

export type ResolvedTargets = {
  /** Targets for this period: volume targets adapted to the period length and ramp. */
  targets: Targets;
  /** The same before the ramp (full-tenure targets for this period length). */
  fullTargets: Targets;
  source: Record<TargetKey, TargetSource>;
  /** Mean ramp share over the period's months (1 outside ramp or without a start date). */
  rampShare: number;
  /** Month of tenure of the period's last month (1 = month of the start date); null without a start date. */
  tenureMonth: number | null;
  inRamp: boolean;
  /** true when the period lies before the rep's start date. */
  beforeStart: boolean;
  expectationId: string | null;
};

export type TargetRep = { startDate: string | null; targetOverrides: Partial<Targets> | null };

export function rampShareForMonth(ramp: readonly number[], tenureMonth: number): number {
  if (tenureMonth < 1) return ramp[0] ?? 1;
  return ramp[tenureMonth - 1] ?? 1;
}

export function resolveTargets(rep: TargetRep, expectation: RoleExpectation | null, period: PeriodKey): ResolvedTargets {
  const parsed = parsePeriod(period);
  const kind = parsed?.kind ?? 'month';
  const scale = monthsPerPeriod(kind);
  const ramp = expectation?.ramp ?? [];
  const startMonth = rep.startDate ? monthOrdinalOfDate(rep.startDate) : null;
  const months = periodMonths(period);
  let rampShare = 1;
  let tenureMonth: number | null = null;
  let beforeStart = false;
  if (startMonth !== null && months.length > 0) {
    rampShare = 0;
    for (const { month, share } of months) {
      const t = month - startMonth + 1;
      if (t < 1) beforeStart = true;
      rampShare += share * rampShareForMonth(ramp, t);
      tenureMonth = t;
    }
  }
  const targets = { ...NO_TARGETS };
  const fullTargets = { ...NO_TARGETS };
  const source = Object.fromEntries(TARGET_KEYS.map((k) => [k, null])) as Record<TargetKey, TargetSource>;
  for (const k of TARGET_KEYS) {
    const o = rep.targetOverrides?.[k];
    const r = expectation?.targets[k] ?? null;
    const base = typeof o === 'number' ? o : r;
    source[k] = typeof o === 'number' ? 'override' : r !== null ? 'role' : null;
    if (base === null) continue;
    fullTargets[k] = VOLUME.has(k) ? base * scale : base;
    targets[k] = VOLUME.has(k) ? base * scale * rampShare : base;
  }
  return {
    targets,
    fullTargets,
    source,
    rampShare,
    tenureMonth,
    inRamp: rampShare < 1 - 1e-12,
    beforeStart,
    expectationId: expectation?.id ?? null,
  };
}
