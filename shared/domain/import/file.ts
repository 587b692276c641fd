// Files → analysis (what is it, how to map it, what to ask) and files → import outcome.
// CSV is streamed chunk by chunk from bytes (decode → parse → table → session), so memory
// stays at the aggregates; XLSX is read whole after the zip guard.
import type { ColumnMapping, ImportKind, StageOutcome } from '@shared/schemas/imports';
import type { Result } from '@shared/lib/result';
import { err, ok } from '@shared/lib/result';
import type { Delimiter } from './csv';
import type { TextEncodingName } from './decode';
import type { ColumnFormat, ImportOutcome, ImportSettings } from './engine';
import type { SourceOptions, Grid } from './file-grid';
import { CHUNK_BYTES, megabytes, openGrid, pickSheet, sampleCsv, workbookGrid } from './file-grid';
import { createCsvImport, createRowImport } from './file-stream';
import type { ImportQuestion } from './file-questions';
import { columnQuestions, columnValues } from './file-questions';
import type { CanonicalField } from './mapping';
import { headerSignature, proposeMapping, proposeStageMap } from './mapping';
import type { FileFormat } from './sniff';
import { DEFAULT_ZIP_LIMITS, sniffFormat } from './sniff';
import type { Cell } from './values';
import { cellToString } from './values';
import { readWorkbook } from './xlsx-lazy';

export type { ImportQuestion } from './file-questions';
export type { SourceOptions } from './file-grid';
export { createCsvImport, createRowImport } from './file-stream';

export type FileAnalysis = {
  format: FileFormat;
  encoding: TextEncodingName | null;
  delimiter: Delimiter | null;
  sheetNames: string[];
  sheet: string | null;
  headers: string[];
  headerRow: number;
  /** First data rows as display text (≤ 20). Cells are inert text, never formulas. */
  preview: string[][];
  /** Data rows looked at for the proposals (the first ≤ 2,000). */
  sampledRows: number;
  kind: ImportKind;
  kindConfidence: number;
  mapping: ColumnMapping;
  confidence: Partial<Record<CanonicalField, number>>;
  /** Distinct stage values seen in the sample → proposed outcome. */
  stageMap: Record<string, StageOutcome>;
  /** Detected formats per header (number/date columns of the proposed mapping). */
  columnFormats: Record<string, ColumnFormat>;
  questions: ImportQuestion[];
  /** What the reader noticed; with `stopAtSample`, footer lines only among the rows read. */
  warnings: string[];
  /** headerSignature(headers): key for remembering a mapping per source. */
  signature: string;
};

/**
 * How to analyse a file. `stopAtSample`: stop reading a CSV once the sampled rows are in, for a
 * caller that imports the file straight after (the import reads every row and counts every footer
 * line); the proposals are the same, and only footer lines further down go unmentioned.
 */
export type AnalyseOptions = SourceOptions & { kind?: ImportKind; stopAtSample?: boolean };

/** Preview cells are for the eye: long values are cut, controls shown as spaces. */
function previewText(s: string): string {
  const cut = s.length > 300 ? `${s.slice(0, 300)}…` : s;
  // eslint-disable-next-line no-control-regex -- control characters are what is being removed
  return cut.replace(/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, ' ');
}

/**
 * Looks at a file and proposes how to import it. Never throws: every problem is an error result
 * with a stable code (file-empty, file-binary, file-no-header, file-header-only, file-unsupported,
 * xls-unsupported, xlsx-encrypted, xlsx-truncated, xlsx-invalid, xlsx-too-large, xlsx-zip-bomb,
 * sheet-not-found).
 */
export async function analyseFile(bytes: Uint8Array, fileName: string, options: AnalyseOptions = {}): Promise<Result<FileAnalysis>> {
  try {
    return await analyseInner(bytes, fileName, options);
  } catch (e) {
    return err('internal-error', `The file could not be read (${e instanceof Error ? e.message.slice(0, 160) : 'unknown error'}).`);
  }
}

/** The analysis: the file's opening as a grid, the proposed mapping, its questions and the stage outcomes. */
async function analyseInner(bytes: Uint8Array, fileName: string, options: AnalyseOptions): Promise<Result<FileAnalysis>> {
  const fmt = sniffFormat(bytes, fileName);
  if (!fmt.ok) return fmt;
  const opened = await openGrid(bytes, fileName, fmt.value, options);
  if (!opened.ok) return opened;
  const { grid, sheet, sheetNames, warnings } = opened.value;
  const headers = grid.info.headers;
  const proposal = proposeMapping(headers, options.kind);
  const { questions, columnFormats } = columnQuestions(proposal, headers, grid.rows);
  let stageMap: Record<string, StageOutcome> = {};
  if (proposal.kind === 'deals' && proposal.mapping['stage'] !== undefined) {
    stageMap = proposeStageMap(columnValues(headers, grid.rows, proposal.mapping['stage']).slice(0, 100_000));
  }
  return ok({
    format: fmt.value,
    encoding: grid.encoding,
    delimiter: grid.dialect?.delimiter ?? null,
    sheetNames,
    sheet,
    headers,
    headerRow: grid.info.headerRow,
    preview: grid.rows.slice(0, 20).map((r) => r.cells.map((c) => previewText(cellToString(c)))),
    sampledRows: grid.rows.length,
    kind: proposal.kind,
    kindConfidence: proposal.kindConfidence,
    mapping: proposal.mapping,
    confidence: proposal.confidence,
    stageMap,
    columnFormats,
    questions,
    warnings,
    signature: headerSignature(headers),
  });
}

/** Most rows a whole-table read keeps (rosters and other one-row-per-person files are far smaller). */
export const MAX_TABLE_ROWS = 20_000;
const MAX_TABLE_BYTES = 8 * 1024 * 1024;

export type TableRows = { format: FileFormat; sheet: string | null; headers: string[]; rows: { cells: Cell[]; row: number }[]; warnings: string[] };

/**
 * A small file read whole into its header and rows, with the same decoding, header detection and
 * checks as `analyseFile` (a roster goes through here). Bigger files are refused in one sentence.
 */
export async function readTableRows(bytes: Uint8Array, fileName: string, options: SourceOptions = {}): Promise<Result<TableRows>> {
  try {
    const fmt = sniffFormat(bytes, fileName);
    if (!fmt.ok) return fmt;
    if (bytes.length > MAX_TABLE_BYTES)
      return err(
        'file-too-large',
        `This file (${megabytes(bytes.length)}) is too big for a list of people; a roster of ${MAX_TABLE_ROWS.toLocaleString('en')} reps is far smaller.`,
      );
    let grid: Grid;
    let sheet: string | null = null;
    if (fmt.value === 'xlsx') {
      const book = await workbookGrid(bytes, options);
      if (!book.ok) return book;
      ({ grid, sheet } = book.value);
    } else {
      const g = sampleCsv(bytes, options, bytes.length, MAX_TABLE_ROWS + 1);
      if (!g.ok) return g;
      grid = g.value;
    }
    if (grid.rows.length === 0) return err('file-header-only', 'The file has a header row but no data rows.');
    if (grid.rows.length > MAX_TABLE_ROWS)
      return err('file-too-large', `The file has more than ${MAX_TABLE_ROWS.toLocaleString('en')} rows; a roster has one row per rep.`);
    return ok({ format: fmt.value, sheet, headers: grid.info.headers, rows: grid.rows, warnings: [...grid.warnings, ...grid.info.warnings] });
  } catch (e) {
    return err('internal-error', `The file could not be read (${e instanceof Error ? e.message.slice(0, 160) : 'unknown error'}).`);
  }
}

export type ImportProgress = { bytesRead: number; totalBytes: number; rowsRead: number };

export type ImportHooks = {
  onProgress?: (p: ImportProgress) => void;
  /** Checked between chunks; an aborted import returns `import-cancelled`. */
  signal?: { readonly aborted: boolean };
  /** Awaited between chunks so a Worker can take messages (e.g. cancel). */
  yield?: () => Promise<void>;
  chunkBytes?: number;
};

/**
 * Imports a whole file with settings (usually analyseFile's proposal, confirmed by the user).
 * Errors: those of analyseFile, plus mapping-unknown-header, mapping-incomplete, import-cancelled.
 */
export async function importFile(
  bytes: Uint8Array,
  fileName: string,
  settings: ImportSettings & SourceOptions,
  hooks: ImportHooks = {},
): Promise<Result<ImportOutcome>> {
  try {
    const fmt = sniffFormat(bytes, fileName);
    if (!fmt.ok) return fmt;
    if (fmt.value === 'xlsx') {
      const wb = await readWorkbook(bytes, settings.zipLimits ?? DEFAULT_ZIP_LIMITS);
      if (!wb.ok) return wb;
      const chosen = pickSheet(wb.value, settings.sheet);
      if (!chosen.ok) return chosen;
      const stream = createRowImport(settings);
      chosen.value.rows.forEach((r, i) => stream.push(r, i + 1));
      return stream.finish([
        ...(wb.value.length > 1 ? [`The workbook has ${wb.value.length} sheets; read “${chosen.value.name}”.`] : []),
        ...chosen.value.notices,
      ]);
    }
    const renamed = /\.(xlsx|xlsm|xls)$/i.test(fileName)
      ? [`“${fileName}” is named like an Excel file but holds text (CSV); it was read as CSV.`]
      : [];
    return await importCsvBytes(bytes, settings, hooks, renamed);
  } catch (e) {
    return err('internal-error', `The import failed (${e instanceof Error ? e.message.slice(0, 160) : 'unknown error'}).`);
  }
}

/**
 * Pure, synchronous import of a grid of cells (rows as a spreadsheet shows them, title block and
 * footer included: they are detected). Used for XLSX sheets and by tests.
 */
export function runImport(rows: readonly Cell[][], settings: ImportSettings & { headerRow?: number }): Result<ImportOutcome> {
  const stream = createRowImport(settings);
  rows.forEach((r, i) => stream.push(r, i + 1));
  return stream.finish();
}

async function importCsvBytes(
  bytes: Uint8Array,
  settings: ImportSettings & SourceOptions,
  hooks: ImportHooks,
  extraWarnings: string[],
): Promise<Result<ImportOutcome>> {
  if (bytes.length === 0) return err('file-empty', 'The file is empty (0 bytes).');
  const imp = createCsvImport(settings, extraWarnings);
  const step = hooks.chunkBytes ?? CHUNK_BYTES;
  for (let off = 0; off < bytes.length; off += step) {
    if (hooks.signal?.aborted) return err('import-cancelled', 'The import was cancelled; nothing was saved.');
    imp.pushBytes(bytes.subarray(off, Math.min(bytes.length, off + step)));
    hooks.onProgress?.({ bytesRead: Math.min(bytes.length, off + step), totalBytes: bytes.length, rowsRead: imp.rowsRead });
    if (hooks.yield) await hooks.yield();
  }
  if (hooks.signal?.aborted) return err('import-cancelled', 'The import was cancelled; nothing was saved.');
  return imp.finish();
}

/** Settings from an analysis, optionally overridden (what the CLI does with no questions asked). */
export function settingsFromAnalysis(a: FileAnalysis, overrides: Partial<ImportSettings & SourceOptions> = {}): ImportSettings & SourceOptions {
  // Formats still in question are left out, so the import re-detects them and says in its
  // warnings which reading it assumed; answered ones come in through overrides.columnFormats.
  const columnFormats: Record<string, ColumnFormat> = {};
  for (const [header, f] of Object.entries(a.columnFormats)) {
    const open = (t: ImportQuestion['type']) => a.questions.some((q) => q.type === t && q.column === header);
    const keep: ColumnFormat = {};
    if (f.number && !open('number-format')) keep.number = f.number;
    if (f.dateOrder && !open('date-order')) keep.dateOrder = f.dateOrder;
    if (f.rateScale) keep.rateScale = f.rateScale;
    if (f.mixedNumbers) keep.mixedNumbers = true;
    columnFormats[header] = keep;
  }
  const base: ImportSettings & SourceOptions = { kind: a.kind, mapping: a.mapping, stageMap: a.stageMap, columnFormats };
  if (a.sheet !== null) base.sheet = a.sheet;
  if (a.delimiter !== null) base.delimiter = a.delimiter;
  if (a.encoding !== null) base.encoding = a.encoding;
  base.headerRow = a.headerRow;
  const merged = { ...base, ...overrides } as ImportSettings & SourceOptions;
  if (overrides.columnFormats) {
    merged.columnFormats = { ...columnFormats };
    for (const [h, f] of Object.entries(overrides.columnFormats)) merged.columnFormats[h] = { ...columnFormats[h], ...f };
  }
  return merged;
}
