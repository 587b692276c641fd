// The pace rule's one line for a manager: the numbers it used and the status they give.
import { formatDate, formatPeriod, formatPeriodRange, formatRate, periodNoun, safeLocale, type TextFormat } from '@shared/lib/format';
import type { MetricUnit } from '@shared/schemas/conversation';
import { formatValue } from '../plan/units';
import { PACE_STATUS_LABELS, type Pace } from './pace';

export type PaceTextInput = {
  label: string;
  unit: MetricUnit | null;
  baseline: number | null;
  target: number | null;
  current: number | null;
  start: string;
  due: string | null;
  at: string | null;
  /** The periods the current value is measured over, oldest first (empty when none). */
  window: readonly string[];
  /** The plan's facts period: the new data is read from the period after it. */
  since: string | null;
  periodKind: string | null;
  /** New complete periods that do not carry the figure (metric-absent): named in the line. */
  missingIn?: readonly string[];
};

const share = (x: number, locale: string, digits: 0 | 1 = 0) => formatRate(x, { locale: safeLocale(locale), currency: '' }, digits);

/** A value as the pace line and its table write it: rates to a tenth of a point (a pace of 16.5% must not read as 17% beside 16.6%). */
export function paceValue(n: number | null, unit: MetricUnit | null, format: TextFormat = {}): string {
  return unit === 'rate' && n !== null ? share(n, format.locale ?? 'en-US', 1) : formatValue(n, unit, format);
}

/** One line: what was expected by when, what it is now, over which periods, and the status. */
export function paceRule(pace: Pace, t: PaceTextInput, format: TextFormat = {}): string {
  const locale = format.locale ?? 'en-US';
  const v = (n: number | null) => paceValue(n, t.unit, format);
  const day = (iso: string) => formatDate(iso, locale);
  const over = t.window.length > 0 ? ` over ${formatPeriodRange(t.window[0] ?? '', t.window[t.window.length - 1] ?? '', locale)}` : '';
  const status = PACE_STATUS_LABELS[pace.status];
  switch (pace.reason) {
    case 'no-metric':
      return `${t.label}: the item names no metric, so its progress cannot be measured: ${status}.`;
    case 'no-target':
      return `${t.label}: no target set for this item, so its progress cannot be measured: ${status}.`;
    case 'no-baseline':
      return `${t.label}: no baseline for this item (the plan's facts did not hold it), so its pace cannot be measured: ${status}.`;
    case 'no-due-date':
      return `${t.label}: the item has no due date, so no pace can be expected of it; now ${v(t.current)}${over} against a target of ${v(t.target)}: ${status}.`;
    case 'metric-absent':
      return `${t.label}: ${missingWhere(t, locale)} does not carry this figure for the rep, so it is not read as zero: ${status}.`;
    case 'no-complete-period':
      return `${t.label}: no complete ${periodNoun(t.periodKind)} in the data since the plan started on ${day(t.start)}: ${status}.`;
    default:
      break;
  }
  if (pace.status === 'met') return `Now ${v(t.current)}${over}, at or beyond the target of ${v(t.target)} (baseline ${v(t.baseline)}): ${status}.`;
  if (pace.expected === null || pace.elapsedShare === null || t.at === null || t.due === null)
    return `Now ${v(t.current)}${over}; target ${v(t.target)} from ${v(t.baseline)}: ${status}.`;
  const gone = share(pace.elapsedShare, locale);
  return `Expected by ${day(t.at)}: ${v(pace.expected)} (${gone} of the way from ${v(t.baseline)} to ${v(t.target)}, with ${gone} of the time to ${day(t.due)} gone); now ${v(t.current)}${over}: ${status}.`;
}

function missingWhere(t: PaceTextInput, locale: string): string {
  const m = t.missingIn ?? [];
  if (m.length > 0) return `the data for ${m.map((p) => formatPeriod(p, locale)).join(', ')}`;
  return t.since ? `the data after ${formatPeriod(t.since, locale)}` : 'the data';
}
