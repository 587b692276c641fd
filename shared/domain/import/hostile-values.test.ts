// Hostile values that once went into the store without a word: each is now a row error, a
// question or a reported change, and what the file does say is still imported.
import { describe, expect, it } from 'vitest';
import type { ImportSettings } from './engine';
import { analyseFile, importFile, settingsFromAnalysis } from './file';

const enc = (s: string) => new TextEncoder().encode(s);
const SHEET: ImportSettings = {
  kind: 'period-sheet',
  mapping: { rep: 'Rep', period: 'Period', quota: 'Quota', revenueWon: 'Revenue', pipeline: 'Pipeline', calls: 'Calls' },
};
const DEALS: ImportSettings = {
  kind: 'deals',
  mapping: { rep: 'Owner', stage: 'Stage', amount: 'Amount', createdDate: 'Created', closeDate: 'Closed' },
  stageMap: { Won: 'won', Lost: 'lost', Open: 'open' },
};

async function csv(text: string, settings: ImportSettings) {
  const r = await importFile(enc(text), 'f.csv', { ...settings, delimiter: ',' });
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

describe('negative money', () => {
  it('negative won revenue, quota or pipeline in a sheet is left out with a reason; the rest of the row stays', async () => {
    const out = await csv('Rep,Period,Quota,Revenue,Pipeline,Calls\nAna,2026-01,2000,-1600,5000,40\nAna,2026-02,-2000,1800,-5,42\n', SHEET);
    const jan = out.periods.find((p) => p.period === '2026-01')?.values;
    const feb = out.periods.find((p) => p.period === '2026-02')?.values;
    expect(jan).toMatchObject({ quota: 2000, revenueWon: null, pipeline: 5000, calls: 40 });
    expect(feb).toMatchObject({ quota: null, revenueWon: 1800, pipeline: null, calls: 42 });
    const errs = out.report.errors.map((e) => [e.row, e.column, e.value, e.effect]);
    expect(errs).toEqual([
      [2, 'Revenue', '-1600', 'value'],
      [3, 'Quota', '-2000', 'value'],
      [3, 'Pipeline', '-5', 'value'],
    ]);
    expect(out.report.errors[0]?.reason).toMatch(/cannot be negative/);
    expect(out.report.rowsAccepted).toBe(2);
  });

  it('a negative deal amount counts the deal but not the amount, and says so', async () => {
    const out = await csv(
      'Owner,Stage,Amount,Created,Closed\nAna,Won,-800,2026-01-02,2026-01-20\nAna,Won,"(1,000)",2026-01-02,2026-01-21\nAna,Won,500,2026-01-03,2026-01-22\n',
      DEALS,
    );
    const jan = out.periods.find((p) => p.period === '2026-01')?.values;
    expect(jan?.dealsWon).toBe(3);
    expect(jan?.revenueWon).toBe(500);
    expect(out.report.errors.map((e) => [e.row, e.value, e.effect])).toEqual([
      [2, '-800', 'value'],
      [3, '(1,000)', 'value'],
    ]);
    expect(out.report.errors.every((e) => /amount cannot be negative/.test(e.reason))).toBe(true);
  });
});

describe('impossible periods', () => {
  const NOW = new Date('2026-06-15T12:00:00Z');
  const sheet = (rows: string) =>
    csv(`Rep,Period,Calls\n${rows}\n`, { ...SHEET, mapping: { rep: 'Rep', period: 'Period', calls: 'Calls' }, now: NOW });

  it('years before 1900 or after next year are row errors that say why; 2027 is still fine in 2026', async () => {
    const out = await sheet('Ana,0000-01,1\nAna,1899-12,2\nAna,9999-12,3\nAna,2028-01,4\nAna,1900-01,5\nAna,2027-12,6');
    expect(out.periods.map((p) => p.period)).toEqual(['1900-01', '2027-12']);
    expect(out.report.errors.map((e) => [e.row, e.value, e.effect])).toEqual([
      [2, '0000-01', 'row'],
      [3, '1899-12', 'row'],
      [4, '9999-12', 'row'],
      [5, '2028-01', 'row'],
    ]);
    expect(out.report.errors[0]?.reason).toMatch(/before 1900/);
    expect(out.report.errors[3]?.reason).toMatch(/after 2027/);
  });

  it('a week or a quarter in a sheet of months is a row error naming the kind the sheet holds', async () => {
    const out = await sheet('Ana,2026-01,1\nAna,2026-W07,2\nBen,2026-Q1,3\nBen,2026-02,4');
    expect(out.periods.map((p) => [p.rep, p.period])).toEqual([
      ['Ana', '2026-01'],
      ['Ben', '2026-02'],
    ]);
    expect(out.report.errors.map((e) => [e.row, e.value])).toEqual([
      [3, '2026-W07'],
      [4, '2026-Q1'],
    ]);
    expect(out.report.errors[0]?.reason).toMatch(/this sheet holds months \(from row 2\)/);
  });

  it('a deal won in 2199 or a call logged in 2150 is left out, not judged as the current window', async () => {
    const deals = await csv('Owner,Stage,Amount,Created,Closed\nAna,Won,100,2026-01-02,2199-01-20\nAna,Won,200,2026-01-02,2026-01-21\n', {
      ...DEALS,
      now: NOW,
    });
    expect(deals.periods.map((p) => p.period)).toEqual(['2026-01']);
    expect(deals.report.errors.map((e) => [e.row, e.column, e.effect])).toEqual([[2, 'Closed', 'row']]);
    const calls = await csv('Rep,Type,Date\nAna,Call,2150-03-01\nAna,Call,2026-01-05\n', {
      kind: 'activities',
      mapping: { rep: 'Rep', activityType: 'Type', activityDate: 'Date' },
      now: NOW,
    });
    expect(calls.periods.map((p) => [p.period, p.values.calls])).toEqual([['2026-01', 1]]);
    expect(calls.report.errors[0]?.reason).toMatch(/after 2027/);
  });
});

describe('invisible characters in names', () => {
  const deals = (...owners: string[]) =>
    csv(`Owner,Stage,Amount,Created,Closed\n${owners.map((o, i) => `${o},Won,${100 + i},2026-01-02,2026-01-2${i}`).join('\n')}\n`, DEALS);
  const byRep = (out: Awaited<ReturnType<typeof deals>>) =>
    out.periods.map((p) => [p.rep, p.values.dealsWon] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const cleaned = (out: Awaited<ReturnType<typeof deals>>) =>
    out.report.errors.filter((e) => e.column === 'Owner').map((e) => [e.row, e.reason, e.effect]);

  it('a zero-width space removed makes "Ana\u200BOrtiz" the same rep as "AnaOrtiz", and the row says so; "Ana Ortiz" stays apart', async () => {
    const out = await deals('AnaOrtiz', 'Ana\u200bOrtiz', 'Ana Ortiz');
    expect(byRep(out)).toEqual([
      ['Ana Ortiz', 1],
      ['AnaOrtiz', 2],
    ]);
    expect(cleaned(out)).toEqual([[3, 'rep name cleaned: a zero-width space removed', 'none']]);
  });

  it('a soft hyphen, a byte order mark and a word joiner are removed and named, so no look-alike second rep appears', async () => {
    const out = await deals('Ana Ortiz', 'Ana Or\u00adtiz', '\ufeffAna Ortiz', 'Ana\u2060 Ortiz');
    expect(byRep(out)).toEqual([['Ana Ortiz', 4]]);
    expect(cleaned(out).map((c) => c[1])).toEqual([
      'rep name cleaned: a soft hyphen removed',
      'rep name cleaned: a byte order mark removed',
      'rep name cleaned: a word joiner removed',
    ]);
  });

  it('keeps the Persian zero-width non-joiner and an emoji ZWJ sequence, removes a joiner between Latin letters', async () => {
    const persian = 'مهر\u200cناز';
    const coder = 'Sam \u{1f469}\u{1f3fd}\u200d\u{1f4bb}';
    const out = await deals(persian, coder, 'Jo\u200dhn');
    expect(byRep(out).map(([rep]) => rep)).toEqual(['John', coder, persian].sort());
    expect(cleaned(out)).toEqual([[4, 'rep name cleaned: a zero-width joiner outside an emoji or a script that joins removed', 'none']]);
  });

  it('composes decomposed letters (NFC) and says so, but folds nothing: "ﬁ" and full-width letters are kept as written', async () => {
    const out = await deals('Jose\u0301 N\u0303uez', 'José Ñuez', 'Eﬁ Ｌｉｍａ');
    expect(byRep(out)).toEqual([
      ['Eﬁ Ｌｉｍａ', 1],
      ['José Ñuez', 2],
    ]);
    expect(cleaned(out)).toEqual([[2, 'rep name cleaned: letters written as two codes composed into one (NFC)', 'none']]);
  });
});

describe('files that lie about their shape', () => {
  const MB = 1024 * 1024;
  const failure = async (bytes: Uint8Array, name: string) => {
    const r = await analyseFile(bytes, name);
    return r.ok ? null : r.error;
  };

  it('a 10 MB CSV on one line is refused as having no line break, not as "no data rows"', async () => {
    const e = await failure(enc(`Rep,Period,Calls,${'x'.repeat(10 * MB)}`), 'one-line.csv');
    expect(e?.code).toBe('file-line-too-long');
    expect(e?.message).toBe(
      'This file (10 MB) has no line break in its first 2 MB: a CSV holds one row per line, so this is not a table Candor can read.',
    );
  });

  it('a header followed by a 10 MB row, and a 1.5 MB single line, each name the row that is too long', async () => {
    const afterHeader = await failure(enc(`Rep,Period,Calls\nAna,2026-01,${'1'.repeat(10 * MB)}\n`), 'long-row.csv');
    expect(afterHeader?.code).toBe('file-line-too-long');
    expect(afterHeader?.message).toMatch(/^The first data row of this file \(row 2\) is longer than 1,048,576 characters/);
    const small = await failure(enc('a,'.repeat(0.75 * MB)), 'line.csv');
    expect(small?.message).toMatch(/^The first line of this file \(row 1\) is longer than 1,048,576 characters/);
  });
});

describe('a column that mixes number formats', () => {
  const text =
    'Owner,Stage,Amount,Created,Closed\nAna,Won,"1,234.50",2026-01-02,2026-01-05\nAna,Won,1.234,2026-01-02,2026-01-06\nBo,Won,"2.000,75",2026-01-02,2026-01-07\nBo,Won,"1,234",2026-01-02,2026-01-08\nCy,Won,12.5,2026-01-02,2026-01-09\n';

  it('"1.234" and "1,234" are row errors whatever format the user picks, as the analysis carries the mix', async () => {
    const a = await analyseFile(enc(text), 'f.csv');
    if (!a.ok) throw new Error(a.error.code);
    expect(a.value.questions.map((q) => q.id)).toContain('number-format:Amount');
    for (const format of ['us', 'eu'] as const) {
      const out = await csv(text, settingsFromAnalysis(a.value, { columnFormats: { Amount: { number: format } } }));
      const bothWays = out.report.errors.filter((e) => /reads two ways/.test(e.reason));
      expect(bothWays.map((e) => [e.row, e.value, e.effect])).toEqual([
        [3, '1.234', 'value'],
        [5, '1,234', 'value'],
      ]);
      expect(out.periods.find((p) => p.rep === 'Cy')?.values.revenueWon).toBe(format === 'us' ? 12.5 : null);
    }
  });

  it('detected by the import itself when no format was given', async () => {
    const out = await csv(text, DEALS);
    expect(out.periods.find((p) => p.rep === 'Ana')?.values.revenueWon).toBe(1234.5);
    expect(out.report.errors.filter((e) => /reads two ways/.test(e.reason)).map((e) => e.value)).toEqual(['1.234', '1,234']);
  });

  it('a column in one format keeps reading "1,234" as it always did', async () => {
    const out = await csv(
      'Owner,Stage,Amount,Created,Closed\nAna,Won,"1,234",2026-01-02,2026-01-05\nAna,Won,"2,500.50",2026-01-02,2026-01-06\n',
      DEALS,
    );
    expect(out.periods[0]?.values.revenueWon).toBe(3734.5);
    expect(out.report.errors).toEqual([]);
  });
});
