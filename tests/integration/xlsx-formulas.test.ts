// Formula cells are imported as the value Excel saved with them. When a formula reads another
// file, another program or the clock, that value may be stale: the analysis and the import say
// so, naming the sheet and a cell, and plain formulas raise nothing.
import { describe, expect, it } from 'vitest';
import { analyseFile, importFile, settingsFromAnalysis } from '@shared/domain/import';
import { makeZip, xlsxParts, type XCell } from '../fixtures/import/zip';

const HEAD: XCell[] = ['Rep', 'Period', 'Revenue', 'Calls'];

async function notices(rows: XCell[][], extraParts: { name: string; data: string }[] = []) {
  const bytes = makeZip([...xlsxParts([{ name: 'Team Q1', rows: [HEAD, ...rows] }]), ...extraParts]);
  const a = await analyseFile(bytes, 'team.xlsx');
  if (!a.ok) throw new Error(a.error.message);
  const r = await importFile(bytes, 'team.xlsx', settingsFromAnalysis(a.value));
  if (!r.ok) throw new Error(r.error.message);
  const stale = (w: string[]) => w.filter((x) => /Excel last saved|external links/.test(x));
  return { analysis: stale(a.value.warnings), report: stale(r.value.report.warnings), periods: r.value.periods };
}

describe('formulas whose saved value may be out of date', () => {
  it('a link to another workbook: the value is imported, and the sheet and cell are named', async () => {
    const out = await notices(
      [['Ana', '2026-01', { f: '[1]Targets!B2*2', v: 5000 }, 40]],
      [{ name: 'xl/externalLinks/externalLink1.xml', data: '<externalLink/>' }],
    );
    expect(out.periods[0]?.values.revenueWon).toBe(5000);
    expect(out.analysis).toEqual([
      'The workbook links to another file or program (external links): values computed from it are as Excel last saved them.',
      'Sheet “Team Q1”: 1 cell holds a formula with links to other files (for example C2: =[1]Targets!B2*2). Candor reads the value Excel last saved, which may be out of date: open the file in Excel, let it recalculate, save, and import again if these cells matter.',
    ]);
    expect(out.report).toEqual(out.analysis);
  });

  it('NOW(), RAND() and a DDE link are each caught, counted per sheet', async () => {
    const out = await notices([
      ['Ana', '2026-01', { f: 'IF(NOW()>DATE(2026,1,31),4000,0)', v: 4000 }, 40],
      ['Bo', '2026-01', { f: 'ROUND(RAND()*1000,0)', v: 700 }, 35],
      ['Cy', '2026-01', 900, { f: "CRM|'calls'!'Cy'", v: 12 }],
    ]);
    expect(out.analysis).toHaveLength(1);
    expect(out.analysis[0]).toMatch(
      /^Sheet “Team Q1”: 3 cells hold formulas with functions that change at every recalculation \(NOW, TODAY, RAND…\), links to other programs \(DDE\) \(for example C2: =IF\(NOW\(\)>DATE/,
    );
  });

  it('ordinary formulas (sums, references in the same workbook) raise no notice', async () => {
    const out = await notices([['Ana', '2026-01', { f: 'SUM(E2:F2)', v: 4000 }, { f: 'Sheet2!A1+1', v: 3 }]]);
    expect(out.analysis).toEqual([]);
    expect(out.report).toEqual([]);
  });
});
