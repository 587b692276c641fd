// The fast lane of the CSV reader: well-formed records (RFC 4180: a quoted value is closed by a
// quote followed by the delimiter or the line break) are split here and handed on one by one,
// with no row arrays built per piece. At the first record that is anything else (a stray quote
// after a closing quote, spaces before the delimiter) it stops, and PapaParse reads the rest of
// the piece from that record's start, so every quirk and error of PapaParse stays as it was.
// For the records it reads, the cells are exactly what PapaParse's Parser gives.

const QUOTE = 34;

/**
 * What the fast lane gives for a non-blank cell of a column nobody reads (see `unread`). It is
 * not blank, as the cell is not, so blank-line and footer rules count the row as before.
 */
export const UNREAD_CELL = '(not read)';

/** The text from..to starts with visible ASCII: a cell holding it is not blank, whatever follows. */
const visible = (text: string, from: number, to: number) => {
  const c = to > from ? text.charCodeAt(from) : 0;
  return c > 0x20 && c < 0x7f;
};

/** What a cell of an unread column from..to is handed on as: '' or UNREAD_CELL, or null when it must be cut out exactly. */
const placeholder = (text: string, from: number, to: number): string | null => (to === from ? '' : visible(text, from, to) ? UNREAD_CELL : null);

export type PlainScan = {
  /** Index of the first record not read: text from here on is left to the caller. */
  cursor: number;
  /** True when the scan stopped at a record PapaParse must read; false at the end of the text. */
  handOver: boolean;
};

/**
 * Reads the complete records of `text` from its start, calling `onRow` for each (it returns false
 * to stop). A last record without its line break is not read: the text may go on in the next piece.
 *
 * `unread[k]` true says nobody reads column k's text: once the record has had a non-blank cell
 * (so its first non-blank cell, which the footer rule reads, is exact), such a cell starting with
 * a visible character is given as UNREAD_CELL without being cut out of the text. Empty cells stay
 * empty, and any other cell is exact, so every cell is blank exactly when PapaParse's is.
 * Reading starts at `from` (a record's start), so a long text need not be cut to be read.
 */
export function scanPlainRecords(
  text: string,
  delimiter: string,
  newline: string,
  onRow: (cells: string[]) => boolean,
  unread: readonly boolean[] | null = null,
  from = 0,
): PlainScan {
  const n = text.length;
  const nlLen = newline.length;
  const delim = delimiter.charCodeAt(0);
  let nextDelim = text.indexOf(delimiter, from);
  let nextNl = text.indexOf(newline, from);
  let start = from;
  while (start < n) {
    const cells: string[] = [];
    // A non-blank cell was seen in this record: the cells of unread columns may be skipped.
    let seen = false;
    let i = start;
    let end = -1; // index just past the record's line break, once found
    while (end < 0) {
      if (text.charCodeAt(i) === QUOTE) {
        // Quoted value: "" is a quote inside it; the closing quote must be followed by the
        // delimiter or the line break.
        let q = text.indexOf('"', i + 1);
        let escaped = false;
        while (q >= 0 && q + 1 < n && text.charCodeAt(q + 1) === QUOTE) {
          escaped = true;
          q = text.indexOf('"', q + 2);
        }
        if (q < 0 || q + 1 >= n) return { cursor: start, handOver: false };
        const skipped = seen && unread !== null && unread[cells.length] === true ? placeholder(text, i + 1, q) : null;
        if (skipped !== null) cells.push(skipped);
        else {
          const value = text.slice(i + 1, q);
          cells.push(escaped ? value.replace(/""/g, '"') : value);
          seen ||= visible(text, i + 1, q);
        }
        const after = q + 1;
        if (text.charCodeAt(after) === delim) {
          i = after + 1;
        } else if (text.startsWith(newline, after)) {
          end = after + nlLen;
        } else if (after + nlLen > n && newline.startsWith(text.slice(after))) {
          return { cursor: start, handOver: false };
        } else return { cursor: start, handOver: true };
        if (nextDelim >= 0 && nextDelim < i) nextDelim = text.indexOf(delimiter, i);
        if (nextNl >= 0 && nextNl < i) nextNl = text.indexOf(newline, i);
        continue;
      }
      // Unquoted value: up to the next delimiter or line break.
      if (nextNl < 0) return { cursor: start, handOver: false };
      if (nextDelim >= 0 && nextDelim < nextNl) {
        const skipped = seen && unread !== null && unread[cells.length] === true ? placeholder(text, i, nextDelim) : null;
        cells.push(skipped ?? text.slice(i, nextDelim));
        seen ||= visible(text, i, nextDelim);
        i = nextDelim + 1;
        nextDelim = text.indexOf(delimiter, i);
      } else {
        const skipped = seen && unread !== null && unread[cells.length] === true ? placeholder(text, i, nextNl) : null;
        cells.push(skipped ?? text.slice(i, nextNl));
        end = nextNl + nlLen;
      }
    }
    start = end;
    if (nextDelim >= 0 && nextDelim < start) nextDelim = text.indexOf(delimiter, start);
    if (nextNl < start) nextNl = text.indexOf(newline, start);
    if (!onRow(cells)) return { cursor: start, handOver: false };
  }
  return { cursor: start, handOver: false };
}
