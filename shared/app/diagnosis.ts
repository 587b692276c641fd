// The diagnosis input, written once for the app (renderer/src/features/diagnosis/useDiagnosis.ts
// reads it through its Dexie store) and the CLI (`candor diagnose`, over a memory store filled
// from files or a backup): what is read, which kind of period is diagnosed, and the month →
// quarter roll-up. The engine itself is pure (shared/domain/diagnosis); so is the default period
// it picks, which skips an export's incomplete tail.
import { DEFAULT_ROLE_EXPECTATIONS, mergeMetricPeriods, rollUpMonthsToQuarters } from '../domain/diagnosis/index';
import { rowsWhileWith } from '../domain/team/scope';
import type { DiagnoseTeamInput, DiagnosisPeriodRow } from '../domain/diagnosis/index';
import type { PeriodKind } from '../schemas/common';
import type { PeerBy } from '../domain/team';
import type { ImportRecord, MetricPeriod, Rep, RoleExpectation, Settings, Targets } from '../schemas/index';
import { getSettings } from './settings';
import type { Store } from './store';

export type DiagnosisData = {
  reps: Rep[];
  input: Omit<DiagnoseTeamInput, 'period' | 'window'>;
  /** Periods present in the data for the chosen period kind, oldest first. */
  periods: string[];
  periodKind: PeriodKind | null;
  /** The kinds of period this data can be diagnosed by (monthly data also by quarter), most rows first. */
  periodKinds: PeriodKind[];
  lastImportByRep: Map<string, string>;
  imports: ImportRecord[];
  settings: Settings;
  /** Every stored metric row, all kinds of period, merged per rep and period. */
  merged: DiagnosisPeriodRow[];
};

/** Which expectations count: the ones the manager set or applied (stored), or a given list. */
export type ExpectationChoice = { stored: true } | { list: readonly RoleExpectation[] };

export type PeriodChoice = { periodKind: PeriodKind; rows: DiagnosisPeriodRow[] };

/** The kinds of period in the rows, most rows first; monthly rows can also be read by quarter. */
export function periodKindsOf(rows: readonly DiagnosisPeriodRow[]): PeriodKind[] {
  const counts = new Map<PeriodKind, number>();
  for (const r of rows) counts.set(r.periodKind, (counts.get(r.periodKind) ?? 0) + 1);
  const kinds = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([k]) => k);
  return counts.has('month') && !counts.has('quarter') ? [...kinds, 'quarter'] : kinds;
}

/** The three months of a quarter key: 2026-Q4 → 2026-10, 2026-11, 2026-12. */
function monthsOf(quarter: string): string[] {
  const m = /^(\d{4})-Q([1-4])$/.exec(quarter);
  if (!m) return [];
  const first = (Number(m[2]) - 1) * 3 + 1;
  return [0, 1, 2].map((i) => `${m[1]}-${String(first + i).padStart(2, '0')}`);
}

/**
 * Monthly rows rolled up into quarters, keeping only the quarters whose three months are all in
 * the data (a quarter the export starts or ends inside would read as a short quarter). A rep
 * with fewer of its months (a new hire) is rolled up from the months they have.
 */
function wholeQuarters(merged: readonly DiagnosisPeriodRow[]): DiagnosisPeriodRow[] {
  const months = new Set(merged.filter((r) => r.periodKind === 'month').map((r) => r.period));
  return rollUpMonthsToQuarters(merged).filter((q) => monthsOf(q.period).every((m) => months.has(m)));
}

/**
 * THE rule for the period kind: the rows of the kind wanted; failing that, quarters rolled up from
 * months when quarters are wanted; failing that, the most common kind in the data — unless the kind
 * was asked for explicitly (`strict`), then a sentence saying why it cannot be. Quarters rolled up
 * from months are whole quarters only.
 */
export function choosePeriods(merged: readonly DiagnosisPeriodRow[], wanted: PeriodKind, strict: boolean): PeriodChoice | string | null {
  const ofKind = merged.filter((r) => r.periodKind === wanted);
  if (ofKind.length > 0) return { periodKind: wanted, rows: ofKind };
  const kinds = periodKindsOf(merged).filter((k) => k !== 'quarter' || merged.some((r) => r.periodKind === 'quarter'));
  if (wanted === 'quarter' && kinds.includes('month')) {
    const rows = wholeQuarters(merged);
    if (rows.length > 0) return { periodKind: 'quarter', rows };
    if (strict) return 'the data holds no quarter with all three of its months';
  }
  if (strict) return `the data holds ${kinds.map((k) => `${k}ly`).join(' and ')} periods; it cannot be diagnosed by ${wanted}`;
  const most = kinds[0];
  return most === undefined ? null : { periodKind: most, rows: merged.filter((r) => r.periodKind === most) };
}

function definedOnly(t: Rep['targetOverrides']): Partial<Targets> | null {
  return t ? (Object.fromEntries(Object.entries(t).filter(([, v]) => v !== undefined)) as Partial<Targets>) : null;
}

function lastImports(stored: readonly MetricPeriod[], imports: readonly ImportRecord[]): Map<string, string> {
  const importedAt = new Map(imports.map((i) => [i.id, i.importedAt]));
  const last = new Map<string, string>();
  for (const r of stored) {
    const at = r.importId ? importedAt.get(r.importId) : undefined;
    if (at && (last.get(r.repId) ?? '') < at) last.set(r.repId, at);
  }
  return last;
}

/**
 * The periods withPeriodKind(data, kind) would give (null when it would refuse), without reading
 * the data so: a period switcher lists the quarters of monthly data at start-up without rolling
 * every rep's months up (whole quarters only, as wholeQuarters keeps them).
 */
export function periodsReadAs(data: Pick<DiagnosisData, 'merged'>, kind: PeriodKind): string[] | null {
  const own = new Set<string>();
  const months = new Set<string>();
  for (const r of data.merged) {
    if (r.periodKind === kind) own.add(r.period);
    else if (r.periodKind === 'month') months.add(r.period);
  }
  if (own.size > 0) return [...own].sort();
  if (kind !== 'quarter' || months.size === 0) return null;
  const quarters = new Set<string>();
  for (const m of months) {
    const q = `${m.slice(0, 4)}-Q${Math.floor((Number(m.slice(5, 7)) - 1) / 3) + 1}`;
    if (monthsOf(q).every((x) => months.has(x))) quarters.add(q);
  }
  return quarters.size > 0 ? [...quarters].sort() : null;
}

/** The same data read for another kind of period (null when the data cannot be read by it). */
export function withPeriodKind(data: DiagnosisData, wanted: PeriodKind, strict = true): DiagnosisData | string | null {
  const choice = choosePeriods(data.merged, wanted, strict);
  if (choice === null || typeof choice === 'string') return choice;
  return {
    ...data,
    input: { ...data.input, periods: choice.rows },
    periods: [...new Set(choice.rows.map((p) => p.period))].sort(),
    periodKind: choice.periodKind,
  };
}

/**
 * Reads everything the diagnosis needs. By default only the expectations the manager set or
 * applied count (never the offered defaults), and the kind of period is the manager's default
 * (Settings) or the one given, read by the rule above without refusing: failing both, the most
 * common kind (withPeriodKind with `strict` refuses instead). The peer group is the one Settings
 * choose unless `peers` says otherwise (the CLI's --peers); reps carry their placements and
 * leaving date so the engine can form team groups and leave former reps out. Plans are not read: a saved plan must not re-run the team
 * diagnosis. Reps come in the store's order.
 */
export async function loadDiagnosisData(
  store: Store,
  opts: { periodKind?: PeriodKind; expectations?: ExpectationChoice; peers?: PeerBy } = {},
): Promise<DiagnosisData> {
  const [reps, stored, storedExpectations, settings, overrides, imports] = await Promise.all([
    store.table('reps').all(),
    store.table('metricPeriods').all(),
    store.table('expectations').all(),
    getSettings(store),
    store.table('overrides').all(),
    store.table('imports').all(),
  ]);
  const expectations = opts.expectations && 'list' in opts.expectations ? [...opts.expectations.list] : storedExpectations;
  // A rep who left is not counted (nor in any median) in the periods after they left.
  const merged = mergeMetricPeriods(rowsWhileWith(stored, reps));
  const data: DiagnosisData = {
    reps,
    input: {
      reps: reps.map((r) => ({
        id: r.id,
        name: r.name,
        role: r.role,
        startDate: r.startDate,
        targetOverrides: definedOnly(r.targetOverrides),
        placements: r.placements,
        leftDate: r.leftDate,
      })),
      periods: [],
      expectations,
      settings: opts.peers ? { ...settings.diagnosis, peerGroup: opts.peers } : settings.diagnosis,
      overrides,
    },
    periods: [],
    periodKind: null,
    periodKinds: periodKindsOf(merged),
    lastImportByRep: lastImports(stored, imports),
    imports,
    settings,
    merged,
  };
  const chosen = withPeriodKind(data, opts.periodKind ?? settings.defaultPeriodKind, false);
  return chosen === null || typeof chosen === 'string' ? data : chosen;
}

/** The shipped role defaults, as the app's "Apply the defaults" stores them. */
export const ROLE_DEFAULTS: ExpectationChoice = { list: DEFAULT_ROLE_EXPECTATIONS };
