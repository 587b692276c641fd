// B1 import parse: a ~100 MiB CRM deals CSV streamed through the production pipeline
// (decode → parse → table → map → normalise/validate → aggregate) vs bare streaming PapaParse
// with the same 1 MiB chunking, in the same run. B3: zip-bomb guard latency.
import { closeSync, existsSync, openSync, readSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { analyseFile, createCsvImport, settingsFromAnalysis } from '../../shared/domain/import/index';
import { makeZipBomb } from '../fixtures/import/zip';

const TARGET_BYTES = 100 * 1024 * 1024;
const CHUNK = 1024 * 1024;
const RUNS = 3;
const MiB = 1024 * 1024;

function line(name: string, value: number | string, unit = ''): void {
  console.log(`${name}: ${typeof value === 'number' ? (Math.round(value * 100) / 100).toString() : value}${unit ? ` ${unit}` : ''}`);
}

/** Deterministic CRM export: BOM, quoted fields with embedded newlines, US numbers, open deals. */
function generate(path: string): void {
  if (existsSync(path) && statSync(path).size >= TARGET_BYTES) return;
  const fd = openSync(path, 'w');
  writeSync(fd, '\ufeffopportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value,notes\r\n');
  const stages = ['Won', 'Won', 'Lost', 'Engaging', 'Prospecting'];
  let written = 0;
  let i = 0;
  let seed = 42;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  while (written < TARGET_BYTES) {
    let block = '';
    for (let k = 0; k < 5000; k++, i++) {
      const stage = stages[Math.floor(rnd() * stages.length)] ?? 'Won';
      const m1 = 1 + Math.floor(rnd() * 12);
      const d1 = 1 + Math.floor(rnd() * 28);
      const created = stage === 'Prospecting' ? '' : `2025-${String(m1).padStart(2, '0')}-${String(d1).padStart(2, '0')}`;
      const closed =
        stage === 'Won' || stage === 'Lost'
          ? `2026-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`
          : '';
      const value = closed ? `"${Math.floor(rnd() * 90 + 1)},${String(Math.floor(rnd() * 1000)).padStart(3, '0')}.00"` : '';
      const notes = k % 10 === 0 ? `"Call back, ""urgent""\nsecond line"` : 'ok';
      block += `${((i * 2654435761) >>> 0).toString(36).toUpperCase()},Agent ${i % 300},GTX Pro,Acme ${i % 85},${stage},${created},${closed},${value},${notes}\r\n`;
    }
    writeSync(fd, block);
    written += Buffer.byteLength(block);
  }
  closeSync(fd);
}

function* chunks(path: string): Generator<Uint8Array> {
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

/** Bare PapaParse over the same chunks: decode + Parser with the unfinished row carried over. */
function bare(path: string): number {
  const dec = new TextDecoder('utf-8');
  const parser = new Papa.Parser({ delimiter: ',', newline: '\r\n', quoteChar: '"' });
  let pending = '';
  let rows = 0;
  for (const c of chunks(path)) {
    const text = pending + dec.decode(c, { stream: true });
    const res = parser.parse(text, 0, true) as { data: string[][]; meta: { cursor: number } };
    rows += res.data.length;
    pending = text.slice(res.meta.cursor);
  }
  rows += (parser.parse(pending + dec.decode(), 0, false) as { data: string[][] }).data.length;
  return rows;
}

async function pipeline(path: string, sample: { rss: number }): Promise<{ rows: number; periods: number; rejected: number }> {
  const head = chunks(path).next().value ?? new Uint8Array();
  const analysis = await analyseFile(head.slice(), 'bench.csv');
  if (!analysis.ok) throw new Error(analysis.error.message);
  const imp = createCsvImport(settingsFromAnalysis(analysis.value, { keepRecords: false }));
  for (const c of chunks(path)) {
    imp.pushBytes(c);
    sample.rss = Math.max(sample.rss, process.memoryUsage().rss);
  }
  const r = imp.finish();
  sample.rss = Math.max(sample.rss, process.memoryUsage().rss);
  if (!r.ok) throw new Error(r.error.message);
  return { rows: r.value.report.rowsRead, periods: r.value.periods.length, rejected: r.value.report.rowsRejected };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

export async function benchImport(): Promise<void> {
  const path = join(tmpdir(), 'candor-bench-deals-100mib.csv');
  const g0 = performance.now();
  generate(path);
  const size = statSync(path).size;
  line('import.fixture_size', size / MiB, 'MiB');
  line('import.fixture_generate', (performance.now() - g0) / 1000, 's');

  bare(path); // warm-up
  const rssBefore = process.memoryUsage().rss;
  const heapBefore = process.memoryUsage().heapUsed;
  const mem = { rss: rssBefore };
  const bareTimes: number[] = [];
  const fullTimes: number[] = [];
  let result = { rows: 0, periods: 0, rejected: 0 };
  let bareRows = 0;
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now();
    bareRows = bare(path);
    bareTimes.push((performance.now() - t) / 1000);
    t = performance.now();
    result = await pipeline(path, mem);
    fullTimes.push((performance.now() - t) / 1000);
  }
  const heapAfter = process.memoryUsage().heapUsed;
  const bareMBs = size / MiB / median(bareTimes);
  const fullMBs = size / MiB / median(fullTimes);
  line('import.rows', result.rows, 'rows');
  line('import.papaparse_bare_rows', bareRows, 'rows');
  line('import.papaparse_bare_throughput', bareMBs, 'MiB/s');
  line('import.pipeline_throughput', fullMBs, 'MiB/s');
  line('import.pipeline_rows_per_s', result.rows / median(fullTimes), 'rows/s');
  line('import.pipeline_vs_papaparse', fullMBs / bareMBs, 'x (target >= 0.5)');
  line('import.peak_rss', mem.rss / MiB, 'MiB');
  line('import.peak_rss_over_file', mem.rss / size, 'x (target <= 3)');
  line('import.rss_growth_over_file', (mem.rss - rssBefore) / size, 'x');
  line('import.heap_delta', (heapAfter - heapBefore) / MiB, 'MiB');
  line('import.rep_periods', result.periods, 'rows');

  const bomb = makeZipBomb(347);
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    const r = await analyseFile(bomb, 'bomb.xlsx');
    times.push(performance.now() - t);
    if (r.ok) throw new Error('zip bomb was not rejected');
  }
  line('import.zip_bomb_reject', median(times), 'ms (target < 100)');
}

if (process.argv[1]?.endsWith('import.ts')) await benchImport();
