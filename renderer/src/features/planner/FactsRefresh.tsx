import { useMemo } from 'react';
import {
  canUndoRefresh,
  describeChanges,
  describeOutcome,
  isReadOnly,
  periodDirection,
  snapshotFromDiagnosis,
  snapshotPeriodLabel,
} from '@shared/domain/plan';
import type { FactsSnapshot, Plan, PlanContent } from '@shared/schemas';
import { refreshFacts, undoFactsRefresh } from '@renderer/db/repositories/plans';
import { useDb } from '@renderer/state/db';
import { useAppStore } from '@renderer/state/store';
import { Button } from '@renderer/ui/Button';
import { useDiagnosisData, useTeamDiagnosis } from '../diagnosis';
import { useTextFormat } from './engine';
import { prefillFromSnapshot } from './prefill';

/** The day the plan's dates count from, as a Date: its check-in start, else the day it was made. */
const startOf = (plan: Plan): Date =>
  plan.content.checkIns.startDate ? new Date(`${plan.content.checkIns.startDate}T12:00:00`) : new Date(plan.createdAt);

/**
 * The facts this plan could move to: a later period the Team page now defaults to, else the same
 * period computed from the data as it is now. Never an earlier period.
 */
function useOtherFacts(plan: Plan): FactsSnapshot | null {
  const data = useDiagnosisData();
  const latest = useTeamDiagnosis(data, null);
  const later = latest?.period && periodDirection(plan.snapshot, latest) === 'later';
  const team = useTeamDiagnosis(data, later ? null : plan.snapshot.period);
  return useMemo(() => {
    if (!team || !data || (team.period !== plan.snapshot.period && !later)) return null;
    const d = team.reps.find((r) => r.repId === plan.repId);
    return d ? snapshotFromDiagnosis(d, data.periodKind, new Date(), { gapThreshold: data.settings.diagnosis.gapThreshold }) : null;
  }, [team, data, plan.repId, plan.snapshot.period, later]);
}

function Changes({ lines }: { lines: string[] }) {
  const shown = lines.slice(0, 6);
  return (
    <ul className="plain-list small">
      {shown.map((l) => (
        <li key={l}>{l}</li>
      ))}
      {lines.length > shown.length ? <li>…and {lines.length - shown.length} more</li> : null}
    </ul>
  );
}

/** Other facts for this plan, offered with what would change; taken only when the manager says so. */
export function NewerFacts({ plan }: { plan: Plan }) {
  const db = useDb();
  const notify = useAppStore((s) => s.notify);
  const format = useTextFormat();
  const fresh = useOtherFacts(plan);
  const lines = useMemo(
    () =>
      fresh && plan.snapshot.source === 'diagnosis' && fresh.fingerprint !== plan.snapshot.fingerprint
        ? describeChanges(plan.snapshot, fresh, format)
        : [],
    [fresh, plan.snapshot, format],
  );
  if (!fresh || lines.length === 0 || canUndoRefresh(plan)) return null;
  const later = periodDirection(plan.snapshot, fresh) === 'later';
  const take = () => {
    const content: PlanContent = plan.content;
    const start = startOf(plan);
    const input = {
      snapshot: fresh,
      fresh: prefillFromSnapshot(fresh, content.managerName, start, format),
      fallbackBaseline: prefillFromSnapshot(plan.snapshot, content.managerName, new Date(plan.createdAt), format),
      locale: format.locale,
    };
    void refreshFacts(db, plan.id, input).then(
      (o) => notify('success', `The plan now uses the facts of ${snapshotPeriodLabel(fresh, format.locale)}. ${describeOutcome(o)}`),
      (e: unknown) => notify('error', e instanceof Error ? e.message : 'Could not update the facts.'),
    );
  };
  return (
    <div className="notice notice-info newer-data" role="status">
      <div>
        <strong>
          {later ? 'Facts for a later period are available.' : `The numbers for ${snapshotPeriodLabel(plan.snapshot, format.locale)} have changed.`}
        </strong>{' '}
        This plan keeps the facts it was prepared with. What would change:
        <Changes lines={lines} />
        {!isReadOnly(plan) ? (
          <>
            <p className="muted small">Suggestions you have not changed are drafted again; what you wrote stays, marked for you to check.</p>
            <Button size="sm" onClick={take}>
              {later ? 'Use the newer facts' : 'Use the updated numbers'}
            </Button>
          </>
        ) : null}
      </div>
    </div>
  );
}

/** Right after a refresh: what changed, what was kept, and an undo while nothing was changed since. */
export function RefreshedFacts({ plan }: { plan: Plan }) {
  const db = useDb();
  const notify = useAppStore((s) => s.notify);
  const format = useTextFormat();
  const before = plan.beforeRefresh;
  const lines = useMemo(() => (before ? describeChanges(before.snapshot, plan.snapshot, format) : []), [before, plan.snapshot, format]);
  if (!before || !canUndoRefresh(plan) || isReadOnly(plan)) return null;
  const undo = () =>
    void undoFactsRefresh(db, plan.id, format.locale).then(
      () => notify('success', `Back to the facts of ${snapshotPeriodLabel(before.snapshot, format.locale)} and the plan as it was.`),
      (e: unknown) => notify('error', e instanceof Error ? e.message : 'Could not undo the update.'),
    );
  const kept = (plan.toCheck?.fields.length ?? 0) + (plan.toCheck?.items.length ?? 0);
  const sameSpan = snapshotPeriodLabel(before.snapshot) === snapshotPeriodLabel(plan.snapshot);
  return (
    <div className="notice notice-info refreshed-facts" role="status">
      <div>
        <strong>
          {sameSpan ? 'This plan now uses the updated numbers for' : 'This plan now uses the facts of'}{' '}
          {snapshotPeriodLabel(plan.snapshot, format.locale)}.
        </strong>{' '}
        What changed:
        <Changes lines={lines} />
        <p className="small">
          {kept > 0
            ? `What you wrote is kept and marked “Written by you: check against the new facts” (${kept} ${kept === 1 ? 'place' : 'places'}).`
            : 'Nothing you wrote needed keeping: every suggestion was drafted again.'}
        </p>
        <Button size="sm" onClick={undo}>
          Undo: back to the earlier {sameSpan ? 'numbers' : `facts of ${snapshotPeriodLabel(before.snapshot, format.locale)}`}
        </Button>
      </div>
    </div>
  );
}
