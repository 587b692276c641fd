import { useState } from 'react';
import { ArrowLeft, Copy, Download, FileText, Pencil, Play, Trash2 } from 'lucide-react';
import { leadsTo, walkScript } from '@shared/domain/roleplay';
import type { RoleplayScript } from '@shared/schemas';
import { useDb } from '@renderer/state/db';
import { useAppStore } from '@renderer/state/store';
import { deleteCustomScript } from '@renderer/db/repositories/roleplay';
import { usePlatform } from '@renderer/platform';
import { Button } from '@renderer/ui/Button';
import { PageHeader } from '@renderer/ui/PageHeader';
import { exportScript, exportScriptDocument, startSession } from '../state/actions';
import { go, hrefWithin } from '../state/view';
import { ConfirmDialog } from './ConfirmDialog';
import { RubricTable } from './RubricTable';
import { ScriptMeta } from './ScriptMeta';
import { useStoreQuery } from '@renderer/db/hooks';

/** What can be done with a script: start it with the rep, copy, edit, export, delete (after asking). */
function useScriptActions(script: RoleplayScript, repId: string | null) {
  const db = useDb();
  const platform = usePlatform();
  const notify = useAppStore((s) => s.notify);
  const rep = useStoreQuery(async (s) => (repId ? ((await s.table('reps').get(repId)) ?? null) : null), [repId]);
  const [confirming, setConfirming] = useState(false);
  const start = async () => {
    if (!rep) return;
    const sessionId = await startSession(db, script, rep.id);
    go({ rep: rep.id, view: { kind: 'run', sessionId } });
  };
  const remove = async () => {
    await deleteCustomScript(db, script.id);
    setConfirming(false);
    notify('success', `“${script.title}” deleted. Sessions already run with it keep their copy.`);
    go({ rep: repId, view: { kind: 'home' } });
  };
  const exportWord = async (audience: 'rep' | 'observer') => {
    try {
      const saved = await exportScriptDocument(platform, script, audience);
      if (saved) notify('success', `Saved ${saved}.`);
    } catch (e) {
      notify('error', `The Word document could not be made: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const exportFile = async () => {
    const saved = await exportScript(platform, script);
    if (saved) notify('success', `Script saved as ${saved}.`);
  };
  return { rep, confirming, setConfirming, start, remove, exportWord, exportFile };
}

/** The whole script: what both parties see, then what only the observer sees. */
export function ScriptView({ script, repId }: { script: RoleplayScript; repId: string | null }) {
  const actions = useScriptActions(script, repId);
  return (
    <>
      <a className="back-link" href={hrefWithin({ rep: repId, view: { kind: 'home' } })}>
        <ArrowLeft size={16} aria-hidden="true" /> Role-play
      </a>
      <PageHeader
        title={script.title}
        subtitle={<ScriptMeta script={script} />}
        actions={<ScriptButtons script={script} repId={repId} actions={actions} />}
      />
      <ConfirmDialog
        open={actions.confirming}
        title={`Delete “${script.title}”?`}
        description="The script leaves your library for good. Sessions already run with it keep their own copy and their scores."
        confirmLabel="Delete the script"
        onCancel={() => actions.setConfirming(false)}
        onConfirm={actions.remove}
      />
      <PathCheck script={script} />
      <div className="rp-columns">
        <ForBoth script={script} />
        <ForObserver script={script} />
      </div>
      <section className="card rp-scored" aria-labelledby="rp-scored">
        <h2 id="rp-scored" className="card-title">
          How it is scored (pass mark: {script.rubric.passMark} average of 5)
        </h2>
        <p className="muted small">For both of you. The rep sees these criteria before the session: nothing is scored on a hidden rule.</p>
        <RubricTable script={script} />
      </section>
    </>
  );
}

function ScriptButtons({ script, repId, actions }: { script: RoleplayScript; repId: string | null; actions: ReturnType<typeof useScriptActions> }) {
  const { rep } = actions;
  return (
    <>
      <Button variant="primary" icon={<Play size={16} />} disabled={!rep} onClick={() => void actions.start()}>
        {rep ? `Start with ${rep.name}` : 'Choose a rep to start'}
      </Button>
      <Button icon={<Copy size={16} />} onClick={() => go({ rep: repId, view: { kind: 'edit', id: null, copyOf: script.id } })}>
        Copy and edit
      </Button>
      {script.origin === 'custom' ? (
        <Button icon={<Pencil size={16} />} onClick={() => go({ rep: repId, view: { kind: 'edit', id: script.id, copyOf: null } })}>
          Edit
        </Button>
      ) : null}
      <Button icon={<Download size={16} />} onClick={() => void actions.exportFile()}>
        Export file
      </Button>
      <Button icon={<FileText size={16} />} onClick={() => void actions.exportWord('rep')}>
        Rep’s copy (Word)
      </Button>
      <Button icon={<FileText size={16} />} onClick={() => void actions.exportWord('observer')}>
        Observer’s copy (Word)
      </Button>
      {script.origin === 'custom' ? (
        <Button variant="danger" icon={<Trash2 size={16} />} onClick={() => actions.setConfirming(true)}>
          Delete
        </Button>
      ) : null}
    </>
  );
}

function ForBoth({ script }: { script: RoleplayScript }) {
  return (
    <section className="card" aria-labelledby="rp-both">
      <h2 id="rp-both" className="card-title">
        For both of you
      </h2>
      <dl className="rp-facts">
        <dt>Scenario</dt>
        <dd>{script.scenario}</dd>
        <dt>What the rep knows</dt>
        <dd>{script.context}</dd>
        <dt>The rep’s objective</dt>
        <dd>{script.repObjective}</dd>
        <dt>The buyer</dt>
        <dd>
          <strong>{script.persona.name}</strong>, {script.persona.role}
          {script.persona.company ? ` · ${script.persona.company}` : ''}
        </dd>
      </dl>
    </section>
  );
}

/** What only the observer sees: the buyer's goals and temperament, the prompts, and every line the buyer may say. */
function ForObserver({ script }: { script: RoleplayScript }) {
  return (
    <section className="card" aria-labelledby="rp-observer">
      <h2 id="rp-observer" className="card-title">
        For the observer
      </h2>
      <dl className="rp-facts" aria-label="Playing the buyer">
        <dt>What the buyer wants (the rep is to find out)</dt>
        <dd>{script.persona.goals.join('; ')}</dd>
        <dt>Temperament</dt>
        <dd>{script.persona.temperament}</dd>
      </dl>
      <ul className="plain-list rp-prompts" aria-label="Observer prompts">
        {script.observerPrompts.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      <h3 className="section-title">The buyer’s lines</h3>
      <ol className="rp-steps">
        {script.steps.map((s) => (
          <li key={s.id}>
            <p>
              <strong>Buyer:</strong> “{s.buyer}”
            </p>
            <p className="small">
              <strong>Rep aims to:</strong> {s.repAim}
            </p>
            {s.coachNote ? <p className="small muted">Watch: {s.coachNote}</p> : null}
            {leadsTo(script, s.next) ? <p className="small muted">{leadsTo(script, s.next)}</p> : null}
            {s.branches.length ? (
              <ul className="rp-branches">
                {s.branches.map((b) => (
                  <li key={b.id} className="small">
                    <em>{b.when}:</em> “{b.buyer}”{leadsTo(script, b.next) ? <em> {leadsTo(script, b.next)}</em> : null}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Every path through the script, walked: a line that contradicts an earlier answer is named, with the path to it. */
function PathCheck({ script }: { script: RoleplayScript }) {
  const { problems } = walkScript(script);
  if (!problems.length) return null;
  const first = problems[0]!;
  return (
    <div className="notice notice-warn" role="status" aria-label="Path check">
      A path through this script does not hold together: {first.message} (on the path {first.path}).
      {problems.length > 1 ? ` ${problems.length - 1} more like it.` : ''} Edit the script so the line leads elsewhere or fits what came before.
    </div>
  );
}
