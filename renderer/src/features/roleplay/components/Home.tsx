import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { STAGE_NAMES, skillHistory, suggestScripts } from '@shared/domain/roleplay';
import type { RoleplayScript, WeakStage } from '@shared/schemas';
import { useDb } from '@renderer/state/db';
import { useAppStore } from '@renderer/state/store';
import { listReps } from '@renderer/db/repositories/reps';
import { listSessions } from '@renderer/db/repositories/roleplay';
import { PageHeader } from '@renderer/ui/PageHeader';
import { VerdictBadge } from '@renderer/ui/VerdictBadge';
import { useDiagnosisData, useTeamDiagnosis } from '@renderer/features/diagnosis';
import type { Scripts } from '../data/library';
import { startSession } from '../state/actions';
import { go } from '../state/view';
import { AssignForm } from './AssignForm';
import { AssignedPractice } from './Assignments';
import { LibraryActions, LibrarySection } from './Library';
import { ScriptCard } from './ScriptCard';
import { SessionList } from './SessionList';
import { SkillChart } from './SkillChart';
import { isoDay } from '@shared/domain/plan';
import { filterLabel, filterText, inFilter } from '@shared/domain/team';
import { ScopeSwitch, useShownFilter } from '@renderer/features/team';

// long-function: page layout (rep picker with the team switch, suggestions, library); the filter rule is inFilter in shared/domain/team.
export function Home({
  scripts,
  repId,
  show,
  item,
}: {
  scripts: Scripts;
  repId: string | null;
  show?: string | undefined;
  /** The development item to assign practice for, when the coach came from the plan. */
  item?: string | undefined;
}) {
  const db = useDb();
  const notify = useAppStore((s) => s.notify);
  const reps = useLiveQuery(() => listReps(db), [db]);
  const rep = reps?.find((r) => r.id === repId) ?? null;
  // "My team" by default, as on the Team and Plans pages (inFilter on today's placements, so a rep
  // who left is not offered); a rep opened by address stays listed, so a link never loses them.
  const scope = useShownFilter(show);
  const today = isoDay(new Date());
  const listed = useMemo(() => (reps ?? []).filter((r) => r.id === repId || inFilter(r, scope.filter, today)), [reps, repId, scope.filter, today]);

  const start = async (script: RoleplayScript) => {
    if (!rep) return;
    const sessionId = await startSession(db, script, rep.id);
    go({ rep: rep.id, view: { kind: 'run', sessionId } });
  };

  return (
    <>
      <PageHeader
        title="Role-play"
        subtitle="Practise the skill the numbers say is weak, score it against criteria the rep sees beforehand, and follow the scores over time."
        actions={
          <LibraryActions
            scripts={scripts}
            repId={repId}
            onImported={(script, existing) =>
              notify(
                'success',
                existing ? `This script is already in the library as “${script.title}”: nothing was added.` : `Script imported as “${script.id}”.`,
              )
            }
          />
        }
      />
      {scripts.problems.length ? (
        <div className="notice notice-error" role="alert">
          Some library scripts could not be loaded:
          <ul className="plain-list">
            {scripts.problems.map((p) => (
              <li key={p.file}>
                <strong>{p.file}</strong>: {p.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <section className="card rp-coach" aria-labelledby="rp-coach-title">
        <h2 id="rp-coach-title" className="card-title">
          Coach a rep
        </h2>
        <div className="toolbar">
          {reps && !scope.loading ? (
            <ScopeSwitch reps={reps} date={today} shown={scope} onChange={(f) => go({ rep: repId, view: { kind: 'home' }, show: filterText(f) })} />
          ) : null}
          <div className="field">
            <label htmlFor="rp-rep">Rep</label>
            <select
              id="rp-rep"
              className="input"
              value={repId ?? ''}
              onChange={(e) => go({ rep: e.target.value || null, view: { kind: 'home' }, ...(show ? { show } : {}) })}
            >
              <option value="">Choose a rep…</option>
              {listed.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          </div>
        </div>
        {reps && reps.length === 0 ? <p className="muted">Add a rep or load the sample team on the Team page first.</p> : null}
        {reps && reps.length > 0 && listed.length === 0 ? (
          <p className="muted">No rep for {filterLabel(scope.filter)} today: choose Everyone above to coach any rep.</p>
        ) : null}
        {scope.problem ? <p className="muted">{scope.problem}</p> : null}
        {rep ? <RepCoaching repId={rep.id} repName={rep.name} scripts={scripts} item={item} onStart={(s) => void start(s)} /> : null}
      </section>
      <LibrarySection scripts={scripts} repId={rep?.id ?? null} repName={rep?.name ?? null} onStart={(s) => void start(s)} />
    </>
  );
}

function RepCoaching({
  repId,
  repName,
  scripts,
  item,
  onStart,
}: {
  repId: string;
  repName: string;
  scripts: Scripts;
  item: string | undefined;
  onStart: (s: RoleplayScript) => void;
}) {
  const db = useDb();
  const data = useDiagnosisData();
  const team = useTeamDiagnosis(data, null);
  const diag = team?.reps.find((r) => r.repId === repId) ?? null;
  const sessions = useLiveQuery(() => listSessions(db, repId), [db, repId]);
  const suggested = useMemo(
    () => suggestScripts(scripts.all, diag?.weakStage ?? null, diag?.verdict ?? null),
    [scripts.all, diag?.weakStage, diag?.verdict],
  );
  const history = useMemo(() => (sessions ? skillHistory(sessions, repId) : []), [sessions, repId]);

  return (
    <div className="rp-rep">
      <DiagnosisLine diag={diag} repName={repName} />

      <SessionList repId={repId} sessions={sessions ?? []} />

      <section aria-labelledby="rp-assign-title">
        <h3 id="rp-assign-title" className="section-title">
          Practice from the plan
        </h3>
        <AssignForm repId={repId} repName={repName} scripts={scripts.all} itemId={item} />
      </section>
      <AssignedPractice repId={repId} repName={repName} scripts={scripts.byId} />

      <SkillScores repName={repName} history={history} />
      <SuggestedScripts
        title={`Suggested for ${repName}${diag?.weakStage && diag.verdict !== 'effort' ? `: ${STAGE_NAMES[diag.weakStage].toLowerCase()}` : ''}`}
        listLabel={`Suggested scripts for ${repName}`}
        scripts={suggested.skill}
        repId={repId}
        repName={repName}
        onStart={onStart}
      />
      <SuggestedScripts
        title="For the effort gap: first calls that land"
        listLabel={`Effort-gap scripts for ${repName}`}
        scripts={suggested.effort}
        repId={repId}
        repName={repName}
        onStart={onStart}
      />
    </div>
  );
}

type RepDiagnosis = NonNullable<ReturnType<typeof useTeamDiagnosis>>['reps'][number];

/** The rep's verdict and what it means for practice, or why there is none yet. */
function DiagnosisLine({ diag, repName }: { diag: RepDiagnosis | null; repName: string }) {
  return (
    <div className="rp-diagnosis" aria-label={`Diagnosis for ${repName}`}>
      {diag ? (
        <>
          <VerdictBadge
            verdict={diag.verdict}
            detail={diag.weakStage && diag.verdict !== 'effort' ? STAGE_NAMES[diag.weakStage] : null}
            lowConfidence={diag.confidence === 'low'}
            overridden={diag.override !== null}
          />
          <span className="muted small">{diagnosisSentence(diag.verdict, diag.weakStage)}</span>
        </>
      ) : (
        <span className="muted small">
          No diagnosis yet for {repName}: import their numbers to get suggestions. Every script in the library can still be used.
        </span>
      )}
    </div>
  );
}

function SkillScores({ repName, history }: { repName: string; history: ReturnType<typeof skillHistory> }) {
  return (
    <section aria-labelledby="rp-history-title">
      <h3 id="rp-history-title" className="section-title">
        Scores by skill
      </h3>
      {history.length ? (
        <SkillChart repName={repName} points={history} />
      ) : (
        <p className="muted small">No scored session yet. Finished sessions show here, one line per skill.</p>
      )}
    </section>
  );
}

function SuggestedScripts({
  title,
  listLabel,
  scripts,
  repId,
  repName,
  onStart,
}: {
  title: string;
  listLabel: string;
  scripts: RoleplayScript[];
  repId: string;
  repName: string;
  onStart: (s: RoleplayScript) => void;
}) {
  if (!scripts.length) return null;
  return (
    <section aria-label={title}>
      <h3 className="section-title">
        {title} <span className="muted small">({scripts.length === 1 ? 'one script' : `${scripts.length} scripts`})</span>
      </h3>
      <div className="rp-grid" role="list" aria-label={listLabel}>
        {scripts.map((s) => (
          <div role="listitem" key={s.id}>
            <ScriptCard script={s} repId={repId} repName={repName} onStart={onStart} />
          </div>
        ))}
      </div>
    </section>
  );
}

function diagnosisSentence(verdict: string, stage: WeakStage | null): string {
  if (verdict === 'effort') return 'An effort gap: activity targets come first. The prospecting scripts below help the calls land.';
  if (stage && verdict === 'mixed')
    return `Effort and skill: the weak stage is ${STAGE_NAMES[stage].toLowerCase()}, and activity is short too. Scripts for both halves below.`;
  if (stage && (verdict === 'skill' || verdict === 'mixed'))
    return `The weak stage is ${STAGE_NAMES[stage].toLowerCase()}: the scripts below train the skills that move it.`;
  if (verdict === 'on-track') return 'On track: no weak stage to work on. Pick any script to keep skills sharp.';
  return 'Not enough data for a weak stage. Pick any script from the library.';
}
