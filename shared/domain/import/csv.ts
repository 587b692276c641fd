// CSV text → rows, incrementally. Well-formed records are split by the fast lane (csv-plain.ts);
// PapaParse's low-level Parser reads the others. This file feeds them text chunks (carrying the
// unfinished last row over, as Papa's own ChunkStreamer does) so a Web Worker, the CLI and the
// benchmark can stream, report progress and cancel.
import Papa from 'papaparse';
import type { CsvDialect, Delimiter } from './csv-dialect';
import { DELIMITERS, detectDelimiter, detectNewline } from './csv-dialect';
import { scanPlainRecords } from './csv-plain';
import type { SkipState } from './csv-skip';
import { MAX_RECORD_CHARS, scanSkip, skipMessage, startSkip } from './csv-skip';

export type { CsvDialect, Delimiter } from './csv-dialect';
export { DELIMITERS, detectDelimiter, detectNewline } from './csv-dialect';

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

export { MAX_RECORD_CHARS } from './csv-skip';

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

type PapaResult = { data: string[][]; errors: { row?: number; message: string; code: string }[]; meta: { cursor: number } };

/** The dialect from the opening text (a `sep=` line, the line ending, the delimiter), and the text after any `sep=` line. */
function openDialect(sample: string, wanted: Delimiter | undefined): { dialect: CsvDialect; body: string } {
  let body = sample;
  let sepLine = false;
  let delimiter: Delimiter | null = wanted ?? null;
  const m = SEP_LINE_RE.exec(body);
  if (m) {
    const d = m[1] as string;
    if ((DELIMITERS as readonly string[]).includes(d)) delimiter ??= d as Delimiter;
    sepLine = true;
    body = body.slice(m[0].length);
  }
  const newline = detectNewline(body);
  let guessed = false;
  if (!delimiter) {
    const det = detectDelimiter(body, newline);
    delimiter = det.delimiter;
    guessed = det.guessed;
  }
  return { dialect: { delimiter, newline, sepLine, delimiterGuessed: guessed }, body };
}

/** Why a record PapaParse flagged with a quote error was left out. */
function quoteErrorMessage(code: string, cells: readonly string[]): string {
  const lines = countLines(cells);
  return code === 'MissingQuotes'
    ? `a quote opened on this row is never closed, so ${lines > 0 ? `the next ${lines.toLocaleString('en')} lines of the file were` : 'the rest of the row was'} read as one value; the row was left out`
    : 'a quote inside a value is not doubled (“”), so the row cannot be split into its columns exactly; the row was left out';
}

/**
 * The reader's state and its steps: the dialect is read from the first DETECT_BYTES, then text
 * goes to the fast lane, to PapaParse from the first record the fast lane hands over, or to the
 * skip scan while an over-long record is being passed.
 */
class IncrementalCsvReader implements CsvReader {
  private pending = '';
  private currentDialect: CsvDialect | null = null;
  private parser: Papa.Parser | null = null;
  private rowCount = 0;
  private aborted = false;
  private ended = false;
  private unread: readonly boolean[] | null = null;
  private skip: SkipState | null = null;

  constructor(private readonly opts: CsvReaderOptions) {}

  get dialect(): CsvDialect | null {
    return this.currentDialect;
  }

  get rows(): number {
    return this.rowCount;
  }

  abort(): void {
    this.aborted = true;
  }

  skipColumns(columns: readonly boolean[]): void {
    this.unread = columns;
  }

  push(text: string): void {
    if (this.aborted || this.ended) return;
    if (this.parser) return this.feed(text);
    this.pending += text;
    if (this.pending.length >= DETECT_BYTES) this.feed(this.start());
  }

  end(): void {
    if (this.aborted || this.ended) return;
    this.ended = true;
    if (!this.parser) this.run(this.start(), true);
    else if (this.skip) this.endSkip(true);
    else this.run(this.pending, true);
  }

  /** Reads the dialect from the text held so far and returns that text, ready to parse. */
  private start(): string {
    const { dialect, body } = openDialect(this.pending, this.opts.delimiter);
    this.pending = '';
    this.currentDialect = dialect;
    this.parser = new Papa.Parser({ delimiter: dialect.delimiter, newline: dialect.newline, quoteChar: '"' });
    return body;
  }

  private endSkip(atEnd: boolean): void {
    const st = this.skip as SkipState;
    this.skip = null;
    this.rowCount++;
    this.opts.onBroken?.(st.row, skipMessage(st, atEnd));
  }

  private run(text: string, last: boolean): void {
    if (!this.parser || this.aborted) return;
    const d = this.currentDialect as CsvDialect;
    if (this.skip) {
      const end = scanSkip(this.skip, text, d);
      if (end < 0) {
        if (last) this.endSkip(true);
        return;
      }
      this.endSkip(false);
      text = text.slice(end);
    }
    if (!last) {
      // Well-formed records go through the fast lane; PapaParse reads from the first other one.
      const scan = scanPlainRecords(text, d.delimiter, d.newline, this.plainRow, this.unread);
      if (this.aborted) return;
      if (!scan.handOver) return this.carry(text.slice(scan.cursor));
      text = text.slice(scan.cursor);
    }
    this.parsePiece(this.parser, text, last);
  }

  /** PapaParse reads the text; quote errors make a record's cells unreliable: that record is reported, not read. */
  private parsePiece(parser: Papa.Parser, text: string, last: boolean): void {
    const res = parser.parse(text, 0, !last) as PapaResult;
    const before = this.rowCount;
    const broken = new Map<number, string>();
    for (const e of res.errors) {
      if (e.code === 'MissingQuotes' || e.code === 'InvalidQuotes') broken.set(e.row ?? 0, e.code);
      else this.opts.onIssue?.(before + (e.row ?? 0) + 1, e.message);
    }
    for (let k = 0; k < res.data.length; k++) {
      if (this.aborted) return;
      const r = res.data[k] as string[];
      this.rowCount++;
      const code = broken.size > 0 ? broken.get(k) : undefined;
      if (code !== undefined && this.opts.onBroken) this.opts.onBroken(this.rowCount, quoteErrorMessage(code, r));
      else this.opts.onRow(r, this.rowCount);
    }
    this.carry(last ? '' : text.slice(res.meta.cursor));
  }

  private readonly plainRow = (cells: string[]): boolean => {
    if (this.aborted) return false;
    this.rowCount++;
    this.opts.onRow(cells, this.rowCount);
    return true;
  };

  /** Keeps the unfinished last record for the next piece, or starts skipping it when over-long. */
  private carry(rest: string): void {
    this.pending = rest;
    if (this.pending.length <= MAX_RECORD_CHARS) return;
    this.skip = startSkip(this.rowCount + 1);
    const carried = this.pending;
    this.pending = '';
    const end = scanSkip(this.skip, carried, this.currentDialect as CsvDialect);
    if (end >= 0) {
      this.endSkip(false);
      this.run(carried.slice(end), false);
    }
  }

  /**
   * Feeds text to the parser. The fast lane reads the text where it lies, without cutting or
   * joining it (a joined megabyte would be a copy in the large-object space, collected late):
   * the unfinished record carried over is completed in a piece of its own, then the rest is read
   * from its offset. It hands each row on as it reads it, so no rows pile up. From the first
   * record it cannot read, the rest goes in pieces of PIECE_CHARS: PapaParse returns a piece's
   * rows at once, and a piece's rows become garbage before the next is parsed, so the young
   * generation collects them instead of promoting a whole megabyte's rows.
   */
  private feed(text: string): void {
    const dialect = this.currentDialect;
    if (!this.skip && dialect) {
      const at = this.completePending(text, dialect);
      if (this.aborted) return;
      if (at.fast) {
        const scan = scanPlainRecords(text, dialect.delimiter, dialect.newline, this.plainRow, this.unread, at.from);
        if (this.aborted) return;
        if (!scan.handOver) return this.carry(text.slice(scan.cursor));
        text = text.slice(scan.cursor);
      } else text = text.slice(at.from);
    }
    for (let off = 0; off < text.length; off += PIECE_CHARS) {
      if (this.aborted) return;
      const piece = off === 0 && text.length <= PIECE_CHARS ? text : text.slice(off, off + PIECE_CHARS);
      if (this.skip) this.run(piece, false);
      else this.run(this.pending + piece, false);
    }
  }

  /**
   * Reads the carried-over record, and those after it in the text's first piece, by the fast
   * lane. Returns where in `text` reading goes on (`pending` then holds what comes before it),
   * and whether the fast lane may go on there: not when it handed over, nor when the carried
   * record does not end within the piece (it would have to be joined to the text).
   */
  private completePending(text: string, d: CsvDialect): { from: number; fast: boolean } {
    if (this.pending === '') return { from: 0, fast: true };
    const carried = this.pending.length;
    const scan = scanPlainRecords(this.pending + text.slice(0, PIECE_CHARS), d.delimiter, d.newline, this.plainRow, this.unread);
    if (scan.cursor < carried) {
      this.pending = this.pending.slice(scan.cursor);
      return { from: 0, fast: false };
    }
    this.pending = '';
    return { from: scan.cursor - carried, fast: !scan.handOver };
  }
}

/** Incremental CSV reader: push decoded text chunks, then end(). */
export function createCsvReader(opts: CsvReaderOptions): CsvReader {
  return new IncrementalCsvReader(opts);
}

/** Quotes a cell for CSV output when needed (RFC 4180). Import-side helper for round-trip tests. */
export function toCsvCell(s: string, delimiter: Delimiter = ','): string {
  return s.includes('"') || s.includes(delimiter) || s.includes('\n') || s.includes('\r') || s !== s.trim() || s.charCodeAt(0) === 0xfeff
    ? `"${s.replace(/"/g, '""')}"`
    : s;
}
