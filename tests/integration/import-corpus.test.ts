// Runs every fixture of the bad-input corpus (tests/fixtures/import) through analyseFile +
// importFile with the auto-detected settings and checks it against expectations.json.
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FullReport, ImportOutcome } from '@shared/domain/import/index';
import { analyseFile, importFile, settingsFromAnalysis } from '@shared/domain/import/index';
import type { MetricKey } from '@shared/schemas/metrics';
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

// The four CSVs of the real public export: only the deals file is a team's data; each of the
// others, mapped the way a hurried user might, is caught in plain words before any import.
describe('the public CRM export: wrong files are caught', () => {
  const DATA = resolve(import.meta.dirname, '../fixtures/crm-sales-opportunities');
  const load = (f: string) => new Uint8Array(readFileSync(resolve(DATA, f)));
  async function checkIds(file: string, overrides: Parameters<typeof settingsFromAnalysis>[1]) {
    const bytes = load(file);
    const a = await analyseFile(bytes, file);
    if (!a.ok) throw new Error(a.error.code);
    const r = await importFile(bytes, file, settingsFromAnalysis(a.value, overrides));
    if (!r.ok) throw new Error(r.error.code);
    return { analysis: a.value, outcome: r.value, ids: r.value.report.checks.map((c) => c.id) };
  }

  it('sales_pipeline.csv: no check, and all four stage values of the whole file, with their rows', async () => {
    const { ids, outcome, analysis } = await checkIds('sales_pipeline.csv', {});
    expect(ids).toEqual([]);
    expect(Object.keys(analysis.stageMap).sort()).toEqual(['Engaging', 'Lost', 'Won']);
    expect(outcome.stageValues.map((v) => [v.value, v.rows, v.confirmed])).toEqual([
      ['Won', 4238, true],
      ['Lost', 2473, true],
      ['Engaging', 1589, true],
      ['Prospecting', 500, false],
    ]);
    const r = outcome.report;
    expect(r.rowsAccepted + r.rowsRejected).toBe(r.rowsRead);
  });

  it('accounts.csv: the head count is never proposed as the rep; mapped anyway, three checks fire', async () => {
    const a = await analyseFile(load('accounts.csv'), 'accounts.csv');
    if (!a.ok) throw new Error(a.error.code);
    expect(Object.values(a.value.mapping)).not.toContain('employees');
    const { ids } = await checkIds('accounts.csv', {
      kind: 'period-sheet',
      mapping: { rep: 'employees', period: 'year_established', revenueWon: 'revenue' },
    });
    expect(ids).toEqual(['rep-names-are-numbers', 'periods-from-numbers', 'one-row-per-rep']);
    const byAccount = await checkIds('accounts.csv', { kind: 'deals', mapping: { rep: 'account', stage: 'sector', amount: 'revenue' } });
    expect(byAccount.ids).toEqual(['one-row-per-rep', 'no-closed-stages', 'nothing-in-a-period']);
  });

  it('products.csv and sales_teams.csv: no won or lost stage, nothing dated, or every row rejected', async () => {
    expect((await checkIds('products.csv', { kind: 'deals', mapping: { rep: 'product', stage: 'series', amount: 'sales_price' } })).ids).toEqual([
      'no-closed-stages',
      'nothing-in-a-period',
    ]);
    expect((await checkIds('sales_teams.csv', { kind: 'deals', mapping: { rep: 'sales_agent', stage: 'manager' } })).ids).toEqual([
      'one-row-per-rep',
      'no-closed-stages',
      'nothing-in-a-period',
    ]);
    expect((await checkIds('sales_teams.csv', { kind: 'period-sheet', mapping: { rep: 'sales_agent', period: 'regional_office' } })).ids).toEqual([
      'most-rows-rejected',
    ]);
  });
});
