import { practiceWords } from '@shared/domain/checkin';
import { practiceForItem } from '@shared/domain/roleplay';
import type { CheckInPractice, RoleplaySession } from '@shared/schemas';
import { capitalise, formatScore } from '@shared/lib/format';
import { useFormat } from '@renderer/ui/format';
import { roleplayHref } from '@renderer/features/roleplay';

/**
 * The role-play practice behind one development item: the scripts assigned for it (pass mark, due
 * day and where each stands, in the check-in's words) and the sessions a coach linked to it, with
 * their scores against the pass mark and the change since the first one.
 */
export function ItemPractice({
  sessions,
  assigned,
  repId,
  itemId,
  skill,
}: {
  sessions: readonly RoleplaySession[] | undefined;
  /** The plan's assignments as they stand today (planPractice); this item's are shown. */
  assigned: readonly CheckInPractice[] | undefined;
  repId: string;
  itemId: string;
  skill: string;
}) {
  const name = skill.trim() || 'this skill';
  const links = (
    <>
      <a href={roleplayHref({ rep: repId, view: { kind: 'home', item: itemId } })}>Assign a script for {name}</a> or{' '}
      <a href={roleplayHref({ rep: repId, view: { kind: 'home' } })}>run a role-play</a>
    </>
  );
  if (sessions === undefined || assigned === undefined)
    return (
      <p className="muted practice" aria-busy="true">
        Loading role-play practice…
      </p>
    );
  const p = practiceForItem(sessions, repId, itemId);
  const rows = assigned.filter((a) => a.planItemId === itemId);
  const open = p.inProgress ? ` ${p.inProgress} more not finished yet.` : '';
  if (p.points.length === 0 && rows.length === 0)
    return (
      <p className="muted practice">
        No role-play practice for this skill yet.{open} {links}.
      </p>
    );
  return (
    <section className="practice" aria-label={`Role-play practice: ${name}`}>
      <h3 className="practice-title">Role-play practice</h3>
      {rows.length ? <Assigned rows={rows} name={name} /> : null}
      {p.points.length ? <Linked p={p} open={open} /> : <p className="muted">No session linked to this skill yet.{open}</p>}
      <p className="muted">{links}.</p>
    </section>
  );
}

/** The scripts assigned for the item, each in the words the check-in uses. */
function Assigned({ rows, name }: { rows: readonly CheckInPractice[]; name: string }) {
  const fmt = useFormat();
  const words = { score: (n: number) => formatScore(n, fmt), date: fmt.date };
  return (
    <ul className="plain-list practice-assigned" aria-label={`Practice assigned for ${name}`}>
      {rows.map((row) => {
        const w = practiceWords(row, words);
        return (
          <li key={row.assignmentId}>
            Assigned: <strong>{row.scriptTitle}</strong> · {w.passMark} · {w.due}
            <br />
            <span className="small">
              {capitalise(w.sessions)} · <strong className={`practice-${row.status}`}>{w.status}</strong>
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** The sessions linked to the item, with the scores, the change since the first and how many passed. */
function Linked({ p, open }: { p: ReturnType<typeof practiceForItem>; open: string }) {
  const fmt = useFormat();
  const first = p.points[0]!;
  const last = p.points[p.points.length - 1]!;
  const count = p.points.length === 1 ? 'One session scored' : `${p.points.length} sessions scored`;
  // Sessions practised toward an assignment carry its pass mark: where the marks differ, each row says its own.
  const mixed = new Set(p.points.map((pt) => pt.passMark)).size > 1;
  const verdict = (pt: (typeof p.points)[number]) =>
    mixed ? `${pt.passed ? 'Reached' : 'Below'} the pass mark of ${formatScore(pt.passMark, fmt)}` : pt.passed ? 'Passed' : 'Below the pass mark';
  const trend =
    p.change === null
      ? `${formatScore(last.average, fmt)} of 5`
      : `${formatScore(first.average, fmt)} → ${formatScore(last.average, fmt)} of 5 (${p.change > 0 ? '+' : p.change < 0 ? '−' : '±'}${formatScore(Math.abs(p.change), fmt)})`;
  return (
    <>
      <p>
        {count}: {trend}
        {mixed ? '' : `, pass mark ${formatScore(last.passMark, fmt)}`}; {p.passed} of {p.points.length} passed.{open}
      </p>
      <ol className="practice-list">
        {p.points.map((pt) => (
          <li key={pt.sessionId}>
            {fmt.date(pt.date)} · {pt.title} · <strong>{formatScore(pt.average, fmt)}</strong> of 5 ·{' '}
            <span className={pt.passed ? 'practice-pass' : 'practice-fail'}>{verdict(pt)}</span>
          </li>
        ))}
      </ol>
    </>
  );
}
