import { useId, useMemo, useState } from 'react';
import type { PlanContent } from '@shared/schemas';
import { Button } from '@renderer/ui/Button';
import { CoachPanel } from './CoachedText';
import { coach, rehearsalSummary } from './engine';
import { usePlanner } from './stepForm';

type Objection = PlanContent['pushback'][number];

const TONE_TEXT = { 'too-soft': 'too soft', 'too-hard': 'too hard', balanced: 'balanced' } as const;

/**
 * Rehearsal: the objections one at a time as the rep would say them; the manager types a
 * reply, the wording coach reads it, the prepared approach is shown; a summary at the end.
 */
export function Rehearsal({ objections, onDone }: { objections: Objection[]; onDone: () => void }) {
  const { facts, save } = usePlanner();
  const [index, setIndex] = useState(0);
  const [reply, setReply] = useState('');
  const [answered, setAnswered] = useState(false);
  const [replies, setReplies] = useState<{ objectionId: string; reply: string }[]>([]);
  const replyId = useId();
  const current = objections[index];
  const finished = index >= objections.length;
  const summary = useMemo(() => (finished ? rehearsalSummary(replies, facts) : null), [finished, replies, facts]);

  const submit = () => {
    if (!current || !reply.trim()) return;
    const next = [...replies.filter((r) => r.objectionId !== current.id), { objectionId: current.id, reply }];
    setReplies(next);
    setAnswered(true);
    void save({ rehearsal: next });
  };
  const advance = () => {
    setIndex((i) => i + 1);
    setReply('');
    setAnswered(false);
  };

  if (summary) return <RehearsalSummary objections={objections} replies={replies} summary={summary} onDone={onDone} />;
  if (!current) return null;
  const verdict = answered ? coach(reply, facts) : null;
  return (
    <section className="card rehearsal" aria-label="Rehearsal">
      <div className="section-head">
        <h2>
          Rehearsal: objection {index + 1} of {objections.length}
        </h2>
        <Button variant="ghost" size="sm" onClick={onDone}>
          Stop rehearsing
        </Button>
      </div>
      <blockquote className="rep-line">
        <span className="muted small">{current.objection}</span>
        <p>“{current.repLine || current.objection}”</p>
      </blockquote>
      <div className="field">
        <label htmlFor={replyId}>Your reply</label>
        <textarea id={replyId} rows={3} value={reply} onChange={(e) => setReply(e.target.value)} disabled={answered} />
      </div>
      <CoachPanel text={reply} facts={facts} />
      {answered ? (
        <div className="notice notice-info approach" role="status">
          <div>
            <strong>Your reply reads {verdict ? TONE_TEXT[verdict.tone] : ''}.</strong> The prepared approach:{' '}
            {current.approach || 'none written yet.'}
          </div>
        </div>
      ) : null}
      <div className="form-actions">
        {answered ? (
          <Button variant="primary" onClick={advance}>
            {index + 1 < objections.length ? 'Next objection' : 'See the summary'}
          </Button>
        ) : (
          <Button variant="primary" onClick={submit} disabled={!reply.trim()}>
            Reply
          </Button>
        )}
      </div>
    </section>
  );
}

/** Each reply with the tone the coach read in it, and the totals. */
function RehearsalSummary({
  objections,
  replies,
  summary,
  onDone,
}: {
  objections: Objection[];
  replies: readonly unknown[];
  summary: ReturnType<typeof rehearsalSummary>;
  onDone: () => void;
}) {
  const byId = new Map(objections.map((o) => [o.id, o]));
  return (
    <section className="card rehearsal" aria-label="Rehearsal summary">
      <h2 className="card-title">How the rehearsal went</h2>
      <p>
        {replies.length} {replies.length === 1 ? 'reply' : 'replies'}: {summary.totals.tooSoft.length} too soft, {summary.totals.tooHard.length} too
        hard, {summary.totals.balanced.length} balanced.
      </p>
      <ol className="item-list">
        {summary.replies.map((l) => (
          <li key={l.objectionId} className={`item rehearsal-line tone-${l.tone}`}>
            <div className="rehearsal-head">
              <strong>{byId.get(l.objectionId)?.objection ?? l.objectionId}</strong>
              <span className={`tone-chip tone-chip-${l.tone}`}>{TONE_TEXT[l.tone]}</span>
            </div>
            <p className="rehearsal-reply">“{l.reply}”</p>
            {l.flags.length > 0 ? <p className="muted small">{[...new Set(l.flags.map((f) => f.why))].join(' ')}</p> : null}
          </li>
        ))}
      </ol>
      <div className="form-actions">
        <Button variant="primary" onClick={onDone}>
          Back to the pushback list
        </Button>
      </div>
    </section>
  );
}
