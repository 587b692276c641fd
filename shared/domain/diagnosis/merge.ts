// Several stored rows can describe the same rep and period (a metric sheet plus a CRM export,
// or two imports). They merge metric by metric: later rows' non-null values win, a null never
// erases a known value.
import type { PeriodKey, PeriodKind } from '@shared/schemas/common';
import type { MetricPeriod, MetricValues } from '@shared/schemas/metrics';
import { METRIC_KEYS, emptyMetricValues } from '@shared/schemas/metrics';

export type PeriodValues = { repId: string; period: PeriodKey; periodKind: PeriodKind; values: MetricValues };

/**
 * Merges rows for one rep+period into one MetricValues. Rows are taken in `createdAt` order
 * (ties keep input order); for each metric the last non-null value wins.
 */
const NONE: MetricValues = emptyMetricValues();

export function mergeMetricValues(rows: ReadonlyArray<Pick<MetricPeriod, 'values'> & { createdAt?: string }>): MetricValues {
  // One row (most rep-periods): its known values over every metric unknown, in METRIC_KEYS order.
  if (rows.length === 1) {
    const out = { ...NONE };
    const only = (rows[0] as Pick<MetricPeriod, 'values'>).values;
    for (const k of METRIC_KEYS) {
      const v = only[k];
      if (v !== null && v !== undefined) out[k] = v;
    }
    return out;
  }
  const ordered = rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => {
      const ca = a.r.createdAt ?? '';
      const cb = b.r.createdAt ?? '';
      return ca < cb ? -1 : ca > cb ? 1 : a.i - b.i;
    });
  const out = emptyMetricValues();
  for (const { r } of ordered) {
    for (const k of METRIC_KEYS) {
      const v = r.values[k];
      if (v !== null && v !== undefined) out[k] = v;
    }
  }
  return out;
}

/** Groups stored rows by rep, period kind and period and merges each group. Output sorted by rep, then period. */
export function mergeMetricPeriods(rows: readonly MetricPeriod[]): PeriodValues[] {
  const groups = new Map<string, MetricPeriod[]>();
  for (const r of rows) {
    const key = `${r.repId}\u0000${r.periodKind}\u0000${r.period}`;
    const g = groups.get(key);
    if (g) g.push(r);
    else groups.set(key, [r]);
  }
  const out: PeriodValues[] = [];
  for (const g of groups.values()) {
    const first = g[0];
    if (!first) continue;
    out.push({ repId: first.repId, period: first.period, periodKind: first.periodKind, values: mergeMetricValues(g) });
  }
  return out.sort((a, b) => (a.repId < b.repId ? -1 : a.repId > b.repId ? 1 : a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
}
