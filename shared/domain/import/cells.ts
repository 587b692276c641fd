// The basics every cell reader shares: what a cell is, what a parse returns, the spellings of
// "no value" and Excel's error values, and text cleaned of odd spaces.
import { INVISIBLE_RE } from './names';

/** A cell as it comes out of CSV (string) or XLSX (typed). */
export type Cell = string | number | boolean | Date | null;

export type NumberFormat = 'us' | 'eu';
export type DateOrder = 'mdy' | 'dmy';

export type Parsed<T> = { ok: true; value: T | null; warning?: string; currency?: string } | { ok: false; reason: string };

const EXCEL_ERRORS = new Set([
  '#N/A',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
  '#FIELD!',
  '#BLOCKED!',
  '#UNKNOWN!',
  '#CONNECT!',
  '#BUSY!',
  '#N/A!',
]);
/** Spellings of "no value" that are not errors. */
export const NULL_WORDS = new Set(['', '-', '–', '—', 'n/a', 'na', 'null', 'none', 'nil', '(blank)', '(none)', '--']);

const ZERO_WIDTH_RE = /\u200b|\u200c|\u200d|\u2060|\ufeff/g;

/** Trimmed text with odd spaces made plain and zero-width characters removed. */
export function cleanText(s: string): string {
  return s.replace(ZERO_WIDTH_RE, '').replace(INVISIBLE_RE, ' ').trim();
}

export function cellToString(c: Cell): string {
  if (c === null) return '';
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? '' : c.toISOString().slice(0, 10);
  return String(c);
}

export function isExcelError(s: string): boolean {
  return EXCEL_ERRORS.has(s.trim().toUpperCase());
}

/** A column's format, decided from its values, with whether they left it open or disagreed. */
export type FormatDecision<T> = { format: T; ambiguous: boolean; conflicting: boolean };
