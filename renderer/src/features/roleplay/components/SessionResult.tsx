import { useLiveQuery } from 'dexie-react-hooks';
import { ArrowLeft, CheckCircle2, FileText } from 'lucide-react';
import { useState } from 'react';
import { buyerLine, formatElapsed, sessionPath, sessionResult, SKILL_LABELS } from '@shared/domain/roleplay';
import type { RoleplaySession } from '@shared/schemas';
import { useDb } from '@renderer/state/db';
import { useAppStore } from '@renderer/state/store';
import { developmentItemsForRep, linkSessionToPlanItem } from '@renderer/db/repositories/roleplay';
import { usePlatform } from '@renderer/platform';
import { Button } from '@renderer/ui/Button';
import { PageHeader } from '@renderer/ui/PageHeader';
import { exportScoreSheet } from '../state/actions';
import { ResultLine } from './ResultLine';
import { RubricTable } from './RubricTable';
import { PlanItemSelect } from './Scoring';

/** A finished session: the result against the pass mark, every score with its anchors, the notes. */
export function SessionResultView({
  session,
  repName,
  back,
  actions,
  link,
}: {
  session: RoleplaySession;
  repName: string | null;
  back: string;
  actions?: React.ReactNode;
  /** The control that links the session to a plan item. */
  link?: React.ReactNode;
}) {
  const result = sessionResult(session);
  const script = session.script;
  return (
    <>
      <a className="back-link" href={back}>
        <ArrowLeft size={16} aria-hidden="true" /> Role-play
      </a>
      <PageHeader
        title={`Result: ${script.title}`}
        subtitle={`${SKILL_LABELS[script.skill]} · ${repName ?? 'rep'} · ${session.date} · ${formatElapsed(session.elapsedSeconds)} on the clock`}
        actions={actions}
      />
      <section className="card rp-done" aria-label="Session result">
        <h2 className="card-title">
          <CheckCircle2 size={18} aria-hidden="true" /> Session saved
        </h2>
        <ResultLine result={result} />
        <RubricTable script={script} scores={session.scores} label="Scores" />
        {link}
        {session.notes ? (
          <>
            <h3 className="section-title">Session notes</h3>
            <p className="rp-prewrap">{session.notes}</p>
          </>
        ) : null}
        <h3 className="section-title">Step by step</h3>
        <ol className="rp-steps" aria-label="Step by step">
          {sessionPath(script, session.steps).map((index) => {
            const step = script.steps[index]!;
            const chosen = session.steps.find((x) => x.stepId === step.id);
            const branch = step.branches.find((b) => b.id === chosen?.branchId);
            return (
              <li key={step.id} value={index + 1}>
                <p className="small">
                  Buyer: “{buyerLine(step, chosen?.branchId ?? null)}”{branch ? <em> ({branch.when})</em> : null}
                </p>
                {chosen?.note ? <p className="small rp-prewrap">Note: {chosen.note}</p> : null}
              </li>
            );
          })}
        </ol>
      </section>
    </>
  );
}

/** A finished session with its Word score sheet. */
export function FinishedSession({ session: initial, repName, back }: { session: RoleplaySession; repName: string | null; back: string }) {
  const platform = usePlatform();
  const db = useDb();
  const notify = useAppStore((s) => s.notify);
  const [session, setSession] = useState(initial);
  const planItems = useLiveQuery(() => developmentItemsForRep(db, session.repId), [db, session.repId]);
  const link = async (planItemId: string | null) => {
    try {
      await linkSessionToPlanItem(db, session.id, planItemId);
      setSession({ ...session, planItemId });
      notify('success', planItemId ? 'Linked: the plan’s development step now lists this session.' : 'No longer linked to a plan.');
    } catch (e) {
      notify('error', `The link could not be saved: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const save = async () => {
    try {
      const saved = await exportScoreSheet(platform, session, repName ?? 'Rep');
      if (saved) notify('success', `Saved ${saved}.`);
    } catch (e) {
      notify('error', `The score sheet could not be made: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  return (
    <SessionResultView
      session={session}
      repName={repName}
      back={back}
      link={
        planItems?.length || session.planItemId ? (
          <PlanItemSelect planItems={planItems ?? []} value={session.planItemId} onChange={(id) => void link(id)} />
        ) : (
          <p className="muted small">No plan for this rep has a development item yet. Once one has, link this session to it here.</p>
        )
      }
      actions={
        <Button variant="primary" icon={<FileText size={16} />} onClick={() => void save()}>
          Score sheet (Word)
        </Button>
      }
    />
  );
}
