// The creation cohort counted during aggregation: of the deals created in a period, how many
// are won, lost and still open — whenever they closed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { metricValuesSchema } from '@shared/schemas/metrics';
import type { ImportSettings } from './engine';
import { runImport } from './file';
import type { Cell } from './values';

const DEALS: ImportSettings = {
  kind: 'deals',
  mapping: { rep: 'Owner', stage: 'Stage', amount: 'Amount', createdDate: 'Created', closeDate: 'Closed' },
  stageMap: { Won: 'won', Lost: 'lost', Open: 'open' },
};
const HEAD = ['Owner', 'Stage', 'Amount', 'Created', 'Closed'];

function run(rows: Cell[][], settings: ImportSettings = DEALS) {
  const r = runImport([HEAD, ...rows], settings);
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
}
const at = (out: ReturnType<typeof run>, rep: string, period: string) => out.periods.find((p) => p.rep === rep && p.period === period)?.values;

describe('creation cohort in the aggregation', () => {
  it('follows the deals created in a month to their outcome, whenever they closed', () => {
    const out = run([
      ['Ana', 'Won', 100, '2026-01-03', '2026-01-20'],
      ['Ana', 'Won', 100, '2026-01-05', '2026-03-02'],
      ['Ana', 'Lost', 100, '2026-01-09', '2026-02-11'],
      ['Ana', 'Open', 100, '2026-01-12', ''],
      ['Ana', 'Won', 100, '2026-02-01', '2026-02-25'],
      ['Ana', 'Open', 100, '2026-02-14', ''],
    ]);
    expect(at(out, 'Ana', '2026-01')).toMatchObject({
      opportunitiesCreated: 4,
      cohortWon: 2,
      cohortLost: 1,
      cohortOpen: 1,
      dealsWon: 1,
      dealsLost: 0,
    });
    expect(at(out, 'Ana', '2026-02')).toMatchObject({
      opportunitiesCreated: 2,
      cohortWon: 1,
      cohortLost: 0,
      cohortOpen: 1,
      dealsWon: 1,
      dealsLost: 1,
    });
    // March has a deal closed but none created: a real zero cohort, not unknown.
    expect(at(out, 'Ana', '2026-03')).toMatchObject({ opportunitiesCreated: 0, cohortWon: 0, cohortLost: 0, cohortOpen: 0, dealsWon: 1 });
  });

  it('is unknown without a created-date column, and for per-period sheets', () => {
    const noCreated = run([['Ana', 'Won', 100, '2026-01-03', '2026-01-20']], {
      ...DEALS,
      mapping: { rep: 'Owner', stage: 'Stage', amount: 'Amount', closeDate: 'Closed' },
    });
    expect(at(noCreated, 'Ana', '2026-01')).toMatchObject({
      dealsWon: 1,
      opportunitiesCreated: null,
      cohortWon: null,
      cohortLost: null,
      cohortOpen: null,
    });
    const sheet = runImport(
      [
        ['Rep', 'Month', 'Deals won', 'Deals lost', 'Opportunities'],
        ['Ana', '2026-01', 3, 2, 9],
      ],
      {
        kind: 'period-sheet',
        mapping: { rep: 'Rep', period: 'Month', dealsWon: 'Deals won', dealsLost: 'Deals lost', opportunitiesCreated: 'Opportunities' },
      },
    );
    if (!sheet.ok) throw new Error(sheet.error.code);
    expect(sheet.value.periods[0]?.values).toMatchObject({ opportunitiesCreated: 9, cohortWon: null, cohortLost: null, cohortOpen: null });
  });

  it('leaves deals with an unreadable created date out of every cohort (and says so on the row)', () => {
    const out = run([
      ['Ana', 'Won', 100, 'not a date', '2026-01-20'],
      ['Ana', 'Lost', 100, '2026-01-04', '2026-01-22'],
    ]);
    expect(at(out, 'Ana', '2026-01')).toMatchObject({ opportunitiesCreated: 1, cohortWon: 0, cohortLost: 1, cohortOpen: 0, dealsWon: 1 });
    expect(out.report.errors.some((e) => e.column === 'Created' && /created date/.test(e.reason))).toBe(true);
  });

  it('reads older stored rows without cohort counts as unknown', () => {
    const { cohortWon: _w, cohortLost: _l, cohortOpen: _o, ...older } = at(run([['Ana', 'Won', 1, '2026-01-03', '2026-01-20']]), 'Ana', '2026-01')!;
    const parsed = metricValuesSchema.parse(older);
    expect([parsed.cohortWon, parsed.cohortLost, parsed.cohortOpen]).toEqual([null, null, null]);
  });

  const day = fc.integer({ min: 0, max: 200 });
  const dealArb = fc.record({
    rep: fc.constantFrom('Ana', 'Ben', 'Cy'),
    stage: fc.constantFrom('Won', 'Lost', 'Open'),
    created: fc.option(day, { nil: null, freq: 6 }),
    closeAfter: fc.integer({ min: 0, max: 120 }),
  });
  const iso = (n: number) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10);

  it('property: won + lost + open = created in every rep-period, and every cohort matches an independent recount', () => {
    fc.assert(
      fc.property(fc.array(dealArb, { minLength: 1, maxLength: 80 }), (deals) => {
        const rows: Cell[][] = deals.map((d) => {
          const close = d.stage === 'Open' ? '' : iso((d.created ?? 10) + d.closeAfter);
          return [d.rep, d.stage, 10, d.created === null ? '' : iso(d.created), close];
        });
        const out = run(rows);
        expect(out.report.rowsAccepted + out.report.rowsRejected).toBe(rows.length);
        const expected = new Map<string, { won: number; lost: number; open: number }>();
        for (const d of deals) {
          if (d.created === null) continue;
          const key = `${d.rep} ${iso(d.created).slice(0, 7)}`;
          const c = expected.get(key) ?? { won: 0, lost: 0, open: 0 };
          if (d.stage === 'Won') c.won++;
          else if (d.stage === 'Lost') c.lost++;
          else c.open++;
          expected.set(key, c);
        }
        for (const p of out.periods) {
          const v = p.values;
          expect((v.cohortWon ?? NaN) + (v.cohortLost ?? NaN) + (v.cohortOpen ?? NaN)).toBe(v.opportunitiesCreated);
          const want = expected.get(`${p.rep} ${p.period}`) ?? { won: 0, lost: 0, open: 0 };
          expect({ won: v.cohortWon, lost: v.cohortLost, open: v.cohortOpen }).toEqual(want);
          expected.delete(`${p.rep} ${p.period}`);
        }
        // No cohort left without its period.
        expect([...expected.keys()]).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
