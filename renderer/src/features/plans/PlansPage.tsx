import { useLiveQuery } from 'dexie-react-hooks';
import { ClipboardList, Plus } from 'lucide-react';
import { useMemo, useState } from 'react';
import { filterLabel, filterText, inFilter } from '@shared/domain/team';
import { ScopeSwitch, useShownFilter } from '../team';
import { isoDay, nextCheckIn, STATUS_LABELS, OUTCOME_LABELS } from '@shared/domain/plan';
import type { CheckIn, Plan } from '@shared/schemas';
import { checkInSchedule, daysOverdue, followsUp, nextOpenCheckIn } from '@shared/domain/checkin';
import { STATE_TEXT, ThisWeek } from '../followup';
import { createPlan, listPlans } from '@renderer/db/repositories/plans';
import { useDb } from '@renderer/state/db';
import { hrefFor, navigate } from '@renderer/state/router';
import { useAppStore } from '@renderer/state/store';
import { Button } from '@renderer/ui/Button';
import { EmptyState } from '@renderer/ui/EmptyState';
import { Field } from '@renderer/ui/Field';
import { PageHeader } from '@renderer/ui/PageHeader';
import { useDiagnosisData, useTeamDiagnosis } from '../diagnosis';
import { useFormat } from '@renderer/ui/format';
import { startPlanFor, useTextFormat } from '../planner';
import { useStoreQuery } from '@renderer/db/hooks';

/**
 * The period a new plan starts on: the one asked for (the Rep page's) when the data has it, else
 * the Team page's default, the last period before an incomplete tail.
 */
export function startPeriod(periods: readonly string[], asked: string | null, teamDefault: string | null): string {
  if (asked && periods.includes(asked)) return asked;
  return teamDefault ?? periods[periods.length - 1] ?? '';
}

function NewPlan({ repId, period: askedPeriod, onCancel }: { repId: string | null; period: string | null; onCancel: () => void }) {
  const db = useDb();
  const notify = useAppStore((s) => s.notify);
  const data = useDiagnosisData();
  const format = useTextFormat();
  const fmt = useFormat();
  const [rep, setRep] = useState(repId ?? '');
  const [period, setPeriod] = useState('');
  const [busy, setBusy] = useState(false);
  const defaults = useTeamDiagnosis(data, null);
  const chosenPeriod = period || startPeriod(data?.periods ?? [], askedPeriod, defaults?.period ?? null);
  const team = useTeamDiagnosis(data, chosenPeriod || null);
  if (!data) return <p className="muted">Loading…</p>;
  const reps = [...data.reps].sort((a, b) => a.name.localeCompare(b.name));
  const noData = data.periods.length === 0;
  const incomplete = new Set(defaults?.incompletePeriods ?? []);

  const start = async () => {
    setBusy(true);
    try {
      const d = team?.period === chosenPeriod ? team.reps.find((r) => r.repId === rep) : undefined;
      if (!d) throw new Error('There are no numbers for this rep in that period.');
      const started = startPlanFor(d, data.periodKind, data.settings.managerName, data.settings.diagnosis.gapThreshold, format);
      if (!started.ok) throw new Error(started.message);
      const plan = await createPlan(db, { repId: rep, snapshot: started.snapshot, content: started.content });
      navigate({ page: 'plan', planId: plan.id });
    } catch (e) {
      notify('error', e instanceof Error ? e.message : 'Could not start the plan.');
      setBusy(false);
    }
  };
  const name = reps.find((r) => r.id === rep)?.name;
  return (
    <section className="card" aria-labelledby="new-plan">
      <h2 id="new-plan" className="card-title">
        {name ? `Prepare a conversation with ${name}` : 'Prepare a conversation'}
      </h2>
      {noData ? (
        <p className="muted">Import some numbers first: a plan starts from the rep’s facts.</p>
      ) : (
        <div className="form">
          <div className="form-row">
            <Field label="Rep">
              <select className="input" value={rep} onChange={(e) => setRep(e.target.value)}>
                <option value="">Choose a rep</option>
                {reps.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name}
                  </option>
                ))}
              </select>
            </Field>
            <Field
              label="Period"
              hint={`The facts are taken over the trailing window ending here${team?.period === chosenPeriod ? ` (${fmt.periodRange(team.windowPeriods[0] ?? chosenPeriod, chosenPeriod)})` : ''}, and kept with the plan.`}
            >
              <select className="input" value={chosenPeriod} onChange={(e) => setPeriod(e.target.value)}>
                {[...data.periods].reverse().map((p) => (
                  <option key={p} value={p}>
                    {fmt.period(p)}
                    {incomplete.has(p) ? ' (incomplete data)' : ''}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          <div className="form-actions">
            <Button variant="ghost" onClick={onCancel}>
              Cancel
            </Button>
            <Button variant="primary" disabled={!rep || busy} onClick={() => void start()}>
              Start the plan
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}

const dayOrDash = (day: string | null, date: (d: string) => string) => (day ? date(day) : '–');

/** A plan that follows up shows its first overdue check-in, else its next one, as a link; a draft its planned next day. */
function NextCheckIn({ plan, checkIns, today }: { plan: Plan; checkIns: readonly CheckIn[]; today: string }) {
  const fmt = useFormat();
  if (!followsUp(plan)) return <>{dayOrDash(plan.status === 'closed' ? null : nextCheckIn(plan.content, today), fmt.date)}</>;
  const next = nextOpenCheckIn(checkInSchedule(plan, checkIns, today));
  if (!next) return <span className="muted">All recorded</span>;
  return (
    <>
      <a href={hrefFor({ page: 'checkin', planId: plan.id, slot: next.slot })}>{fmt.date(next.due)}</a>{' '}
      <span className={`badge checkin-state checkin-${next.state}`}>{STATE_TEXT[next.state]}</span>
      {next.state === 'overdue' ? (
        <span className="muted small">
          {' '}
          by {daysOverdue(next.due, today)} {daysOverdue(next.due, today) === 1 ? 'day' : 'days'}
        </span>
      ) : null}
    </>
  );
}

function PlanRows({ plans, today, checkIns }: { plans: Plan[]; today: string; checkIns: readonly CheckIn[] }) {
  const fmt = useFormat();
  return (
    <div className="table-wrap flat">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Status</th>
            <th scope="col">Facts of</th>
            <th scope="col">Next check-in</th>
            <th scope="col">Last change</th>
            <th scope="col">
              <span className="visually-hidden">Open</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {plans.map((p) => (
            <tr key={p.id}>
              <td>
                <span className={`status status-${p.status}`}>{STATUS_LABELS[p.status]}</span>
                {p.outcome ? <span className="muted small"> {OUTCOME_LABELS[p.outcome].toLowerCase()}</span> : null}
                {p.revision > 1 ? <span className="muted small"> · revision {p.revision}</span> : null}
              </td>
              <td>{p.snapshot.period ? fmt.period(p.snapshot.period) : '–'}</td>
              <td>
                <NextCheckIn plan={p} checkIns={checkIns} today={today} />
              </td>
              <td>{fmt.dateTime(p.updatedAt)}</td>
              <td className="row-actions">
                <a
                  className="btn btn-secondary btn-sm"
                  href={hrefFor({ page: 'plan', planId: p.id })}
                  aria-label={`${p.status === 'draft' ? 'Resume' : 'Open'} the plan for ${p.snapshot.repName}`}
                >
                  {p.status === 'draft' ? 'Resume' : 'Open'}
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function PlansPage({ repId, period = null, show }: { repId: string | null; period?: string | null; show?: string | undefined }) {
  const db = useDb();
  const plans = useLiveQuery(() => listPlans(db), [db]);
  const reps = useStoreQuery((s) => s.table('reps').all(), []);
  const checkIns = useStoreQuery((s) => s.table('checkIns').all(), []);
  const [manual, setManual] = useState(false);
  const creating = manual || repId !== null;
  const cancel = () => {
    setManual(false);
    if (repId !== null) navigate({ page: 'plans' });
  };
  const today = isoDay(new Date());
  // "My team" by default, as on the Team page (one rule, inFilter, on today's placements);
  // everyone means every plan, a former rep's included.
  const scope = useShownFilter(show);
  const groups = useMemo(() => {
    const byRep = new Map<string, Plan[]>();
    for (const p of plans ?? []) byRep.set(p.repId, [...(byRep.get(p.repId) ?? []), p]);
    const nameOf = (id: string, fallback: string) => reps?.find((r) => r.id === id)?.name ?? fallback;
    return [...byRep.entries()]
      .map(([id, list]) => ({ repId: id, name: nameOf(id, list[0]?.snapshot.repName ?? ''), plans: list }))
      .filter((g) =>
        repId !== null
          ? g.repId === repId
          : scope.filter.kind === 'everyone' || inFilter(reps?.find((r) => r.id === g.repId) ?? {}, scope.filter, today),
      )
      .sort((a, b) => a.name.localeCompare(b.name));
  }, [plans, reps, repId, scope.filter, today]);
  if (!plans || !reps || !checkIns || scope.loading) return null;
  return (
    <>
      <PageHeader
        title="Plans"
        subtitle="Prepare each conversation, and keep the plans that come out of it. Drafts save as you type."
        actions={
          creating ? null : (
            <Button variant="primary" icon={<Plus size={16} />} onClick={() => setManual(true)}>
              New plan
            </Button>
          )
        }
      />
      {repId === null ? (
        <div className="toolbar">
          <ScopeSwitch reps={reps} date={today} shown={scope} onChange={(f) => navigate({ page: 'plans', show: filterText(f) })} />
        </div>
      ) : null}
      <div className="plan-groups">
        {plans.some(followsUp) ? <ThisWeek plans={plans} checkIns={checkIns} names={new Map(reps.map((r) => [r.id, r.name]))} /> : null}
        {creating ? <NewPlan key={`${repId ?? ''}|${period ?? ''}`} repId={repId} period={period} onCancel={cancel} /> : null}
        {groups.map((g) => (
          <section key={g.repId} className="card" aria-label={`Plans for ${g.name}`}>
            <h2 className="card-title">{g.name}</h2>
            <PlanRows plans={g.plans} today={today} checkIns={checkIns} />
          </section>
        ))}
        {groups.length === 0 && !creating ? (
          <EmptyState icon={<ClipboardList size={24} />} title="No plans yet">
            <p>
              {scope.filter.kind === 'everyone' ? '' : `None for ${filterLabel(scope.filter)}. `}Open a rep from the Team page and choose Prepare a
              conversation, or start a new plan here.
            </p>
          </EmptyState>
        ) : null}
        {repId !== null && plans.some((p) => p.repId !== repId) ? (
          <p>
            <a href={hrefFor({ page: 'plans' })}>Show every rep’s plans</a>
          </p>
        ) : null}
      </div>
    </>
  );
}
