// The director's view: every manager side by side. Each number is a link to the Team page
// showing exactly the reps behind it (the manager, and a verdict or an `only` filter, in the
// address). Counts come from one use case (shared/app/director.ts).
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { directorView, TREND_MEASURES, type ManagerRow, type TrendMeasure } from '@shared/app/director';
import { periodEndDate, shiftPeriod } from '@shared/domain/diagnosis';
import { isoDay } from '@shared/domain/plan';
import { useStoreQuery } from '@renderer/db/hooks';
import { navigate } from '@renderer/state/router';
import { EmptyState } from '@renderer/ui/EmptyState';
import { useFormat } from '@renderer/ui/format';
import { PageHeader } from '@renderer/ui/PageHeader';
import { PeriodSelect } from '@renderer/ui/PeriodSelect';
import { periodChoices, useDiagnosisData, useDiagnosisFor, usePlans, useTeamDiagnosis } from '../diagnosis';
import { useTrendVerdicts } from './useTrend';
import { ManagerRowView, MEASURE, OF_VERDICTS } from './ManagerRowView';

/** How many periods the trend covers, ending with the period shown. */
export const TREND_PERIODS = 4;

/** Above this many managers the table shows only the rows in view (a company of 150 teams). */
const VIRTUAL_FROM = 40;

function ManagerTable({
  rows,
  period,
  incomplete,
  trendReady,
  measure,
}: {
  rows: ManagerRow[];
  period: string | null;
  incomplete: ReadonlySet<string>;
  trendReady: boolean;
  measure: TrendMeasure;
}) {
  const fmt = useFormat();
  const span = useMemo(() => rows[0]?.trend ?? [], [rows]);
  const first = span[0]?.period;
  const last = span[span.length - 1]?.period;
  // Each month's name once for the whole table (a company has 150 managers).
  const labels = useMemo(() => new Map(span.map((p) => [p.period, fmt.period(p.period)])), [span, fmt]);
  const big = rows.length >= VIRTUAL_FROM;
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer manages its own memoisation
  const virtualizer = useVirtualizer({
    count: big ? rows.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 88,
    overscan: 4,
    initialRect: { width: 1200, height: 800 },
  });
  const items = big ? virtualizer.getVirtualItems() : rows.map((_, index) => ({ index, start: 0, end: 0 }));
  const top = big ? (items[0]?.start ?? 0) : 0;
  const bottom = big ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;
  return (
    <div className={`table-wrap flat director${big ? ' director-scroll' : ''}`} ref={scrollRef}>
      <table className="table" aria-label="Managers" aria-rowcount={rows.length + 1}>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">Manager</th>
            <th scope="col">Reps by verdict</th>
            <th scope="col">Warning signs</th>
            <th scope="col">Plans (reps)</th>
            <th scope="col">Check-ins (all to date)</th>
            <th scope="col">
              {MEASURE[measure].label}
              {OF_VERDICTS.has(measure) ? ' of reps with a verdict' : ''}
              {first && last ? `, ${fmt.periodRange(first, last)}` : ''}
              {/* The months over the cells (each cell also names its month in full). */}
              <ol className="trend-cells trend-months" aria-hidden="true">
                {span.map((p) => (
                  <li key={p.period}>
                    <span className="trend-value">{fmt.periodShort(p.period)}</span>
                  </li>
                ))}
              </ol>
            </th>
          </tr>
        </thead>
        <tbody>
          {top > 0 ? (
            <tr aria-hidden="true">
              <td colSpan={6} style={{ height: top, padding: 0, border: 0 }} />
            </tr>
          ) : null}
          {items.map(({ index }) => {
            const row = rows[index];
            if (!row) return null;
            return (
              <ManagerRowView
                key={row.show + String(row.manager)}
                row={row}
                index={index}
                measure={measure}
                labels={labels}
                incomplete={incomplete}
                period={period}
                trendReady={trendReady}
                measureRef={big ? virtualizer.measureElement : undefined}
              />
            );
          })}
          {bottom > 0 ? (
            <tr aria-hidden="true">
              <td colSpan={6} style={{ height: bottom, padding: 0, border: 0 }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}

export function DirectorPage({ period = null }: { period?: string | null; show?: string | undefined }) {
  const fmt = useFormat();
  const base = useDiagnosisData();
  const data = useDiagnosisFor(base, period);
  const [measure, setMeasure] = useState<TrendMeasure>('inGap');
  const team = useTeamDiagnosis(data, period);
  const plans = usePlans();
  const checkIns = useStoreQuery((s) => s.table('checkIns').all(), []);
  const shownPeriod = team?.period ?? null;
  const earlier = useMemo(
    () => (shownPeriod ? Array.from({ length: TREND_PERIODS - 1 }, (_, i) => shiftPeriod(shownPeriod, i - (TREND_PERIODS - 1))) : []),
    [shownPeriod],
  );
  // The trend's earlier months are worked out in a worker while the page shows.
  const history = useTrendVerdicts(base, data, earlier, Boolean(team && plans && checkIns));
  const rows = useMemo(
    () =>
      team && data && plans && checkIns
        ? directorView({ reps: data.reps, team, history: history ?? [], plans, checkIns, today: isoDay(new Date()) })
        : null,
    [team, data, plans, checkIns, history],
  );
  const incomplete = useMemo(() => new Set(team?.incompletePeriods ?? []), [team]);
  const day = team?.period ? periodEndDate(team.period) : null;
  const header = (
    <PageHeader
      title="Managers"
      subtitle={
        team?.period
          ? `Every manager’s reps on ${day ? fmt.date(day) : fmt.period(team.period)} · diagnosis over ${fmt.periodRange(team.windowPeriods[0] ?? team.period, team.period)}`
          : 'Every manager’s reps, plans and check-ins side by side.'
      }
    />
  );
  if (!data || (team && !rows)) {
    return (
      <>
        {header}
        <p className="muted" role="status">
          Loading the managers…
        </p>
      </>
    );
  }
  if (!team || !rows || rows.length === 0) {
    return (
      <>
        {header}
        <EmptyState title="Nothing to compare yet">Import your CRM export and a roster of managers: each manager’s reps then show here.</EmptyState>
      </>
    );
  }
  return (
    <>
      {header}
      <div className="toolbar">
        <PeriodSelect
          periods={data.periods}
          {...periodChoices(data)}
          value={team.period}
          onChange={(p) => navigate({ page: 'director', period: p })}
        />
        <div className="field">
          <label htmlFor="director-trend">Trend of</label>
          <select id="director-trend" className="input" value={measure} onChange={(e) => setMeasure(e.target.value as TrendMeasure)}>
            {TREND_MEASURES.map((m) => (
              <option key={m} value={m}>
                {MEASURE[m].label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ManagerTable rows={rows} period={period} incomplete={incomplete} trendReady={history !== null} measure={measure} />
      <p className="muted small legend">
        Each number opens the reps behind it; verdicts with no rep are left out. Verdicts and warning signs are for {fmt.period(team.period ?? '')}{' '}
        over the trailing window; a rep is counted under the manager they had on its last day. Plans: each rep’s current plan (draft or ready; held or
        signed; escalated when closed so), and reps whose plan has a check-in past its date. Check-ins: every check-in on record to date, held, due
        from today, or overdue. Trend, per month: {MEASURE[measure].words}
        {OF_VERDICTS.has(measure) ? '' : ', each plan as its history says it stood that day'}
        {incomplete.size > 0 ? '; * marks a month whose data looks incomplete' : ''}.
      </p>
    </>
  );
}
