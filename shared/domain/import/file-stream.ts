// Importing rows as they come: row by row over raw cells (the header found by the table
// assembler, then the import session), and streaming CSV bytes through the decoder and reader.
import type { Result } from '@shared/lib/result';
import { err, ok } from '@shared/lib/result';
import { createCsvReader } from './csv';
import { createStreamDecoder, looksBinary } from './decode';
import type { ImportOutcome, ImportSettings } from './engine';
import { createImportSession, validateSettings } from './engine';
import type { SourceOptions } from './file-grid';
import type { RowError } from './contract';
import { createTableAssembler } from './table';
import type { Cell } from './values';

/** Row-by-row import over raw rows (header detection included); the building block of the others. */
export function createRowImport(settings: ImportSettings & { headerRow?: number }, onColumns?: (unread: readonly boolean[]) => void) {
  let session: ReturnType<typeof createImportSession> | null = null;
  let failure: ReturnType<typeof err> | null = null;
  let headerWarnings: string[] = [];
  /** Broken records met before the header was decided; counted once the session exists. */
  const earlyRejects: RowError[] = [];
  const assembler = createTableAssembler(
    {
      header: (info) => {
        const v = validateSettings(info.headers, settings);
        if (!v.ok) {
          failure = err(v.code, v.message);
          return;
        }
        session = createImportSession(info.headers, settings);
        onColumns?.(session.unreadColumns);
        headerWarnings = info.warnings;
        for (const e of earlyRejects.splice(0)) if (e.row > info.headerRow) session.reject(e);
      },
      row: (cells, row) => session?.push(cells, row),
      issue: (e) => session?.issue(e, 'warning'),
    },
    settings.headerRow !== undefined ? { headerRow: settings.headerRow } : {},
  );
  return {
    push(cells: Cell[], row: number) {
      if (failure) return;
      assembler.push(cells, row);
    },
    issue(row: number, message: string) {
      (session as ReturnType<typeof createImportSession> | null)?.issue({ row, column: '', value: '', reason: message }, 'warning');
    },
    /** A record that could not be read: it counts as read and rejected, with this reason. */
    reject(row: number, message: string) {
      if (failure) return;
      const e: RowError = { row, column: '', value: '', reason: message };
      const s = session as ReturnType<typeof createImportSession> | null;
      if (s) s.reject(e);
      else earlyRejects.push(e);
    },
    get rowsRead(): number {
      return (session as ReturnType<typeof createImportSession> | null)?.rowsRead ?? 0;
    },
    finish(extraWarnings: string[] = []): Result<ImportOutcome> {
      const found = assembler.end();
      if (failure) return failure;
      const s = session as ReturnType<typeof createImportSession> | null;
      if (!found || !s) return err('file-no-header', 'No header row was found.');
      for (const w of [...extraWarnings, ...headerWarnings]) s.warn(w);
      if (assembler.stats.footerRows > 0)
        s.warn(
          `Skipped ${assembler.stats.footerRows} report footer line${assembler.stats.footerRows === 1 ? '' : 's'} (e.g. “${assembler.stats.footerExample ?? ''}”).`,
        );
      const out = s.finish();
      if (out.report.rowsRead === 0) return err('file-header-only', 'The file has a header row but no data rows.');
      return ok(out);
    },
  };
}

/**
 * Streaming CSV import: push byte chunks as they are read (File.slice in a Worker, fs stream in
 * the CLI), then finish(). Memory: one chunk plus the aggregates (plus records if kept).
 */
export function createCsvImport(settings: ImportSettings & SourceOptions, extraWarnings: string[] = []) {
  const dec = createStreamDecoder(settings.encoding ? { encoding: settings.encoding } : {});
  // Once the header is known, the reader need not cut out the cells of columns nobody reads.
  const rows = createRowImport(settings, (unread) => reader.skipColumns(unread));
  let first = true;
  let sawText = false;
  let binary = false;
  const reader = createCsvReader({
    ...(settings.delimiter ? { delimiter: settings.delimiter } : {}),
    onRow: (cells, row) => rows.push(cells, row),
    onIssue: (row, message) => rows.issue(row, `CSV quoting problem: ${message}`),
    onBroken: (row, message) => rows.reject(row, message),
  });
  const pushText = (text: string) => {
    if (first && text.length > 0) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      if (looksBinary(text)) {
        binary = true;
        reader.abort();
        return;
      }
    }
    if (text.trim() !== '') sawText = true;
    reader.push(text);
  };
  return {
    pushBytes(chunk: Uint8Array, last = false) {
      if (binary) return;
      pushText(dec.decode(chunk, last));
    },
    get rowsRead() {
      return rows.rowsRead;
    },
    finish(): Result<ImportOutcome> {
      pushText(dec.decode(new Uint8Array(0), true));
      if (binary) return err('file-binary', 'This does not look like a CSV or Excel file: it contains binary data.');
      if (!sawText) return err('file-empty', 'The file contains no data.');
      reader.end();
      const extra = [...extraWarnings, ...dec.warnings];
      if (reader.dialect?.sepLine)
        extra.push(
          `The file starts with a “sep=${reader.dialect.delimiter === '\t' ? '\\t' : reader.dialect.delimiter}” line; it was used as the delimiter.`,
        );
      return rows.finish(extra);
    },
  };
}
