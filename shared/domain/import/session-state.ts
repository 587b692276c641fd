// The one state an import session carries from its first row to its outcome, written out as a
// type so every part of the session (format decider, row handlers, finaliser) says what it reads
// and changes. Also the few small operations every part shares: an error into the report, a
// cell's text, a rep's bucket for a period, the period of a date.
import type { PeriodKey, PeriodKind } from '@shared/schemas/common';
import type { ImportKind, StageOutcome } from '@shared/schemas/imports';
import type { RepPeriodRow, RowError } from './contract';
import type { ActivityClass, CanonicalField } from './mapping';
import { FIELDS_BY_KIND } from './mapping';
import type { ActivityRow, ColumnFormat, DealRow, ImportRowError, ImportSettings, RowEffect } from './session-types';
import type { Cell, DateOrder, DateParts, NumberFormat, Parsed } from './values';
import { cellToString, cleanText, periodOf } from './values';
import { isPlainText } from './cell-fast';

/** One rep's counts in one period. */
export type Bucket = {
  won: number;
  lost: number;
  wonAmountSum: number;
  wonAmountCount: number;
  cycle: number[];
  created: number;
  /** Of the deals created in this period (the creation cohort): won, lost and still open now. */
  cohortWon: number;
  cohortLost: number;
  cohortOpen: number;
  calls: number;
  emails: number;
  meetings: number;
  booked: number;
};

export type RepState = {
  name: string;
  role: string | null;
  startDate: string | null;
  /** Buckets by period id (see periodFor), and the ids in the order they were first seen. */
  buckets: (Bucket | undefined)[];
  periodOrder: number[];
  /** Open deals for pipeline, in file order: created date as yyyymmdd number, and amount (NaN: unknown). */
  openDates: number[];
  openAmounts: number[];
  accepted: number;
  /** Dropped from `reps` (seen only on rejected rows): cached lookups must not return it. */
  removed: boolean;
};

/** A distinct stage value: its outcome (fixed once decided) and how many rows carry it. */
export type StageEntry = { stage: string; outcome: StageOutcome; rows: number };

/** A problem with one cell: the column's header, the cell's text (cut) and why. */
export type CellErr = { column: string; value: string; reason: string };

export type SessionState = {
  readonly headers: readonly string[];
  readonly settings: ImportSettings;
  readonly kind: ImportKind;
  readonly periodKind: PeriodKind;
  readonly keepRecords: boolean;
  readonly maxErrors: number;
  /** Sales data is about the past and the year ahead: a period after this year is a typo. */
  readonly latestYear: number;
  /** Column index per mapped field, and the columns the row handlers read on every row. */
  readonly col: ReadonlyMap<CanonicalField, number>;
  readonly repCol: number | undefined;
  readonly stageCol: number | undefined;
  readonly amountCol: number | undefined;
  readonly createdCol: number | undefined;
  readonly closeCol: number | undefined;

  // The report.
  errors: ImportRowError[];
  errorsOmitted: number;
  warnings: string[];
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  /** Rep names that start like a formula; open deals with no created date. */
  formulaLike: number;
  unplacedOpen: number;

  // Column formats: given or decided from the sample, per column index.
  columnFormats: Record<string, ColumnFormat>;
  numberFmt: NumberFormat[];
  mixedNumbers: boolean[];
  dateOrd: DateOrder[];
  rateScale: ('fraction' | 'percent')[];
  /** The first currency seen per amount column. */
  currencyByCol: Map<number, string>;
  /** Parsed dates per column, by text and (for yyyy-mm-dd) by its digits. */
  dateCaches: Map<string, Parsed<DateParts>>[];
  isoCaches: Map<number, Parsed<DateParts>>[];

  // Reps.
  reps: Map<string, RepState>;
  repKeyCache: Map<string, string>;
  /** Rep cell text as in the file → its rep, whether the name looks like a formula, and what cleaning it needed. */
  repByCell: Map<string, { st: RepState; formula: boolean; note: string | null }>;
  /** Name variants folded into one rep (key → spellings seen), for the report. */
  nameVariants: Map<string, Set<string>>;
  repsOverCap: number;
  /** What cleaning the rep name of the current row needed (set by repOfCell), or null. */
  repNote: string | null;

  // Stages.
  stageMap: Record<string, StageOutcome>;
  stageCache: Map<string, StageOutcome>;
  settingsStages: Set<string>;
  stageByCell: Map<string, StageEntry>;
  stageEntries: Map<string, StageEntry>;

  // Periods: small integer ids so a rep's buckets are an array, not a string-keyed map.
  periodKeys: PeriodKey[];
  periodIds: Map<PeriodKey, number>;
  periodByDay: Int32Array | null;
  periodCache: Map<DateParts, number>;

  // Period sheets.
  /** The one kind of period a sheet holds: that of its first period, and the row it was read on. */
  sheetKind: { kind: PeriodKind; row: number } | null;
  /** Rows whose period cell was a plain number (a year or a count read as a day number). */
  numericPeriodCells: number;
  periodSheetRows: number;
  seenPeriodRows: Set<string>;
  periodRows: RepPeriodRow[];

  // Activities and records.
  activityClassCache: Map<string, ActivityClass>;
  activityClassesSeen: Set<ActivityClass>;
  deals: DealRow[];
  activities: ActivityRow[];
  /** The last optional date read that could not be read (see readOptionalDate). */
  badDate: CellErr | null;
};

export function createSessionState(headers: readonly string[], settings: ImportSettings): SessionState {
  const col = new Map<CanonicalField, number>();
  for (const f of FIELDS_BY_KIND[settings.kind]) {
    const h = Object.hasOwn(settings.mapping, f) ? settings.mapping[f] : undefined;
    if (h === undefined || h === '') continue;
    const i = headers.indexOf(h);
    if (i >= 0) col.set(f, i);
  }
  const stageMap: Record<string, StageOutcome> = { ...(settings.stageMap ?? {}) };
  return {
    headers,
    settings,
    kind: settings.kind,
    periodKind: settings.periodKind ?? 'month',
    keepRecords: settings.keepRecords ?? true,
    maxErrors: settings.maxErrors ?? 1000,
    latestYear: (settings.now ?? new Date()).getUTCFullYear() + 1,
    col,
    repCol: col.get('rep'),
    stageCol: col.get('stage'),
    amountCol: col.get('amount'),
    createdCol: col.get('createdDate'),
    closeCol: col.get('closeDate'),
    errors: [],
    errorsOmitted: 0,
    warnings: [],
    rowsRead: 0,
    rowsAccepted: 0,
    rowsRejected: 0,
    formulaLike: 0,
    unplacedOpen: 0,
    columnFormats: {},
    numberFmt: [],
    mixedNumbers: [],
    dateOrd: [],
    rateScale: [],
    currencyByCol: new Map(),
    dateCaches: [],
    isoCaches: [],
    reps: new Map(),
    repKeyCache: new Map(),
    repByCell: new Map(),
    nameVariants: new Map(),
    repsOverCap: 0,
    repNote: null,
    stageMap,
    stageCache: new Map(Object.entries(stageMap)),
    settingsStages: new Set(Object.keys(stageMap)),
    stageByCell: new Map(),
    stageEntries: new Map(),
    periodKeys: [],
    periodIds: new Map(),
    periodByDay: null,
    periodCache: new Map(),
    sheetKind: null,
    numericPeriodCells: 0,
    periodSheetRows: 0,
    seenPeriodRows: new Set(),
    periodRows: [],
    activityClassCache: new Map(),
    activityClassesSeen: new Set(),
    deals: [],
    activities: [],
    badDate: null,
  };
}

/** A row problem into the report; past `maxErrors` only counted. */
export function addError(
  s: SessionState,
  e: RowError,
  severity: 'error' | 'warning',
  effect: RowEffect = severity === 'warning' ? 'none' : 'value',
): void {
  if (s.errors.length < s.maxErrors) s.errors.push({ ...e, severity, effect });
  else s.errorsOmitted++;
}

/** Why a year cannot be one of sales data (before 1900, after next year), or null. */
export function yearProblem(s: SessionState, y: number, what: string): string | null {
  return y < 1900
    ? `${what} in the year ${y}, before 1900: not a period of sales data`
    : y > s.latestYear
      ? `${what} in the year ${y}, after ${s.latestYear}: too far ahead to be sales data`
      : null;
}

/** A cell as shown text: cleaned of control characters unless it is plain ASCII already. */
export function cellText(cell: Cell | undefined): string {
  return cell === undefined || cell === null ? '' : typeof cell === 'string' ? (isPlainText(cell) ? cell : cleanText(cell)) : cellToString(cell);
}

export function cellError(s: SessionState, i: number, cell: Cell | undefined, reason: string): CellErr {
  return { column: s.headers[i] ?? '', value: cellText(cell).slice(0, 200), reason };
}

function newBucket(): Bucket {
  return {
    won: 0,
    lost: 0,
    wonAmountSum: 0,
    wonAmountCount: 0,
    cycle: [],
    created: 0,
    cohortWon: 0,
    cohortLost: 0,
    cohortOpen: 0,
    calls: 0,
    emails: 0,
    meetings: 0,
    booked: 0,
  };
}

/** The rep's bucket for a period id, made on first use. */
export function bucket(st: RepState, id: number): Bucket {
  let b = st.buckets[id];
  if (b === undefined) {
    b = newBucket();
    st.buckets[id] = b;
    st.periodOrder.push(id);
  }
  return b;
}

// Period ids memoised per calendar day: a flat table for 1900–2200 (all that text dates can
// be), a map for the rest (XLSX serials reach year 9999).
const DAY_SLOTS = 301 * 372;

/** The id of the period a date falls in. */
export function periodFor(s: SessionState, d: DateParts): number {
  const slot = (d.y - 1900) * 372 + (d.m - 1) * 31 + (d.d - 1);
  const inTable = slot >= 0 && slot < DAY_SLOTS && d.m >= 1 && d.m <= 12 && d.d >= 1 && d.d <= 31 && Number.isInteger(slot);
  if (inTable) {
    s.periodByDay ??= new Int32Array(DAY_SLOTS);
    const hit = s.periodByDay[slot] ?? 0;
    if (hit !== 0) return hit - 1;
  }
  let id = inTable ? undefined : s.periodCache.get(d);
  if (id === undefined) {
    const key = periodOf(d, s.periodKind);
    id = s.periodIds.get(key);
    if (id === undefined) {
      id = s.periodKeys.length;
      s.periodKeys.push(key);
      s.periodIds.set(key, id);
    }
    if (inTable) (s.periodByDay as Int32Array)[slot] = id + 1;
    else {
      if (s.periodCache.size > 50_000) s.periodCache.clear();
      s.periodCache.set(d, id);
    }
  }
  return id;
}

/**
 * A row handler of one import kind: reads the row of rep `st` into the session, listing problems
 * with single cells in `cellErrs` / `cellWarns`; returns null (accepted) or the error that
 * rejects the whole row.
 */
export type RowHandler = (s: SessionState, cells: Cell[], row: number, st: RepState, cellErrs: CellErr[], cellWarns: CellErr[]) => CellErr | null;
