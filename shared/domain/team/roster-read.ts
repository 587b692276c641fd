// A roster's rows → one entry per rep (name, manager, team, office, role, start and leaving
// dates), with every problem listed by row and column, and the same plain file checks as a
// metric file: rep names that are numbers, most rows left out.
import { nameKey } from '@shared/schemas/common';
import { cleanName } from '../import/names';
import type { Cell, DateOrder } from '../import/values';
import { cellToString, detectDateOrder, formatIsoDate, parseDateCell } from '../import/values';
import type { RosterField, RosterMapping } from './roster-mapping';

export type RosterEntry = {
  /** Spreadsheet row number. */
  row: number;
  name: string;
  manager: string | null;
  team: string | null;
  office: string | null;
  role: string | null;
  startDate: string | null;
  email: string | null;
  /** The day after the last working day; set from the file's leaving date, or the roster's date for an inactive rep. */
  leftDate: string | null;
};

export type RosterIssue = { row: number; column: string; value: string; reason: string };
export type RosterCheck = { id: 'rep-names-are-numbers' | 'most-rows-rejected' | 'no-reps'; message: string };

export type RosterRead = { entries: RosterEntry[]; rowsRead: number; issues: RosterIssue[]; checks: RosterCheck[] };

export type RosterReadOptions = {
  /** The roster's "as of" date (YYYY-MM-DD): an inactive rep without a leaving date left by then. */
  asOf: string;
  dateOrder?: DateOrder;
};

const INACTIVE = /^(false|no|n|0|inactive|left|terminated|disabled|former)$/i;
const ACTIVE = /^(true|yes|y|1|active|enabled|current)$/i;

/** Role text as the expectations name roles: "Account Executive" → AE; anything else kept as written. */
export function roleKeyOf(text: string): string {
  const t = text.trim();
  const n = t.toLowerCase();
  if (/\b(sdr|bdr|sales development|business development)\b/.test(n)) return 'SDR';
  if (/\b(ae|account executive)\b/.test(n)) return 'AE';
  if (/\b(am|account manager)\b/.test(n)) return 'AM';
  return t.slice(0, 40);
}

function textOf(cell: Cell | undefined): string {
  return cell === undefined ? '' : cleanName(cellToString(cell)).name;
}

type Column = { field: RosterField; header: string; index: number };

function dateOrderFor(rows: readonly { cells: Cell[] }[], cols: readonly Column[]): DateOrder {
  const values: string[] = [];
  for (const c of cols)
    if (c.field === 'startDate' || c.field === 'leftDate') for (const r of rows) values.push(cellToString(r.cells[c.index] ?? null));
  return detectDateOrder(values.filter((v) => v.trim() !== '')).format;
}

/** Reads one row; null when the row has no rep name (an issue says so). */
function readRow(
  cells: readonly Cell[],
  row: number,
  cols: readonly Column[],
  order: DateOrder,
  asOf: string,
  issues: RosterIssue[],
): RosterEntry | null {
  const entry: RosterEntry = { row, name: '', manager: null, team: null, office: null, role: null, startDate: null, email: null, leftDate: null };
  let inactive = false;
  for (const c of cols) {
    const cell = cells[c.index] ?? null;
    const text = textOf(cell);
    if (text === '') continue;
    const issue = (reason: string) => issues.push({ row, column: c.header, value: text, reason });
    if (c.field === 'rep') entry.name = text.slice(0, 120);
    else if (c.field === 'manager' || c.field === 'team' || c.field === 'office') entry[c.field] = text;
    else if (c.field === 'role') entry.role = roleKeyOf(text);
    else if (c.field === 'email') {
      if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)) entry.email = text.slice(0, 200);
      else issue('not an email address: read without it');
    } else if (c.field === 'active') {
      if (INACTIVE.test(text)) inactive = true;
      else if (!ACTIVE.test(text)) issue('neither yes nor no: the rep is taken as still active');
    } else {
      const parsed = parseDateCell(typeof cell === 'string' ? text : cell, order);
      if (!parsed.ok) issue(`${parsed.reason}: read without it`);
      else if (parsed.value) entry[c.field] = formatIsoDate(parsed.value);
    }
  }
  if (entry.name === '') {
    issues.push({ row, column: cols.find((c) => c.field === 'rep')?.header ?? '', value: '', reason: 'no rep name: row left out' });
    return null;
  }
  if (inactive && entry.leftDate === null) entry.leftDate = asOf;
  return entry;
}

/** Reads the roster's rows with the mapping; a rep named twice keeps the first row (the others are listed). */
export function readRoster(
  headers: readonly string[],
  rows: readonly { cells: Cell[]; row: number }[],
  mapping: RosterMapping,
  options: RosterReadOptions,
): RosterRead {
  const cols: Column[] = [];
  for (const [field, header] of Object.entries(mapping) as [RosterField, string][]) {
    const index = headers.indexOf(header);
    if (index >= 0) cols.push({ field, header, index });
  }
  const order = options.dateOrder ?? dateOrderFor(rows, cols);
  const issues: RosterIssue[] = [];
  const entries: RosterEntry[] = [];
  const seen = new Map<string, number>();
  for (const r of rows) {
    const entry = readRow(r.cells, r.row, cols, order, options.asOf, issues);
    if (!entry) continue;
    const key = nameKey(entry.name);
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push({ row: r.row, column: mapping.rep ?? '', value: entry.name, reason: `the same rep as row ${first}: row left out` });
      continue;
    }
    seen.set(key, r.row);
    entries.push(entry);
  }
  return { entries, rowsRead: rows.length, issues, checks: rosterChecks(entries, rows.length, mapping) };
}

function rosterChecks(entries: readonly RosterEntry[], rowsRead: number, mapping: RosterMapping): RosterCheck[] {
  const checks: RosterCheck[] = [];
  if (entries.length === 0) checks.push({ id: 'no-reps', message: 'No row of this file names a rep, so there is nothing to update.' });
  const numeric = entries.filter((e) => /^[\d\s.,#-]+$/.test(e.name));
  if (numeric.length > 0 && numeric.length * 2 >= entries.length)
    checks.push({
      id: 'rep-names-are-numbers',
      message: `${numeric.length.toLocaleString('en')} of the ${entries.length.toLocaleString('en')} rep names are numbers (${numeric
        .slice(0, 3)
        .map((e) => e.name)
        .join(', ')}). The column chosen for the rep (“${mapping.rep ?? ''}”) probably holds IDs, not people.`,
    });
  const left = rowsRead - entries.length;
  if (rowsRead > 0 && left * 2 > rowsRead)
    checks.push({
      id: 'most-rows-rejected',
      message: `${left.toLocaleString('en')} of the ${rowsRead.toLocaleString('en')} rows were left out. Check that the rep column is the right one.`,
    });
  return checks;
}
