import { useLiveQuery } from 'dexie-react-hooks';
import { FilePlus2, FileUp, Search } from 'lucide-react';
import { useMemo, useRef, useState } from 'react';
import {
  DIFFICULTY_LABELS,
  filterScripts,
  formatElapsed,
  SKILL_LABELS,
  STAGE_NAMES,
  sessionResult,
  skillHistory,
  suggestScripts,
  type ScriptFilter,
} from '../../../../../shared/domain/roleplay';
import { difficultySchema, roleplaySkillSchema, weakStageSchema, type RoleplayScript, type WeakStage } from '../../../../../shared/schemas';
import { useDb } from '../../../state/db';
import { useAppStore } from '../../../state/store';
import { listReps } from '../../../db/repositories/reps';
import { deleteSession, listSessions } from '../../../db/repositories/roleplay';
import { usePlatform } from '../../../platform';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { PageHeader } from '../../../ui/PageHeader';
import { VerdictBadge } from '../../../ui/VerdictBadge';
import { useDiagnosisData, useTeamDiagnosis } from '../../diagnosis';
import type { Scripts } from '../data/library';
import { importScript, startSession } from '../state/actions';
import { go, hrefLocation } from '../state/view';
import { ScriptCard } from './ScriptCard';
import { SkillChart } from './SkillChart';

export function Home({ scripts, repId }: { scripts: Scripts; repId: string | null }) {
  const db = useDb();
  const notify = useAppStore((s) => s.notify);
  const reps = useLiveQuery(() => listReps(db), [db]);
  const rep = reps?.find((r) => r.id === repId) ?? null;

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
        actions={<LibraryActions scripts={scripts} repId={repId} onImported={(id) => notify('success', `Script imported as “${id}”.`)} />}
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
          <div className="field">
            <label htmlFor="rp-rep">Rep</label>
            <select id="rp-rep" className="input" value={repId ?? ''} onChange={(e) => go({ rep: e.target.value || null, view: { kind: 'home' } })}>
              <option value="">Choose a rep…</option>
              {(reps ?? []).map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          </div>
        </div>
        {reps && reps.length === 0 ? <p className="muted">Add a rep or load the sample team on the Team page first.</p> : null}
        {rep ? <RepCoaching repId={rep.id} repName={rep.name} scripts={scripts} onStart={(s) => void start(s)} /> : null}
      </section>
      <LibrarySection scripts={scripts} repId={rep?.id ?? null} repName={rep?.name ?? null} onStart={(s) => void start(s)} />
    </>
  );
}

function RepCoaching({
  repId,
  repName,
  scripts,
  onStart,
}: {
  repId: string;
  repName: string;
  scripts: Scripts;
  onStart: (s: RoleplayScript) => void;
}) {
  const db = useDb();
  const data = useDiagnosisData();
  const team = useTeamDiagnosis(data, null);
  const diag = team?.reps.find((r) => r.repId === repId) ?? null;
  const sessions = useLiveQuery(() => listSessions(db, repId), [db, repId]);
  const suggested = useMemo(() => suggestScripts(scripts.all, diag?.weakStage ?? null), [scripts.all, diag?.weakStage]);
  const history = useMemo(() => (sessions ? skillHistory(sessions, repId) : []), [sessions, repId]);
  const open = (sessions ?? []).filter((s) => s.status === 'in-progress');

  return (
    <div className="rp-rep">
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

      {open.length ? (
        <section aria-labelledby="rp-open-title">
          <h3 id="rp-open-title" className="section-title">
            Sessions in progress
          </h3>
          <ul className="plain-list rp-open">
            {open.map((s) => {
              const r = sessionResult(s);
              return (
                <li key={s.id}>
                  <a href={hrefLocation({ rep: repId, view: { kind: 'run', sessionId: s.id } })}>Resume “{s.script.title}”</a>{' '}
                  <span className="muted small">
                    started {s.date} · {formatElapsed(s.elapsedSeconds)} on the clock · {r.scored} of {r.total} criteria scored
                  </span>{' '}
                  <button
                    type="button"
                    className="link-btn"
                    aria-label={`Discard “${s.script.title}” started ${s.date}`}
                    onClick={() => void deleteSession(db, s.id)}
                  >
                    Discard
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

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
      {suggested.length ? (
        <section aria-labelledby="rp-suggested-title">
          <h3 id="rp-suggested-title" className="section-title">
            Suggested for {repName}
          </h3>
          <div className="rp-grid" role="list" aria-label={`Suggested scripts for ${repName}`}>
            {suggested.slice(0, 6).map((s) => (
              <div role="listitem" key={s.id}>
                <ScriptCard script={s} repId={repId} repName={repName} onStart={onStart} />
              </div>
            ))}
          </div>
        </section>
      ) : null}
    </div>
  );
}

function diagnosisSentence(verdict: string, stage: WeakStage | null): string {
  if (verdict === 'effort') return 'An effort gap: activity targets come first. The prospecting scripts below help the calls land.';
  if (stage && (verdict === 'skill' || verdict === 'mixed'))
    return `The weak stage is ${STAGE_NAMES[stage].toLowerCase()}: the scripts below train the skills that move it.`;
  if (verdict === 'on-track') return 'On track: no weak stage to work on. Pick any script to keep skills sharp.';
  return 'Not enough data for a weak stage. Pick any script from the library.';
}

const ALL = '';

function LibrarySection({
  scripts,
  repId,
  repName,
  onStart,
}: {
  scripts: Scripts;
  repId: string | null;
  repName: string | null;
  onStart: (s: RoleplayScript) => void;
}) {
  const [filter, setFilter] = useState<ScriptFilter>({ stage: null, skill: null, difficulty: null, text: '' });
  const shown = filterScripts(scripts.all, filter);
  return (
    <section className="rp-library" aria-labelledby="rp-library-title">
      <h2 id="rp-library-title" className="section-title">
        Script library <span className="muted small">({scripts.all.length} scripts)</span>
      </h2>
      <div className="toolbar" role="search" aria-label="Filter scripts">
        <div className="field">
          <label htmlFor="rp-q">Search</label>
          <div className="input-icon">
            <Search size={16} aria-hidden="true" />
            <input id="rp-q" className="input" type="search" value={filter.text} onChange={(e) => setFilter({ ...filter, text: e.target.value })} />
          </div>
        </div>
        <FilterSelect
          id="rp-stage"
          label="Stage"
          value={filter.stage ?? ALL}
          options={weakStageSchema.options.map((v) => [v, STAGE_NAMES[v]])}
          onChange={(v) => setFilter({ ...filter, stage: weakStageSchema.safeParse(v).data ?? null })}
        />
        <FilterSelect
          id="rp-skill"
          label="Skill"
          value={filter.skill ?? ALL}
          options={roleplaySkillSchema.options.map((v) => [v, SKILL_LABELS[v]])}
          onChange={(v) => setFilter({ ...filter, skill: roleplaySkillSchema.safeParse(v).data ?? null })}
        />
        <FilterSelect
          id="rp-difficulty"
          label="Difficulty"
          value={filter.difficulty ?? ALL}
          options={difficultySchema.options.map((v) => [v, DIFFICULTY_LABELS[v]])}
          onChange={(v) => setFilter({ ...filter, difficulty: difficultySchema.safeParse(v).data ?? null })}
        />
      </div>
      {!repId ? <p className="muted small">Choose a rep above to start a session.</p> : null}
      {shown.length ? (
        <div className="rp-grid" role="list" aria-label="Scripts">
          {shown.map((s) => (
            <div role="listitem" key={s.id}>
              <ScriptCard script={s} repId={repId} repName={repName} onStart={onStart} />
            </div>
          ))}
        </div>
      ) : (
        <EmptyState title="No script matches">Clear a filter to see more scripts.</EmptyState>
      )}
    </section>
  );
}

function FilterSelect({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  options: [string, string][];
  onChange: (v: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="input" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value={ALL}>All</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}

function LibraryActions({ scripts, repId, onImported }: { scripts: Scripts; repId: string | null; onImported: (id: string) => void }) {
  const db = useDb();
  const platform = usePlatform();
  const notify = useAppStore((s) => s.notify);
  const input = useRef<HTMLInputElement>(null);

  const take = async (bytes: Uint8Array) => {
    const outcome = await importScript(db, scripts, bytes);
    if (!outcome.ok) {
      notify('error', outcome.message);
      return;
    }
    onImported(outcome.script.id);
    go({ rep: repId, view: { kind: 'script', id: outcome.script.id } });
  };

  const choose = async () => {
    if (platform.kind === 'web') {
      input.current?.click();
      return;
    }
    const picked = await platform.pickFile({ title: 'Import a role-play script', extensions: ['json'] });
    if (picked) await take(picked.bytes);
  };

  return (
    <>
      <Button icon={<FileUp size={16} />} onClick={() => void choose()}>
        Import a script…
      </Button>
      <Button variant="primary" icon={<FilePlus2 size={16} />} onClick={() => go({ rep: repId, view: { kind: 'edit', id: null, copyOf: null } })}>
        New script
      </Button>
      <input
        ref={input}
        type="file"
        className="visually-hidden"
        aria-label="Script file to import"
        tabIndex={-1}
        accept=".json,application/json"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void file.arrayBuffer().then((b) => take(new Uint8Array(b)));
        }}
      />
    </>
  );
}
