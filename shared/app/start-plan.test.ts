// startPlan on generated teams: for every rep, the plan states each fact once and the same
// everywhere (expectations, facts, action baselines agree with the snapshot), action targets
// improve on their baselines in the metric's direction, and nothing is said about targets nobody
// set or about meetings and calls the data does not hold.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftConversation, loadConversationBanks } from '../domain/conversation';
import { diagnoseTeam } from '../domain/diagnosis/diagnose';
import { DEFAULT_ROLE_EXPECTATIONS } from '../domain/diagnosis/expectations';
import { funnelMonth, rep, series } from '../domain/diagnosis/testing';
import { inGap } from '../domain/diagnosis/thresholds';
import { isBetter } from '../domain/plan/targets';
import { isTeamMedianNote } from '../domain/plan';
import { sequentialIds } from '../lib/ids';
import { DEFAULT_DIAGNOSIS_SETTINGS } from '../schemas/settings';
import type { PlanContent, SnapshotMetric } from '../schemas/plan';
import { startPlan } from './start-plan';

const banks = loadConversationBanks();
const NOW = new Date('2026-11-20T09:00:00Z');

const factor = fc.double({ min: 0.2, max: 1.8, noNaN: true });
const monthArb = fc.record({ a: factor, c: factor, w: factor, d: factor, cycle: fc.integer({ min: 10, max: 90 }) });
const teamArb = fc.record({
  reps: fc.array(fc.array(monthArb, { minLength: 4, maxLength: 4 }), { minLength: 3, maxLength: 7 }),
  /** Role expectations applied, or every comparison against the team median. */
  targets: fc.boolean(),
  /** A quota column in the data. */
  quota: fc.boolean(),
  /** Calls, emails and meetings in the data, or a deals-only export. */
  activity: fc.boolean(),
  threshold: fc.constantFrom(0.1, 0.2, 0.3),
});
type TeamSpec = typeof teamArb extends fc.Arbitrary<infer T> ? T : never;

function plansOf(t: TeamSpec) {
  const reps = t.reps.map((_, i) => rep(`r${i}`, { name: `Rep Number${i}` }));
  const periods = t.reps.flatMap((months, i) =>
    series(`r${i}`, '2026-10', months.length, (m) => {
      const x = months[m]!;
      const v = funnelMonth(x.a, x.c, x.w, x.d, {
        cycleDaysMedian: x.cycle,
        quota: t.quota ? 50_000 : null,
        pipeline: null,
        csat: null,
        complaints: null,
      });
      return t.activity ? v : { ...v, calls: null, emails: null, meetingsBooked: null, meetingsHeld: null };
    }),
  );
  const settings = { ...DEFAULT_DIAGNOSIS_SETTINGS, gapThreshold: t.threshold };
  const expectations = t.targets ? DEFAULT_ROLE_EXPECTATIONS.map((e) => ({ ...e, targets: { ...e.targets, quota: null } })) : [];
  const team = diagnoseTeam({ reps, periods, expectations, settings, overrides: [] });
  return team.reps.map((d) =>
    startPlan(
      { diagnosis: d, periodKind: team.periodKind, managerName: 'Sam Lee', gapThreshold: t.threshold },
      { ids: sequentialIds(), now: () => NOW, draft: (input) => draftConversation(input, banks) },
    ),
  );
}

/** Everything the conversation will say aloud. */
const spoken = (c: PlanContent) => [
  c.opening,
  ...c.talkingPoints.map((x) => x.text),
  ...c.questions.map((x) => x.text),
  ...c.pushback.flatMap((x) => [x.objection, x.approach]),
];

/** A target as people write it may differ from the benchmark by its rounding step, never more. */
const step = (m: SnapshotMetric) => (m.unit === 'rate' ? 0.01 : m.unit === 'ratio' ? 0.1 : 1);

describe('startPlan on generated teams', () => {
  it('states each fact once, the same everywhere, with targets that improve in the right direction', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(teamArb, (t) => {
        for (const started of plansOf(t)) {
          expect(started.ok).toBe(true);
          if (!started.ok) continue;
          const { snapshot: s, content: c } = started;
          const metric = (k: string | null) => s.metrics.find((m) => m.key === k);
          // Expectations: one per metric, the snapshot's expectation or (labelled so) its team median.
          const keys = c.expectations.map((e) => e.metricKey);
          expect(new Set(keys).size).toBe(keys.length);
          for (const e of c.expectations) {
            const m = metric(e.metricKey)!;
            expect(e.target).toBe(isTeamMedianNote(e.note) ? m.teamMedian : m.expectation);
          }
          // Focus areas are gaps by the manager's threshold; each action starts from the snapshot's value.
          for (const k of c.focusAreas) {
            const m = metric(k)!;
            expect(inGap(m.value, m.benchmark, t.threshold, m.higherIsBetter)).toBe(true);
          }
          for (const a of c.actionItems) {
            const m = metric(a.metricKey)!;
            expect(a.baseline).toBe(m.value);
            if (a.target !== null && a.baseline !== null) expect(isBetter(m, a.target, a.baseline)).toBe(true);
            if (a.target !== null) expect(Math.abs(a.target - (m.benchmark ?? NaN))).toBeLessThanOrEqual(step(m) + 1e-9);
            expect(a.action).not.toMatch(/from (.+) to \1(,|$)/u);
          }
          expect(c.talkingPoints.filter((x) => x.included).length).toBeLessThanOrEqual(3);
          expect(c.questions.filter((x) => x.included).length).toBeLessThanOrEqual(5);
          expect(c.pushback.filter((x) => x.included).length).toBeLessThanOrEqual(6);
          const said = spoken(c).join('\n');
          if (!t.quota && !t.targets) expect(said).not.toMatch(/quota|against the targets/iu);
          if (!t.activity) expect(said).not.toMatch(/meetings (held|booked)|booking more meetings|\bcalls\b/iu);
          // Every benchmark said aloud names whose number it is: the role's target or the median of its peer group
          // (all AEs from five reps with data, the minimum; else everyone with data).
          const peers = t.reps.length >= 5 ? 'the role AE' : 'everyone with data';
          expect(said).not.toMatch(/the expectation/u);
          for (const p of c.talkingPoints) {
            const m = metric(p.metricKey);
            if (m?.benchmarkOrigin === 'team-median') expect(p.text).toContain(`the median of ${peers} of`);
            if (m?.benchmarkOrigin === 'role') expect(p.text).toContain(`the ${s.roleLabel} target`);
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});
