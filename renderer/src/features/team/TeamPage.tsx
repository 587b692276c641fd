import { FileUp, Search, UserPlus, Users } from 'lucide-react';
import { useState } from 'react';
import { filterLabel, filterText, type TeamFilter } from '@shared/domain/team';
import type { Rep, Verdict } from '@shared/schemas';
import { hrefFor, navigate } from '@renderer/state/router';
import { useAppStore } from '@renderer/state/store';
import { Button } from '@renderer/ui/Button';
import { EmptyState } from '@renderer/ui/EmptyState';
import { useFormat } from '@renderer/ui/format';
import { PageHeader } from '@renderer/ui/PageHeader';
import { PeriodSelect } from '@renderer/ui/PeriodSelect';
import { periodChoices } from '../diagnosis';
import { SampleDataButton } from '../import';
import { RemoveRepDialog, RepsTable } from '../reps';
import { VERDICT_LABEL } from './model';
import { TargetsNotice } from './TargetsNotice';
import { OnlyNotice, PeerLines, ScopeSwitch, WhoPrompt } from './TeamScope';
import { TeamTable } from './TeamTable';
import { SUMMARY_ORDER, useTeamView, type TeamAsk, type TeamView } from './useTeamView';

/** "10 reps · diagnosis over Aug to Oct 2026", with whose reps when not everyone's. */
function teamSubtitle(view: TeamView, fmt: ReturnType<typeof useFormat>): string {
  const { team, scope, inScope } = view;
  const reps = view.data?.reps ?? [];
  if (team?.period) {
    const whose = scope.filter.kind === 'everyone' ? '' : `${filterLabel(scope.filter)}: `;
    const of = inScope.length !== team.reps.length ? ` of ${team.reps.length}` : '';
    return `${whose}${inScope.length} ${inScope.length === 1 ? 'rep' : 'reps'}${of} · diagnosis over ${fmt.periodRange(team.windowPeriods[0] ?? team.period, team.period)}`;
  }
  return reps.length ? `${reps.length} ${reps.length === 1 ? 'rep' : 'reps'}` : 'Your reps, their numbers and where each one needs support.';
}

function TeamHeader({ subtitle }: { subtitle: string }) {
  const openRepForm = useAppStore((s) => s.openRepForm);
  return (
    <PageHeader
      title="Team"
      subtitle={subtitle}
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
}

function NoReps() {
  const openRepForm = useAppStore((s) => s.openRepForm);
  return (
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
  );
}

/** One card per diagnosis present, with its count; a click filters the table by it (again: everyone). */
function SummaryRow({
  counts,
  verdict,
  onPick,
}: {
  counts: ReadonlyMap<Verdict, number>;
  verdict: Verdict | 'all';
  onPick: (v: Verdict | 'all') => void;
}) {
  return (
    <div className="summary-row" role="group" aria-label="Filter by diagnosis">
      {SUMMARY_ORDER.filter((v) => counts.get(v)).map((v) => (
        <button
          key={v}
          type="button"
          className={`summary-card verdict-${v}${verdict === v ? ' active' : ''}`}
          aria-pressed={verdict === v}
          onClick={() => onPick(verdict === v ? 'all' : v)}
        >
          <span className="summary-count">{counts.get(v)}</span>
          <span className="summary-label">{VERDICT_LABEL[v]}</span>
        </button>
      ))}
    </div>
  );
}

/** Whose reps, search, diagnosis and period. */
function TeamToolbar({ view, reps, period, show }: { view: TeamView; reps: readonly Rep[]; period: string | null; show: string | undefined }) {
  const showScope = (f: TeamFilter) => navigate({ page: 'team', ...(period ? { period } : {}), show: filterText(f) });
  return (
    <div className="toolbar">
      <ScopeSwitch reps={reps} date={view.scopeDate} shown={view.scope} onChange={showScope} />
      <div className="field">
        <label htmlFor="team-search">Search</label>
        <div className="input-icon">
          <Search size={16} aria-hidden="true" />
          <input
            id="team-search"
            className="input"
            type="search"
            placeholder="Name or role"
            value={view.query}
            onChange={(e) => view.setQuery(e.target.value)}
          />
        </div>
      </div>
      <div className="field">
        <label htmlFor="team-verdict">Diagnosis</label>
        <select id="team-verdict" className="input" value={view.verdict} onChange={(e) => view.setVerdict(e.target.value as Verdict | 'all')}>
          <option value="all">All reps</option>
          {SUMMARY_ORDER.map((v) => (
            <option key={v} value={v}>
              {VERDICT_LABEL[v]}
            </option>
          ))}
        </select>
      </div>
      {view.data ? (
        <PeriodSelect
          periods={view.data.periods}
          {...periodChoices(view.data)}
          value={view.team?.period ?? null}
          onChange={(p) => navigate({ page: 'team', period: p, ...(show ? { show } : {}) })}
        />
      ) : null}
    </div>
  );
}

/** The team diagnosed: targets notice, diagnosis cards, toolbar, peer lines and the table with its legend. */
function TeamDiagnosed({ view, reps, period, show }: { view: TeamView; reps: readonly Rep[]; period: string | null; show: string | undefined }) {
  const fmt = useFormat();
  const { team, data, shown } = view;
  if (!team || !data) return null;
  return (
    <>
      <TargetsNotice team={team} data={data} />
      <SummaryRow counts={view.counts} verdict={view.verdict} onPick={view.setVerdict} />
      <TeamToolbar view={view} reps={reps} period={period} show={show} />
      <PeerLines reps={view.inScope} />
      <OnlyNotice text={view.only.text} period={period} show={show} />
      {shown.length ? (
        <TeamTable
          rows={shown}
          periodLabel={fmt.period(team.period ?? '')}
          windowLabel={team.window > 1 && team.period ? fmt.periodRange(team.windowPeriods[0] ?? team.period, team.period) : ''}
          sort={view.sort}
          onSort={view.sortBy}
        />
      ) : (
        <EmptyState title="No rep matches">Clear the search or the diagnosis filter to see everyone.</EmptyState>
      )}
      <p className="muted small legend">
        Attainment is won revenue against the quota in your data or the target you set (opportunities against target for roles without a quota); where
        neither exists, the result is shown against the median of the rep’s peers (Settings → peer group). The diagnosis looks at the trailing window;
        open a rep to see the numbers behind it.
      </p>
    </>
  );
}

function NoMetricsYet() {
  return (
    <div className="notice notice-info" style={{ marginBottom: 16 }}>
      No metrics yet. <a href={hrefFor({ page: 'import' })}>Import a CRM export or a metrics sheet</a> to see who has an effort gap, who has a skill
      gap, and why.
    </div>
  );
}

/** Manage reps, folded once there are figures (open while there are none); the reps table is built only when open. */
function ManageReps({ reps, diagnosed }: { reps: readonly Rep[]; diagnosed: boolean }) {
  const [removing, setRemoving] = useState<Rep | null>(null);
  const [manageOpen, setManageOpen] = useState(false);
  const open = !diagnosed || manageOpen;
  return (
    <>
      <details className="manage" open={open} onToggle={(e) => setManageOpen(e.currentTarget.open)}>
        <summary>Manage reps ({reps.length})</summary>
        {open ? <RepsTable reps={[...reps].sort((a, b) => a.name.localeCompare(b.name))} onRemove={setRemoving} /> : null}
      </details>
      <RemoveRepDialog rep={removing} onClose={() => setRemoving(null)} />
    </>
  );
}

type TeamPageProps = { period?: string | null; show?: string | undefined; verdict?: string | undefined; only?: string | undefined };

export function TeamPage({ period = null, show, verdict, only }: TeamPageProps = {}) {
  const fmt = useFormat();
  const ask: TeamAsk = { period, show, verdict, only };
  const view = useTeamView(ask);
  const reps = view.data?.reps ?? [];
  const header = <TeamHeader subtitle={teamSubtitle(view, fmt)} />;
  if (view.data === undefined) {
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
        <NoReps />
      </>
    );
  }
  return (
    <>
      {header}
      <WhoPrompt reps={reps} shown={view.scope} />
      {view.scope.problem ? (
        <p className="notice notice-warn notice-compact" role="alert">
          {view.scope.problem}
        </p>
      ) : null}
      {view.team ? <TeamDiagnosed view={view} reps={reps} period={period} show={show} /> : <NoMetricsYet />}
      <ManageReps reps={reps} diagnosed={view.team !== null} />
    </>
  );
}
