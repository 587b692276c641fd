// CSV text → rows, incrementally. Well-formed records are split by the fast lane (csv-plain.ts);
// PapaParse's low-level Parser reads the others. This file feeds them text chunks (carrying the
// unfinished last row over, as Papa's own ChunkStreamer does) so a Web Worker, the CLI and the
// benchmark can stream, report progress and cancel.
import Papa from 'papaparse';
import type { Delimiter, Newline } from './csv-dialect';
import { DELIMITERS, detectDelimiter, detectNewline } from './csv-dialect';
import { scanPlainRecords } from './csv-plain';

export type { Delimiter } from './csv-dialect';
export { DELIMITERS, detectDelimiter, detectNewline } from './csv-dialect';

export type CsvDialect = { delimiter: Delimiter; newline: Newline; sepLine: boolean; delimiterGuessed: boolean };

const SEP_LINE_RE = /^"?sep=(.)"?[ \t]*(\r\n|\n|\r|$)/i;

export type CsvReaderOptions = {
  delimiter?: Delimiter;
  /** Called for every record; `row` is the 1-based row number a spreadsheet would show. */
  onRow: (cells: string[], row: number) => void;
  /** Quote problems that leave the row readable, with the row they occurred on. */
  onIssue?: (row: number, message: string) => void;
  /**
   * A record that cannot be split into cells exactly (a quote never closed, a stray quote, a
   * record longer than MAX_RECORD_CHARS). It counts as a row and is not passed to onRow.
   */
  onBroken?: (row: number, message: string) => void;
};

/**
 * Longest record read (characters). Longer ones are skipped without being held in memory and
 * reported as one broken row: a 50 MB line or a 30 MB quoted field costs no more than a chunk.
 */
export const MAX_RECORD_CHARS = 1 << 20;

function countLines(cells: readonly string[]): number {
  let n = 0;
  for (const c of cells) for (let i = c.indexOf('\n'); i >= 0; i = c.indexOf('\n', i + 1)) n++;
  return n;
}

export type CsvReader = {
  push(text: string): void;
  end(): void;
  readonly dialect: CsvDialect | null;
  readonly rows: number;
  /** Stops parsing: later pushes are ignored. */
  abort(): void;
  /**
   * Columns whose text nobody reads (true at their index): from now on the fast lane may hand
   * their non-blank cells on as UNREAD_CELL instead of cutting them out of the text.
   */
  skipColumns(unread: readonly boolean[]): void;
};

const DETECT_BYTES = 64 * 1024;
/** Text parsed in one go (see feed): small enough that a piece's rows die young. */
const PIECE_CHARS = 64 * 1024;

/** Incremental CSV reader: push decoded text chunks, then end(). */
export function createCsvReader(opts: CsvReaderOptions): CsvReader {
  let pending = '';
  let dialect: CsvDialect | null = null;
  let parser: Papa.Parser | null = null;
  let rowCount = 0;
  let aborted = false;
  let ended = false;
  let unread: readonly boolean[] | null = null;
  /** Skipping an over-long record: the quote state of the scan, and what was skipped. */
  let skip: { row: number; inQuotes: boolean; atFieldStart: boolean; chars: number; lines: number; quoteAtEnd: boolean } | null = null;

  const start = (sample: string): string => {
    let text = sample;
    let sepLine = false;
    let delimiter: Delimiter | null = opts.delimiter ?? null;
    const m = SEP_LINE_RE.exec(text);
    if (m) {
      const d = m[1] as string;
      if ((DELIMITERS as readonly string[]).includes(d)) delimiter ??= d as Delimiter;
      sepLine = true;
      text = text.slice(m[0].length);
    }
    const newline = detectNewline(text);
    let guessed = false;
    if (!delimiter) {
      const det = detectDelimiter(text, newline);
      delimiter = det.delimiter;
      guessed = det.guessed;
    }
    dialect = { delimiter, newline, sepLine, delimiterGuessed: guessed };
    parser = new Papa.Parser({ delimiter, newline, quoteChar: '"' });
    return text;
  };

  /**
   * Scans text of the record being skipped for its end (a newline outside quotes). Returns the
   * index just past the end, or -1 when the record goes on.
   */
  const scanSkip = (text: string): number => {
    const st = skip as NonNullable<typeof skip>;
    const delim = (dialect as CsvDialect).delimiter.charCodeAt(0);
    const nl = (dialect as CsvDialect).newline === '\r' ? 13 : 10;
    let i = 0;
    if (st.quoteAtEnd) {
      // The previous text ended on a quote inside a quoted value: "" (an escaped quote) or the closing one.
      st.quoteAtEnd = false;
      if (text.charCodeAt(0) === 34) i = 1;
      else st.inQuotes = false;
    }
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) st.lines++;
      if (st.inQuotes) {
        if (c === 34) {
          if (i + 1 === text.length) st.quoteAtEnd = true;
          else if (text.charCodeAt(i + 1) === 34) i++;
          else st.inQuotes = false;
        }
      } else if (c === nl) {
        st.chars += i + 1;
        return i + 1;
      } else if (c === delim) st.atFieldStart = true;
      else if (c === 34 && st.atFieldStart) {
        st.inQuotes = true;
        st.atFieldStart = false;
      } else st.atFieldStart = false;
    }
    st.chars += text.length;
    return -1;
  };

  const endSkip = (atEnd: boolean) => {
    const st = skip as NonNullable<typeof skip>;
    skip = null;
    rowCount++;
    const size = st.chars.toLocaleString('en');
    opts.onBroken?.(
      st.row,
      atEnd && st.inQuotes && !st.quoteAtEnd
        ? `a quote opened on this row is never closed, so the rest of the file (${size} characters, ${st.lines.toLocaleString('en')} lines) would be one value; the row was left out`
        : `the row is longer than ${MAX_RECORD_CHARS.toLocaleString('en')} characters (${size}); it was left out unread`,
    );
  };

  const run = (text: string, last: boolean) => {
    if (!parser || aborted) return;
    if (skip) {
      const end = scanSkip(text);
      if (end < 0) {
        if (last) endSkip(true);
        return;
      }
      endSkip(false);
      text = text.slice(end);
    }
    if (!last) {
      // Well-formed records go through the fast lane; PapaParse reads from the first other one.
      const d = dialect as CsvDialect;
      const scan = scanPlainRecords(text, d.delimiter, d.newline, plainRow, unread);
      if (aborted) return;
      if (!scan.handOver) {
        carry(text.slice(scan.cursor));
        return;
      }
      text = text.slice(scan.cursor);
    }
    const res = parser.parse(text, 0, !last) as {
      data: string[][];
      errors: { row?: number; message: string; code: string }[];
      meta: { cursor: number };
    };
    const before = rowCount;
    // Quote errors make a record's cells unreliable: that record is reported, not read.
    const broken = new Map<number, string>();
    for (const e of res.errors) {
      if (e.code === 'MissingQuotes' || e.code === 'InvalidQuotes') broken.set(e.row ?? 0, e.code);
      else opts.onIssue?.(before + (e.row ?? 0) + 1, e.message);
    }
    for (let k = 0; k < res.data.length; k++) {
      if (aborted) return;
      const r = res.data[k] as string[];
      rowCount++;
      const code = broken.size > 0 ? broken.get(k) : undefined;
      if (code === undefined) opts.onRow(r, rowCount);
      else if (opts.onBroken) {
        const lines = countLines(r);
        opts.onBroken(
          rowCount,
          code === 'MissingQuotes'
            ? `a quote opened on this row is never closed, so ${lines > 0 ? `the next ${lines.toLocaleString('en')} lines of the file were` : 'the rest of the row was'} read as one value; the row was left out`
            : 'a quote inside a value is not doubled (“”), so the row cannot be split into its columns exactly; the row was left out',
        );
      } else opts.onRow(r, rowCount);
    }
    carry(last ? '' : text.slice(res.meta.cursor));
  };

  const plainRow = (cells: string[]): boolean => {
    if (aborted) return false;
    rowCount++;
    opts.onRow(cells, rowCount);
    return true;
  };

  /** Keeps the unfinished last record for the next piece, or starts skipping it when over-long. */
  const carry = (rest: string) => {
    pending = rest;
    if (pending.length > MAX_RECORD_CHARS) {
      skip = { row: rowCount + 1, inQuotes: false, atFieldStart: true, chars: 0, lines: 0, quoteAtEnd: false };
      const carried = pending;
      pending = '';
      const end = scanSkip(carried);
      if (end >= 0) {
        endSkip(false);
        run(carried.slice(end), false);
      }
    }
  };

  /**
   * Feeds text to the parser. The fast lane reads the text where it lies, without cutting or
   * joining it (a joined megabyte would be a copy in the large-object space, collected late):
   * the unfinished record carried over is completed in a piece of its own, then the rest is read
   * from its offset. It hands each row on as it reads it, so no rows pile up. From the first
   * record it cannot read, the rest goes in pieces of PIECE_CHARS: PapaParse returns a piece's
   * rows at once, and a piece's rows become garbage before the next is parsed, so the young
   * generation collects them instead of promoting a whole megabyte's rows.
   */
  const feed = (text: string) => {
    if (!skip && dialect) {
      const at = completePending(text, dialect);
      if (aborted) return;
      if (at.fast) {
        const scan = scanPlainRecords(text, dialect.delimiter, dialect.newline, plainRow, unread, at.from);
        if (aborted) return;
        if (!scan.handOver) {
          carry(text.slice(scan.cursor));
          return;
        }
        text = text.slice(scan.cursor);
      } else text = text.slice(at.from);
    }
    for (let off = 0; off < text.length; off += PIECE_CHARS) {
      if (aborted) return;
      const piece = off === 0 && text.length <= PIECE_CHARS ? text : text.slice(off, off + PIECE_CHARS);
      if (skip) run(piece, false);
      else run(pending + piece, false);
    }
  };

  /**
   * Reads the carried-over record, and those after it in the text's first piece, by the fast
   * lane. Returns where in `text` reading goes on (`pending` then holds what comes before it),
   * and whether the fast lane may go on there: not when it handed over, nor when the carried
   * record does not end within the piece (it would have to be joined to the text).
   */
  const completePending = (text: string, d: CsvDialect): { from: number; fast: boolean } => {
    if (pending === '') return { from: 0, fast: true };
    const carried = pending.length;
    const scan = scanPlainRecords(pending + text.slice(0, PIECE_CHARS), d.delimiter, d.newline, plainRow, unread);
    if (scan.cursor < carried) {
      pending = pending.slice(scan.cursor);
      return { from: 0, fast: false };
    }
    pending = '';
    return { from: scan.cursor - carried, fast: !scan.handOver };
  };

  return {
    get dialect() {
      return dialect;
    },
    get rows() {
      return rowCount;
    },
    abort() {
      aborted = true;
    },
    skipColumns(columns: readonly boolean[]) {
      unread = columns;
    },
    push(text: string) {
      if (aborted || ended) return;
      if (!parser) {
        pending += text;
        if (pending.length < DETECT_BYTES) return;
        const body = start(pending);
        pending = '';
        feed(body);
        return;
      }
      feed(text);
    },
    end() {
      if (aborted || ended) return;
      ended = true;
      if (!parser) {
        const body = start(pending);
        pending = '';
        run(body, true);
        return;
      }
      if (skip) {
        endSkip(true);
        return;
      }
      run(pending, true);
    },
  };
}

/** Quotes a cell for CSV output when needed (RFC 4180). Import-side helper for round-trip tests. */
export function toCsvCell(s: string, delimiter: Delimiter = ','): string {
  return s.includes('"') || s.includes(delimiter) || s.includes('\n') || s.includes('\r') || s !== s.trim() || s.charCodeAt(0) === 0xfeff
    ? `"${s.replace(/"/g, '""')}"`
    : s;
}
