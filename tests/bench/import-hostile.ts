// Hostile shapes (issue 7): a 50 MB line, a 30 MB quoted field, 100,000 distinct reps, and a
// workbook with 1,000,000 shared strings. Each runs once in a fresh child process; the figures
// are the peak RSS growth over the RSS before reading (Node + tsx + modules), divided by the
// file size (target ≤ 3), the heap still held after a final garbage collection, the time, and
// what the user is told. A plain file with the same rows is measured too, for comparison.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeZip, xlsxParts } from '../fixtures/import/zip';

const MiB = 1024 * 1024;
const HEAD = 'opportunity_id,sales_agent,deal_stage,engage_date,close_date,close_value\n';
const row = (i: number, rep = `Agent ${i % 30}`) => `D${i},${rep},Won,2026-01-0${1 + (i % 9)},2026-02-1${i % 9},${100 + (i % 900)}\n`;

function line(name: string, value: number | string, unit = ''): void {
  console.log(`${name}: ${typeof value === 'number' ? (Math.round(value * 100) / 100).toString() : value}${unit ? ` ${unit}` : ''}`);
}

function writeCsv(path: string, parts: () => Generator<string>): void {
  if (existsSync(path)) return;
  const fd = openSync(path, 'w');
  for (const p of parts()) writeSync(fd, p);
  closeSync(fd);
}

function* normalRows(from: number, n: number): Generator<string> {
  let block = '';
  for (let i = from; i < from + n; i++) {
    block += row(i);
    if (block.length > 1 << 20) {
      yield block;
      block = '';
    }
  }
  yield block;
}

/** 1,000,000 rows whose rep names cycle through `names` distinct names of the same length. */
function* millionRows(names: number): Generator<string> {
  yield HEAD;
  for (let k = 0; k < 10; k++) {
    let block = '';
    for (let i = 0; i < 100_000; i++) block += row(k * 100_000 + i, `Rep ${String(i % names).padStart(6, '0')}`);
    yield block;
  }
}

const SHAPES: { name: string; file: string; format: 'csv' | 'xlsx'; make: (path: string) => void }[] = [
  {
    name: 'line_50mb',
    file: 'candor-hostile-line-50mb.csv',
    format: 'csv',
    make: (p) =>
      writeCsv(p, function* () {
        yield HEAD;
        yield* normalRows(0, 2000);
        const chunk = 'x,'.repeat(MiB / 2);
        for (let i = 0; i < 50; i++) yield chunk;
        yield '\n';
        yield* normalRows(2000, 2000);
      }),
  },
  {
    name: 'quoted_field_30mb',
    file: 'candor-hostile-field-30mb.csv',
    format: 'csv',
    make: (p) =>
      writeCsv(p, function* () {
        yield HEAD;
        yield* normalRows(0, 2000);
        yield 'D-big,Agent 1,"';
        const chunk = 'note, with "" quotes\n'.repeat(MiB / 21);
        for (let i = 0; i < 30; i++) yield chunk;
        yield '",2026-01-01,2026-02-01,100\n';
        yield* normalRows(2000, 2000);
      }),
  },
  {
    // 100,000 distinct names, each on 10 rows (1,000,000 rows): the rep cap is reached early
    // and every later row naming a new rep is rejected without being remembered.
    name: 'distinct_reps_100k',
    file: 'candor-hostile-reps-100k-x10.csv',
    format: 'csv',
    make: (p) => writeCsv(p, () => millionRows(100_000)),
  },
  {
    // The same number of rows and bytes with 30 reps: what any file of this size costs.
    name: 'plain_same_rows',
    file: 'candor-hostile-plain-1m.csv',
    format: 'csv',
    make: (p) => writeCsv(p, () => millionRows(30)),
  },
  {
    name: 'shared_strings_1m',
    file: 'candor-hostile-sst-1m.xlsx',
    format: 'xlsx',
    make: (p) => {
      if (existsSync(p)) return;
      const parts = xlsxParts([
        {
          name: 'Deals',
          rows: [
            ['Owner', 'Stage'],
            ['Ana', 'Won'],
          ],
        },
      ]);
      const strings: string[] = [];
      for (let i = 0; i < 1_000_000; i++) strings.push(`<si><t>Rep ${i.toString(36)} ${(i * 2654435761) >>> 0}</t></si>`);
      const sst = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1000000" uniqueCount="1000000">${strings.join('')}</sst>`;
      const withSst = parts.map((e) => (e.name === 'xl/sharedStrings.xml' ? { ...e, data: sst, deflate: true } : e));
      writeFileSync(p, makeZip(withSst));
    },
  },
];

type Child = { baselineRss: number; peakRss: number; retainedHeap: number; ms: number; ok: boolean; [k: string]: unknown };

function runChild(path: string, format: string): Child {
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', import.meta.resolve('tsx'), join(import.meta.dirname, 'import-hostile-child.ts'), path, format],
    {
      encoding: 'utf8',
      maxBuffer: 1024 * 1024,
    },
  );
  if (child.status !== 0) throw new Error(`hostile child failed (${child.status ?? child.signal ?? '?'}): ${child.stderr.slice(-2000)}`);
  return JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as Child;
}

export async function benchImportHostile(): Promise<void> {
  for (const shape of SHAPES) {
    const path = join(tmpdir(), shape.file);
    shape.make(path);
    const size = statSync(path).size;
    const r = runChild(path, shape.format);
    const key = `import.hostile.${shape.name}`;
    line(`${key}.file_size`, size / MiB, 'MiB');
    line(`${key}.rss_growth_over_file`, (r.peakRss - r.baselineRss) / size, 'x (peak minus baseline / file size; target <= 3)');
    line(`${key}.peak_rss`, r.peakRss / MiB, 'MiB');
    line(`${key}.retained_heap`, r.retainedHeap / MiB, 'MiB (held after garbage collection at the end)');
    line(`${key}.time`, r.ms, 'ms');
    const { baselineRss: _b, peakRss: _p, retainedHeap: _h, ms: _m, ...rest } = r;
    line(`${key}.outcome`, JSON.stringify(rest));
  }
  await Promise.resolve();
}

if (process.argv[1]?.endsWith('import-hostile.ts')) await benchImportHostile();
