// Skipping a record too long to read (over MAX_RECORD_CHARS): its text is scanned for the end of
// the record, a newline outside quotes, without holding it, and the row is reported once as broken.
import type { CsvDialect } from './csv-dialect';

/**
 * Longest record read (characters). Longer ones are skipped without being held in memory and
 * reported as one broken row: a 50 MB line or a 30 MB quoted field costs no more than a chunk.
 */
export const MAX_RECORD_CHARS = 1 << 20;

/** The quote state of the scan through the record being skipped, and what was skipped. */
export type SkipState = { row: number; inQuotes: boolean; atFieldStart: boolean; chars: number; lines: number; quoteAtEnd: boolean };

export const startSkip = (row: number): SkipState => ({ row, inQuotes: false, atFieldStart: true, chars: 0, lines: 0, quoteAtEnd: false });

/**
 * Scans text of the record being skipped for its end (a newline outside quotes). Returns the
 * index just past the end, or -1 when the record goes on.
 */
export function scanSkip(st: SkipState, text: string, dialect: CsvDialect): number {
  const delim = dialect.delimiter.charCodeAt(0);
  const nl = dialect.newline === '\r' ? 13 : 10;
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
}

/** Why the skipped row was left out: a quote never closed (at the end of the file), or its length. */
export function skipMessage(st: SkipState, atEnd: boolean): string {
  const size = st.chars.toLocaleString('en');
  return atEnd && st.inQuotes && !st.quoteAtEnd
    ? `a quote opened on this row is never closed, so the rest of the file (${size} characters, ${st.lines.toLocaleString('en')} lines) would be one value; the row was left out`
    : `the row is longer than ${MAX_RECORD_CHARS.toLocaleString('en')} characters (${size}); it was left out unread`;
}
