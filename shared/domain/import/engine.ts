// The row engine: typed rows → validated records → rep-period metrics. One session per import;
// rows are pushed one at a time (streaming) and nothing but the aggregates is kept unless the
// caller asks for the records.
//
// A session is one explicit state (session-state.ts) passed through four parts:
//   format-decider.ts  how each column is read, from the settings or the first SAMPLE_ROWS rows
//   rep-lookup.ts      the rep and the stage a row is about
//   rows-*.ts          one row handler per import kind (period sheet, deals, activities)
//   finalise.ts        the outcome: rep-periods, stage values, report and sanity checks
// This file holds them together: it buffers the sample, runs each row through its rep and its
// handler, and books the row's problems in the report.
import type { RowError } from './contract';
import { FIELD_LABELS, REQUIRED_FIELDS } from './mapping';
import type { ImportOutcome, ImportSettings } from './session-types';
import { MAX_REPS } from './session-types';
import type { CellErr, RowHandler, SessionState } from './session-state';
import { addError, cellError, createSessionState } from './session-state';
import type { SampleRow } from './format-decider';
import { decideFormats } from './format-decider';
import { forgetRep, repOfCell } from './rep-lookup';
import { handleActivityRow } from './rows-activity';
import { handleDealRow } from './rows-deal';
import { handlePeriodRow } from './rows-period';
import { finalise } from './finalise';
import type { Cell } from './values';

export type * from './session-types';
export { DATE_FIELDS, MAX_REPS, MAX_STAGE_VALUES, NUMERIC_FIELDS } from './session-types';

const NO_REP_REASON = 'no rep name: the row cannot be attributed';
const OVER_CAP_REASON = `more than ${MAX_REPS.toLocaleString('en')} different rep names: this column does not look like a team's reps`;
/** Rows held back to decide the columns' formats before any row is read. */
const SAMPLE_ROWS = 1000;

export type ImportSession = {
  /** A data row: cells in header order; `row` is the spreadsheet row number. */
  push(cells: Cell[], row: number): void;
  /** An issue found while reading the table (ragged row, quote problem). */
  issue(e: RowError, severity?: 'error' | 'warning'): void;
  /** A record that could not be read at all (unbalanced quote, over-long line): read and rejected. */
  reject(e: RowError): void;
  warn(message: string): void;
  finish(): ImportOutcome;
  readonly rowsRead: number;
  /** Per column of the table: true when the session never reads its cells (no field is mapped to it). */
  readonly unreadColumns: readonly boolean[];
};

const HANDLERS: Record<ImportSettings['kind'], RowHandler> = { 'period-sheet': handlePeriodRow, deals: handleDealRow, activities: handleActivityRow };

/**
 * Starts an import over a table with these headers. Throws only on a programming error
 * (a mapping naming a header that does not exist is reported by validateSettings first).
 */
export function createImportSession(headers: readonly string[], settings: ImportSettings): ImportSession {
  const s = createSessionState(headers, settings);
  const read = rowReader(s, HANDLERS[s.kind]);
  let sample: SampleRow[] | null = [];
  const flushSample = () => {
    if (sample === null) return;
    decideFormats(s, sample);
    const rows = sample;
    sample = null;
    for (const r of rows) read(r.cells, r.row);
  };
  const unreadColumns = headers.map((_, i) => ![...s.col.values()].includes(i));
  return {
    unreadColumns,
    get rowsRead() {
      return s.rowsRead + (sample?.length ?? 0);
    },
    push(cells: Cell[], row: number) {
      if (sample !== null) {
        sample.push({ cells, row });
        if (sample.length >= SAMPLE_ROWS) flushSample();
        return;
      }
      read(cells, row);
    },
    issue(e: RowError, severity: 'error' | 'warning' = 'warning') {
      addError(s, e, severity);
    },
    reject(e: RowError) {
      s.rowsRead++;
      s.rowsRejected++;
      addError(s, e, 'error', 'row');
    },
    warn(message: string) {
      s.warnings.push(message);
    },
    finish(): ImportOutcome {
      flushSample();
      return finalise(s);
    },
  };
}

/** Reads one data row: its rep, then the kind's handler; books the row's problems in the report. */
function rowReader(s: SessionState, handler: RowHandler): (cells: Cell[], row: number) => void {
  const repCol = s.repCol;
  // One pair of lists for every row, emptied before each.
  const cellErrs: CellErr[] = [];
  const cellWarns: CellErr[] = [];
  return (cells, row) => {
    s.rowsRead++;
    if (repCol === undefined) return;
    const rc = cells[repCol] ?? null;
    // Setting length is a runtime call in V8: only when there is something to clear.
    if (cellErrs.length !== 0) cellErrs.length = 0;
    if (cellWarns.length !== 0) cellWarns.length = 0;
    const st = repOfCell(s, rc);
    if (st === null || st === 'over-cap') {
      s.rowsRejected++;
      // Past the listed errors only the count grows: no message is built for each such row.
      if (s.errors.length < s.maxErrors)
        addError(s, { row, ...cellError(s, repCol, rc, st === null ? NO_REP_REASON : OVER_CAP_REASON) }, 'error', 'row');
      else s.errorsOmitted++;
      return;
    }
    const note = s.repNote;
    const rejected = handler(s, cells, row, st, cellErrs, cellWarns);
    if (rejected) {
      s.rowsRejected++;
      addError(s, { row, ...rejected }, 'error', 'row');
      forgetRep(s, st);
      return;
    }
    st.accepted++;
    s.rowsAccepted++;
    if (note !== null) addError(s, { row, ...cellError(s, repCol, rc, note), value: st.name.slice(0, 200) }, 'warning');
    for (const e of cellErrs) addError(s, { row, ...e }, 'error');
    for (const e of cellWarns) addError(s, { row, ...e }, 'warning');
  };
}

/** Checks a mapping against the headers and the kind's required fields. */
export function validateSettings(headers: readonly string[], settings: ImportSettings): { ok: true } | { ok: false; code: string; message: string } {
  for (const [field, header] of Object.entries(settings.mapping)) {
    if (header === '') continue;
    if (!headers.includes(header))
      return { ok: false, code: 'mapping-unknown-header', message: `The mapping uses a column “${header}” (for ${field}) that is not in the file.` };
  }
  const missing = REQUIRED_FIELDS[settings.kind].filter((f) => !Object.hasOwn(settings.mapping, f) || settings.mapping[f] === '');
  if (missing.length > 0) {
    return {
      ok: false,
      code: 'mapping-incomplete',
      message: `Choose a column for ${missing.map((f) => FIELD_LABELS[f].toLowerCase()).join(' and ')}: a ${settings.kind === 'period-sheet' ? 'per-period sheet' : settings.kind} import needs ${missing.length === 1 ? 'it' : 'them'}.`,
    };
  }
  return { ok: true };
}
