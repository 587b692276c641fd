// The app and `candor checkin` measure a plan the same way. In the app: the sample team imported
// as a manager imports it, plans started as Plans → New starts them (16 Nov 2026) and stored,
// then the next months imported, and each plan measured from the Dexie store. On the command
// line: the same two files and each stored plan written out as `candor plan --json` prints it.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheckin } from '../../cli/checkin';
import { memoryIo } from '../../cli/testing';
import { dexieStore } from '../../renderer/src/db/store';
import { createPlan } from '../../renderer/src/db/repositories/plans';
import { loadDiagnosisData } from '../../renderer/src/features/diagnosis/useDiagnosis';
import { startPlanFor } from '../../renderer/src/features/planner/prefill';
import { measurePlan, measurePlans } from '../../shared/app';
import { diagnoseTeam } from '../../shared/domain/diagnosis/index';
import { freshDb } from '../helpers/db';
import { importLikeTheApp } from '../helpers/import';

const ROOT = resolve(import.meta.dirname, '../..');
const SAMPLE = readFileSync(resolve(ROOT, 'resources/sample/team-metrics.csv'), 'utf8');
const NEXT = readFileSync(resolve(ROOT, 'resources/sample/team-next-months.csv'), 'utf8');
const NO_CALLS = readFileSync(resolve(ROOT, 'tests/fixtures/followup/team-next-months-no-calls.csv'), 'utf8');
const STARTED = new Date('2026-11-16T09:00:00Z');
const AS_OF = '2027-01-08';
const REPS = ['Dev Patel', 'Farid Haddad', 'Grace Kim'];

type CliItem = { metric: string; current: number | null; expected: number | null; status: string; rule: string };

async function appAndCli(next: string) {
  const db = freshDb();
  await importLikeTheApp(db, 'team-metrics.csv', SAMPLE);
  const data = await loadDiagnosisData(dexieStore(db));
  const team = diagnoseTeam(data.input);
  const plans = [];
  for (const name of REPS) {
    const d = team.reps.find((r) => r.name === name)!;
    const started = startPlanFor(d, data.periodKind, 'Sam Lee', data.settings.diagnosis.gapThreshold, {}, () => STARTED);
    if (!started.ok) throw new Error(started.message);
    plans.push(await createPlan(db, { repId: d.repId, snapshot: started.snapshot, content: started.content }, () => STARTED));
  }
  await importLikeTheApp(db, 'team-next-months.csv', next);
  const out = [];
  for (const plan of plans) {
    const app = await measurePlan(dexieStore(db), plan.id, { asOf: AS_OF });
    if (!app.ok) throw new Error(app.message);
    const {
      io,
      out: stdout,
      err,
    } = memoryIo({ 'a.csv': SAMPLE, 'b.csv': next, 'plan.json': JSON.stringify({ snapshot: plan.snapshot, content: plan.content }) });
    expect(await runCheckin(['a.csv', 'b.csv', '--plan', 'plan.json', '--as-of', AS_OF, '--json'], io), err()).toBe(0);
    out.push({ name: plan.snapshot.repName, app: app.progress, cli: JSON.parse(stdout()) as { items: CliItem[]; wins: { text: string }[] } });
  }
  return { out, db, planIds: plans.map((p) => p.id) };
}

const statuses = (items: readonly { metric: string | null; status: string }[]) => items.map((i) => `${i.metric ?? ''}: ${i.status}`);

describe('app = CLI: one way to measure a plan', () => {
  it('gives the same statuses, numbers, rule lines and wins for the same plans and data', { timeout: 120_000 }, async () => {
    const { out: all, db, planIds } = await appAndCli(NEXT);
    for (const { name, app, cli } of all) {
      expect(
        cli.items.map((i) => [i.metric, i.current, i.expected, i.status, i.rule]),
        name,
      ).toEqual(app.items.map((i) => [i.metric, i.current, i.expected, i.status, i.rule]));
      expect(
        cli.wins.map((w) => w.text),
        name,
      ).toEqual(app.wins.map((w) => w.text));
    }
    // What the next months were made to show: one target met, one rep half-way at half-time, one who did not move.
    expect(all.map((x) => [x.name, statuses(x.app.items)])).toEqual([
      ['Dev Patel', ['calls: on-track', 'meetingsHeld: on-track']],
      ['Farid Haddad', ['closedWinRate: met']],
      ['Grace Kim', ['conversionHeld: off-track']],
    ]);
    // The list view: each plan's worst measured item; drafts only when named (nothing is signed here).
    expect(await measurePlans(dexieStore(db), { asOf: AS_OF })).toEqual([]);
    const listed = await measurePlans(dexieStore(db), { asOf: AS_OF, planIds });
    expect(listed.map((x) => [x.progress.repName, x.status]).sort()).toEqual([
      ['Dev Patel', 'on-track'],
      ['Farid Haddad', 'met'],
      ['Grace Kim', 'off-track'],
    ]);
  });

  it('agrees on "not measurable" when the new file lacks the metric', { timeout: 120_000 }, async () => {
    const [dev] = (await appAndCli(NO_CALLS)).out;
    expect(statuses(dev!.app.items)).toEqual(['calls: not-measurable', 'meetingsHeld: on-track']);
    expect(statuses(dev!.cli.items)).toEqual(statuses(dev!.app.items));
  });
});
