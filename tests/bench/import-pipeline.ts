// The import benchmark's pipeline run, shared by the throughput comparison (import.ts) and the
// fresh-process memory measurement (import-rss.ts): the file read in 1 MiB chunks, analysed
// from its first chunk, then streamed through createCsvImport exactly as the app's worker does.
import { closeSync, openSync, readSync } from 'node:fs';
import { analyseFile, createCsvImport, settingsFromAnalysis } from '@shared/domain/import/index';

export const CHUNK = 1024 * 1024;

export function* chunks(path: string): Generator<Uint8Array> {
  const fd = openSync(path, 'r');
  const buf = new Uint8Array(CHUNK);
  try {
    for (;;) {
      const n = readSync(fd, buf, 0, CHUNK, null);
      if (n === 0) return;
      yield buf.subarray(0, n);
    }
  } finally {
    closeSync(fd);
  }
}

export type PipelineResult = { rows: number; periods: number; rejected: number };

/** decode → parse → table → map → normalise/validate → aggregate; records are not kept. */
export async function pipeline(path: string): Promise<PipelineResult> {
  const head = chunks(path).next().value ?? new Uint8Array();
  const analysis = await analyseFile(head.slice(), 'bench.csv');
  if (!analysis.ok) throw new Error(analysis.error.message);
  const imp = createCsvImport(settingsFromAnalysis(analysis.value, { keepRecords: false }));
  for (const c of chunks(path)) imp.pushBytes(c);
  const r = imp.finish();
  if (!r.ok) throw new Error(r.error.message);
  return { rows: r.value.report.rowsRead, periods: r.value.periods.length, rejected: r.value.report.rowsRejected };
}
