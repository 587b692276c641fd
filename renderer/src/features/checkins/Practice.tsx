import { practiceByItem, practiceWords } from '@shared/domain/checkin';
import { capitalise, formatScore } from '@shared/lib/format';
import type { CheckInPractice } from '@shared/schemas';
import { useFormat } from '@renderer/ui/format';
import { roleplayHref } from '../roleplay';

/** Each assignment under the development item it serves: script, pass mark, due day, sessions scored and where it stands. */
function PracticeGroups({ rows, level }: { rows: readonly CheckInPractice[]; level: 3 | 4 }) {
  const fmt = useFormat();
  const Heading = level === 3 ? 'h3' : 'h4';
  const words = { score: (n: number) => formatScore(n, fmt), date: fmt.date };
  return (
    <ul className="plain-list checkin-practice">
      {practiceByItem(rows).map((group) => (
        <li key={group.planItemId}>
          <Heading className="checkin-practice-item">{group.label}</Heading>
          <ul className="plain-list">
            {group.rows.map((p) => {
              const w = practiceWords(p, words);
              return (
                <li key={p.assignmentId} className="checkin-practice-row">
                  <div>
                    <strong>{p.scriptTitle}</strong> · {w.passMark} · {w.due}
                  </div>
                  <div className="small">
                    {capitalise(w.sessions)} · <strong className={`checkin-practice-${p.status}`}>{w.status}</strong>
                  </div>
                </li>
              );
            })}
          </ul>
        </li>
      ))}
    </ul>
  );
}

/** The practice assigned from the plan as it stands today, or one line with where to assign some. */
export function PlanPractice({ rows, repId, repName }: { rows: readonly CheckInPractice[] | undefined; repId: string; repName: string }) {
  return (
    <section className="card" aria-label="Role-play practice for this plan">
      <h2 className="card-title">Role-play practice</h2>
      {rows === undefined ? (
        <p className="muted small" role="status">
          Loading the practice…
        </p>
      ) : rows.length === 0 ? (
        <p className="muted small">
          No role-play practice is assigned from this plan yet.{' '}
          <a href={roleplayHref({ rep: repId, view: { kind: 'home' } })}>Assign a script to {repName}</a>
        </p>
      ) : (
        <PracticeGroups rows={rows} level={3} />
      )}
    </section>
  );
}

/** The practice a recorded check-in kept, as it stood that day; nothing for one recorded before practice was kept. */
export function RecordedPractice({ rows }: { rows: readonly CheckInPractice[] | undefined }) {
  if (rows === undefined) return null;
  return (
    <section aria-label="Role-play practice at this check-in">
      <h3 className="checkin-subhead">Role-play practice</h3>
      {rows.length === 0 ? (
        <p className="muted small">No role-play practice was assigned from this plan then.</p>
      ) : (
        <PracticeGroups rows={rows} level={4} />
      )}
    </section>
  );
}
