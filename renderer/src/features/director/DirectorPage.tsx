// The director's view: every manager side by side. Each number is a link to the Team page
// showing exactly the reps behind it (the manager, and a verdict or an `only` filter, in the
// address). Counts come from one use case (shared/app/director.ts).
import { useMemo, useState } from 'react';
import { directorView, TREND_MEASURES, type TrendMeasure } from '@shared/app/director';
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
import { ManagerTable } from './ManagerTable';
import { MEASURE, OF_VERDICTS } from './ManagerRowView';

/** How many periods the trend covers, ending with the period shown. */
export const TREND_PERIODS = 4;

/** Every manager's row for the period, the trend's earlier months worked out in a worker while the page shows. */
function useManagerRows(period: string | null) {
  const base = useDiagnosisData();
  const data = useDiagnosisFor(base, period);
  const team = useTeamDiagnosis(data, period);
  const plans = usePlans();
  const checkIns = useStoreQuery((s) => s.table('checkIns').all(), []);
  const shownPeriod = team?.period ?? null;
  const earlier = useMemo(
    () => (shownPeriod ? Array.from({ length: TREND_PERIODS - 1 }, (_, i) => shiftPeriod(shownPeriod, i - (TREND_PERIODS - 1))) : []),
    [shownPeriod],
  );
  const history = useTrendVerdicts(base, data, earlier, Boolean(team && plans && checkIns));
  const rows = useMemo(
    () =>
      team && data && plans && checkIns
        ? directorView({ reps: data.reps, team, history: history ?? [], plans, checkIns, today: isoDay(new Date()) })
        : null,
    [team, data, plans, checkIns, history],
  );
  const incomplete = useMemo(() => new Set(team?.incompletePeriods ?? []), [team]);
  return { data, team, rows, incomplete, trendReady: history !== null };
}

type ManagerRows = ReturnType<typeof useManagerRows>;

function DirectorHeader({ team }: { team: ManagerRows['team'] }) {
  const fmt = useFormat();
  const day = team?.period ? periodEndDate(team.period) : null;
  return (
    <PageHeader
      title="Managers"
      subtitle={
        team?.period
          ? `Every manager’s reps on ${day ? fmt.date(day) : fmt.period(team.period)} · diagnosis over ${fmt.periodRange(team.windowPeriods[0] ?? team.period, team.period)}`
          : 'Every manager’s reps, plans and check-ins side by side.'
      }
    />
  );
}

function TrendChoice({ measure, onChange }: { measure: TrendMeasure; onChange: (m: TrendMeasure) => void }) {
  return (
    <div className="field">
      <label htmlFor="director-trend">Trend of</label>
      <select id="director-trend" className="input" value={measure} onChange={(e) => onChange(e.target.value as TrendMeasure)}>
        {TREND_MEASURES.map((m) => (
          <option key={m} value={m}>
            {MEASURE[m].label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** What every number of the table counts, and over which period. */
function Legend({ period, measure, incomplete }: { period: string; measure: TrendMeasure; incomplete: ReadonlySet<string> }) {
  const fmt = useFormat();
  return (
    <p className="muted small legend">
      Each number opens the reps behind it; verdicts with no rep are left out. Verdicts and warning signs are for {fmt.period(period)} over the
      trailing window; a rep is counted under the manager they had on its last day. Plans: each rep’s current plan (draft or ready; held or signed;
      escalated when closed so), and reps whose plan has a check-in past its date. Check-ins: every check-in on record to date, held, due from today,
      or overdue. Trend, per month: {MEASURE[measure].words}
      {OF_VERDICTS.has(measure) ? '' : ', each plan as its history says it stood that day'}
      {incomplete.size > 0 ? '; * marks a month whose data looks incomplete' : ''}.
    </p>
  );
}

export function DirectorPage({ period = null }: { period?: string | null; show?: string | undefined }) {
  const { data, team, rows, incomplete, trendReady } = useManagerRows(period);
  const [measure, setMeasure] = useState<TrendMeasure>('inGap');
  const header = <DirectorHeader team={team} />;
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
        <TrendChoice measure={measure} onChange={setMeasure} />
      </div>
      <ManagerTable rows={rows} period={period} incomplete={incomplete} trendReady={trendReady} measure={measure} />
      <Legend period={team.period ?? ''} measure={measure} incomplete={incomplete} />
    </>
  );
}
