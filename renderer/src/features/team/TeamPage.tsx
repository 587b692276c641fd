import { FileUp, Search, UserPlus, Users } from 'lucide-react';
import { useMemo, useState } from 'react';
import { inGap, type RepDiagnosis } from '@shared/domain/diagnosis';
import { formatDate } from '@shared/lib/format';
import { isoDay, planSummaryFor, STATUS_LABELS } from '@shared/domain/plan';
import type { CheckIn, Plan, ProgressStatus, Rep, Verdict } from '@shared/schemas';
import { followUpParts } from '../followup';
import { useLiveFollowUp } from './live';
import { useStoreQuery } from '@renderer/db/hooks';
import { hrefFor, navigate } from '@renderer/state/router';
import { periodEndDate } from '@shared/domain/diagnosis';
import { filterLabel, filterText, inFilter, type TeamFilter } from '@shared/domain/team';
import { useShownFilter } from './teamFilter';
import { OnlyNotice, PeerLines, ScopeSwitch, useOnly, WhoPrompt } from './TeamScope';
import { useAppStore } from '@renderer/state/store';
import { Button } from '@renderer/ui/Button';
import { EmptyState } from '@renderer/ui/EmptyState';
import { useFormat } from '@renderer/ui/format';
import { PageHeader } from '@renderer/ui/PageHeader';
import { PeriodSelect } from '@renderer/ui/PeriodSelect';
import { periodChoices, usePlans, useDiagnosisData, useDiagnosisFor, useTeamDiagnosis, useWarmRepHistories, type DiagnosisData } from '../diagnosis';
import { TargetsNotice } from './TargetsNotice';
import { SampleDataButton } from '../import';
import { RemoveRepDialog, RepsTable } from '../reps';
import { filterRows, sortRows, VERDICT_LABEL, type SortKey, type TeamRow } from './model';
import { TeamTable } from './TeamTable';

export function toTeamRow(
  d: RepDiagnosis,
  data: DiagnosisData,
  plans: readonly Plan[] = [],
  date: (day: string) => string = formatDate,
  checkIns: readonly CheckIn[] = [],
  live: ReadonlyMap<string, ProgressStatus> = new Map(),
): TeamRow {
  const today = isoDay(new Date());
  const plan = planSummaryFor(plans, d.repId, today);
  const followUp = followUpParts(plans, checkIns, d.repId, today, date, live);
  const threshold = data.settings.diagnosis.gapThreshold;
  return {
    repId: d.repId,
    name: d.name,
    role: d.role,
    period: d.period,
    attainmentLast: d.current.result.attainment,
    attainmentTrailing: d.attainment,
    vsMedianLast: d.current.result.vsTeamMedian,
    vsMedianTrailing: d.window.result.vsTeamMedian,
    lowLast: lowResult(d.current.result, threshold),
    lowTrailing: lowResult(d.window.result, threshold),
    verdict: d.verdict,
    computedVerdict: d.computed.verdict,
    overridden: d.override !== null,
    weakStage: d.weakStage,
    confidence: d.confidence,
    warnings: d.warnings.map((w) => ({ id: w.id, label: w.title, kind: w.kind === 'check-system' ? 'system' : 'performance' })),
    plan: plan
      ? {
          status: STATUS_LABELS[plan.status],
          followUp: followUp?.label ?? null,
          when: followUp ? followUp.when : plan.nextCheckIn ? `check-in ${date(plan.nextCheckIn)}` : null,
          overdue: followUp?.overdue ?? false,
        }
      : null,
    lastImport: data.lastImportByRep.get(d.repId) ?? null,
  };
}

/** In gap against the target, else against the team median: the one rule (shared inGap). */
function lowResult(r: RepDiagnosis['window']['result'], threshold: number): boolean {
  return r.attainment !== null ? inGap(r.attainment, 1, threshold) === true : r.vsTeamMedian !== null && inGap(r.vsTeamMedian, 1, threshold) === true;
}

const SUMMARY_ORDER: Verdict[] = ['effort', 'skill', 'mixed', 'on-track', 'insufficient-data'];

type TeamPageProps = { period?: string | null; show?: string | undefined; verdict?: string | undefined; only?: string | undefined };

const isVerdict = (v: string | undefined): v is Verdict => SUMMARY_ORDER.includes(v as Verdict);

export function TeamPage({ period = null, show, verdict: askedVerdict, only: askedOnly }: TeamPageProps = {}) {
  const fmt = useFormat();
  const data = useDiagnosisFor(useDiagnosisData(), period);
  const plans = usePlans();
  const checkIns = useStoreQuery((s) => s.table('checkIns').all(), []);
  const openRepForm = useAppStore((s) => s.openRepForm);
  const [removing, setRemoving] = useState<Rep | null>(null);
  const [manageOpen, setManageOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [verdict, setVerdict] = useState<Verdict | 'all'>(isVerdict(askedVerdict) ? askedVerdict : 'all');
  const [sort, setSort] = useState<{ key: SortKey; dir: 'asc' | 'desc' }>({ key: 'verdict', dir: 'asc' });
  const team = useTeamDiagnosis(data, period);
  const scope = useShownFilter(show);
  useWarmRepHistories(data);

  // Whose reps: the one rule (inFilter) on the last day of the period shown.
  const scopeDate = (team?.period ? periodEndDate(team.period) : null) ?? isoDay(new Date());
  const inScope = useMemo(() => {
    if (!team || !data) return [];
    const byId = new Map(data.reps.map((r) => [r.id, r]));
    return team.reps.filter((d) => inFilter(byId.get(d.repId) ?? {}, scope.filter, scopeDate));
  }, [team, data, scope.filter, scopeDate]);
  const only = useOnly(askedOnly, inScope, plans);
  const live = useLiveFollowUp(plans);
  const rows = useMemo(
    () => (data ? only.reps.map((d) => toTeamRow(d, data, plans, fmt.date, checkIns, live)) : []),
    [only.reps, data, plans, fmt, checkIns, live],
  );
  const shown = useMemo(() => sortRows(filterRows(rows, query, verdict), sort.key, sort.dir), [rows, query, verdict, sort]);
  const showScope = (f: TeamFilter) => navigate({ page: 'team', ...(period ? { period } : {}), show: filterText(f) });
  const counts = useMemo(() => {
    const c = new Map<Verdict, number>();
    for (const r of rows) c.set(r.verdict, (c.get(r.verdict) ?? 0) + 1);
    return c;
  }, [rows]);

  const reps = data?.reps ?? [];
  const header = (
    <PageHeader
      title="Team"
      subtitle={
        team?.period
          ? `${scope.filter.kind === 'everyone' ? '' : `${filterLabel(scope.filter)}: `}${inScope.length} ${inScope.length === 1 ? 'rep' : 'reps'}${inScope.length !== team.reps.length ? ` of ${team.reps.length}` : ''} · diagnosis over ${fmt.periodRange(team.windowPeriods[0] ?? team.period, team.period)}`
          : reps.length
            ? `${reps.length} ${reps.length === 1 ? 'rep' : 'reps'}`
            : 'Your reps, their numbers and where each one needs support.'
      }
      actions={
        <>
          <a className="btn" href={hrefFor({ page: 'import' })}>
            <FileUp size={16} aria-hidden="true" /> Import metrics
          </a>
          <Button variant="primary" icon={<UserPlus size={16} />} onClick={() => openRepForm('new')}>
            Add rep
          </Button>
        </>
      }
    />
  );

  if (data === undefined) {
    return (
      <>
        {header}
        <p className="muted" role="status">
          Loading your team…
        </p>
      </>
    );
  }

  if (reps.length === 0) {
    return (
      <>
        {header}
        <EmptyState
          icon={<Users size={24} />}
          title="No reps yet"
          actions={
            <>
              <Button variant="primary" icon={<UserPlus size={16} />} onClick={() => openRepForm('new')}>
                Add your first rep
              </Button>
              <a className="btn" href={hrefFor({ page: 'import' })}>
                <FileUp size={16} aria-hidden="true" /> Import a CRM export
              </a>
              <SampleDataButton />
            </>
          }
        >
          Add reps by hand, or import a CRM export and Candor will create them from the file.
        </EmptyState>
      </>
    );
  }

  return (
    <>
      {header}
      <WhoPrompt reps={reps} shown={scope} />
      {scope.problem ? (
        <p className="notice notice-warn notice-compact" role="alert">
          {scope.problem}
        </p>
      ) : null}
      {team ? (
        <>
          <TargetsNotice team={team} data={data} />
          <div className="summary-row" role="group" aria-label="Filter by diagnosis">
            {SUMMARY_ORDER.filter((v) => counts.get(v)).map((v) => (
              <button
                key={v}
                type="button"
                className={`summary-card verdict-${v}${verdict === v ? ' active' : ''}`}
                aria-pressed={verdict === v}
                onClick={() => setVerdict(verdict === v ? 'all' : v)}
              >
                <span className="summary-count">{counts.get(v)}</span>
                <span className="summary-label">{VERDICT_LABEL[v]}</span>
              </button>
            ))}
          </div>
          <div className="toolbar">
            <ScopeSwitch reps={reps} date={scopeDate} shown={scope} onChange={showScope} />
            <div className="field">
              <label htmlFor="team-search">Search</label>
              <div className="input-icon">
                <Search size={16} aria-hidden="true" />
                <input
                  id="team-search"
                  className="input"
                  type="search"
                  placeholder="Name or role"
                  value={query}
                  onChange={(e) => setQuery(e.target.value)}
                />
              </div>
            </div>
            <div className="field">
              <label htmlFor="team-verdict">Diagnosis</label>
              <select id="team-verdict" className="input" value={verdict} onChange={(e) => setVerdict(e.target.value as Verdict | 'all')}>
                <option value="all">All reps</option>
                {SUMMARY_ORDER.map((v) => (
                  <option key={v} value={v}>
                    {VERDICT_LABEL[v]}
                  </option>
                ))}
              </select>
            </div>
            <PeriodSelect
              periods={data.periods}
              {...periodChoices(data)}
              value={team.period}
              onChange={(p) => navigate({ page: 'team', period: p, ...(show ? { show } : {}) })}
            />
          </div>
          <PeerLines reps={inScope} />
          <OnlyNotice text={only.text} period={period} show={show} />
          {shown.length ? (
            <TeamTable
              rows={shown}
              periodLabel={fmt.period(team.period ?? '')}
              windowLabel={team.window > 1 && team.period ? fmt.periodRange(team.windowPeriods[0] ?? team.period, team.period) : ''}
              sort={sort}
              onSort={(key) => setSort((s) => ({ key, dir: s.key === key && s.dir === 'asc' ? 'desc' : 'asc' }))}
            />
          ) : (
            <EmptyState title="No rep matches">Clear the search or the diagnosis filter to see everyone.</EmptyState>
          )}
          <p className="muted small legend">
            Attainment is won revenue against the quota in your data or the target you set (opportunities against target for roles without a quota);
            where neither exists, the result is shown against the team median. The diagnosis looks at the trailing window; open a rep to see the
            numbers behind it.
          </p>
        </>
      ) : (
        <div className="notice notice-info" style={{ marginBottom: 16 }}>
          No metrics yet. <a href={hrefFor({ page: 'import' })}>Import a CRM export or a metrics sheet</a> to see who has an effort gap, who has a
          skill gap, and why.
        </div>
      )}
      <details className="manage" open={!team || manageOpen} onToggle={(e) => setManageOpen(e.currentTarget.open)}>
        <summary>Manage reps ({reps.length})</summary>
        {!team || manageOpen ? <RepsTable reps={[...reps].sort((a, b) => a.name.localeCompare(b.name))} onRemove={setRemoving} /> : null}
      </details>
      <RemoveRepDialog rep={removing} onClose={() => setRemoving(null)} />
    </>
  );
}
