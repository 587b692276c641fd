// The CSV dialect of a file: its line ending and its delimiter, detected from a sample.
import Papa from 'papaparse';

export type Delimiter = ',' | ';' | '\t' | '|';
export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|'];
export type Newline = '\r\n' | '\n' | '\r';

/** Most frequent line ending outside quotes (a CRLF file may hold bare LF inside quotes). */
export function detectNewline(sample: string): Newline {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  let quoted = false;
  const n = Math.min(sample.length, 1 << 16);
  for (let i = 0; i < n; i++) {
    const c = sample.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 13) {
      if (sample.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else cr++;
    } else if (c === 10) lf++;
  }
  if (crlf >= lf && crlf >= cr && crlf > 0) return '\r\n';
  if (cr > lf) return '\r';
  return '\n';
}

/**
 * Picks the delimiter whose field count is most consistent over the first rows (with more
 * than one field). PapaParse's own guesser falls back to “,” on small samples; this does not.
 */
export function detectDelimiter(sample: string, newline: Newline): { delimiter: Delimiter; guessed: boolean } {
  const cut = sample.length > 65536 ? sample.slice(0, sample.lastIndexOf(newline, 65536) + 1 || 65536) : sample;
  let best: Delimiter = ',';
  let bestScore = 0;
  for (const delimiter of DELIMITERS) {
    const parser = new Papa.Parser({ delimiter, newline, quoteChar: '"' });
    const res = parser.parse(cut, 0, false) as { data: string[][] };
    const rows = res.data.filter((r) => r.some((c) => c.trim() !== '')).slice(0, 60);
    if (rows.length === 0) continue;
    const counts = new Map<number, number>();
    for (const r of rows) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
    let mode = 1;
    let modeCount = 0;
    for (const [len, c] of counts) if (c > modeCount || (c === modeCount && len > mode)) [mode, modeCount] = [len, c];
    if (mode < 2) continue;
    const score = (modeCount / rows.length) * 10 + Math.min(mode, 50) * 0.01;
    if (score > bestScore) {
      bestScore = score;
      best = delimiter;
    }
  }
  return { delimiter: best, guessed: bestScore > 0 };
}

/** How a CSV file is written: its delimiter and line ends, whether it opens with Excel's "sep=" line, and whether the delimiter was guessed. */
export type CsvDialect = { delimiter: Delimiter; newline: Newline; sepLine: boolean; delimiterGuessed: boolean };
