import { ArrowLeft, CheckCircle2, FileText } from 'lucide-react';
import { buyerLine, formatElapsed, sessionResult, SKILL_LABELS } from '../../../../../shared/domain/roleplay';
import type { RoleplaySession } from '../../../../../shared/schemas';
import { useAppStore } from '../../../state/store';
import { usePlatform } from '../../../platform';
import { Button } from '../../../ui/Button';
import { PageHeader } from '../../../ui/PageHeader';
import { exportScoreSheet } from '../state/actions';
import { ResultLine } from './ResultLine';
import { RubricTable } from './RubricTable';

/** A finished session: the result against the pass mark, every score with its anchors, the notes. */
export function SessionResultView({
  session,
  repName,
  back,
  actions,
}: {
  session: RoleplaySession;
  repName: string | null;
  back: string;
  actions?: React.ReactNode;
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
        {session.notes ? (
          <>
            <h3 className="section-title">Session notes</h3>
            <p className="rp-prewrap">{session.notes}</p>
          </>
        ) : null}
        {session.steps.some((s) => s.note || s.branchId) ? (
          <>
            <h3 className="section-title">Step by step</h3>
            <ol className="rp-steps">
              {session.steps.map((s) => {
                const step = script.steps.find((x) => x.id === s.stepId);
                if (!step) return null;
                return (
                  <li key={s.stepId}>
                    <p className="small">Buyer: “{buyerLine(step, s.branchId)}”</p>
                    {s.note ? <p className="small rp-prewrap">Note: {s.note}</p> : null}
                  </li>
                );
              })}
            </ol>
          </>
        ) : null}
      </section>
    </>
  );
}

/** A finished session with its Word score sheet. */
export function FinishedSession({ session, repName, back }: { session: RoleplaySession; repName: string | null; back: string }) {
  const platform = usePlatform();
  const notify = useAppStore((s) => s.notify);
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
      actions={
        <Button variant="primary" icon={<FileText size={16} />} onClick={() => void save()}>
          Score sheet (Word)
        </Button>
      }
    />
  );
}
