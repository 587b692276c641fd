import { useState } from 'react';
import { formatElapsed, sessionResult } from '@shared/domain/roleplay';
import { formatScore } from '@shared/lib/format';
import type { RoleplaySession } from '@shared/schemas';
import { useDb } from '@renderer/state/db';
import { useAppStore } from '@renderer/state/store';
import { deleteSession } from '@renderer/db/repositories/roleplay';
import { useFormat } from '@renderer/ui/format';
import { hrefWithin } from '../state/view';
import { ConfirmDialog } from './ConfirmDialog';

/** A rep's sessions: the ones to resume (or discard, after asking) and the finished ones to reopen. */
export function SessionList({ repId, sessions }: { repId: string; sessions: readonly RoleplaySession[] }) {
  const db = useDb();
  const fmt = useFormat();
  const notify = useAppStore((s) => s.notify);
  const [discarding, setDiscarding] = useState<RoleplaySession | null>(null);
  const open = sessions.filter((s) => s.status === 'in-progress');
  const done = sessions.filter((s) => s.status === 'completed').sort((a, b) => (b.completedAt ?? '').localeCompare(a.completedAt ?? ''));
  const href = (s: RoleplaySession) => hrefWithin({ rep: repId, view: { kind: 'run', sessionId: s.id } });

  const discard = async () => {
    if (!discarding) return;
    await deleteSession(db, discarding.id);
    notify('success', `The session “${discarding.script.title}” started ${fmt.date(discarding.date)} was discarded.`);
    setDiscarding(null);
  };

  return (
    <>
      <OpenSessions sessions={open} href={href} onDiscard={setDiscarding} />
      <FinishedSessions sessions={done} href={href} />
      <ConfirmDialog
        open={discarding !== null}
        title="Discard this session?"
        description={
          discarding
            ? `“${discarding.script.title}” started ${fmt.date(discarding.date)}, with its notes and ${sessionResult(discarding).scored} scores, is removed for good.`
            : ''
        }
        confirmLabel="Discard the session"
        onCancel={() => setDiscarding(null)}
        onConfirm={discard}
      />
    </>
  );
}

type ListProps = { sessions: readonly RoleplaySession[]; href: (s: RoleplaySession) => string };

function OpenSessions({ sessions, href, onDiscard }: ListProps & { onDiscard: (s: RoleplaySession) => void }) {
  const fmt = useFormat();
  if (!sessions.length) return null;
  return (
    <section aria-labelledby="rp-open-title">
      <h3 id="rp-open-title" className="section-title">
        Sessions in progress
      </h3>
      <ul className="plain-list rp-open">
        {sessions.map((s) => {
          const r = sessionResult(s);
          return (
            <li key={s.id}>
              <a href={href(s)}>Resume “{s.script.title}”</a>{' '}
              <span className="muted small">
                started {fmt.date(s.date)} · {formatElapsed(s.elapsedSeconds)} on the clock · {r.scored} of {r.total} criteria scored
              </span>{' '}
              <button
                type="button"
                className="link-btn"
                aria-label={`Discard “${s.script.title}” started ${fmt.date(s.date)}`}
                onClick={() => onDiscard(s)}
              >
                Discard
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function FinishedSessions({ sessions, href }: ListProps) {
  const fmt = useFormat();
  if (!sessions.length) return null;
  return (
    <section aria-labelledby="rp-done-title">
      <h3 id="rp-done-title" className="section-title">
        Finished sessions <span className="muted small">({sessions.length === 1 ? 'one' : sessions.length})</span>
      </h3>
      <ul className="plain-list rp-open" aria-label="Finished sessions">
        {sessions.map((s) => {
          const r = sessionResult(s);
          return (
            <li key={s.id}>
              <a href={href(s)}>
                {fmt.date(s.date)} · {s.script.title}
              </a>{' '}
              <span className="muted small">
                average {formatScore(r.average, fmt)} of 5 against a pass mark of {formatScore(r.passMark, fmt)} ·{' '}
                {r.passed ? 'passed' : 'below the pass mark'}
                {s.planItemId ? ' · linked to a plan' : ''}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
