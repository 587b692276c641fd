// The gaps between the rep's own estimates and the data, as facts and open questions for the
// next conversation or check-in.
import { formatValue, type NumberFormat, type ValueUnit } from '@shared/lib/format';
import type { EstimateGap } from './metrics';
import { periodWords } from './metrics';

export type GapQuestion = { metric: string; fact: string; question: string };

const valueUnit = (u: EstimateGap['unit']): ValueUnit => u;

/** "12 more (43% over)" / "5 points lower (28% under)": the difference in the metric's unit and as a share of the actual. */
export function gapWords(g: EstimateGap, f: NumberFormat): string {
  if (g.difference === null || g.reading === 'no-data') return 'no data to compare';
  const size =
    g.unit === 'rate'
      ? `${formatValue(Math.abs(g.difference) * 100, 'count', f)} points ${g.difference > 0 ? 'higher' : 'lower'}`
      : `${formatValue(Math.abs(g.difference), valueUnit(g.unit), f)} ${g.difference > 0 ? 'more' : 'fewer'}`;
  if (g.reading === 'same') return g.difference === 0 ? 'exactly right' : `close: ${size}`;
  const share = g.share === null ? '' : ` (${formatValue(Math.abs(g.share), 'rate', f)} ${g.reading})`;
  return `${size}${share}`;
}

/** A fact and an open question for every estimate that is off by more than the margin, largest gap first. */
export function gapQuestions(gaps: readonly EstimateGap[], repName: string, period: string, f: NumberFormat): GapQuestion[] {
  const when = periodWords(period, f.locale);
  return gaps
    .filter((g) => g.reading === 'over' || g.reading === 'under')
    .sort((a, b) => Math.abs(b.share ?? 0) - Math.abs(a.share ?? 0))
    .map((g) => {
      const u = valueUnit(g.unit);
      const fact = `${repName} estimated ${g.label.toLowerCase()} in ${when} at ${formatValue(g.estimate, u, f)}; the data shows ${formatValue(g.actual, u, f)}: ${gapWords(g, f)}.`;
      const question = g.flattering
        ? `What did ${g.label.toLowerCase()} look like to you in ${when}, and what might the data be counting differently?`
        : `The data shows more than you thought for ${g.label.toLowerCase()} in ${when}: what went better than it felt?`;
      return { metric: g.metric, fact, question };
    });
}
