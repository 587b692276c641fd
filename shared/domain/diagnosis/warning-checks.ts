// The "check the system first" warning signs, one small rule each: they ask the manager to look at
// the set-up (quota, ramp, territory, tooling, leave) before judging the rep.
import { GAP_EPSILON, inGap } from './thresholds';
import { trailingPeriods } from './periods';
import { medianName } from './evidence';
import type { EvidenceRow } from './types';
import { COLLAPSE_KEYS, COLLAPSE_SHARE, QUOTA_VS_TEAM_FACTOR, type WarningRule } from './warning-rules';

/**
 * 6. Pipeline coverage below 1 ÷ win rate: at the benchmark win rate (expectation, else team
 * median), the open pipeline cannot produce the quota — whatever the rep's own skill.
 */
const pipelineCoverage: WarningRule = {
  id: 'pipeline-coverage',
  check({ x, period, row, now, window }) {
    if (!now) return null;
    const { values, t, q, peers } = now;
    const benchWinRate = t.targets.winRate ?? peers?.get('closedWinRate')?.median ?? null;
    if (!(values.pipeline !== null && q.quota !== null && q.quota > 0 && benchWinRate !== null && benchWinRate > 0)) return null;
    const coverage = values.pipeline / q.quota;
    const needed = 1 / benchWinRate;
    if (coverage >= needed - 1e-12) return null;
    return {
      id: 'pipeline-coverage',
      kind: 'check-system',
      title: 'Pipeline cannot cover the quota',
      detail: `Open pipeline ${x.money(values.pipeline)} is ${x.num(coverage, 1)}× the quota of ${x.money(q.quota)}; at the ${t.targets.winRate !== null ? 'expected win rate' : `win rate of ${medianName(window)}`}, ${x.pct(benchWinRate)}, it takes ${x.num(needed, 1)}×. Check lead flow and territory before judging; where activity is also low, prospecting is the first lever.`,
      evidence: [
        row(period, 'pipeline', values.pipeline, needed * q.quota),
        row(period, 'effectiveQuota', q.quota, null),
        row(period, 'closedWinRate', benchWinRate, null),
      ],
    };
  },
};

/** 7. Quota far above the team's. */
const quotaAboveTeam: WarningRule = {
  id: 'quota-above-team',
  check({ x, period, row, now, window }) {
    if (!now) return null;
    const { q, peers } = now;
    const teamQuota = peers?.get('effectiveQuota')?.median ?? null;
    if (!(q.quota !== null && teamQuota !== null && teamQuota > 0 && q.quota > teamQuota * QUOTA_VS_TEAM_FACTOR * (1 + GAP_EPSILON))) return null;
    return {
      id: 'quota-above-team',
      kind: 'check-system',
      title: 'Quota far above the team’s',
      detail: `Quota ${x.money(q.quota)} is ${x.num(q.quota / teamQuota, 1)}× ${medianName(window)}, ${x.money(teamQuota)}. Check the quota before judging the result.`,
      evidence: [row(period, 'effectiveQuota', q.quota, teamQuota)],
    };
  },
};

/** 8. Ramp anomaly: in ramp, held to (nearly) the full target. */
const rampAnomaly: WarningRule = {
  id: 'ramp-anomaly',
  check({ s, x, period, row, now }) {
    if (!now) return null;
    const { t, q } = now;
    const rampQuota = t.targets.quota;
    if (!(
      t.inRamp &&
      q.source === 'data' &&
      rampQuota !== null &&
      q.quota !== null &&
      (inGap(q.quota, rampQuota, s.gapThreshold, false) ?? q.quota > 0)
    ))
      return null;
    return {
      id: 'ramp-anomaly',
      kind: 'check-system',
      title: 'In ramp but held to a fuller target',
      detail: `${t.tenureMonth !== null ? `Month ${t.tenureMonth} of tenure` : 'In ramp'}: ${x.pct(t.rampShare)} of the target is expected (${x.money(rampQuota)}), but the quota in the data is ${x.money(q.quota)}. Check the ramp before judging.`,
      evidence: [row(period, 'quota', q.quota, rampQuota)],
    };
  },
};

/** 9. Sudden collapse of all activity to near zero. */
const activityCollapse: WarningRule = {
  id: 'activity-collapse',
  check({ x, idx, period, row, now }) {
    if (!now) return null;
    const prior = trailingPeriods(period, 4)
      .slice(0, 3)
      .map((p) => idx.rows.get(p));
    const collapseRows: EvidenceRow[] = [];
    let checked = 0;
    let collapsed = 0;
    for (const k of COLLAPSE_KEYS) {
      const v = now.values[k];
      const prev: number[] = [];
      for (const r of prior) {
        const pv = r?.[k] ?? null;
        if (pv !== null) prev.push(pv);
      }
      if (v === null || prev.length === 0) continue;
      const mean = prev.reduce((a, b) => a + b, 0) / prev.length;
      if (mean <= 0) continue;
      checked++;
      if (v < mean * COLLAPSE_SHARE) collapsed++;
      collapseRows.push(row(period, k, v, mean));
    }
    if (!(checked >= 1 && collapsed === checked)) return null;
    return {
      id: 'activity-collapse',
      kind: 'check-system',
      title: 'All activity dropped to near zero',
      detail: `Every activity measure fell below ${x.pct(COLLAPSE_SHARE)} of its average over the previous periods at once. That pattern usually means leave, a territory change or broken tooling: check the system first.`,
      evidence: collapseRows,
    };
  },
};

/** 10. The target sits above the benchmark funnel. */
const targetAboveFunnel: WarningRule = {
  id: 'target-above-funnel',
  check({ x, period, window, row }) {
    if (window.rule.id !== 'factors-meet-target-short') return null;
    const outcome = window.result.metric === 'revenue' ? x.money : x.count;
    return {
      id: 'target-above-funnel',
      kind: 'check-system',
      title: 'Target above what the expected funnel produces',
      detail: `Every factor meets its benchmark, yet the result (${outcome(window.result.value)}) is short of the target (${outcome(window.result.target)}); the benchmark funnel produces ${outcome(window.decomposition.benchmarkOutcome)}. Check the target.`,
      evidence: [row(period, window.result.metric, window.result.value, window.result.target)],
    };
  },
};

/** The check-the-system signs, in the order they are shown. */
export const CHECK_RULES: readonly WarningRule[] = [pipelineCoverage, quotaAboveTeam, rampAnomaly, activityCollapse, targetAboveFunnel];
