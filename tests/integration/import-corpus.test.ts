// Runs every fixture of the bad-input corpus (tests/fixtures/import) through analyseFile +
// importFile with the auto-detected settings and checks it against expectations.json.
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FullReport, ImportOutcome } from '../../shared/domain/import/index';
import { analyseFile, importFile, settingsFromAnalysis } from '../../shared/domain/import/index';
import type { MetricKey } from '../../shared/schemas/metrics';
import { makeXlsx, makeZipBomb } from '../fixtures/import/zip';

type Expectation = {
  error?: string;
  importError?: string;
  kind?: string;
  encoding?: string;
  delimiter?: string;
  headerRow?: number;
  headers?: string[];
  sheetNames?: string[];
  accepted?: number;
  rejected?: number;
  periods?: [string, string, MetricKey, number | null][];
  errors?: [number, string, 'error' | 'warning'][];
  warnings?: string[];
  questions?: string[];
};

const DIR = resolve(import.meta.dirname, '../fixtures/import');
const expectations = JSON.parse(readFileSync(resolve(DIR, 'expectations.json'), 'utf8')) as Record<string, Expectation | string>;
const files = readdirSync(resolve(DIR, 'files')).sort();

describe('import corpus', () => {
  it('has an expectation for every fixture file and a file for every expectation', () => {
    const expected = Object.keys(expectations).filter((k) => !k.startsWith('$'));
    expect(files).toEqual([...expected].sort());
  });

  for (const file of files) {
    const exp = expectations[file] as Expectation;
    it(`${file} → ${exp.error ?? exp.importError ?? `${exp.kind ?? ''} ${exp.accepted ?? 0} accepted`}`, async () => {
      const bytes = new Uint8Array(readFileSync(resolve(DIR, 'files', file)));
      const analysis = await analyseFile(bytes, file);
      if (exp.error) {
        expect(analysis.ok).toBe(false);
        if (!analysis.ok) {
          expect(analysis.error.code).toBe(exp.error);
          expect(analysis.error.message.length).toBeGreaterThan(10);
        }
        return;
      }
      if (!analysis.ok) throw new Error(`${analysis.error.code}: ${analysis.error.message}`);
      const a = analysis.value;
      if (exp.kind) expect(a.kind).toBe(exp.kind);
      if (exp.encoding) expect(a.encoding).toBe(exp.encoding);
      if (exp.delimiter) expect(a.delimiter).toBe(exp.delimiter);
      if (exp.headerRow) expect(a.headerRow).toBe(exp.headerRow);
      if (exp.headers) expect(a.headers).toEqual(exp.headers);
      if (exp.sheetNames) expect(a.sheetNames).toEqual(exp.sheetNames);
      expect(a.questions.map((q) => q.id).sort()).toEqual([...(exp.questions ?? [])].sort());

      const result = await importFile(bytes, file, settingsFromAnalysis(a));
      if (exp.importError) {
        expect(result.ok ? 'ok' : result.error.code).toBe(exp.importError);
        return;
      }
      if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
      const out: ImportOutcome = result.value;
      const report = out.report as FullReport;
      expect(report.rowsAccepted).toBe(exp.accepted);
      expect(report.rowsRejected).toBe(exp.rejected);
      expect(report.rowsRead).toBe(report.rowsAccepted + report.rowsRejected);
      for (const [rep, period, key, value] of exp.periods ?? []) {
        const row = out.periods.find((p) => p.rep === rep && p.period === period);
        expect(row, `${rep} ${period}`).toBeDefined();
        if (typeof value === 'number') expect(row?.values[key], `${rep} ${period} ${key}`).toBeCloseTo(value, 6);
        else expect(row?.values[key], `${rep} ${period} ${key}`).toBeNull();
      }
      const got = report.errors.map((e) => [e.row, e.column, e.severity]);
      expect(got).toEqual(exp.errors ?? []);
      for (const e of report.errors) expect(e.reason.length).toBeGreaterThan(5);
      const allWarnings = report.warnings.join('\n');
      for (const w of exp.warnings ?? []) expect(allWarnings).toContain(w);
    });
  }
});

describe('generated XLSX edge cases', () => {
  it('rejects a zip bomb declaring 347 MiB from the central directory, before inflating', async () => {
    const bomb = makeZipBomb(347);
    expect(bomb.length).toBeLessThan(16_384);
    const r = await analyseFile(bomb, 'bomb.xlsx');
    expect(r.ok ? 'ok' : r.error.code).toBe('xlsx-too-large');
  });

  it('rejects an entry under the total cap whose declared ratio is extreme', async () => {
    const r = await analyseFile(makeZipBomb(150), 'bomb.xlsx');
    expect(r.ok ? 'ok' : r.error.code).toBe('xlsx-zip-bomb');
  });

  it('reads a chosen sheet of a two-sheet workbook with formula cells as cached values', async () => {
    const bytes = new Uint8Array(readFileSync(resolve(DIR, 'files/two-sheets.xlsx')));
    const a = await analyseFile(bytes, 'two-sheets.xlsx', { sheet: 'Deals' });
    if (!a.ok) throw new Error(a.error.code);
    expect(a.value.kind).toBe('deals');
    const r = await importFile(bytes, 'two-sheets.xlsx', settingsFromAnalysis(a.value));
    if (!r.ok) throw new Error(r.error.code);
    const ana = r.value.periods.find((p) => p.rep === 'Ana Silva' && p.period === '2026-01');
    expect(ana?.values.revenueWon).toBe(1200); // =SUM(1000,200), cached
    expect(ana?.values.dealsLost).toBe(1);
    expect(r.value.deals?.find((d) => d.amount === 1200)?.closeDate).toBe('2026-01-14'); // serial 46036, date-styled
    // A formula-looking string cell stays inert text.
    expect(r.value.periods.some((p) => p.rep === '=HYPERLINK("x")')).toBe(true);
  });

  it('reports a missing sheet by name', async () => {
    const bytes = makeXlsx([
      {
        name: 'Only',
        rows: [
          ['Rep', 'Period'],
          ['A', '2026-01'],
        ],
      },
    ]);
    const r = await analyseFile(bytes, 'x.xlsx', { sheet: 'Nope' });
    expect(r.ok ? 'ok' : r.error.code).toBe('sheet-not-found');
  });
});
