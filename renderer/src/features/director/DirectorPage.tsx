// The director's view: every manager side by side. Each number is a link to the Team page
// showing exactly the reps behind it (the manager, and a verdict or an `only` filter, in the
// address). Counts come from one use case (shared/app/director.ts).
import { useMemo, useState } from 'react';
import { directorView, onlyValue, TREND_MEASURES, type ManagerRow, type OnlyFilter, type TrendMeasure } from '../../../../shared/app/director';
import { periodEndDate, shiftPeriod } from '../../../../shared/domain/diagnosis';
import { isoDay } from '../../../../shared/domain/plan';
import type { Verdict } from '../../../../shared/schemas';
import { useStoreQuery } from '../../db/hooks';
import { hrefFor, navigate } from '../../state/router';
import { EmptyState } from '../../ui/EmptyState';
import { useFormat } from '../../ui/format';
import { PageHeader } from '../../ui/PageHeader';
import { PeriodSelect } from '../../ui/PeriodSelect';
import { periodChoices, useDiagnosisData, useDiagnosisFor, usePlans, useTeamDiagnosis } from '../diagnosis';
import { useTrendVerdicts } from './useTrend';
import { VERDICT_LABEL } from '../team';

/** How many periods the trend covers, ending with the period shown. */
export const TREND_PERIODS = 4;

const VERDICTS: Verdict[] = ['effort', 'skill', 'mixed', 'on-track', 'insufficient-data'];

type LinkTo = { verdict?: Verdict; only?: OnlyFilter };

function Count({ row, n, label, to, period }: { row: ManagerRow; n: number; label: string; to: LinkTo; period: string | null }) {
  const text = `${n} ${label}`;
  if (row.manager === null || n === 0) return <span className={n === 0 ? 'count muted' : 'count'}>{text}</span>;
  return (
    <a className="count" href={hrefFor({ page: 'team', show: row.show, ...(period ? { period } : {}), ...to })}>
      {text}
    </a>
  );
}

/** What each trend measure counts, for the column heading and the cell titles. */
const MEASURE: Record<TrendMeasure, { label: string; only: OnlyFilter; words: string }> = {
  inGap: { label: 'Reps in gap', only: 'in-gap', words: 'reps in gap (effort, skill or both) of the reps with a verdict' },
  withWarnings: { label: 'Reps with warning signs', only: 'warnings', words: 'reps with warning signs of the reps with a verdict' },
  signed: { label: 'Signed plans', only: 'plan-signed', words: 'reps with a held or signed plan at the month’s end' },
  overdueCheckIn: {
    label: 'Plans with a check-in overdue',
    only: 'plan-overdue',
    words: 'reps whose open plan had a check-in overdue at the month’s end',
  },
  escalated: { label: 'Escalated plans', only: 'plan-escalated', words: 'reps whose plan was escalated by the month’s end' },
  checkInsHeld: { label: 'Check-ins held', only: 'checkins-done', words: 'reps with a check-in held in the month' },
  checkInsOverdue: { label: 'Check-ins overdue', only: 'checkins-overdue', words: 'reps with a check-in overdue at the month’s end' },
};

const OF_VERDICTS: ReadonlySet<TrendMeasure> = new Set(['inGap', 'withWarnings']);

function Trend({
  row,
  measure,
  labels,
  incomplete,
}: {
  row: ManagerRow;
  measure: TrendMeasure;
  labels: ReadonlyMap<string, string>;
  incomplete: ReadonlySet<string>;
}) {
  const m = MEASURE[measure];
  return (
    <ol className="trend-cells" aria-label={`${m.label} per month, ${row.manager ?? 'no manager'}`}>
      {row.trend.map((p) => {
        const n = p[measure];
        const star = incomplete.has(p.period) ? '*' : '';
        const text = OF_VERDICTS.has(measure) ? `${n}/${p.reps}${star}` : `${n}${star}`;
        const title = `${labels.get(p.period) ?? p.period}: ${n} ${m.words}${OF_VERDICTS.has(measure) ? ` (${p.reps})` : ''}${star ? ' (incomplete data)' : ''}`;
        const only = OF_VERDICTS.has(measure) ? m.only : onlyValue(m.only, p.period);
        return (
          <li key={p.period} className={star ? 'incomplete' : undefined} title={title}>
            {row.manager === null || n === 0 ? (
              <span className={n === 0 ? 'trend-value muted' : 'trend-value'}>{text}</span>
            ) : (
              <a className="trend-value" href={hrefFor({ page: 'team', show: row.show, period: p.period, only })} aria-label={title}>
                {text}
              </a>
            )}
          </li>
        );
      })}
    </ol>
  );
}

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
  return (
    <div className="table-wrap flat director">
      <table className="table">
        <thead>
          <tr>
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
          {rows.map((row) => (
            <tr key={row.show + String(row.manager)}>
              <th scope="row">
                {row.manager === null ? (
                  <span>No manager on record</span>
                ) : (
                  <a href={hrefFor({ page: 'team', show: row.show, ...(period ? { period } : {}) })}>{row.manager}</a>
                )}
                <div className="muted small">{row.reps} reps</div>
              </th>
              <td>
                <div className="counts">
                  {VERDICTS.filter((v) => v === 'on-track' || row.byVerdict[v] > 0).map((v) => (
                    <Count key={v} row={row} n={row.byVerdict[v]} label={VERDICT_LABEL[v].toLowerCase()} to={{ verdict: v }} period={period} />
                  ))}
                </div>
              </td>
              <td>
                <Count row={row} n={row.withWarnings} label="with signs" to={{ only: 'warnings' }} period={period} />
              </td>
              <td>
                <div className="counts">
                  <Count row={row} n={row.plans.draft} label="draft" to={{ only: 'plan-draft' }} period={period} />
                  <Count row={row} n={row.plans.signed} label="signed" to={{ only: 'plan-signed' }} period={period} />
                  <Count row={row} n={row.plans.overdueCheckIn} label="check-in overdue" to={{ only: 'plan-overdue' }} period={period} />
                  <Count row={row} n={row.plans.escalated} label="escalated" to={{ only: 'plan-escalated' }} period={period} />
                </div>
              </td>
              <td>
                <div className="counts">
                  <Count row={row} n={row.checkIns.done} label="done" to={{ only: 'checkins-done' }} period={period} />
                  <Count row={row} n={row.checkIns.due} label="due" to={{ only: 'checkins-due' }} period={period} />
                  <Count row={row} n={row.checkIns.overdue} label="overdue" to={{ only: 'checkins-overdue' }} period={period} />
                </div>
              </td>
              <td>
                <Trend row={row} measure={measure} labels={labels} incomplete={incomplete} />
                {trendReady ? null : <span className="muted small">Working out the earlier months…</span>}
              </td>
            </tr>
          ))}
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
