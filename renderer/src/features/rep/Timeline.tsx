import { History } from 'lucide-react';
import { repTimeline } from '@shared/app/timeline';
import type { TimelineKind } from '@shared/domain/timeline';
import { useStoreQuery } from '@renderer/db/hooks';
import { usePlanMeasures } from '../followup';
import { useFormat } from '@renderer/ui/format';
import { useFollowUpOptions } from './draft';
import { RefLink } from './links';

const KIND_LABEL: Record<TimelineKind, string> = {
  import: 'Import',
  plan: 'Plan',
  'check-in': 'Check-in',
  'role-play': 'Role-play',
  practice: 'Practice',
  win: 'Win',
  'self-assessment': 'Self-assessment',
};

/** Everything that happened with the rep, newest first, each entry opening what it refers to. */
export function RepTimeline({ repId, repName }: { repId: string; repName: string }) {
  const fmt = useFormat();
  const opts = useFollowUpOptions();
  const measured = usePlanMeasures();
  const events = useStoreQuery(
    (s) => (measured ? repTimeline(s, repId, { ...opts, measured }) : Promise.resolve(undefined)),
    [repId, opts.asOf, opts.format.locale, opts.format.currency, measured],
  );
  return (
    <section className="card" aria-labelledby="timeline-title">
      <h2 id="timeline-title">
        <History size={18} aria-hidden="true" /> Timeline
      </h2>
      <p className="muted small">Imports, plans and their revisions, check-ins, role-plays, practice, wins and self-assessments, newest first.</p>
      {events === undefined ? (
        <p className="muted small">Reading the timeline…</p>
      ) : events.length === 0 ? (
        <p className="muted small">Nothing yet for {repName}.</p>
      ) : (
        <ol className="timeline" aria-label={`Timeline of ${repName}`}>
          {events.map((e) => (
            <li key={e.key} className={`timeline-item timeline-${e.kind}`}>
              <time dateTime={e.date} className="timeline-date small muted">
                {fmt.date(e.date)}
              </time>
              <span className="badge">{KIND_LABEL[e.kind]}</span>
              <div className="timeline-body">
                <RefLink target={e.ref} repId={repId} label={e.title} className="timeline-title" />
                <p className="small muted">{e.detail}</p>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
