import { practiceForItem } from '@shared/domain/roleplay';
import type { RoleplaySession } from '@shared/schemas';
import { formatScore } from '@shared/lib/format';
import { useFormat } from '@renderer/ui/format';

/**
 * The role-play practice behind one development item: the sessions a coach linked to it in the
 * runner, with their scores against the pass mark and the change since the first one.
 */
export function ItemPractice({
  sessions,
  repId,
  itemId,
  skill,
}: {
  sessions: readonly RoleplaySession[] | undefined;
  repId: string;
  itemId: string;
  skill: string;
}) {
  const fmt = useFormat();
  const name = skill.trim() || 'this skill';
  const practise = <a href={`#/roleplay?rep=${encodeURIComponent(repId)}`}>Run a role-play for {name}</a>;
  if (sessions === undefined)
    return (
      <p className="muted practice" aria-busy="true">
        Loading role-play practice…
      </p>
    );
  const p = practiceForItem(sessions, repId, itemId);
  const open = p.inProgress ? ` ${p.inProgress} more not finished yet.` : '';
  if (p.points.length === 0)
    return (
      <p className="muted practice">
        No role-play session linked to this skill yet.{open} {practise}; link it to this item when you score it.
      </p>
    );
  const first = p.points[0]!;
  const last = p.points[p.points.length - 1]!;
  const count = p.points.length === 1 ? 'One session scored' : `${p.points.length} sessions scored`;
  const trend =
    p.change === null
      ? `${formatScore(last.average, fmt)} of 5`
      : `${formatScore(first.average, fmt)} → ${formatScore(last.average, fmt)} of 5 (${p.change > 0 ? '+' : p.change < 0 ? '−' : '±'}${formatScore(Math.abs(p.change), fmt)})`;
  return (
    <section className="practice" aria-label={`Role-play practice: ${name}`}>
      <h3 className="practice-title">Role-play practice</h3>
      <p>
        {count}: {trend}, pass mark {formatScore(last.passMark, fmt)}; {p.passed} of {p.points.length} passed.{open}
      </p>
      <ol className="practice-list">
        {p.points.map((pt) => (
          <li key={pt.sessionId}>
            {fmt.date(pt.date)} · {pt.title} · <strong>{formatScore(pt.average, fmt)}</strong> of 5 ·{' '}
            <span className={pt.passed ? 'practice-pass' : 'practice-fail'}>{pt.passed ? 'Passed' : 'Below the pass mark'}</span>
          </li>
        ))}
      </ol>
      <p className="muted">{practise}.</p>
    </section>
  );
}
