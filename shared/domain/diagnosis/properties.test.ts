// The engine's required invariants, checked on random teams.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { RoleExpectation } from '@shared/schemas/expectations';
import type { MetricValues } from '@shared/schemas/metrics';
import { DEFAULT_DIAGNOSIS_SETTINGS } from '@shared/schemas/settings';
import { DEFAULT_ROLE_EXPECTATIONS } from './expectations';
import { diagnoseTeam } from './diagnose';
import { funnelMonth, rep, series } from './testing';
import type { DiagnosisPeriodRow, DiagnosisRep, RepDiagnosis, TeamDiagnosis } from './types';

const END = '2026-10';
const settings = DEFAULT_DIAGNOSIS_SETTINGS;

const factor = fc.double({ min: 0.2, max: 1.8, noNaN: true });
const monthArb = fc.record({
  a: factor,
  c: factor,
  w: fc.oneof(factor, fc.constant(0)),
  d: factor,
  quota: fc.integer({ min: 30, max: 70 }),
  cycle: fc.integer({ min: 10, max: 90 }),
  complaints: fc.nat(2),
});
const repArb = fc.array(monthArb, { minLength: 6, maxLength: 6 });
const teamArb = fc.record({ reps: fc.array(repArb, { minLength: 1, maxLength: 7 }), median: fc.boolean() });

type Team = { reps: DiagnosisRep[]; periods: DiagnosisPeriodRow[]; expectations: RoleExpectation[] };

function build(t: {
  reps: Array<Array<{ a: number; c: number; w: number; d: number; quota: number; cycle: number; complaints: number }>>;
  median: boolean;
}): Team {
  const reps = t.reps.map((_, i) => rep(`r${i}`));
  const periods = t.reps.flatMap((months, i) =>
    series(`r${i}`, END, months.length, (m) => {
      const x = months[m]!;
      return funnelMonth(x.a, x.c, x.w, x.d, {
        quota: x.quota * 1000,
        cycleDaysMedian: x.cycle,
        complaints: x.complaints,
        pipeline: x.quota * 1000 * 3.5 * x.a,
      });
    }),
  );
  return { reps, periods, expectations: t.median ? [] : DEFAULT_ROLE_EXPECTATIONS.map((e) => ({ ...e, targets: { ...e.targets } })) };
}

const run = (t: Team) => diagnoseTeam({ ...t, settings, overrides: [] });
const summary = (r: RepDiagnosis) => ({
  verdict: r.verdict,
  weakStage: r.weakStage,
  confidence: r.confidence,
  current: [r.current.verdict, r.current.weakStage],
  warnings: r.warnings.map((w) => w.id),
});

function mapValues(t: Team, f: (v: MetricValues, repId: string) => MetricValues): Team {
  return { ...t, periods: t.periods.map((p) => ({ ...p, values: f(p.values, p.repId) })) };
}

describe('diagnosis properties', () => {
  it('identical reps get identical verdicts (and identical evidence)', () => {
    fc.assert(
      fc.property(teamArb, fc.nat(), (spec, pick) => {
        const t = build(spec);
        const src = `r${pick % spec.reps.length}`;
        const twin = rep('twin', { name: 'Someone Else' });
        const withTwin: Team = {
          ...t,
          reps: [...t.reps, twin],
          periods: [...t.periods, ...t.periods.filter((p) => p.repId === src).map((p) => ({ ...p, repId: 'twin' }))],
        };
        const out = run(withTwin);
        const a = out.reps.find((r) => r.repId === src)!;
        const b = out.reps.find((r) => r.repId === 'twin')!;
        expect(summary(b)).toEqual(summary(a));
        expect(b.window.evidence).toEqual(a.window.evidence);
        expect(b.attainment).toBe(a.attainment);
      }),
    );
  });

  it('multiplying every currency amount (revenue, quota, deal size, pipeline; values and expectations) by a constant changes no verdict', () => {
    fc.assert(
      fc.property(teamArb, fc.double({ min: 0.001, max: 1000, noNaN: true }), (spec, k) => {
        const t = build(spec);
        const scale = (x: number | null) => (x === null ? null : x * k);
        const scaled = mapValues(t, (v) => ({
          ...v,
          revenueWon: scale(v.revenueWon),
          quota: scale(v.quota),
          avgDealSize: scale(v.avgDealSize),
          pipeline: scale(v.pipeline),
        }));
        scaled.expectations = t.expectations.map((e) => ({
          ...e,
          targets: { ...e.targets, quota: scale(e.targets.quota), avgDealSize: scale(e.targets.avgDealSize) },
        }));
        const before = run(t);
        const after = run(scaled);
        expect(after.reps.map(summary)).toEqual(before.reps.map(summary));
      }),
    );
  });

  it('scaling a rep’s activity up (same results) never creates or worsens an effort gap', () => {
    fc.assert(
      fc.property(teamArb, fc.nat(), fc.double({ min: 1, max: 4, noNaN: true }), (spec, pick, k) => {
        const t = build(spec);
        const who = `r${pick % spec.reps.length}`;
        const scale = (x: number | null) => (x === null ? null : x * k);
        const more = mapValues(t, (v, repId) =>
          repId === who
            ? { ...v, calls: scale(v.calls), emails: scale(v.emails), meetingsBooked: scale(v.meetingsBooked), meetingsHeld: scale(v.meetingsHeld) }
            : v,
        );
        const check = (before: TeamDiagnosis, after: TeamDiagnosis) => {
          const b = before.reps.find((r) => r.repId === who)!;
          const a = after.reps.find((r) => r.repId === who)!;
          for (const [x, y] of [
            [b.window, a.window],
            [b.current, a.current],
          ] as const) {
            const effortSide = (v: string) => v === 'effort' || v === 'mixed';
            // More activity never creates an effort (or mixed) verdict…
            if (effortSide(y.verdict)) expect(effortSide(x.verdict)).toBe(true);
            // …never puts the activity factor into gap…
            if (y.gaps.effort === true) expect(x.gaps.effort).toBe(true);
            // …and never lowers the activity term.
            const te = (s: typeof x) => s.decomposition.terms[0]?.logRatio ?? null;
            const tb = te(x);
            const ta = te(y);
            if (tb !== null && ta !== null) expect(ta).toBeGreaterThanOrEqual(tb - 1e-9);
          }
        };
        check(run(t), run(more));
      }),
    );
  });

  it('never emits NaN or Infinity', () => {
    fc.assert(
      fc.property(teamArb, (spec) => {
        expect(JSON.stringify(run(build(spec)))).not.toMatch(/NaN|Infinity/);
      }),
      { numRuns: 50 },
    );
  });
});
