import type { MetricValues } from '@shared/schemas/metrics';
import type { PeriodKey, PeriodKind } from '@shared/schemas/common';

/**
 * The public shape of an import's result, shared by the app, the Web Worker and the CLI.
 * Record-level exports are aggregated into these rows; per-period sheets map onto them.
 */
export type RepPeriodRow = {
  /** The rep's name as written in the file (trimmed). */
  rep: string;
  /** Role, when the file carries one (per-period sheets may). */
  role: string | null;
  /** Start date YYYY-MM-DD, when the file carries one. */
  startDate: string | null;
  period: PeriodKey;
  periodKind: PeriodKind;
  values: MetricValues;
};

export type RowError = {
  /** 1-based row number as a spreadsheet shows it (header row = 1, unless a title block precedes it). */
  row: number;
  column: string;
  value: string;
  reason: string;
};

export type ImportReport = {
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  errors: RowError[];
  warnings: string[];
};
