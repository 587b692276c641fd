// Files → analysis (what is it, how to map it, what to ask) and files → import outcome.
// CSV is streamed chunk by chunk from bytes (decode → parse → table → session), so memory
// stays at the aggregates; XLSX is read whole after the zip guard.
import type { ColumnMapping, ImportKind, StageOutcome } from '../../schemas/imports';
import type { Result } from '../../lib/result';
import { err, ok } from '../../lib/result';
import type { CsvDialect, Delimiter } from './csv';
import { MAX_RECORD_CHARS, createCsvReader } from './csv';
import type { TextEncodingName } from './decode';
import { createStreamDecoder, looksBinary } from './decode';
import type { ColumnFormat, ImportOutcome, ImportSettings } from './engine';
import { DATE_FIELDS, NUMERIC_FIELDS, createImportSession, validateSettings } from './engine';
import type { CanonicalField } from './mapping';
import { FIELD_LABELS, headerSignature, proposeMapping, proposeStageMap } from './mapping';
import type { FileFormat, ZipLimits } from './sniff';
import { DEFAULT_ZIP_LIMITS, sniffFormat } from './sniff';
import type { HeaderInfo } from './table';
import { createTableAssembler } from './table';
import type { RowError } from './contract';
import type { Cell, DateOrder, NumberFormat } from './values';
import { cellToString, detectDateOrder, detectDateOrders, detectNumberFormat, numberFormatVote } from './values';
import type { WorkbookSheet } from './xlsx';
import { readWorkbook } from './xlsx-lazy';

/** How to read the file itself. All optional: detected when unset. */
export type SourceOptions = {
  encoding?: TextEncodingName;
  delimiter?: Delimiter;
  /** XLSX sheet name; default the first sheet with data. */
  sheet?: string;
  /** Spreadsheet row number of the header, when detection picked the wrong one. */
  headerRow?: number;
  zipLimits?: ZipLimits;
};

export type ImportQuestion = {
  /** Stable id, e.g. `number-format:Amount`. */
  id: string;
  type: 'number-format' | 'date-order' | 'missing-field';
  column: string | null;
  field: CanonicalField | null;
  message: string;
  examples: string[];
  choices: string[];
  /** What the import uses if the question stays unanswered. */
  proposed: string | null;
};

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
  warnings: string[];
  /** headerSignature(headers): key for remembering a mapping per source. */
  signature: string;
};

const ANALYSE_BYTES = 2 * 1024 * 1024;
const ANALYSE_ROWS = 2000;
const CHUNK_BYTES = 1024 * 1024;

type Grid = {
  info: HeaderInfo;
  rows: { cells: Cell[]; row: number }[];
  dialect: CsvDialect | null;
  encoding: TextEncodingName | null;
  warnings: string[];
  footerRows: number;
};

/** Preview cells are for the eye: long values are cut, controls shown as spaces. */
function previewText(s: string): string {
  const cut = s.length > 300 ? `${s.slice(0, 300)}…` : s;
  // eslint-disable-next-line no-control-regex -- control characters are what is being removed
  return cut.replace(/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, ' ');
}

function textLooksBad(text: string): ReturnType<typeof err> | null {
  if (text.trim() === '') return err('file-empty', 'The file contains no data.');
  if (looksBinary(text)) return err('file-binary', 'This does not look like a CSV or Excel file: it contains binary data.');
  return null;
}

const megabytes = (n: number) => `${(n / (1024 * 1024)).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;

/** A file whose opening bytes hold no line break at all: not a table of rows. */
function noLineBreak(size: number, looked: number) {
  return err(
    'file-line-too-long',
    `This file (${megabytes(size)}) has no line break in its first ${megabytes(looked)}: a CSV holds one row per line, so this is not a table Candor can read.`,
  );
}

/** A row longer than any record Candor reads, where the analysis needs the header or a first row to show. */
function lineTooLong(row: number, what: 'first line' | 'first data row') {
  return err(
    'file-line-too-long',
    `The ${what} of this file (row ${row}) is longer than ${MAX_RECORD_CHARS.toLocaleString('en')} characters, the longest row Candor reads: check that the file is a table with one row per line and that its quotes are closed.`,
  );
}

/** Decodes and parses up to `maxBytes` of CSV into header + rows. */
function sampleCsv(bytes: Uint8Array, opts: SourceOptions, maxBytes: number, maxRows: number): Result<Grid> {
  if (bytes.length === 0) return err('file-empty', 'The file is empty (0 bytes).');
  const dec = createStreamDecoder(opts.encoding ? { encoding: opts.encoding } : {});
  const slice = bytes.subarray(0, maxBytes);
  const whole = slice.length === bytes.length;
  let text = dec.decode(slice, whole);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const bad = textLooksBad(text);
  if (bad)
    return bytes.length <= 3 && bad.error.code === 'file-empty' ? err('file-empty', 'The file contains only a byte-order mark and no data.') : bad;
  if (!whole) {
    const lastBreak = text.lastIndexOf('\n');
    if (lastBreak < 0) return noLineBreak(bytes.length, slice.length);
    text = text.slice(0, lastBreak);
  }
  const rows: { cells: Cell[]; row: number }[] = [];
  /** The first row too long to read (CSV records stop at MAX_RECORD_CHARS). */
  let longRow: number | null = null;
  let info: HeaderInfo | null = null;
  const assembler = createTableAssembler(
    {
      header: (h) => (info = h),
      row: (cells, row) => {
        if (rows.length < maxRows) rows.push({ cells, row });
      },
      issue: () => undefined,
    },
    opts.headerRow !== undefined ? { headerRow: opts.headerRow } : {},
  );
  const reader = createCsvReader({
    ...(opts.delimiter ? { delimiter: opts.delimiter } : {}),
    onRow: (cells, row) => assembler.push(cells, row),
    onBroken: (row, message) => {
      if (/is longer than/.test(message)) longRow ??= row;
    },
  });
  reader.push(text);
  reader.end();
  const found = assembler.end();
  if ((!found || !info) && longRow === 1) return lineTooLong(1, 'first line');
  if (!found || !info) return err('file-no-header', 'No header row was found in the file.');
  if (rows.length === 0 && longRow !== null) return lineTooLong(longRow, 'first data row');
  if (rows.length === 0 && !whole) return lineTooLong((info as HeaderInfo).headerRow + 1, 'first data row');
  const warnings = [...dec.warnings];
  if (reader.dialect?.sepLine)
    warnings.push(
      `The file starts with a “sep=${reader.dialect.delimiter === '\t' ? '\\t' : reader.dialect.delimiter}” line; it was used as the delimiter.`,
    );
  return ok({ info, rows, dialect: reader.dialect, encoding: dec.encoding, warnings, footerRows: assembler.stats.footerRows });
}

function gridFromSheet(rows: Cell[][], headerRow: number | undefined): Result<Grid> {
  const out: { cells: Cell[]; row: number }[] = [];
  let info: HeaderInfo | null = null;
  const assembler = createTableAssembler(
    { header: (h) => (info = h), row: (cells, row) => out.push({ cells, row }), issue: () => undefined },
    headerRow !== undefined ? { headerRow } : {},
  );
  rows.forEach((r, i) => assembler.push(r, i + 1));
  if (!assembler.end() || !info) return err('file-no-header', 'The sheet has no header row.');
  return ok({ info, rows: out, dialect: null, encoding: null, warnings: [], footerRows: assembler.stats.footerRows });
}

function pickSheet(sheets: WorkbookSheet[], wanted: string | undefined): Result<WorkbookSheet> {
  if (wanted !== undefined) {
    const s = sheets.find((x) => x.name === wanted);
    return s ? ok(s) : err('sheet-not-found', `The workbook has no sheet called “${wanted}”. Sheets: ${sheets.map((x) => x.name).join(', ')}.`);
  }
  const s = sheets.find((x) => x.rows.some((r) => r.some((c) => c !== null && c !== ''))) ?? sheets[0];
  return s ? ok(s) : err('file-empty', 'The workbook has no sheets.');
}

/** The chosen sheet of a workbook as a grid, with the workbook's sheet names and the sheet's notices. */
async function workbookGrid(
  bytes: Uint8Array,
  options: SourceOptions,
): Promise<Result<{ grid: Grid; sheet: string; sheetNames: string[]; notices: string[] }>> {
  const wb = await readWorkbook(bytes, options.zipLimits ?? DEFAULT_ZIP_LIMITS);
  if (!wb.ok) return wb;
  const chosen = pickSheet(wb.value, options.sheet);
  if (!chosen.ok) return chosen;
  const g = gridFromSheet(chosen.value.rows, options.headerRow);
  if (!g.ok) return g;
  return ok({ grid: g.value, sheet: chosen.value.name, sheetNames: wb.value.map((x) => x.name), notices: chosen.value.notices });
}

/**
 * Looks at a file and proposes how to import it. Never throws: every problem is an error result
 * with a stable code (file-empty, file-binary, file-no-header, file-header-only, file-unsupported,
 * xls-unsupported, xlsx-encrypted, xlsx-truncated, xlsx-invalid, xlsx-too-large, xlsx-zip-bomb,
 * sheet-not-found).
 */
export async function analyseFile(
  bytes: Uint8Array,
  fileName: string,
  options: SourceOptions & { kind?: ImportKind } = {},
): Promise<Result<FileAnalysis>> {
  try {
    return await analyseInner(bytes, fileName, options);
  } catch (e) {
    return err('internal-error', `The file could not be read (${e instanceof Error ? e.message.slice(0, 160) : 'unknown error'}).`);
  }
}

async function analyseInner(bytes: Uint8Array, fileName: string, options: SourceOptions & { kind?: ImportKind }): Promise<Result<FileAnalysis>> {
  const fmt = sniffFormat(bytes, fileName);
  if (!fmt.ok) return fmt;
  const warnings: string[] = [];
  let grid: Grid;
  let sheetNames: string[] = [];
  let sheet: string | null = null;
  if (fmt.value === 'xlsx') {
    const book = await workbookGrid(bytes, options);
    if (!book.ok) return book;
    ({ grid, sheet, sheetNames } = book.value);
    if (sheetNames.length > 1) warnings.push(`The workbook has ${sheetNames.length} sheets; reading “${sheet}”.`);
    warnings.push(...book.value.notices);
  } else {
    if (/\.(xlsx|xlsm|xls)$/i.test(fileName)) warnings.push(`“${fileName}” is named like an Excel file but holds text (CSV); it was read as CSV.`);
    const g = sampleCsv(bytes, options, ANALYSE_BYTES, ANALYSE_ROWS);
    if (!g.ok) return g;
    grid = g.value;
  }
  warnings.push(...grid.warnings, ...grid.info.warnings);
  if (grid.rows.length === 0) return err('file-header-only', 'The file has a header row but no data rows.');
  if (grid.footerRows > 0)
    warnings.push(`Skipped ${grid.footerRows} report footer line${grid.footerRows === 1 ? '' : 's'} (totals, “Generated by…”).`);

  const headers = grid.info.headers;
  const proposal = proposeMapping(headers, options.kind);
  const questions: ImportQuestion[] = [];
  for (const f of proposal.missing) {
    questions.push({
      id: `missing-field:${f}`,
      type: 'missing-field',
      column: null,
      field: f,
      message: `Which column holds the ${FIELD_LABELS[f].toLowerCase()}?`,
      examples: [],
      choices: headers,
      proposed: null,
    });
  }
  const columnFormats: Record<string, ColumnFormat> = {};
  const colValues = (header: string) => {
    const i = headers.indexOf(header);
    return grid.rows.map((r) => r.cells[i]).filter((c): c is string => typeof c === 'string' && c.trim() !== '');
  };
  const numericFields: ReadonlySet<string> = NUMERIC_FIELDS;
  const dateFields: ReadonlySet<string> = DATE_FIELDS;
  const dateFieldsMapped = Object.entries(proposal.mapping).filter(([f]) => dateFields.has(f));
  const dateDecisions = detectDateOrders(dateFieldsMapped.map(([, h]) => ({ header: h, values: colValues(h) })));
  for (const [field, header] of Object.entries(proposal.mapping)) {
    const values = colValues(header);
    if (numericFields.has(field)) {
      const d = detectNumberFormat(values);
      columnFormats[header] = { ...columnFormats[header], number: d.format, ...(d.conflicting ? { mixedNumbers: true } : {}) };
      if (d.conflicting) {
        const us = values.filter((v) => numberFormatVote(v) === 'us');
        const eu = values.filter((v) => numberFormatVote(v) === 'eu');
        questions.push({
          id: `number-format:${header}`,
          type: 'number-format',
          column: header,
          field: field as CanonicalField,
          message: `“${header}” mixes two number formats: “${us[0] ?? ''}” is written the US/UK way and “${eu[0] ?? ''}” the European way. Which one does this column use? Values written the other way will be listed as row errors, not read.`,
          examples: [...us.slice(0, 3), ...eu.slice(0, 3)],
          choices: ['us', 'eu'] satisfies NumberFormat[],
          proposed: d.format,
        });
      } else if (d.ambiguous) {
        questions.push({
          id: `number-format:${header}`,
          type: 'number-format',
          column: header,
          field: field as CanonicalField,
          message: `In “${header}”, is “${values.find((v) => /\d[.,]\d{3}(\D|$)/.test(v)) ?? values[0] ?? ''}” a thousands-separated whole number (US/UK: 1,234 = one thousand two hundred thirty-four) or a decimal (European: 1,234 = one point two three four)?`,
          examples: values.filter((v) => /[.,]/.test(v)).slice(0, 5),
          choices: ['us', 'eu'] satisfies NumberFormat[],
          proposed: d.format,
        });
      }
    }
    if (dateFields.has(field)) {
      const d = dateDecisions.get(header) ?? detectDateOrder(values);
      columnFormats[header] = { ...columnFormats[header], dateOrder: d.format };
      if (d.ambiguous) {
        questions.push({
          id: `date-order:${header}`,
          type: 'date-order',
          column: header,
          field: field as CanonicalField,
          message: `In “${header}”, is “${values.find((v) => /^\d{1,2}[/-]\d{1,2}[/-]/.test(v)) ?? values[0] ?? ''}” month/day/year (US) or day/month/year?`,
          examples: values.filter((v) => /^\d{1,2}[/-]\d{1,2}[/-]/.test(v)).slice(0, 5),
          choices: ['mdy', 'dmy'] satisfies DateOrder[],
          proposed: d.format,
        });
      }
    }
  }
  let stageMap: Record<string, StageOutcome> = {};
  if (proposal.kind === 'deals' && proposal.mapping['stage'] !== undefined) {
    stageMap = proposeStageMap(colValues(proposal.mapping['stage']).slice(0, 100_000));
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

/** Row-by-row import over raw rows (header detection included); the building block of the others. */
export function createRowImport(settings: ImportSettings & { headerRow?: number }, onColumns?: (unread: readonly boolean[]) => void) {
  let session: ReturnType<typeof createImportSession> | null = null;
  let failure: ReturnType<typeof err> | null = null;
  let headerWarnings: string[] = [];
  /** Broken records met before the header was decided; counted once the session exists. */
  const earlyRejects: RowError[] = [];
  const assembler = createTableAssembler(
    {
      header: (info) => {
        const v = validateSettings(info.headers, settings);
        if (!v.ok) {
          failure = err(v.code, v.message);
          return;
        }
        session = createImportSession(info.headers, settings);
        onColumns?.(session.unreadColumns);
        headerWarnings = info.warnings;
        for (const e of earlyRejects.splice(0)) if (e.row > info.headerRow) session.reject(e);
      },
      row: (cells, row) => session?.push(cells, row),
      issue: (e) => session?.issue(e, 'warning'),
    },
    settings.headerRow !== undefined ? { headerRow: settings.headerRow } : {},
  );
  return {
    push(cells: Cell[], row: number) {
      if (failure) return;
      assembler.push(cells, row);
    },
    issue(row: number, message: string) {
      (session as ReturnType<typeof createImportSession> | null)?.issue({ row, column: '', value: '', reason: message }, 'warning');
    },
    /** A record that could not be read: it counts as read and rejected, with this reason. */
    reject(row: number, message: string) {
      if (failure) return;
      const e: RowError = { row, column: '', value: '', reason: message };
      const s = session as ReturnType<typeof createImportSession> | null;
      if (s) s.reject(e);
      else earlyRejects.push(e);
    },
    get rowsRead(): number {
      return (session as ReturnType<typeof createImportSession> | null)?.rowsRead ?? 0;
    },
    finish(extraWarnings: string[] = []): Result<ImportOutcome> {
      const found = assembler.end();
      if (failure) return failure;
      const s = session as ReturnType<typeof createImportSession> | null;
      if (!found || !s) return err('file-no-header', 'No header row was found.');
      for (const w of [...extraWarnings, ...headerWarnings]) s.warn(w);
      if (assembler.stats.footerRows > 0)
        s.warn(
          `Skipped ${assembler.stats.footerRows} report footer line${assembler.stats.footerRows === 1 ? '' : 's'} (e.g. “${assembler.stats.footerExample ?? ''}”).`,
        );
      const out = s.finish();
      if (out.report.rowsRead === 0) return err('file-header-only', 'The file has a header row but no data rows.');
      return ok(out);
    },
  };
}

/**
 * Streaming CSV import: push byte chunks as they are read (File.slice in a Worker, fs stream in
 * the CLI), then finish(). Memory: one chunk plus the aggregates (plus records if kept).
 */
export function createCsvImport(settings: ImportSettings & SourceOptions, extraWarnings: string[] = []) {
  const dec = createStreamDecoder(settings.encoding ? { encoding: settings.encoding } : {});
  // Once the header is known, the reader need not cut out the cells of columns nobody reads.
  const rows = createRowImport(settings, (unread) => reader.skipColumns(unread));
  let first = true;
  let sawText = false;
  let binary = false;
  const reader = createCsvReader({
    ...(settings.delimiter ? { delimiter: settings.delimiter } : {}),
    onRow: (cells, row) => rows.push(cells, row),
    onIssue: (row, message) => rows.issue(row, `CSV quoting problem: ${message}`),
    onBroken: (row, message) => rows.reject(row, message),
  });
  const pushText = (text: string) => {
    if (first && text.length > 0) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      if (looksBinary(text)) {
        binary = true;
        reader.abort();
        return;
      }
    }
    if (text.trim() !== '') sawText = true;
    reader.push(text);
  };
  return {
    pushBytes(chunk: Uint8Array, last = false) {
      if (binary) return;
      pushText(dec.decode(chunk, last));
    },
    get rowsRead() {
      return rows.rowsRead;
    },
    finish(): Result<ImportOutcome> {
      pushText(dec.decode(new Uint8Array(0), true));
      if (binary) return err('file-binary', 'This does not look like a CSV or Excel file: it contains binary data.');
      if (!sawText) return err('file-empty', 'The file contains no data.');
      reader.end();
      const extra = [...extraWarnings, ...dec.warnings];
      if (reader.dialect?.sepLine)
        extra.push(
          `The file starts with a “sep=${reader.dialect.delimiter === '\t' ? '\\t' : reader.dialect.delimiter}” line; it was used as the delimiter.`,
        );
      return rows.finish(extra);
    },
  };
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
