// Classification: the verdict rules over a funnel decomposition, a result and a cycle check.
import type { Verdict, WeakStage } from '@shared/schemas/diagnosis';
import { GAP_EPSILON } from './thresholds';
import type { Attainment, CycleCheck, Decomposition, FunnelTerm, RuleId } from './types';

export type Classification = {
  verdict: Verdict;
  weakStage: WeakStage | null;
  rule: RuleId;
  gaps: { effort: boolean | null; skill: WeakStage[] };
  /** The skill term (or cycle) the weak stage rests on. */
  weakTerm: FunnelTerm | null;
  /** For the largest-negative-term rule: the term that decided. */
  decidingTerm: FunnelTerm | null;
  /** Terms in gap while the target is met ("offset" notes). */
  offsetGaps: WeakStage[];
};

const STAGE_ORDER: Record<WeakStage, number> = {
  prospecting: 0,
  'meeting-to-opportunity': 1,
  'opportunity-to-win': 2,
  'deal-size': 3,
  'cycle-length': 4,
};

/** Performance ratio for choosing the weak stage: lower is worse; cycle uses benchmark ÷ value. */
function performance(t: FunnelTerm): number {
  return t.ratio ?? 1;
}

/** The outcome, filled into the one Classification object. */
function finish(
  base: Classification,
  verdict: Verdict,
  weakStage: WeakStage | null,
  rule: RuleId,
  weakTerm: FunnelTerm | null = null,
): Classification {
  base.verdict = verdict;
  base.weakStage = weakStage;
  base.rule = rule;
  base.weakTerm = weakTerm;
  return base;
}

/**
 * The verdict rules, in order:
 * 1. no result value → insufficient-data (missing-outcome).
 * 2. result meets its target (or, without a target, sits within the threshold of the team
 *    median) → on-track (attainment-met); factors in gap are listed as offset notes. Results
 *    first: a rep who meets the stated result is not told they have an effort or skill gap.
 * 3. activity factor unknown → insufficient-data (missing-activity).
 * 4. activity in gap and a skill factor in gap → mixed; only activity → effort; only skill
 *    factors → skill, weak stage = the factor furthest below its benchmark (cycle length
 *    compares benchmark ÷ cycle days).
 * 5. short, but nothing beyond the threshold: the most negative finite term decides
 *    (effort → effort, else skill at that stage), low confidence (largest-negative-term).
 * 6. short with every computable term at or above benchmark: if every term is computable the
 *    target sits above the benchmark funnel → on-track, low confidence, check the target
 *    (factors-meet-target-short); else insufficient-data (factors-unknown).
 * A result with no target and no team median: rules 3–4 apply; with no gap → insufficient-data (factors-unknown).
 */
export function classify(dec: Decomposition, result: Attainment, cycle: CycleCheck): Classification {
  const effort = dec.terms.find((t) => t.key === 'effort') as FunnelTerm;
  const skillTerms = dec.terms.filter((t) => t.side === 'skill' && t.inGap === true);
  const skillGaps: Array<{ stage: WeakStage; perf: number; term: FunnelTerm | null }> = skillTerms.map((t) => ({
    stage: t.stage,
    perf: performance(t),
    term: t,
  }));
  if (cycle.inGap === true && cycle.value !== null && cycle.benchmark !== null && cycle.value > 0)
    skillGaps.push({ stage: 'cycle-length', perf: cycle.benchmark / cycle.value, term: null });
  // Furthest below first; near-ties (float noise) go to the earlier funnel stage, so that the
  // weak stage does not depend on the currency unit.
  skillGaps.sort((a, b) =>
    Math.abs(a.perf - b.perf) <= 1e-9 * Math.max(1, Math.abs(a.perf), Math.abs(b.perf))
      ? STAGE_ORDER[a.stage] - STAGE_ORDER[b.stage]
      : a.perf - b.perf,
  );
  const gaps = { effort: effort.inGap, skill: skillGaps.map((g) => g.stage) };
  // One object shape for every outcome, filled in place (no spreads: this runs twice per rep).
  const base: Classification = {
    verdict: 'insufficient-data',
    weakStage: null,
    rule: 'factors-unknown',
    gaps,
    weakTerm: null,
    decidingTerm: null,
    offsetGaps: [],
  };
  if (result.value === null) return finish(base, 'insufficient-data', null, 'missing-outcome');
  if (result.met === true) {
    base.offsetGaps = [...(effort.inGap ? (['prospecting'] as WeakStage[]) : []), ...gaps.skill];
    return finish(base, 'on-track', null, 'attainment-met');
  }
  if (effort.inGap === null) return finish(base, 'insufficient-data', null, 'missing-activity');
  const weak = skillGaps[0];
  if (effort.inGap && weak) return finish(base, 'mixed', weak.stage, 'mixed', weak.term);
  if (effort.inGap) return finish(base, 'effort', 'prospecting', 'effort-only');
  if (weak) return finish(base, 'skill', weak.stage, 'skill-only', weak.term);
  if (result.met === null) return finish(base, 'insufficient-data', null, 'factors-unknown');

  let worst: FunnelTerm | null = null;
  // Terms come in funnel order; a near-tie (float noise) keeps the earlier stage.
  for (const t of dec.terms)
    if (
      t.status === 'ok' &&
      t.logRatio !== null &&
      t.logRatio < -GAP_EPSILON &&
      (worst === null || t.logRatio < (worst.logRatio ?? 0) - 1e-9 * Math.max(1, Math.abs(t.logRatio)))
    )
      worst = t;
  if (worst) {
    base.decidingTerm = worst;
    return finish(base, worst.side === 'effort' ? 'effort' : 'skill', worst.stage, 'largest-negative-term', worst.side === 'skill' ? worst : null);
  }
  const allComputable = dec.terms.every(
    (t) => t.status === 'ok' || t.status === 'out-of-scope' || (t.key === 'meetingToOpportunity' && dec.signal === 'opportunitiesCreated'),
  );
  if (allComputable) return finish(base, 'on-track', null, 'factors-meet-target-short');
  return finish(base, 'insufficient-data', null, 'factors-unknown');
}
