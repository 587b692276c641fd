import { useLiveQuery } from 'dexie-react-hooks';
import { Play, Trash2 } from 'lucide-react';
import { useMemo, useState } from 'react';
import { assignmentProgress, type AssignmentProgress } from '@shared/domain/roleplay';
import { formatScore } from '@shared/lib/format';
import type { RoleplayScript } from '@shared/schemas';
import { useDb } from '@renderer/state/db';
import { useAppStore } from '@renderer/state/store';
import { deleteAssignment, developmentItemsForRep, listAssignments, listSessions } from '@renderer/db/repositories/roleplay';
import { useFormat } from '@renderer/ui/format';
import { Button } from '@renderer/ui/Button';
import { startSession } from '../state/actions';
import { go, hrefWithin } from '../state/view';
import { ConfirmDialog } from './ConfirmDialog';

/** The manager's calendar day, YYYY-MM-DD. */
export const localToday = (d = new Date()) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

const STATUS = { passed: 'Passed', open: 'Not passed yet', overdue: 'Overdue' } as const;

/**
 * Practice assigned from the rep's development plan, with the sessions that count toward it
 * (sessions of that script since it was assigned, scored against the assignment's pass mark).
 * With `scripts`, each can be started from here; without, it is the rep page's read-only summary.
 */
export function AssignedPractice({ repId, repName, scripts }: { repId: string; repName: string; scripts?: ReadonlyMap<string, RoleplayScript> }) {
  const db = useDb();
  const assignments = useLiveQuery(() => listAssignments(db, repId), [db, repId]);
  const sessions = useLiveQuery(() => listSessions(db, repId), [db, repId]);
  const items = useLiveQuery(() => developmentItemsForRep(db, repId), [db, repId]);
  const progress = useMemo(
    () => (assignments && sessions ? assignments.map((a) => assignmentProgress(a, sessions, localToday())) : []),
    [assignments, sessions],
  );
  if (!progress.length) return null;
  const itemLabel = (id: string) => items?.find((i) => i.id === id)?.label ?? 'an item of a closed or deleted plan';
  return (
    <section className={scripts ? undefined : 'card'} aria-labelledby={`rp-assigned-${repId}`}>
      <h3 id={`rp-assigned-${repId}`} className={scripts ? 'section-title' : 'card-title'}>
        Practice assigned to {repName}
      </h3>
      <ul className="plain-list rp-assigned" aria-label={`Practice assigned to ${repName}`}>
        {progress.map((p) => (
          <AssignmentRow key={p.assignment.id} p={p} itemLabel={itemLabel(p.assignment.planItemId)} script={scripts?.get(p.assignment.scriptId)} />
        ))}
      </ul>
      {scripts ? null : (
        <p className="muted small">
          <a href={hrefWithin({ rep: repId, view: { kind: 'home' } })}>Run or assign a role-play</a>
        </p>
      )}
    </section>
  );
}

function AssignmentRow({ p, itemLabel, script }: { p: AssignmentProgress; itemLabel: string; script: RoleplayScript | undefined }) {
  const db = useDb();
  const fmt = useFormat();
  const notify = useAppStore((s) => s.notify);
  const a = p.assignment;
  const n = p.points.length;
  const scores =
    n === 0
      ? 'no session scored yet'
      : `${n === 1 ? 'one session' : `${n} sessions`} scored since ${fmt.date(a.createdAt)}: latest ${formatScore(p.latest, fmt)}, best ${formatScore(p.best, fmt)} of 5`;
  const start = async () => {
    if (!script) return;
    const sessionId = await startSession(db, script, a.repId, new Date(), a);
    go({ rep: a.repId, view: { kind: 'run', sessionId } });
  };
  const [asking, setAsking] = useState(false);
  const remove = async () => {
    await deleteAssignment(db, a.id);
    setAsking(false);
    notify('success', `“${a.scriptTitle}” is no longer assigned. Sessions already run keep their scores.`);
  };
  return (
    <li className="rp-assignment">
      <div>
        <strong>{a.scriptTitle}</strong> <span className="muted small">for {itemLabel}</span>
        <br />
        <span className="small">
          Due {fmt.date(a.dueDate)} · pass mark {formatScore(a.passMark, fmt)} average of 5 · {scores} ·{' '}
          <strong className={`rp-status-${p.status}`}>
            {STATUS[p.status]}
            {p.passedOn ? ` on ${fmt.date(p.passedOn)}` : ''}
          </strong>
        </span>
      </div>
      {script ? (
        <div className="rp-assignment-actions">
          <Button size="sm" icon={<Play size={14} />} onClick={() => void start()}>
            Start
          </Button>
          <Button
            size="sm"
            variant="ghost"
            icon={<Trash2 size={14} />}
            aria-label={`Remove the assignment “${a.scriptTitle}”`}
            onClick={() => setAsking(true)}
          >
            Remove
          </Button>
        </div>
      ) : null}
      <ConfirmDialog
        open={asking}
        title="Remove this assignment?"
        description={`“${a.scriptTitle}”, due ${fmt.date(a.dueDate)}, is no longer assigned to the rep. Sessions already run keep their scores and their link to the plan.`}
        confirmLabel="Remove the assignment"
        onCancel={() => setAsking(false)}
        onConfirm={remove}
      />
    </li>
  );
}
