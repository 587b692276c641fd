import type { RepPeriodRow } from '@shared/domain/import/contract';
import type { FullReport, ImportCheck, StageValueCount } from '@shared/domain/import/engine';
import type { ColumnMapping, ImportKind, PeriodKind, StageOutcome } from '@shared/schemas';
import type { RawActivity, RawDeal } from '@renderer/db/repositories/imports';

/** One canonical field the user can map a column to. */
export type FieldSpec = { field: string; label: string; required: boolean; confidence: number | null };

/** A question the importer will not guess the answer to (ambiguous dates or numbers). */
export type ColumnQuestion = {
  /** Stable id; answers are keyed by it. */
  id: string;
  column: string;
  kind: 'date-order' | 'number-format';
  prompt: string;
  options: { value: string; label: string }[];
  samples: string[];
  /** The importer's best reading; the UI still asks, it is used only where nobody can answer (sample data). */
  proposed: string | null;
};

export type Analysis = {
  fileName: string;
  sha256: string;
  size: number;
  kind: ImportKind;
  sheetNames: string[];
  sheetName: string | null;
  headers: string[];
  preview: string[][];
  rowCount: number | null;
  fields: Record<ImportKind, FieldSpec[]>;
  mapping: ColumnMapping;
  stageValues: string[];
  stageMap: Record<string, StageOutcome>;
  questions: ColumnQuestion[];
  headerSignature: string;
  warnings: string[];
};

export type RunOptions = {
  kind: ImportKind;
  mapping: ColumnMapping;
  stageMap: Record<string, StageOutcome>;
  periodKind: PeriodKind;
  /** Question id → chosen option value. */
  answers: Record<string, string>;
};

export type RunResult = {
  periods: RepPeriodRow[];
  deals: RawDeal[];
  activities: RawActivity[];
  /** Counts, row problems (each with what it did to its row) and file-level warnings. */
  report: FullReport;
  /** Signs the mapping or the file is wrong: the import waits until the user has looked at them. */
  checks: ImportCheck[];
  /** Deals: every distinct stage value of the whole file; unconfirmed ones are asked about. */
  stageValues: StageValueCount[];
};

export type ToWorker =
  | {
      type: 'analyse';
      /** The file itself: a File or Blob is passed to the worker without copying its bytes. */
      file: Blob;
      fileName: string;
      sheetName: string | null;
    }
  | { type: 'run'; options: RunOptions };

export type FromWorker =
  | { type: 'analysed'; analysis: Analysis }
  | { type: 'progress'; rowsProcessed: number; fraction: number | null }
  | { type: 'result'; result: RunResult }
  | { type: 'error'; code: string; message: string };
