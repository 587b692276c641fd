import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Delimiter } from './csv';
import { createCsvReader, toCsvCell } from './csv';
import { analyseFile, createCsvImport, importFile } from './file';

function readAll(text: string, chunk = text.length || 1, delimiter?: Delimiter) {
  const rows: string[][] = [];
  const r = createCsvReader({ ...(delimiter ? { delimiter } : {}), onRow: (cells) => rows.push(cells) });
  for (let i = 0; i < text.length; i += chunk) r.push(text.slice(i, i + chunk));
  r.end();
  return { rows, dialect: r.dialect };
}

describe('createCsvReader', () => {
  it('keeps quoted delimiters, "" escapes and embedded CRLF/LF, whatever the chunking', () => {
    const text = 'a,b,c\r\n"x,1","say ""hi""","line1\nline2"\r\n"p","q\r\nr",s\r\n';
    const expected = [['a', 'b', 'c'], ['x,1', 'say "hi"', 'line1\nline2'], ['p', 'q\r\nr', 's'], ['']];
    for (const chunk of [1, 2, 3, 7, 100]) expect(readAll(text, chunk).rows).toEqual(expected);
  });
  it('honours a sep= line and hides it from row numbers', () => {
    const rows: [string[], number][] = [];
    const r = createCsvReader({ onRow: (c, n) => rows.push([c, n]) });
    r.push('sep=|\nRep|Calls\nAna|5\n');
    r.end();
    expect(r.dialect?.delimiter).toBe('|');
    expect(rows.slice(0, 2)).toEqual([
      [['Rep', 'Calls'], 1],
      [['Ana', '5'], 2],
    ]);
  });
  it('reads a chunk far larger than one parsing piece (64 KiB) exactly, whatever falls on the piece boundaries', () => {
    // Cells of every shape — CRLF and LF inside values, quotes, delimiters — repeated past
    // 300,000 characters, so piece boundaries cut through each shape somewhere.
    const shapes = ['say "hi"', 'Ben, Jr.', 'line1\r\nline2', 'a\nb', '', '1,5', 'plain'];
    const table: string[][] = [];
    for (let i = 0; table.length < 20_000; i++) table.push([`r${i}`, shapes[i % 7] ?? '', shapes[(i * 3) % 7] ?? '']);
    const text = table.map((r) => r.map((c) => toCsvCell(c)).join(',')).join('\r\n') + '\r\n';
    expect(text.length).toBeGreaterThan(300_000);
    for (const chunk of [text.length, 1 << 20, 65_536 + 7, 40_000]) {
      const got = readAll(text, chunk).rows.slice(0, table.length);
      // Compared as one string: a diff of 20,000 rows would take longer than the parse.
      expect(JSON.stringify(got) === JSON.stringify(table), `chunk ${chunk}`).toBe(true);
    }
  });
  it('detects ; even on a tiny sample (PapaParse alone falls back to ,)', () => {
    expect(readAll('Rep;Amount\nAna;1,5\n').dialect?.delimiter).toBe(';');
  });
});

const EDGE = fc.constantFrom(',', ';', '"', '\r', '\n', '\t', '\ufeff', '\u00a0', '\uffff', 'a', 'Z', '1', ' ', 'é', '€');
const cellArb = fc.string({ unit: EDGE, maxLength: 8 });

describe('properties', () => {
  it('P1: parsing what toCsvCell serialises gives back the same rows', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Delimiter>(',', ';', '\t', '|'),
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.array(cellArb, { minLength: 5, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 50 }),
        (delim, width, rows, chunk) => {
          const table = rows.map((r) => r.slice(0, width));
          // A lone empty cell serialises to an empty line, which CSV cannot tell from a blank line.
          fc.pre(table.every((r) => !(r.length === 1 && r[0] === '')));
          const text = table.map((r) => r.map((c) => toCsvCell(c, delim)).join(delim)).join('\r\n') + '\r\n';
          const got = readAll(text, chunk, delim).rows;
          expect(got.slice(0, table.length)).toEqual(table);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('P2: analyse + import never throw on arbitrary bytes; they return ok or an error code', async () => {
    const byteArb = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc
        .array(
          fc.constantFrom(0x2c, 0x3b, 0x22, 0x0d, 0x0a, 0x09, 0xef, 0xbb, 0xbf, 0xc2, 0xa0, 0xff, 0xfe, 0x41, 0x31, 0x50, 0x4b, 0x03, 0x04, 0x00),
          { maxLength: 300 },
        )
        .map((xs) => new Uint8Array(xs)),
      fc.string({ unit: EDGE, maxLength: 200 }).map((s) => new TextEncoder().encode(`Rep,Period,Calls\n${s}`)),
    );
    await fc.assert(
      fc.asyncProperty(byteArb, fc.constantFrom('x.csv', 'x.xlsx'), async (bytes, name) => {
        const a = await analyseFile(bytes, name);
        if (a.ok) {
          const r = await importFile(bytes, name, { kind: a.value.kind, mapping: a.value.mapping });
          expect(typeof r.ok).toBe('boolean');
          if (!r.ok) expect(r.error.code).toMatch(/^[a-z-]+$/);
        } else {
          expect(a.error.code).toMatch(/^[a-z-]+$/);
          expect(a.error.code).not.toBe('internal-error');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('streaming in any chunk size gives the same outcome as one chunk', () => {
    const text =
      'Deal Owner,Deal Stage,Amount,Close Date\n' +
      Array.from({ length: 60 }, (_, i) => `Rep ${i % 4},${i % 3 ? 'Won' : 'Lost'},"${i},000.50",2026-0${1 + (i % 3)}-1${i % 9}`).join('\n');
    const bytes = new TextEncoder().encode(text);
    const settings = { kind: 'deals' as const, mapping: { rep: 'Deal Owner', stage: 'Deal Stage', amount: 'Amount', closeDate: 'Close Date' } };
    const once = createCsvImport(settings);
    once.pushBytes(bytes);
    const ref = once.finish();
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 97 }), (step) => {
        const imp = createCsvImport(settings);
        for (let i = 0; i < bytes.length; i += step) imp.pushBytes(bytes.subarray(i, i + step));
        expect(imp.finish()).toEqual(ref);
      }),
      { numRuns: 40 },
    );
  });

  it('reports progress and honours cancellation between chunks', async () => {
    const bytes = new TextEncoder().encode('Rep,Period,Calls\n' + 'Ana,2026-01,1\n'.repeat(500));
    const seen: number[] = [];
    const signal = { aborted: false };
    const r = await importFile(
      bytes,
      'x.csv',
      { kind: 'period-sheet', mapping: { rep: 'Rep', period: 'Period', calls: 'Calls' } },
      {
        chunkBytes: 1000,
        signal,
        onProgress: (p) => {
          seen.push(p.bytesRead);
          if (seen.length === 3) signal.aborted = true;
        },
      },
    );
    expect(seen).toEqual([1000, 2000, 3000]);
    expect(r).toMatchObject({ ok: false, error: { code: 'import-cancelled' } });
  });
});
