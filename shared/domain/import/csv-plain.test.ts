// The fast lane must read exactly what PapaParse's Parser reads: same cells, same record
// boundaries, same unfinished tail, and it must hand over every record PapaParse treats
// specially. Checked on random text made of the characters that matter to CSV.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { UNREAD_CELL, scanPlainRecords } from './csv-plain';
import { isFooterRow } from './table';

type PapaOut = { data: string[][]; errors: { code: string; row?: number }[]; meta: { cursor: number } };
const papa = (text: string, delimiter: string, newline: string): PapaOut =>
  new Papa.Parser({ delimiter, newline: newline as '\n', quoteChar: '"' }).parse(text, 0, true) as PapaOut;

const piece = fc
  .array(fc.constantFrom('a', 'bc', ',', ';', '"', '""', ' ', '\r', '\n', '\r\n', '1,234.00', 'é'), { maxLength: 60 })
  .map((xs) => xs.join(''));
// Mostly well-formed records, so the fast lane runs far before it hands over.
const field = fc.oneof(
  fc.constantFrom('', 'Won', 'Agent 7', '2026-03-01', ' x '),
  fc.array(fc.constantFrom('a', ',', '""', '\n', '\r\n', ' ', ';'), { maxLength: 6 }).map((xs) => `"${xs.join('')}"`),
);
const records = (nl: string) =>
  fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { maxLength: 12 }).map((rows) => rows.map((r) => r.join(',')).join(nl));
const text = (nl: string) => fc.tuple(records(nl), piece, records(nl)).map(([a, b, c]) => a + nl + b + nl + c);

function check(t: string, delimiter: string, newline: string): void {
  const rows: string[][] = [];
  const scan = scanPlainRecords(t, delimiter, newline, (cells) => {
    rows.push(cells);
    return true;
  });
  const whole = papa(t, delimiter, newline);
  // Every record read by the fast lane is PapaParse's record, error-free.
  expect(rows).toEqual(whole.data.slice(0, rows.length));
  expect(whole.errors.filter((e) => (e.row ?? 0) < rows.length)).toEqual([]);
  if (!scan.handOver) {
    // Stopped at the end: the unfinished tail is where PapaParse would leave it.
    expect(rows.length).toBe(whole.data.length);
    expect(scan.cursor).toBe(whole.meta.cursor);
  } else {
    // Handed over: PapaParse from there reads the same records it reads in the whole text.
    const rest = papa(t.slice(scan.cursor), delimiter, newline);
    expect(rest.data).toEqual(whole.data.slice(rows.length));
    expect(scan.cursor + rest.meta.cursor).toBe(whole.meta.cursor);
  }
}

describe('scanPlainRecords', () => {
  for (const nl of ['\r\n', '\n', '\r']) {
    it(`reads what PapaParse reads (line break ${JSON.stringify(nl)}, comma)`, () => {
      fc.assert(
        fc.property(text(nl), (t) => check(t, ',', nl)),
        { numRuns: 3000 },
      );
    });
  }

  it('reads what PapaParse reads with a semicolon as delimiter', () => {
    fc.assert(
      fc.property(text('\n'), (t) => check(t, ';', '\n')),
      { numRuns: 1000 },
    );
  });

  it('reads quoted values with quotes and line breaks inside, and leaves the unfinished record', () => {
    const rows: string[][] = [];
    const complete = 'a,"b ""q""\r\nc",d\r\n,\r\n';
    const scan = scanPlainRecords(`${complete}"open`, ',', '\r\n', (c) => rows.push(c) > 0);
    expect(rows).toEqual([
      ['a', 'b "q"\r\nc', 'd'],
      ['', ''],
    ]);
    expect(scan).toEqual({ cursor: complete.length, handOver: false });
  });

  it('hands over a record whose closing quote is followed by anything but a delimiter or line break', () => {
    const rows: string[][] = [];
    const scan = scanPlainRecords('x,y\n"a" ,b\nz\n', ',', '\n', (c) => rows.push(c) > 0);
    expect(rows).toEqual([['x', 'y']]);
    expect(scan).toEqual({ cursor: 4, handOver: true });
  });

  // Columns nobody reads: a cell may come as UNREAD_CELL instead of its text, but only in an
  // unread column, only after a non-blank cell of the same record, and only where PapaParse's
  // cell is not blank; the records, their widths, what is blank and the footer rule are as before.
  const blank = (c: string) => c.trim() === '' && !/[^\s]/.test(c);
  it('gives a placeholder only for non-blank cells of unread columns, after the first non-blank cell', () => {
    const mask = fc.array(fc.boolean(), { maxLength: 6 });
    fc.assert(
      fc.property(text('\r\n'), mask, (t, unread) => {
        const rows: string[][] = [];
        const exact: string[][] = [];
        const scan = scanPlainRecords(t, ',', '\r\n', (c) => rows.push(c) > 0, unread);
        const plain = scanPlainRecords(t, ',', '\r\n', (c) => exact.push(c) > 0);
        expect(scan).toEqual(plain);
        expect(rows.map((r) => r.length)).toEqual(exact.map((r) => r.length));
        rows.forEach((r, i) => {
          const e = exact[i] ?? [];
          r.forEach((cell, k) => {
            if (cell === e[k]) return;
            expect(cell).toBe(UNREAD_CELL);
            expect(unread[k]).toBe(true);
            expect(blank(e[k] ?? '')).toBe(false);
            expect(e.slice(0, k).some((c) => !blank(c))).toBe(true);
          });
          expect(isFooterRow(r, r.length)).toBe(isFooterRow(e, e.length));
        });
      }),
      { numRuns: 3000 },
    );
  });

  it('skips the text of unread columns in a well-formed export', () => {
    const rows: string[][] = [];
    scanPlainRecords('id,rep,notes\r\n7,Ana,"call ""back"""\r\n,Bo,\r\n', ',', '\r\n', (c) => rows.push(c) > 0, [false, false, true]);
    expect(rows).toEqual([
      ['id', 'rep', UNREAD_CELL],
      ['7', 'Ana', UNREAD_CELL],
      ['', 'Bo', ''],
    ]);
  });
});
