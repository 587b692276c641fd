// XLSX → sheets of typed cells, via read-excel-file, after the zip-bomb guard in sniff.ts.
// Formula cells come back as their cached values (the library never evaluates formulas).
import readXlsxFile from 'read-excel-file/universal';
import type { Result } from '@shared/lib/result';
import { err, ok } from '@shared/lib/result';
import type { ZipLimits } from './sniff';
import { DEFAULT_ZIP_LIMITS, inspectZip } from './sniff';
import { staleFormulaNotices } from './formulas';
import type { Cell } from './values';

export type WorkbookSheet = {
  name: string;
  rows: Cell[][];
  /** What the import should say about this sheet: formulas whose saved values may be stale, external links. */
  notices: string[];
};

/**
 * Most text a workbook's shared-string table may hold (uncompressed). Workbooks are parsed whole,
 * and each shared string costs far more in memory than in the file: a million of them would take
 * hundreds of MiB. Past this, the user is asked to save the sheet as CSV (which streams).
 */
export const MAX_SHARED_STRINGS_BYTES = 16 * 1024 * 1024;

/** Excel's own limits: 1,048,576 rows × 16,384 columns. */
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

function toCell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v;
  return String(v);
}

/**
 * Reads every sheet. Errors: those of inspectZip, plus `xlsx-invalid` (not a readable workbook)
 * and `xlsx-too-large` (beyond Excel's row/column limits).
 */
export async function readWorkbook(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<Result<WorkbookSheet[]>> {
  const dir = inspectZip(bytes, limits);
  if (!dir.ok) return dir;
  const strings = dir.value.find((e) => e.name.toLowerCase() === 'xl/sharedstrings.xml');
  if (strings && strings.uncompressedSize > MAX_SHARED_STRINGS_BYTES)
    return err(
      'xlsx-too-large',
      `This workbook holds more distinct text than Candor opens safely (${Math.round(strings.uncompressedSize / 1048576)} MiB of text values; the limit is ${MAX_SHARED_STRINGS_BYTES / 1048576} MiB). Save the sheet you need as CSV and import that: CSV files of any size are read piece by piece.`,
    );
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    const copy = bytes.slice().buffer;
    sheets = (await readXlsxFile(copy)) as unknown as { sheet: string; data: unknown[][] }[];
  } catch (e) {
    const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
    if (code === 'INVALID_ZIP') return err('xlsx-truncated', 'The Excel file is damaged and cannot be unpacked. Download or save it again.');
    if (code === 'XLS_FILE_NOT_SUPPORTED')
      return err('xls-unsupported', 'This is an old-style Excel file (.xls). Save it as .xlsx or CSV and import that.');
    if (code === 'NO_DATA') return err('file-empty', 'The workbook has no data.');
    // What the unzipper or the XML reader says ("unclosed tag", "Cannot read properties of
    // undefined") names its own internals, not the file: say what it means for the user.
    return err(
      'xlsx-invalid',
      'The Excel file could not be read: a part of it does not unpack to what its zip directory promises, or is damaged. Open it in Excel, save it again, and import that.',
    );
  }
  const stale = await staleFormulaNotices(bytes, dir.value);
  const out: WorkbookSheet[] = [];
  for (const s of sheets) {
    if (s.data.length > MAX_ROWS) return err('xlsx-too-large', `Sheet “${s.sheet}” has more rows than Excel allows.`);
    const rows = s.data.map((r) => (Array.isArray(r) ? r.slice(0, MAX_COLS).map(toCell) : []));
    const own = stale.bySheet.get(s.sheet);
    out.push({ name: s.sheet, rows, notices: [...stale.workbook, ...(own ? [own] : [])] });
  }
  if (out.length === 0) return err('file-empty', 'The workbook has no sheets.');
  return ok(out);
}
