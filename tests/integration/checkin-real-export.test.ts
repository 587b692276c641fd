// A plan on the public CRM export (deals only) measured after the export's end: its last two
// months are an incomplete tail (the team's new deals fell below half of a usual month), so the
// check-in measures up to the last complete month, says the later ones are incomplete, and
// draws them without reading them as a fall.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPlan, type PlanOutput } from '@cli/plan';
import { loadFiles } from '@cli/load';
import { memoryIo } from '@cli/testing';
import { measurePlan, measurePlanOn } from '@shared/app';
import { loadDiagnosisData } from '@shared/app/diagnosis';
import { newDraftPlan } from '@shared/domain/plan';
import type { FactsSnapshot, PlanContent } from '@shared/schemas/plan';

const TEXT = readFileSync(resolve(import.meta.dirname, '../fixtures/crm-sales-opportunities/sales_pipeline.csv'), 'utf8');
const REP = 'Wilburn Farren';
const noDocs: PlanOutput = { writeFile: async () => undefined, isDirectory: async () => false };

/** Opportunities the rep engaged in the given months, counted straight from the rows. */
function created(months: readonly string[]): number {
  return TEXT.split('\n')
    .slice(1)
    .map((l) => l.split(','))
    .filter((c) => c[1] === REP && months.includes((c[5] ?? '').slice(0, 7))).length;
}

async function planFor(rep: string, window: string, id: string, repId: (name: string) => string, period = '2017-09') {
  const { io, out, err } = memoryIo({ 'sales_pipeline.csv': TEXT });
  const args = ['sales_pipeline.csv', '--rep', rep, '--period', period, '--window', window, '--date', '2017-10-02', '--json'];
  expect(await runPlan(args, io, noDocs, () => new Date('2017-10-02T09:00:00Z')), err()).toBe(0);
  const { snapshot, content } = JSON.parse(out()) as { snapshot: FactsSnapshot; content: PlanContent };
  return newDraftPlan({ id, repId: repId(rep), snapshot, content, now: new Date('2017-10-02T09:00:00Z') });
}

describe('a check-in on the public export', () => {
  it('does not judge a plan on the months before it started', { timeout: 60_000 }, async () => {
    const { io } = memoryIo({ 'sales_pipeline.csv': TEXT });
    const loaded = await loadFiles(['sales_pipeline.csv'], io, { periodKind: 'month', maxErrors: 100 });
    if (typeof loaded === 'string') throw new Error(loaded);
    const reps = await loaded.store.table('reps').all();
    // Facts of June 2017, plan started on 2 Oct 2017, measured on 15 Oct: July to September are older than the
    // plan and October is not over.
    const plan = await planFor(REP, '3', 'june', (name) => reps.find((r) => r.name === name)!.id, '2017-06');
    const p = measurePlanOn(plan, await loadDiagnosisData(loaded.store), { asOf: '2017-10-15' });
    expect(p.measuredThrough).toBeNull();
    expect(p.items.map((i) => i.reason)).toEqual(p.items.map(() => 'no-complete-period'));
    expect(p.items[0]!.rule).toBe(`${p.items[0]!.label}: no complete month in the data since the plan started on Oct 2, 2017: not measurable yet.`);
  });

  it('measures several plans on one read of the data as it measures each alone', { timeout: 60_000 }, async () => {
    const { io } = memoryIo({ 'sales_pipeline.csv': TEXT });
    const loaded = await loadFiles(['sales_pipeline.csv'], io, { periodKind: 'month', maxErrors: 100 });
    if (typeof loaded === 'string') throw new Error(loaded);
    const reps = await loaded.store.table('reps').all();
    const repId = (name: string) => reps.find((r) => r.name === name)!.id;
    const plans = [await planFor(REP, '3', 'a', repId), await planFor(REP, '1', 'b', repId), await planFor('Moses Frase', '2', 'c', repId)];
    const shared = await loadDiagnosisData(loaded.store);
    for (const plan of plans) {
      const alone = measurePlanOn(plan, await loadDiagnosisData(loaded.store), { asOf: '2018-01-15' });
      const together = measurePlanOn(plan, shared, { asOf: '2018-01-15' });
      expect(together.items.map((i) => [i.current, i.status, i.series])).toEqual(alone.items.map((i) => [i.current, i.status, i.series]));
      expect(together.window).toHaveLength(plan.snapshot.windowPeriods.length);
    }
  });

  it('measures up to the last complete month and leaves the incomplete tail out', { timeout: 60_000 }, async () => {
    const { io, out, err } = memoryIo({ 'sales_pipeline.csv': TEXT });
    const args = ['sales_pipeline.csv', '--rep', REP, '--period', '2017-09', '--date', '2017-10-02', '--json'];
    expect(await runPlan(args, io, noDocs, () => new Date('2017-10-02T09:00:00Z')), err()).toBe(0);
    const { snapshot, content } = JSON.parse(out()) as { snapshot: FactsSnapshot; content: PlanContent };
    const loaded = await loadFiles(['sales_pipeline.csv'], io, { periodKind: 'month', maxErrors: 100 });
    if (typeof loaded === 'string') throw new Error(loaded);
    const rep = (await loaded.store.table('reps').all()).find((r) => r.name === REP)!;
    await loaded.store.table('plans').add([newDraftPlan({ id: 'p1', repId: rep.id, snapshot, content, now: new Date('2017-10-02T09:00:00Z') })]);

    const measured = await measurePlan(loaded.store, 'p1', { asOf: '2018-01-15' });
    if (!measured.ok) throw new Error(measured.message);
    const p = measured.progress;
    expect(p.measuredThrough).toBe('2017-10');
    expect(p.incompletePeriods).toEqual(['2017-11', '2017-12']);
    expect(p.incompleteNote).toBe(
      "Nov 2017, Dec 2017 are still incomplete (the whole team's opportunities created fell below half of a usual month, as when recent deals are not all in yet): measured up to Oct 2017, and not read as a fall.",
    );
    const item = p.items.find((i) => i.metric === 'opportunitiesCreated')!;
    expect(item.baseline).toBe(created(['2017-07', '2017-08', '2017-09']));
    expect(item.current).toBe(created(['2017-08', '2017-09', '2017-10']));
    // The chart: the baseline, then each month since, the tail drawn but marked incomplete.
    expect(item.series.map((s) => [s.period, s.value, s.baseline, s.complete])).toEqual([
      ['2017-09', item.baseline, true, true],
      ['2017-10', created(['2017-08', '2017-09', '2017-10']), false, true],
      ['2017-11', created(['2017-09', '2017-10', '2017-11']), false, false],
      ['2017-12', created(['2017-10', '2017-11', '2017-12']), false, false],
    ]);
  });
});
