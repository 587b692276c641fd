// The import session's public shapes: the settings it takes, the records and outcome it gives,
// the report and the checks that block an import, and the fields it reads as numbers or dates.
import type { PeriodKind } from '@shared/schemas/common';
import type { ActivityType, ColumnMapping, ImportKind, StageOutcome } from '@shared/schemas/imports';
import type { ImportReport, RepPeriodRow, RowError } from './contract';
import type { CanonicalField } from './mapping';
import { FIELDS_BY_KIND } from './mapping';
import type { DateOrder, NumberFormat } from './values';

/** Per-column reading decisions, keyed by header. Unset parts are detected from the data. */
export type ColumnFormat = {
  number?: NumberFormat;
  dateOrder?: DateOrder;
  /** For rate columns (win rate): plain numbers are fractions (0.45) or percents (45). */
  rateScale?: 'fraction' | 'percent';
  /**
   * The column mixes US and European number formats (1,234.56 and 1.234,56): a value that reads
   * both ways (1.234, 1,234) is then a row error, whichever format was chosen.
   */
  mixedNumbers?: boolean;
};

export type ImportSettings = {
  kind: ImportKind;
  mapping: ColumnMapping;
  /** Stage value (trimmed, as in the file) → outcome. Values not in it get a proposal. */
  stageMap?: Record<string, StageOutcome>;
  /** Periods for record-level files (month by default). Period sheets carry their own. */
  periodKind?: PeriodKind;
  columnFormats?: Record<string, ColumnFormat>;
  /** Return the deal/activity records too (default true). The benchmark turns this off. */
  keepRecords?: boolean;
  /** Most row errors listed in the report (default 1000); the rest are counted. */
  maxErrors?: number;
  /** Today, for the latest year a period may fall in (next year); the computer's clock by default. */
  now?: Date;
};

export type DealRow = {
  row: number;
  rep: string;
  dealId: string | null;
  stage: string;
  outcome: StageOutcome;
  amount: number | null;
  createdDate: string | null;
  closeDate: string | null;
};

export type ActivityRow = { row: number; rep: string; type: ActivityType; date: string };

/** One distinct stage value of the whole file, with how many rows carry it. */
export type StageValueCount = {
  value: string;
  rows: number;
  outcome: StageOutcome;
  /** False when the settings' stage map did not cover it: the outcome is only a proposal to confirm. */
  confirmed: boolean;
};

/**
 * A sign that the mapping or the file is wrong (a list of accounts mapped as a team, a year
 * column taken as the period). Shown before anything can be imported.
 */
export type ImportCheck = {
  id:
    | 'rep-names-are-numbers'
    | 'periods-from-numbers'
    | 'one-row-per-rep'
    | 'most-rows-rejected'
    | 'too-many-reps'
    | 'too-many-stages'
    | 'no-closed-stages'
    | 'nothing-in-a-period';
  message: string;
};

/** Most distinct rep names in one import; rows naming more are rejected. */
export const MAX_REPS = 5000;
/** Most distinct stage values in one deals import; rows with more are rejected. */
export const MAX_STAGE_VALUES = 500;

export type ImportOutcome = {
  kind: ImportKind;
  periodKind: PeriodKind;
  periods: RepPeriodRow[];
  deals?: DealRow[];
  activities?: ActivityRow[];
  /** The stage map actually used, including proposals for values first seen here. */
  stageMap: Record<string, StageOutcome>;
  /** The column formats actually used (detected or given). */
  columnFormats: Record<string, ColumnFormat>;
  /** Deals: every distinct stage value of the whole file (most rows first). */
  stageValues: StageValueCount[];
  report: FullReport;
};

/**
 * RowError plus a severity ('error' rejected the row or dropped the cell; 'warning' kept it) and
 * what it did to the row: 'row' left the row out, 'value' kept the row without this value,
 * 'none' kept the row as read or cleaned (a name's control characters removed).
 */
export type ImportRowError = RowError & { severity: 'error' | 'warning'; effect: RowEffect };
export type RowEffect = 'row' | 'value' | 'none';

/** ImportReport with severities and a count of errors beyond `maxErrors`; assignable to ImportReport. */
export type FullReport = Omit<ImportReport, 'errors'> & { errors: ImportRowError[]; errorsOmitted: number; checks: ImportCheck[] };

/** Fields read as numbers, and as dates (the analysis asks about their formats). */
export const NUMERIC_FIELDS: ReadonlySet<CanonicalField> = new Set<CanonicalField>([
  ...FIELDS_BY_KIND['period-sheet'].filter((f) => f !== 'rep' && f !== 'role' && f !== 'startDate' && f !== 'period'),
  'amount',
]);
export const DATE_FIELDS: ReadonlySet<CanonicalField> = new Set<CanonicalField>(['startDate', 'createdDate', 'closeDate', 'activityDate', 'period']);
