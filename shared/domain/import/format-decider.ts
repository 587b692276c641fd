// The format decider: how each mapped column is read (US or European numbers, month/day or
// day/month dates, rates as fractions or percents), given in the settings or decided from the
// first rows, with a warning wherever the data leaves a doubt. Then the cell readers that apply
// those decisions, with caches for the dates that repeat down a column.
import type { CanonicalField } from './mapping';
import type { ColumnFormat } from './session-types';
import { DATE_FIELDS, NUMERIC_FIELDS } from './session-types';
import type { SessionState } from './session-state';
import type { Cell, DateParts, Parsed } from './values';
import { detectDateOrder, detectDateOrders, detectNumberFormat, numberFormatVote, parseDateCell, parseNumberCell } from './values';
import { fastNumber, isoDigits } from './cell-fast';

/** A row held back until the formats are decided. */
export type SampleRow = { cells: Cell[]; row: number };

/** Why a value like 1.234 is not read in a column that mixes number formats. */
const BOTH_WAYS =
  'reads two ways (one thousand and more, or a decimal) and this column mixes US and European number formats, so it was not read; write it with both separators (1,234.00 or 1.234,00)';

const textsOf = (rows: readonly SampleRow[], i: number) =>
  rows.map((r) => r.cells[i]).filter((c): c is string => typeof c === 'string' && c.trim() !== '');

/** Decides every mapped column's format from the sample rows (or takes the settings' one). */
export function decideFormats(s: SessionState, rows: readonly SampleRow[]): void {
  const dateDecisions = detectDateOrders(
    [...s.col].filter(([f]) => DATE_FIELDS.has(f)).map(([, i]) => ({ header: s.headers[i] ?? '', values: textsOf(rows, i) })),
  );
  const given = s.settings.columnFormats;
  for (const [field, i] of s.col) {
    const header = s.headers[i] ?? '';
    const fmt: ColumnFormat = {};
    const column = { field, i, header, given: given && Object.hasOwn(given, header) ? given[header] : undefined, texts: textsOf(rows, i) };
    if (NUMERIC_FIELDS.has(field)) decideNumbers(s, rows, column, fmt);
    if (DATE_FIELDS.has(field)) {
      if (column.given?.dateOrder) fmt.dateOrder = column.given.dateOrder;
      else {
        const d = dateDecisions.get(header) ?? detectDateOrder(column.texts);
        fmt.dateOrder = d.format;
        if (d.ambiguous)
          s.warnings.push(
            `Column “${header}”: dates like “${column.texts.find((t) => /^\d{1,2}\/\d{1,2}\//.test(t)) ?? ''}” could be month/day or day/month; read as ${d.format === 'mdy' ? 'month/day (US)' : 'day/month'}. Set the column's date order if that is wrong.`,
          );
        if (d.conflicting)
          s.warnings.push(
            `Column “${header}” mixes month/day and day/month dates; read as ${d.format === 'mdy' ? 'month/day' : 'day/month'}; the others are reported row by row.`,
          );
      }
      s.dateOrd[i] = fmt.dateOrder;
    }
    if (Object.keys(fmt).length > 0) s.columnFormats[header] = fmt;
  }
}

type Column = { field: CanonicalField; i: number; header: string; given: ColumnFormat | undefined; texts: string[] };

function decideNumbers(s: SessionState, rows: readonly SampleRow[], { field, i, header, given, texts }: Column, fmt: ColumnFormat): void {
  if (given?.mixedNumbers) fmt.mixedNumbers = true;
  if (given?.number) fmt.number = given.number;
  else {
    const d = detectNumberFormat(texts);
    fmt.number = d.format;
    if (d.conflicting) fmt.mixedNumbers = true;
    if (d.ambiguous)
      s.warnings.push(
        `Column “${header}”: values like “${texts.find((t) => /^\D*\d{1,3}[.,]\d{3}\D*$/.test(t)) ?? texts[0] ?? ''}” could use “,” or “.” as the thousands separator; read as ${d.format === 'us' ? '1,234 = one thousand…' : '1.234 = one thousand…'}. Set the column's number format if that is wrong.`,
      );
    if (d.conflicting)
      s.warnings.push(
        `Column “${header}” mixes US and European number formats; read as ${d.format === 'us' ? 'US (1,234.56)' : 'European (1.234,56)'}, and values written the other way are listed as row errors.`,
      );
  }
  s.numberFmt[i] = fmt.number;
  s.mixedNumbers[i] = fmt.mixedNumbers === true;
  if (field !== 'winRate') return;
  if (given?.rateScale) fmt.rateScale = given.rateScale;
  else {
    const plain = rows
      .map((r) => r.cells[i])
      .map((c) => (c === undefined || (typeof c === 'string' && c.includes('%')) ? null : parseNumberCell(c, { format: fmt.number ?? 'us' })))
      .filter((p): p is Parsed<number> & { ok: true } => p !== null && p.ok && p.value !== null);
    // Percent scale when most plain values exceed 1 (45 = 45%); a stray 1.5 among fractions is an error, not a scale.
    fmt.rateScale = plain.length > 0 && plain.filter((p) => (p.value ?? 0) > 1).length * 2 >= plain.length ? 'percent' : 'fraction';
  }
  s.rateScale[i] = fmt.rateScale;
}

const NULL_DATE: Parsed<DateParts> = { ok: true, value: null };

/** A date cell of column i. Dates repeat a lot in exports: each distinct text is parsed once per column. */
export function readDate(s: SessionState, cell: Cell, i: number): Parsed<DateParts> {
  if (typeof cell !== 'string') return parseDateCell(cell, s.dateOrd[i] ?? 'mdy');
  if (cell === '') return NULL_DATE;
  // `yyyy-mm-dd` cells (most exports) are keyed by their digits as a number: no string hashing.
  const ymd = isoDigits(cell);
  if (ymd >= 0) {
    let iso = s.isoCaches[i];
    if (!iso) s.isoCaches[i] = iso = new Map();
    const hit = iso.get(ymd);
    if (hit) return hit;
    const p = parseDateCell(cell, s.dateOrd[i] ?? 'mdy');
    if (iso.size > 20_000) iso.clear();
    iso.set(ymd, p);
    return p;
  }
  let cache = s.dateCaches[i];
  if (!cache) s.dateCaches[i] = cache = new Map();
  const hit = cache.get(cell);
  if (hit) return hit;
  const p = parseDateCell(cell, s.dateOrd[i] ?? 'mdy');
  if (cache.size > 20_000) cache.clear();
  cache.set(cell, p);
  return p;
}

const NULL_NUMBER: Parsed<number> = { ok: true, value: null };

/** A number cell of column i: the common shapes by fastNumber, everything else by parseNumberCell. */
export function readNumber(s: SessionState, cell: Cell, i: number): Parsed<number> {
  if (typeof cell === 'string') {
    if (cell === '') return NULL_NUMBER;
    if (s.mixedNumbers[i] && numberFormatVote(cell) === 'ambiguous') return { ok: false, reason: BOTH_WAYS };
    const v = fastNumber(cell, s.numberFmt[i] === 'eu');
    if (v !== undefined) return { ok: true, value: v };
  }
  return parseNumberCell(cell, { format: s.numberFmt[i] ?? 'us' });
}
