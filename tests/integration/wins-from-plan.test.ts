// A win found in the next months' numbers, as a manager gets it: the sample team imported, a plan
// started for Farid Haddad (skill gap, win rate) and signed, the next months imported (made so
// that Farid reaches his target), and his wins log shows the target met before its deadline with
// the action behind it and a recognition note. A plan still in draft yields no win.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dexieStore } from '@renderer/db/store';
import { createPlan } from '@renderer/db/repositories/plans';
import { loadDiagnosisData } from '@renderer/features/diagnosis/useDiagnosis';
import { startPlanFor } from '@renderer/features/planner/prefill';
import { winsLog } from '@shared/app/wins';
import { diagnoseTeam } from '@shared/domain/diagnosis/index';
import { recognitionNote } from '@shared/domain/recognition';
import { freshDb } from '../helpers/db';
import { importLikeTheApp } from '../helpers/import';

const ROOT = resolve(import.meta.dirname, '../..');
const SAMPLE = readFileSync(resolve(ROOT, 'resources/sample/team-metrics.csv'), 'utf8');
const NEXT = readFileSync(resolve(ROOT, 'resources/sample/team-next-months.csv'), 'utf8');
const STARTED = new Date('2026-11-16T09:00:00Z');
const OPTS = { asOf: '2027-01-08', format: { locale: 'en-US', currency: 'USD' } };

async function faridWithPlan(status: 'signed' | 'draft') {
  const db = freshDb();
  await importLikeTheApp(db, 'team-metrics.csv', SAMPLE);
  const data = await loadDiagnosisData(dexieStore(db));
  const farid = diagnoseTeam(data.input).reps.find((r) => r.name === 'Farid Haddad')!;
  const started = startPlanFor(farid, data.periodKind, 'Sam Lee', data.settings.diagnosis.gapThreshold, {}, () => STARTED);
  if (!started.ok) throw new Error(started.message);
  const plan = await createPlan(db, { repId: farid.repId, snapshot: started.snapshot, content: started.content }, () => STARTED);
  await db.plans.put({ ...plan, status });
  await importLikeTheApp(db, 'team-next-months.csv', NEXT);
  return { store: dexieStore(db), plan, repId: farid.repId };
}

describe('a win found in the next months', { timeout: 120_000 }, () => {
  it('is logged for a signed plan whose target the new data meets: before the deadline, with the action behind it', async () => {
    const { store, plan, repId } = await faridWithPlan('signed');
    const item = plan.content.actionItems.find((i) => i.metricKey === 'closedWinRate')!;
    const all = (await winsLog(store, repId, OPTS)).filter((w) => w.ref.kind === 'plan');
    const wins = all.filter((w) => w.metric === 'closedWinRate');
    expect(wins.map((w) => [w.source, w.metric, w.behaviour])).toEqual([['milestone-early', 'closedWinRate', item.action.replace(/\.$/u, '')]]);
    // The other metrics that reached their benchmark have no action of the plan behind them: the manager adds it.
    for (const w of all.filter((x) => x.metric !== 'closedWinRate')) expect([w.source, w.behaviour]).toEqual(['benchmark-reached', '']);
    expect(item.deadline! > wins[0]!.date).toBe(true);
    expect(wins[0]!.result).toMatch(
      /^Win rate \(won ÷ closed\) reached \d+% over .+ against a target of \d+% \(from \d+%\), before its deadline of /u,
    );
    const note = recognitionNote(wins[0]!, 'Farid Haddad');
    expect(note.text).toContain(wins[0]!.result);
    expect(note.missingBehaviour).toBe(false);
  });

  it('is not looked for in a plan still in draft', async () => {
    const { store, repId } = await faridWithPlan('draft');
    expect((await winsLog(store, repId, OPTS)).filter((w) => w.ref.kind === 'plan')).toEqual([]);
  });
});
