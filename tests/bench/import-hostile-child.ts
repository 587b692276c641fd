// Child process of the hostile-shape benchmark: one file through the production import in a
// fresh process, printing one JSON line with the RSS before reading and the kernel's peak RSS.
// CSV goes through the streaming pipeline (1 MiB chunks, as the app's worker reads a File);
// XLSX through analyseFile on the whole workbook (as the worker does for workbooks).
import { readFileSync } from 'node:fs';
import { analyseFile, createCsvImport, settingsFromAnalysis } from '@shared/domain/import/index';
import { chunks } from './import-pipeline';

const [path, format] = process.argv.slice(2);
if (!path || (format !== 'csv' && format !== 'xlsx')) throw new Error('usage: import-hostile-child.ts <file> csv|xlsx');
(globalThis as { gc?: () => void }).gc?.();
const baselineRss = process.memoryUsage().rss;
const baselineHeap = process.memoryUsage().heapUsed;
const t0 = performance.now();
let outcome: Record<string, unknown>;
if (format === 'xlsx') {
  const a = await analyseFile(new Uint8Array(readFileSync(path)), 'hostile.xlsx');
  outcome = a.ok ? { ok: true } : { ok: false, code: a.error.code, message: a.error.message };
} else {
  const head = chunks(path).next().value ?? new Uint8Array();
  const a = await analyseFile(head.slice(), 'hostile.csv');
  if (!a.ok) throw new Error(a.error.message);
  const imp = createCsvImport(settingsFromAnalysis(a.value, { keepRecords: false }));
  for (const c of chunks(path)) imp.pushBytes(c);
  const r = imp.finish();
  outcome = r.ok
    ? {
        ok: true,
        rowsRead: r.value.report.rowsRead,
        rowsAccepted: r.value.report.rowsAccepted,
        rowsRejected: r.value.report.rowsRejected,
        reps: new Set(r.value.periods.map((p) => p.rep)).size,
        checks: r.value.report.checks.map((c) => c.id),
        firstError: r.value.report.errors.find((e) => e.severity === 'error')?.reason ?? null,
      }
    : { ok: false, code: r.error.code, message: r.error.message };
}
const ms = performance.now() - t0;
const peakRss = process.resourceUsage().maxRSS * 1024;
// What the import still holds once garbage is collected (started with --expose-gc): the caps' figure.
(globalThis as { gc?: () => void }).gc?.();
const retainedHeap = process.memoryUsage().heapUsed - baselineHeap;
console.log(JSON.stringify({ baselineRss, peakRss, retainedHeap, ms, ...outcome }));
