// Classification: the verdict rules over a funnel decomposition, a result and a cycle check.
import type { Verdict, WeakStage } from '../../schemas/diagnosis';
import { GAP_EPSILON } from './thresholds';
import type { Attainment, CycleCheck, Decomposition, FunnelTerm, RuleId, TermKey } from './types';

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
  const byKey = (k: TermKey) => dec.terms.find((t) => t.key === k) as FunnelTerm;
  const effort = byKey('effort');
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
  const base = { gaps, weakTerm: null, decidingTerm: null, offsetGaps: [] as WeakStage[] };

  if (result.value === null) return { ...base, verdict: 'insufficient-data', weakStage: null, rule: 'missing-outcome' };
  if (result.met === true) {
    const offsetGaps = [...(effort.inGap ? (['prospecting'] as WeakStage[]) : []), ...gaps.skill];
    return { ...base, offsetGaps, verdict: 'on-track', weakStage: null, rule: 'attainment-met' };
  }
  if (effort.inGap === null) return { ...base, verdict: 'insufficient-data', weakStage: null, rule: 'missing-activity' };
  const weak = skillGaps[0];
  if (effort.inGap && weak) return { ...base, weakTerm: weak.term, verdict: 'mixed', weakStage: weak.stage, rule: 'mixed' };
  if (effort.inGap) return { ...base, verdict: 'effort', weakStage: 'prospecting', rule: 'effort-only' };
  if (weak) return { ...base, weakTerm: weak.term, verdict: 'skill', weakStage: weak.stage, rule: 'skill-only' };
  if (result.met === null) return { ...base, verdict: 'insufficient-data', weakStage: null, rule: 'factors-unknown' };

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
    const verdict: Verdict = worst.side === 'effort' ? 'effort' : 'skill';
    return {
      ...base,
      decidingTerm: worst,
      weakTerm: worst.side === 'skill' ? worst : null,
      verdict,
      weakStage: worst.stage,
      rule: 'largest-negative-term',
    };
  }
  const allComputable = dec.terms.every(
    (t) => t.status === 'ok' || t.status === 'out-of-scope' || (t.key === 'meetingToOpportunity' && dec.signal === 'opportunitiesCreated'),
  );
  if (allComputable) return { ...base, verdict: 'on-track', weakStage: null, rule: 'factors-meet-target-short' };
  return { ...base, verdict: 'insufficient-data', weakStage: null, rule: 'factors-unknown' };
}
