// Hostile cells and files: every value that cannot be read exactly is a row error or a question,
// names are cleaned and capped, wrong files raise plain-worded checks, and the counts add up.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ImportSettings } from './engine';
import { MAX_REPS } from './engine';
import { analyseFile, importFile, runImport } from './file';
import type { Cell } from './values';

const DEALS: ImportSettings = {
  kind: 'deals',
  mapping: { rep: 'Owner', stage: 'Stage', amount: 'Amount', createdDate: 'Created', closeDate: 'Closed' },
  stageMap: { Won: 'won', Lost: 'lost', Open: 'open' },
};
const HEAD = 'Owner,Stage,Amount,Created,Closed\n';
const enc = (s: string) => new TextEncoder().encode(s);

async function csv(text: string, settings: ImportSettings = DEALS) {
  const r = await importFile(enc(text), 'f.csv', { ...settings, delimiter: ',' });
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}
function grid(rows: Cell[][], settings: ImportSettings = DEALS) {
  const r = runImport(rows, settings);
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
}
const adds = (r: { rowsRead: number; rowsAccepted: number; rowsRejected: number }) => r.rowsAccepted + r.rowsRejected === r.rowsRead;

describe('numbers that cannot be read exactly', () => {
  it('a 400-digit amount is a row error, not Infinity, and the rep-month stays', async () => {
    const out = await csv(`${HEAD}Ana,Won,${'9'.repeat(400)},2026-01-01,2026-01-05\nAna,Won,100,2026-01-01,2026-01-06\n`);
    const jan = out.periods.find((p) => p.period === '2026-01');
    expect(jan?.values.dealsWon).toBe(2);
    expect(jan?.values.revenueWon).toBe(100);
    expect(out.report.errors).toContainEqual(
      expect.objectContaining({ row: 2, column: 'Amount', severity: 'error', reason: expect.stringMatching(/too many digits/) as unknown }),
    );
    expect(out.periods.every((p) => Object.values(p.values).every((v) => v === null || Number.isFinite(v)))).toBe(true);
  });

  it('sums of the largest readable amounts stay finite', async () => {
    const rows = Array.from({ length: 2000 }, () => `Ana,Won,999999999999999,2026-01-01,2026-01-05`).join('\n');
    const out = await csv(`${HEAD}${rows}\n`);
    expect(out.report.warnings.join(' ')).not.toMatch(/failed validation/);
    expect(Number.isFinite(out.periods[0]?.values.revenueWon)).toBe(true);
  });

  it('a column mixing 1.234,56 and 1,234.56 is a question, and the other format gives row errors', async () => {
    const text =
      'Owner,Stage,Amount,Created,Closed\nAna,Won,"1,234.50",2026-01-01,2026-01-05\nAna,Won,"2,000.75",2026-01-01,2026-01-05\nBo,Won,"1.234,56",2026-01-01,2026-01-05\nBo,Won,"1,5",2026-01-01,2026-01-05\n';
    const a = await analyseFile(enc(text), 'f.csv');
    if (!a.ok) throw new Error(a.error.code);
    const q = a.value.questions.find((x) => x.id === 'number-format:Amount');
    expect(q?.message).toMatch(/mixes two number formats/);
    const out = await csv(text, { ...DEALS, columnFormats: { Amount: { number: 'us' } } });
    const bad = out.report.errors.filter((e) => e.column === 'Amount');
    expect(bad.map((e) => e.value)).toEqual(['1.234,56', '1,5']);
    expect(bad.every((e) => e.severity === 'error')).toBe(true);
    expect(out.periods.find((p) => p.rep === 'Ana')?.values.revenueWon).toBe(3235.25);
    expect(out.periods.find((p) => p.rep === 'Bo')?.values.revenueWon).toBeNull();
  });
});

describe('quotes', () => {
  it('an unbalanced quote at the end is one rejected row that says how much it swallowed', async () => {
    const out = await csv(
      `${HEAD}Ana,Won,100,2026-01-01,2026-01-05\nBo,"Won,100,2026-01-01,2026-01-05\nCy,Won,100,2026-01-01,2026-01-05\nDi,Won,100,2026-01-01,2026-01-05\n`,
    );
    expect(out.report).toMatchObject({ rowsRead: 2, rowsAccepted: 1, rowsRejected: 1 });
    expect(out.report.errors[0]).toMatchObject({ row: 3, severity: 'error', reason: expect.stringMatching(/never closed.*next 3 lines/) as unknown });
    expect(out.periods.map((p) => p.rep)).toEqual(['Ana']);
  });

  it('a 30 MB quoted field is skipped without holding it, and the rows after it are read', async () => {
    const big = 'x'.repeat(30 * 1024 * 1024);
    const out = await csv(`${HEAD}Ana,Won,100,2026-01-01,2026-01-05\nBo,"${big}",1,2026-01-01,2026-01-05\nCy,Won,100,2026-01-01,2026-01-05\n`);
    expect(out.report).toMatchObject({ rowsRead: 3, rowsAccepted: 2, rowsRejected: 1 });
    expect(out.report.errors[0]?.reason).toMatch(/longer than 1,048,576 characters/);
    expect(out.periods.map((p) => p.rep)).toEqual(['Ana', 'Cy']);
  });

  it('escaped quotes split across chunks do not end a skipped field early', async () => {
    const field = 'a "" b, c\n'.repeat(300_000);
    const text = `${HEAD}Ana,Won,100,2026-01-01,2026-01-05\nBo,"${field}",1,2026-01-01,2026-01-05\nCy,Won,100,2026-01-01,2026-01-05\n`;
    for (const chunkBytes of [7777, 65_536, 1 << 20]) {
      const r = await importFile(enc(text), 'f.csv', { ...DEALS, delimiter: ',' }, { chunkBytes });
      if (!r.ok) throw new Error(r.error.code);
      expect(r.value.report).toMatchObject({ rowsRead: 3, rowsAccepted: 2, rowsRejected: 1 });
    }
  });

  it('a 50 MB line with no newline at all is reported, not read', async () => {
    const out = await csv(`${HEAD}Ana,Won,100,2026-01-01,2026-01-05\n${'Bo,'.repeat(17 * 1024 * 1024)}`);
    expect(out.report).toMatchObject({ rowsRead: 2, rowsAccepted: 1, rowsRejected: 1 });
  });

  it('an unclosed quote over a long tail is reported with its size', async () => {
    const tail = 'Cy,Won,100,2026-01-01,2026-01-05\n'.repeat(40_000);
    const out = await csv(`${HEAD}Ana,Won,100,2026-01-01,2026-01-05\nBo,"Won,1,2026-01-01,2026-01-05\n${tail}`);
    expect(out.report.rowsRejected).toBe(1);
    expect(out.report.errors[0]?.reason).toMatch(/never closed, so the rest of the file \([\d,]+ characters, 40,001 lines\)/);
    expect(adds(out.report)).toBe(true);
  });
});

describe('rep names', () => {
  it('removes NUL and bidi overrides, caps length, and says so on the row', () => {
    const out = grid([
      ['Owner', 'Stage', 'Amount', 'Created', 'Closed'],
      ['An\u0000a', 'Won', 1, '2026-01-01', '2026-01-02'],
      ['\u202eoB', 'Won', 1, '2026-01-01', '2026-01-02'],
      ['y'.repeat(30_000_000), 'Won', 1, '2026-01-01', '2026-01-02'],
    ]);
    const names = out.periods.map((p) => p.rep);
    expect(names).toContain('An a');
    expect(names).toContain('oB');
    // eslint-disable-next-line no-control-regex -- control characters are what must be absent
    expect(names.every((n) => n.length <= 200 && !/[\u0000-\u001f\u202a-\u202e]/.test(n))).toBe(true);
    expect(out.report.errors.filter((e) => e.severity === 'warning' && e.column === 'Owner')).toHaveLength(3);
  });

  it('a NUL inside a CSV name is cleaned on that row; the rest of the file imports', async () => {
    const out = await csv(`${HEAD}An\u0000a,Won,100,2026-01-01,2026-01-05\nBo,Won,200,2026-01-01,2026-01-05\n`);
    expect(out.periods.map((p) => p.rep).sort()).toEqual(['An a', 'Bo']);
    expect(out.report.errors.filter((e) => e.severity === 'warning')).toHaveLength(1);
    expect(adds(out.report)).toBe(true);
  });

  it('treats names equal after normalisation as one rep and lists the spellings', () => {
    const out = grid([
      ['Owner', 'Stage', 'Amount', 'Created', 'Closed'],
      ['Ana Lima', 'Won', 1, '2026-01-01', '2026-01-02'],
      ['ANA  LIMA', 'Won', 1, '2026-01-01', '2026-01-02'],
      ['Ana\u200b Lima', 'Won', 1, '2026-01-01', '2026-01-02'],
      ['Ａｎａ Lima', 'Won', 1, '2026-01-01', '2026-01-02'],
    ]);
    expect(out.periods).toHaveLength(1);
    expect(out.periods[0]?.values.dealsWon).toBe(4);
    expect(out.report.warnings.join(' ')).toMatch(/Treated as one rep.*“Ana Lima”.*“ANA LIMA”/);
  });

  it(`rejects rows past ${MAX_REPS} distinct names with a reason and a check`, () => {
    const rows: Cell[][] = [['Owner', 'Stage', 'Amount', 'Created', 'Closed']];
    for (let i = 0; i < MAX_REPS + 10; i++) rows.push([`Rep ${i}`, 'Won', 1, '2026-01-01', '2026-01-02']);
    const out = grid(rows);
    expect(out.report.rowsRejected).toBe(10);
    expect(out.report.errors.at(-1)?.reason).toMatch(/more than 5,000 different rep names/);
    expect(out.report.checks.map((c) => c.id)).toContain('too-many-reps');
  });
});

describe('stage values', () => {
  it('lists every distinct stage of the whole file with row counts, unconfirmed ones marked', () => {
    const rows: Cell[][] = [['Owner', 'Stage', 'Amount', 'Created', 'Closed']];
    for (let i = 0; i < 3000; i++) rows.push(['Ana', i % 2 ? 'Won' : 'Lost', 1, '2026-01-01', '2026-01-02']);
    for (let i = 0; i < 500; i++) rows.push(['Ana', 'Prospecting', 1, '2026-01-01', '']);
    const out = grid(rows);
    expect(out.stageValues).toEqual([
      { value: 'Lost', rows: 1500, outcome: 'lost', confirmed: true },
      { value: 'Won', rows: 1500, outcome: 'won', confirmed: true },
      { value: 'Prospecting', rows: 500, outcome: 'open', confirmed: false },
    ]);
    expect(out.report.warnings).toContain(
      'One stage value was not in the stage map and is read as proposed: “Prospecting” (500 rows) → open. Confirm or change it before importing.',
    );
  });
});

describe('wrong files are caught', () => {
  it('an accounts list mapped as a metric sheet: numeric names and year periods', () => {
    const rows: Cell[][] = [['account', 'year_established', 'revenue', 'employees']];
    for (let i = 0; i < 85; i++) rows.push([`Acme ${i}`, String(1979 + (i % 40)), String(100 + i), String(100 + i * 37)]);
    const out = grid(rows, { kind: 'period-sheet', mapping: { rep: 'employees', period: 'year_established', revenueWon: 'revenue' } });
    const ids = out.report.checks.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['rep-names-are-numbers', 'periods-from-numbers', 'one-row-per-rep']));
    expect(out.report.checks.find((c) => c.id === 'periods-from-numbers')?.message).toMatch(/“year_established”.*plain numbers/);
  });

  it('more than half the rows rejected', () => {
    const out = grid([
      ['Owner', 'Stage', 'Amount', 'Created', 'Closed'],
      ['Ana', 'Won', 1, '2026-01-01', '2026-01-02'],
      ['', 'Won', 1, '2026-01-01', '2026-01-02'],
      ['Bo', '', 1, '2026-01-01', '2026-01-02'],
    ]);
    expect(out.report.checks.map((c) => c.id)).toEqual(['most-rows-rejected']);
  });

  it('a real team file raises no check', () => {
    const rows: Cell[][] = [['Owner', 'Stage', 'Amount', 'Created', 'Closed']];
    for (let i = 0; i < 600; i++) rows.push([`Rep ${i % 30}`, i % 3 ? 'Won' : 'Lost', 10 + i, '2026-01-01', `2026-0${1 + (i % 6)}-10`]);
    expect(grid(rows).report.checks).toEqual([]);
  });
});

describe('counts always add up (property)', () => {
  const cell = fc.oneof(
    fc.constantFrom(
      'Ana',
      'Bo',
      ' ana ',
      '',
      'Won',
      'Lost',
      'Open',
      '"',
      '""',
      '2026-01-05',
      '1,5',
      '1.234,56',
      '9'.repeat(40),
      '\u0000',
      '\u202e',
      '\n',
      '"x\ny"',
    ),
    fc.string({ maxLength: 6 }),
  );
  it('rows accepted + rows rejected = rows read, for any CSV text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { minLength: 1, maxLength: 7 }), { minLength: 1, maxLength: 30 }), async (rows) => {
        const text = HEAD + rows.map((r) => r.join(',')).join('\n');
        const r = await importFile(enc(text), 'f.csv', { ...DEALS, delimiter: ',' });
        if (!r.ok) return; // header-only files are an error result, never a silent drop
        expect(adds(r.value.report)).toBe(true);
        for (const p of r.value.periods) for (const v of Object.values(p.values)) if (v !== null) expect(Number.isFinite(v)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('stage values are read the same way by the analysis and the import', () => {
  it('double spaces, tabs and bidi marks in a stage do not make it a new, unconfirmed value', async () => {
    const text = `${HEAD}Ana,Closed  Won,1,2026-01-01,2026-01-05\nAna,"\u202eLost\t",1,2026-01-01,2026-01-05\n`;
    const a = await analyseFile(enc(text), 'f.csv');
    if (!a.ok) throw new Error(a.error.code);
    expect(a.value.stageMap).toEqual({ 'Closed Won': 'won', Lost: 'lost' });
    const out = await csv(text, { ...DEALS, stageMap: a.value.stageMap });
    expect(out.stageValues.map((v) => [v.value, v.confirmed])).toEqual([
      ['Closed Won', true],
      ['Lost', true],
    ]);
  });
});
