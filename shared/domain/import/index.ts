/**
 * The import engine: pure code shared by the app's Web Worker and the CLI.
 *
 * Typical flow
 *   1. `analyseFile(bytes, fileName)` → Result<FileAnalysis>: format (csv | xlsx, sniffed from
 *      the bytes, never the extension), encoding, delimiter, sheet names, header row, a preview,
 *      the proposed kind (period-sheet | deals | activities) and ColumnMapping with a confidence
 *      per field, a proposed stage → won/lost/open map, detected column formats, and questions
 *      (ambiguous number format "1,234", ambiguous day/month order, missing required fields).
 *      With `{ stopAtSample: true }` a CSV is read only up to the sampled rows, for a caller that
 *      imports the file next anyway (the CLI): same proposals, one pass over the rest fewer.
 *   2. The user confirms or edits; answers go into `ImportSettings.columnFormats[header]`
 *      (`{ number: 'us' | 'eu', dateOrder: 'mdy' | 'dmy', rateScale }`) and `stageMap`.
 *      Remember the mapping per source under `analysis.signature` (headerSignature).
 *   3. `importFile(bytes, fileName, settingsFromAnalysis(analysis, edits), hooks)` →
 *      Result<ImportOutcome>: `periods: RepPeriodRow[]`, optional `deals` / `activities`
 *      records, the stage map and column formats used, and `report` (rows read / accepted /
 *      rejected, row-level errors `{ row, column, value, reason, severity }`, warnings).
 *      CSV is streamed in 1 MiB chunks; `hooks.onProgress`, `hooks.signal` (cancel) and
 *      `hooks.yield` (let a Worker take messages) are checked between chunks.
 *   For a File read in slices, use `createCsvImport(settings)` directly: `pushBytes(chunk)`
 *   for each slice, then `finish()`. `runImport(rows, settings)` imports an in-memory grid.
 *
 * Errors are `{ code, message }` with stable codes: file-empty, file-binary, file-no-header,
 * file-header-only, file-unsupported, xls-unsupported, xlsx-encrypted, xlsx-truncated,
 * xlsx-invalid, xlsx-too-large, xlsx-zip-bomb, sheet-not-found, mapping-unknown-header,
 * mapping-incomplete, import-cancelled, internal-error. Nothing here throws on bad input.
 *
 * Data rules: unknown metrics are null, never 0; a rep-period exists only when the rep had a
 * record dated in it (see finalise.ts `aggregate` for every metric's definition); cells starting
 * with = + - @ are kept as plain text and never evaluated; XLSX formulas give their cached values.
 */
export type { ImportReport, RepPeriodRow, RowError } from './contract';
export type { AnalyseOptions, FileAnalysis, ImportHooks, ImportProgress, ImportQuestion, SourceOptions, TableRows } from './file';
export { MAX_TABLE_ROWS, analyseFile, createCsvImport, createRowImport, importFile, readTableRows, runImport, settingsFromAnalysis } from './file';
export type {
  ActivityRow,
  ColumnFormat,
  DealRow,
  FullReport,
  ImportCheck,
  ImportOutcome,
  ImportRowError,
  ImportSettings,
  RowEffect,
  StageValueCount,
} from './engine';
export { MAX_REPS, MAX_STAGE_VALUES, createImportSession, validateSettings } from './engine';
export { MAX_RECORD_CHARS } from './csv';
export type { ActivityClass, CanonicalField, MappingProposal } from './mapping';
export {
  FIELDS_BY_KIND,
  FIELD_LABELS,
  REQUIRED_FIELDS,
  classifyActivity,
  headerConcepts,
  headerSignature,
  normaliseHeader,
  proposeMapping,
  proposeStageMap,
  proposeStageOutcome,
} from './mapping';
export type { DecodedText, StreamDecoder, TextEncodingName } from './decode';
export { createStreamDecoder, decodeBytes, decodeWindows1252 } from './decode';
export type { CsvDialect, CsvReader, Delimiter } from './csv';
export { createCsvReader, detectDelimiter, toCsvCell } from './csv';
export type { FileFormat, ZipEntryInfo, ZipLimits } from './sniff';
export { DEFAULT_ZIP_LIMITS, inspectZip, sniffFormat } from './sniff';
export type { Cell, DateOrder, DateParts, NumberFormat, ParsedPeriod } from './values';
export {
  MAX_EXACT_NUMBER,
  MAX_NAME_LENGTH,
  cleanName,
  detectDateOrder,
  detectNumberFormat,
  excelSerialToDate,
  parseDateCell,
  parseNumberCell,
  parsePeriodCell,
  periodOf,
} from './values';
export type { WorkbookSheet } from './xlsx';
export { readWorkbook } from './xlsx-lazy';
