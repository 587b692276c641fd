// B1 import parse: a ~100 MiB CRM deals CSV streamed through the production pipeline
// (decode → parse → table → map → normalise/validate → aggregate) vs bare streaming PapaParse
// with the same 1 MiB chunking, interleaved in the same process (median of 3 each).
// Memory: the pipeline alone in a fresh child process (import-rss.ts), so the figure holds
// neither this process's other runs nor their garbage. B3: zip-bomb guard latency.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { analyseFile } from '@shared/domain/import/index';
import { CRM_HEADER, crmGenerator } from '../fixtures/import/crm-generator';
import { makeZipBomb } from '../fixtures/import/zip';
import type { PipelineResult } from './import-pipeline';
import { benchImportHostile } from './import-hostile';
import { chunks, pipeline } from './import-pipeline';

const TARGET_BYTES = 100 * 1024 * 1024;
const RUNS = 3;
const MiB = 1024 * 1024;

function line(name: string, value: number | string, unit = ''): void {
  console.log(`${name}: ${typeof value === 'number' ? (Math.round(value * 100) / 100).toString() : value}${unit ? ` ${unit}` : ''}`);
}

/** Deterministic CRM export: BOM, quoted fields with embedded newlines, US numbers, open deals. */
function generate(path: string): void {
  if (existsSync(path) && statSync(path).size >= TARGET_BYTES) return;
  const fd = openSync(path, 'w');
  writeSync(fd, CRM_HEADER);
  const gen = crmGenerator(42);
  let written = 0;
  while (written < TARGET_BYTES) {
    const block = gen.block(5000);
    writeSync(fd, block);
    written += Buffer.byteLength(block);
  }
  closeSync(fd);
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

type RssReport = PipelineResult & { baselineRss: number; baselinePeak: number; peakRss: number };

/** The pipeline once in a fresh Node process with tsx's loader (as `npm run bench` runs it). */
function pipelineRssInChild(path: string): RssReport {
  const child = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), join(import.meta.dirname, 'import-rss.ts'), path], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`import-rss child failed (${child.status ?? child.signal ?? '?'}): ${child.stderr.slice(-2000)}`);
  const last = child.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(last) as RssReport;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

export async function benchImport(): Promise<void> {
  const path = join(tmpdir(), 'candor-bench-deals-100mib.csv');
  const g0 = performance.now();
  generate(path);
  const size = statSync(path).size;
  line('import.fixture_size', size / MiB, 'MiB');
  line('import.fixture_generate', (performance.now() - g0) / 1000, 's');

  // Memory first, in its own process: peak RSS of the whole child ÷ file size, and its growth
  // over the RSS it had before reading (Node + tsx + modules: ~the same for any file size).
  const rss = pipelineRssInChild(path);

  bare(path); // warm-up
  const bareTimes: number[] = [];
  const fullTimes: number[] = [];
  let result: PipelineResult = { rows: 0, periods: 0, rejected: 0 };
  let bareRows = 0;
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now();
    bareRows = bare(path);
    bareTimes.push((performance.now() - t) / 1000);
    t = performance.now();
    result = await pipeline(path);
    fullTimes.push((performance.now() - t) / 1000);
  }
  if (rss.rows !== result.rows || rss.periods !== result.periods) throw new Error('the memory run and the timed runs disagree');
  const bareMBs = size / MiB / median(bareTimes);
  const fullMBs = size / MiB / median(fullTimes);
  line('import.rows', result.rows, 'rows');
  line('import.papaparse_bare_rows', bareRows, 'rows');
  line('import.papaparse_bare_throughput', bareMBs, 'MiB/s');
  line('import.pipeline_throughput', fullMBs, 'MiB/s');
  line('import.pipeline_rows_per_s', result.rows / median(fullTimes), 'rows/s');
  line('import.pipeline_vs_papaparse', fullMBs / bareMBs, 'x (pipeline ÷ bare PapaParse, same run; target >= 1.0)');
  line('import.child_baseline_rss', rss.baselineRss / MiB, 'MiB (fresh process before reading: Node + tsx + modules)');
  line('import.child_peak_rss', rss.peakRss / MiB, 'MiB (fresh process, kernel maxrss)');
  line('import.child_peak_rss_over_file', rss.peakRss / size, 'x (absolute peak / file size; target <= 3)');
  line('import.child_rss_growth_over_file', (rss.peakRss - rss.baselineRss) / size, 'x (peak minus baseline / file size)');
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

  await benchImportHostile();
}

if (process.argv[1]?.endsWith('import.ts')) await benchImport();
