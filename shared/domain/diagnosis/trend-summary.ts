import type { HistoryPoint, StatKey } from './types';
import type { Formatter, ValueUnit } from '@shared/lib/format';

/**
 * The one line under a trend chart: the first period against the last, and the last against its
 * expectation (or the median of the rep's peer group, named by `median`: "the median of the role AE"). A period the diagnosis calls incomplete at either end of the
 * series is never compared: the line compares the complete periods within and says which it left out.
 */
export function trendSummary(
  title: string,
  points: readonly HistoryPoint[],
  key: StatKey,
  unit: ValueUnit,
  fmt: Formatter,
  incomplete: ReadonlySet<string>,
  median = 'the team median',
): string {
  const withValue = points.filter((p) => p.metrics[key]?.value !== null && p.metrics[key]?.value !== undefined);
  let from = 0;
  let to = withValue.length - 1;
  while (from <= to && incomplete.has(withValue[from]!.period)) from++;
  while (to >= from && incomplete.has(withValue[to]!.period)) to--;
  if (withValue.length === 0) return `No ${title.toLowerCase()} in the data.`;
  if (from > to) return `No complete period with ${title.toLowerCase()} yet: every one with a value looks incomplete.`;
  const first = withValue[from]!;
  const last = withValue[to]!;
  const lm = last.metrics[key]!;
  const bench = lm.expectation !== null ? `${fmt.value(lm.expectation, unit)} expected` : `${fmt.value(lm.teamMedian, unit)}, ${median}`;
  const line = `${fmt.period(first.period)}: ${fmt.value(first.metrics[key]?.value, unit)}; ${fmt.period(last.period)}: ${fmt.value(lm.value, unit)} against ${bench}.`;
  const left = [...withValue.slice(0, from), ...withValue.slice(to + 1)].map((p) => fmt.period(p.period));
  if (left.length === 0) return line;
  const named = left.length === 1 ? left[0]! : `${left.slice(0, -1).join(', ')} and ${left[left.length - 1]!}`;
  return `${line} ${named} ${left.length === 1 ? 'looks' : 'look'} incomplete and ${left.length === 1 ? 'is' : 'are'} left out: the line compares complete periods only.`;
}
