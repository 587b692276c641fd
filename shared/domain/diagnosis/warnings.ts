// Warning signs: the facts about one rep and period are gathered once here, then every rule of the
// table below looks at them (warning-rules.ts, warning-checks.ts) (one small rule per sign). Every sign names its evidence
// rows: rep, period, metric, value (and what it was compared with).
import type { PeriodKey } from '@shared/schemas/common';
import type { MetricValues } from '@shared/schemas/metrics';
import type { Engine, RepIndex } from './indexing';
import { quotaFor, targetsFor } from './rep-window';
import { peerStats, windowStats } from './statistics';
import type { TextFormat } from '@shared/lib/format';
import { periodNoun } from '@shared/lib/format';
import { sentenceFormat } from './format';
import { trailingPeriods } from './periods';
import type { Assessment, EvidenceRow, StatKey, WarningId, WarningSign } from './types';
import { CHECK_RULES } from './warning-checks';
import { PATTERN_RULES, TREND_SPAN, type WarningFacts, type WarningRule } from './warning-rules';

export { COLLAPSE_SHARE, QUOTA_VS_TEAM_FACTOR, TREND_SPAN } from './warning-rules';

/** Every warning sign, in the order they are shown: the pattern signs, then the check-the-system ones. */
export const WARNING_RULES: readonly WarningRule[] = [...PATTERN_RULES, ...CHECK_RULES];

/** Signs that question the data or the benchmark: they cap the verdict's confidence at low. */
export const CONFIDENCE_CAPPING: ReadonlySet<WarningId> = new Set<WarningId>([
  'ramp-anomaly',
  'quota-above-team',
  'activity-collapse',
  'target-above-funnel',
]);

function facts(
  engine: Engine,
  idx: RepIndex,
  period: PeriodKey,
  window: Assessment,
  current: Assessment | undefined,
  format?: TextFormat,
): WarningFacts {
  const row = (p: PeriodKey, metric: StatKey, value: number | null, benchmark: number | null = null): EvidenceRow => ({
    repId: idx.rep.id,
    rep: idx.rep.name,
    period: p,
    metric,
    value,
    benchmark,
  });
  const six = trailingPeriods(period, TREND_SPAN * 2);
  // The six rows once, then one plain loop per metric (this runs for every rep).
  const sixRows = six.map((p) => idx.rows.get(p));
  const series = (k: keyof MetricValues) => {
    const xs: Array<number | null> = new Array<number | null>(sixRows.length);
    for (let i = 0; i < sixRows.length; i++) xs[i] = sixRows[i]?.[k] ?? null;
    return xs;
  };
  const sum = (xs: ReadonlyArray<number | null>) => (xs.some((x) => x === null) ? null : xs.reduce<number>((a, b) => a + (b ?? 0), 0));
  const values = idx.rows.get(period);
  let now: WarningFacts['now'] = null;
  if (values) {
    const t = targetsFor(engine, idx, period);
    const ws1 = windowStats(engine, period, 1);
    now = { values, t, q: quotaFor(t, values), peers: peerStats(engine, ws1, idx).stats };
  }
  return {
    engine,
    idx,
    s: engine.settings,
    x: sentenceFormat(format),
    period,
    window,
    current,
    spanOf: (n) => `${n} ${periodNoun(engine.kind, n)}`,
    row,
    six,
    before: six.slice(0, TREND_SPAN),
    recent: six.slice(TREND_SPAN),
    series,
    sum,
    now,
  };
}

/** The warning signs of one rep for one period, in the order of the rule table. */
export function warningsFor(
  engine: Engine,
  idx: RepIndex,
  period: PeriodKey,
  window: Assessment,
  current?: Assessment,
  format?: TextFormat,
): WarningSign[] {
  const f = facts(engine, idx, period, window, current, format);
  const out: WarningSign[] = [];
  for (const rule of WARNING_RULES) {
    const sign = rule.check(f);
    if (sign) out.push(sign);
  }
  return out;
}
