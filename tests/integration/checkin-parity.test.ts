// The app and `candor checkin` measure a plan the same way. In the app: the sample team imported
// as a manager imports it, plans started as Plans → New starts them (16 Nov 2026) and stored,
// then the next months imported, and each plan measured from the Dexie store. On the command
// line: the same two files and each stored plan written out as `candor plan --json` prints it.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheckin } from '@cli/checkin';
import { memoryIo } from '@cli/testing';
import { dexieStore } from '@renderer/db/store';
import { createPlan } from '@renderer/db/repositories/plans';
import { loadDiagnosisData } from '@renderer/features/diagnosis/useDiagnosis';
import { startPlanFor } from '@renderer/features/planner/prefill';
import { measurePlan, measurePlans, measurePlansOn } from '@shared/app';
import { overallPace, type PaceStatus } from '@shared/domain/followup';
import { formatDate } from '@shared/lib/format';
import type { Plan } from '@shared/schemas';
import { followUpParts } from '@renderer/features/followup/labels';
import { diagnoseTeam } from '@shared/domain/diagnosis/index';
import { freshDb } from '../helpers/db';
import { nextMonths, toCsv } from '../helpers/next-months';
import { importLikeTheApp } from '../helpers/import';

const ROOT = resolve(import.meta.dirname, '../..');
const SAMPLE = readFileSync(resolve(ROOT, 'resources/sample/team-metrics.csv'), 'utf8');
const NEXT = readFileSync(resolve(ROOT, 'resources/sample/team-next-months.csv'), 'utf8');
const NO_CALLS = readFileSync(resolve(ROOT, 'tests/fixtures/followup/team-next-months-no-calls.csv'), 'utf8');
const STARTED = new Date('2026-11-16T09:00:00Z');
const AS_OF = '2027-01-08';
const REPS = ['Dev Patel', 'Farid Haddad', 'Grace Kim'];

type CliItem = { metric: string; current: number | null; expected: number | null; status: PaceStatus; rule: string };

/** Per rep: the day check-ins start from, how often, and the day the conversation was held. */
type Cadence = Record<string, { startDate: string; everyDays: number; meeting: string }>;

/**
 * The sample team's plans for REPS, started on 16 Nov 2026 (with the check-ins and meeting day of
 * `cadence` where given), then the next months (`next`, or made from the plans) imported; each plan measured by the
 * app on the Dexie store and by `candor checkin` on the same files.
 */
async function appAndCli(next: string | ((plans: Plan[]) => string), cadence: Cadence = {}) {
  const db = freshDb();
  await importLikeTheApp(db, 'team-metrics.csv', SAMPLE);
  const data = await loadDiagnosisData(dexieStore(db));
  const team = diagnoseTeam(data.input);
  const plans = [];
  for (const name of REPS) {
    const d = team.reps.find((r) => r.name === name)!;
    const started = startPlanFor(d, data.periodKind, 'Sam Lee', data.settings.diagnosis.gapThreshold, {}, () => STARTED);
    if (!started.ok) throw new Error(started.message);
    const c = cadence[name];
    const content = c
      ? {
          ...started.content,
          checkIns: { ...started.content.checkIns, startDate: c.startDate, everyDays: c.everyDays },
          meeting: { ...started.content.meeting, date: c.meeting },
        }
      : started.content;
    plans.push(await createPlan(db, { repId: d.repId, snapshot: started.snapshot, content }, () => STARTED));
  }
  if (typeof next !== 'string') next = next(plans);
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
  return { out, db, plans, next };
}

const statuses = (items: readonly { metric: string | null; status: string }[]) => items.map((i) => `${i.metric ?? ''}: ${i.status}`);

describe('app = CLI: one way to measure a plan', () => {
  it('gives the same statuses, numbers, rule lines and wins for the same plans and data', { timeout: 120_000 }, async () => {
    const { out: all, db, plans } = await appAndCli(NEXT);
    const planIds = plans.map((p) => p.id);
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

describe('app = CLI on the plans of the follow-up browser test', () => {
  // Check-ins as tests/e2e/followup.e2e.ts sets them: Dev and Grace from the conversation on,
  // Farid's from 14 Dec every four weeks (his first, 11 Jan, still to come on 8 Jan).
  const cadence: Cadence = {
    'Dev Patel': { startDate: '2026-11-16', everyDays: 28, meeting: '2026-11-16' },
    'Farid Haddad': { startDate: '2026-12-14', everyDays: 28, meeting: '2026-11-16' },
    'Grace Kim': { startDate: '2026-11-16', everyDays: 14, meeting: '2026-11-16' },
  };
  /** The next months made from Dev's items as his plan holds them (baselines and targets are counts). */
  const made = (plans: Plan[]) => {
    const dev = plans.find((p) => p.snapshot.repName === 'Dev Patel')?.content.actionItems ?? [];
    return toCsv(
      nextMonths(dev.map((i) => ({ metric: i.metricKey ?? '', baseline: i.baseline ?? 0, target: i.target ?? 0, deadline: i.deadline ?? '' }))),
    );
  };

  it('gives met, on track and off track alike, and the Team page says what the CLI measured', { timeout: 120_000 }, async () => {
    const { out: all, db, plans } = await appAndCli(made, cadence);
    for (const { name, app, cli } of all) {
      expect(
        cli.items.map((i) => [i.metric, i.current, i.expected, i.status, i.rule]),
        name,
      ).toEqual(app.items.map((i) => [i.metric, i.current, i.expected, i.status, i.rule]));
    }
    expect(all.map((x) => [x.name, statuses(x.cli.items)])).toEqual([
      ['Dev Patel', ['calls: on-track', 'meetingsHeld: on-track']],
      ['Farid Haddad', ['closedWinRate: met']],
      ['Grace Kim', ['conversionHeld: off-track']],
    ]);
    // Every plan is paced from the conversation (16 Nov), also Farid's whose check-ins begin on 14 Dec:
    // at 31 Dec, 45 of the 91 days to his deadline (15 Feb) are gone.
    expect(all.map((x) => x.app.start)).toEqual(['2026-11-16', '2026-11-16', '2026-11-16']);
    const win = all[1]!.app.items[0]!;
    expect(win.expected).toBeCloseTo(win.baseline! + ((win.target! - win.baseline!) * 45) / 91, 9);
    // The Team page's Plan column: each signed plan's live status (measurePlansOn on the app's data)
    // is the CLI's worst item; before any check-in is due, that is what the row says.
    const signed = plans.map((p) => ({ ...p, status: 'signed' as const }));
    const live = new Map(measurePlansOn(signed, await loadDiagnosisData(dexieStore(db)), { asOf: AS_OF }).map((m) => [m.progress.planId, m.status]));
    expect(signed.map((p) => live.get(p.id))).toEqual(all.map((x) => overallPace(x.cli.items.map((i) => i.status))));
    const farid = signed.find((p) => p.snapshot.repName === 'Farid Haddad')!;
    expect(followUpParts(signed, [], farid.repId, AS_OF, formatDate, live)).toEqual({
      label: 'Targets met',
      when: 'check-in Jan 11, 2027',
      overdue: false,
    });
  });
});
