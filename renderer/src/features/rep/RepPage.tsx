import { ArrowLeft, ClipboardList, Pencil } from 'lucide-react';
import { useMemo } from 'react';
import type { RepDiagnosis, TeamDiagnosis } from '@shared/domain/diagnosis';
import { findExpectation } from '@shared/domain/diagnosis';
import type { Rep } from '@shared/schemas';
import { hrefFor, navigate } from '@renderer/state/router';
import { useAppStore } from '@renderer/state/store';
import { Button } from '@renderer/ui/Button';
import { EmptyState } from '@renderer/ui/EmptyState';
import { useFormat } from '@renderer/ui/format';
import { PageHeader } from '@renderer/ui/PageHeader';
import { PeriodSelect } from '@renderer/ui/PeriodSelect';
import { periodChoices, useDiagnosisData, useDiagnosisFor, useRepHistory, useTeamDiagnosis, type DiagnosisData } from '../diagnosis';
import { AssignedPractice } from '../roleplay';
import { RepTargets } from './RepTargets';
import { SelfAssessmentCard } from './SelfAssessment';
import { RepTimeline } from './Timeline';
import { Trends } from './Trends';
import { VerdictCard } from './VerdictCard';
import { WarningSigns } from './WarningSigns';
import { WinsLog } from './WinsLog';
import './followup.css';

function RepNotFound() {
  return (
    <>
      <PageHeader title="Rep not found" />
      <EmptyState
        title="This rep is not in your team"
        actions={
          <a className="btn" href={hrefFor({ page: 'team' })}>
            Back to the team
          </a>
        }
      >
        They may have been removed.
      </EmptyState>
    </>
  );
}

/** The rep's name, role and start date, with Edit details and Prepare a conversation (for the period shown). */
function RepHeader({ rep, shownPeriod }: { rep: Rep; shownPeriod: string | null }) {
  const fmt = useFormat();
  const openRepForm = useAppStore((s) => s.openRepForm);
  return (
    <PageHeader
      title={rep.name}
      subtitle={`${rep.role}${rep.startDate ? ` · started ${fmt.date(rep.startDate)}` : ''}`}
      actions={
        <>
          <Button icon={<Pencil size={16} />} onClick={() => openRepForm({ id: rep.id })}>
            Edit details
          </Button>
          <a
            className="btn btn-primary"
            href={hrefFor(shownPeriod ? { page: 'plans', repId: rep.id, period: shownPeriod } : { page: 'plans', repId: rep.id })}
          >
            <ClipboardList size={16} aria-hidden="true" /> Prepare a conversation
          </a>
        </>
      }
    />
  );
}

function NoMetrics({ name }: { name: string }) {
  return (
    <EmptyState
      title="No metrics for this rep yet"
      actions={
        <a className="btn" href={hrefFor({ page: 'import' })}>
          Import metrics
        </a>
      }
    >
      Import a CRM export or a metrics sheet that includes {name} to see a diagnosis.
    </EmptyState>
  );
}

type DiagnosisProps = { rep: Rep; d: RepDiagnosis; data: DiagnosisData; team: TeamDiagnosis | null };

/** The period switcher, the verdict, warning signs, trends and the rep's own targets. */
function RepDiagnosisView({ rep, d, data, team }: DiagnosisProps) {
  const fmt = useFormat();
  const history = useRepHistory(data, rep.id);
  const shownPeriod = team?.period ?? null;
  return (
    <div className="stack">
      <div className="toolbar">
        <PeriodSelect
          periods={data.periods}
          {...periodChoices(data)}
          value={shownPeriod}
          onChange={(p) => navigate({ page: 'rep', repId: rep.id, period: p })}
        />
        <p className="muted small">Judged over {fmt.periodRange(team?.windowPeriods[0] ?? shownPeriod ?? '', shownPeriod ?? '')}.</p>
      </div>
      <VerdictCard d={d} threshold={data.settings.diagnosis.gapThreshold} />
      <WarningSigns d={d} />
      <Trends points={history?.points ?? []} incomplete={new Set(team?.incompletePeriods ?? [])} peers={d.window.peers} />
      <RepTargets key={rep.updatedAt} rep={rep} expectation={findExpectation(data.input.expectations, rep.role)} />
    </div>
  );
}

export function RepPage({ repId, period = null }: { repId: string; period?: string | null }) {
  const data = useDiagnosisFor(useDiagnosisData(), period);
  const team = useTeamDiagnosis(data, period);
  const rep = data?.reps.find((r) => r.id === repId) ?? null;
  const d = useMemo(() => team?.reps.find((r) => r.repId === repId) ?? null, [team, repId]);
  const shownPeriod = team?.period ?? null;

  if (data === undefined) {
    return (
      <p className="muted" role="status">
        Loading this rep…
      </p>
    );
  }
  if (!rep) return <RepNotFound />;
  return (
    <>
      <a className="back-link" href={hrefFor(shownPeriod ? { page: 'team', period: shownPeriod } : { page: 'team' })}>
        <ArrowLeft size={16} aria-hidden="true" /> Team
      </a>
      <RepHeader rep={rep} shownPeriod={shownPeriod} />
      {d ? <RepDiagnosisView rep={rep} d={d} data={data} team={team} /> : <NoMetrics name={rep.name} />}
      <AssignedPractice repId={rep.id} repName={rep.name} />
      <WinsLog repId={rep.id} repName={rep.name} />
      <SelfAssessmentCard repId={rep.id} repName={rep.name} />
      <RepTimeline repId={rep.id} repName={rep.name} />
    </>
  );
}
