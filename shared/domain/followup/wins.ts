// Wins found in the numbers: an action item whose target is met, and a metric that moved from
// below its benchmark (as the plan's facts stated it) to at or above it. Pure; the check-in
// screen, `candor checkin` and the wins log read the same list.
import type { TextFormat } from '@shared/lib/format';
import { formatPeriodRange } from '@shared/lib/format';
import type { MetricUnit } from '@shared/schemas/conversation';
import { metricFacts } from '../metrics';
import { formatValue } from '../plan/units';

export type WinKind = 'target-met' | 'benchmark-reached';

export type FoundWin = {
  kind: WinKind;
  metric: string;
  label: string;
  unit: MetricUnit;
  /** The value in the plan's facts. */
  before: number | null;
  /** The value now, over `window`. */
  after: number;
  /** The mark passed: the item's target, or the benchmark of the plan's facts. */
  mark: number;
  /** The action item met (target-met only). */
  itemId: string | null;
  /** The periods the value now is measured over, oldest first. */
  window: string[];
  /** One sentence saying what was reached, from what, over which periods. */
  text: string;
};

/** An action item as measured: its metric, target and status. */
export type MeasuredItemForWins = {
  itemId: string;
  metric: string | null;
  label: string;
  unit: MetricUnit | null;
  baseline: number | null;
  target: number | null;
  current: number | null;
  status: string;
};

/** A metric of the plan's facts beside its value now (over the same window length). */
export type MetricNowAndThen = {
  key: string;
  label: string;
  unit: MetricUnit;
  higherIsBetter: boolean;
  before: number | null;
  benchmark: number | null;
  now: number | null;
};

const atOrBeyond = (higher: boolean, a: number, b: number) => (higher ? a >= b : a <= b);

/**
 * A metric counts as having been below its benchmark only when it was more than this share of
 * the benchmark on the wrong side: 4.46 against 4.5 moving to 4.52 is noise, not a win.
 */
export const WIN_MIN_SHORTFALL = 0.02;

const wasBelow = (m: MetricNowAndThen, before: number, benchmark: number) =>
  (m.higherIsBetter ? benchmark - before : before - benchmark) > WIN_MIN_SHORTFALL * Math.abs(benchmark);

/** Metrics a rep is judged on and that state a fact of their own (no targets, no sums of others). */
const judged = (key: string) => {
  const f = metricFacts(key);
  return f !== undefined && f.role !== 'not-judged' && !f.repeats;
};

export function findWins(
  input: { items: readonly MeasuredItemForWins[]; metrics: readonly MetricNowAndThen[]; window: readonly string[] },
  format: TextFormat = {},
): FoundWin[] {
  const locale = format.locale ?? 'en-US';
  const over =
    input.window.length > 0 ? ` over ${formatPeriodRange(input.window[0] ?? '', input.window[input.window.length - 1] ?? '', locale)}` : '';
  const out: FoundWin[] = [];
  const metMetrics = new Set<string>();
  for (const it of input.items) {
    if (it.status !== 'met' || it.metric === null || it.current === null || it.target === null) continue;
    const unit = it.unit ?? 'count';
    const v = (n: number | null) => formatValue(n, unit, format);
    metMetrics.add(it.metric);
    out.push({
      kind: 'target-met',
      metric: it.metric,
      label: it.label,
      unit,
      before: it.baseline,
      after: it.current,
      mark: it.target,
      itemId: it.itemId,
      window: [...input.window],
      text: `Target met: ${it.label} reached ${v(it.current)}${over} against a target of ${v(it.target)} (from ${v(it.baseline)}).`,
    });
  }
  for (const m of input.metrics) {
    if (metMetrics.has(m.key) || !judged(m.key)) continue;
    if (m.before === null || m.now === null || m.benchmark === null) continue;
    if (!wasBelow(m, m.before, m.benchmark) || !atOrBeyond(m.higherIsBetter, m.now, m.benchmark)) continue;
    const v = (n: number | null) => formatValue(n, m.unit, format);
    out.push({
      kind: 'benchmark-reached',
      metric: m.key,
      label: m.label,
      unit: m.unit,
      before: m.before,
      after: m.now,
      mark: m.benchmark,
      itemId: null,
      window: [...input.window],
      text: `${m.label} moved from ${v(m.before)} to ${v(m.now)}${over}, ${m.higherIsBetter ? 'at or above' : 'at or below'} its benchmark of ${v(m.benchmark)}.`,
    });
  }
  return out;
}
