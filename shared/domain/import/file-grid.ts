// A file's opening read into a grid: the header the table assembler found and the data rows
// under it, from CSV (decoded and parsed up to a byte budget) or from a workbook's chosen sheet.
import type { Result } from '@shared/lib/result';
import { err, ok } from '@shared/lib/result';
import type { CsvDialect, Delimiter } from './csv';
import { MAX_RECORD_CHARS, createCsvReader } from './csv';
import type { TextEncodingName } from './decode';
import { createStreamDecoder, looksBinary } from './decode';
import type { FileFormat, ZipLimits } from './sniff';
import { DEFAULT_ZIP_LIMITS } from './sniff';
import type { HeaderInfo } from './table';
import { createTableAssembler } from './table';
import type { Cell } from './values';
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

export const ANALYSE_BYTES = 2 * 1024 * 1024;
export const ANALYSE_ROWS = 2000;
export const CHUNK_BYTES = 1024 * 1024;

export type Grid = {
  info: HeaderInfo;
  rows: { cells: Cell[]; row: number }[];
  dialect: CsvDialect | null;
  encoding: TextEncodingName | null;
  warnings: string[];
  footerRows: number;
};

function textLooksBad(text: string): ReturnType<typeof err> | null {
  if (text.trim() === '') return err('file-empty', 'The file contains no data.');
  if (looksBinary(text)) return err('file-binary', 'This does not look like a CSV or Excel file: it contains binary data.');
  return null;
}

export const megabytes = (n: number) => `${(n / (1024 * 1024)).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;

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

/**
 * Decodes and parses up to `maxBytes` of CSV into header + rows. With `stopAtRows`, reading stops
 * once `maxRows` data rows are kept, so footer lines further down are not counted.
 */
export function sampleCsv(bytes: Uint8Array, opts: SourceOptions, maxBytes: number, maxRows: number, stopAtRows = false): Result<Grid> {
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
        if (stopAtRows && rows.length >= maxRows) reader.abort();
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

export function gridFromSheet(rows: Cell[][], headerRow: number | undefined): Result<Grid> {
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

export function pickSheet(sheets: WorkbookSheet[], wanted: string | undefined): Result<WorkbookSheet> {
  if (wanted !== undefined) {
    const s = sheets.find((x) => x.name === wanted);
    return s ? ok(s) : err('sheet-not-found', `The workbook has no sheet called “${wanted}”. Sheets: ${sheets.map((x) => x.name).join(', ')}.`);
  }
  const s = sheets.find((x) => x.rows.some((r) => r.some((c) => c !== null && c !== ''))) ?? sheets[0];
  return s ? ok(s) : err('file-empty', 'The workbook has no sheets.');
}

/** The chosen sheet of a workbook as a grid, with the workbook's sheet names and the sheet's notices. */
export async function workbookGrid(
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

/** The opening of a file as a grid (a workbook's chosen sheet, or a CSV's first ANALYSE_BYTES), with what the reader noticed. */
export async function openGrid(
  bytes: Uint8Array,
  fileName: string,
  format: FileFormat,
  options: SourceOptions & { stopAtSample?: boolean },
): Promise<Result<{ grid: Grid; sheet: string | null; sheetNames: string[]; warnings: string[] }>> {
  const warnings: string[] = [];
  let grid: Grid;
  let sheetNames: string[] = [];
  let sheet: string | null = null;
  if (format === 'xlsx') {
    const book = await workbookGrid(bytes, options);
    if (!book.ok) return book;
    ({ grid, sheet, sheetNames } = book.value);
    if (sheetNames.length > 1) warnings.push(`The workbook has ${sheetNames.length} sheets; reading “${sheet}”.`);
    warnings.push(...book.value.notices);
  } else {
    if (/\.(xlsx|xlsm|xls)$/i.test(fileName)) warnings.push(`“${fileName}” is named like an Excel file but holds text (CSV); it was read as CSV.`);
    const g = sampleCsv(bytes, options, ANALYSE_BYTES, ANALYSE_ROWS, options.stopAtSample === true);
    if (!g.ok) return g;
    grid = g.value;
  }
  warnings.push(...grid.warnings, ...grid.info.warnings);
  if (grid.rows.length === 0) return err('file-header-only', 'The file has a header row but no data rows.');
  if (grid.footerRows > 0)
    warnings.push(`Skipped ${grid.footerRows} report footer line${grid.footerRows === 1 ? '' : 's'} (totals, “Generated by…”).`);
  return ok({ grid, sheet, sheetNames, warnings });
}
